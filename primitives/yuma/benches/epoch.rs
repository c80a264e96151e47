//! Criterion benchmark of one epoch (placeholder until the scenarios land).
fn main() {}
