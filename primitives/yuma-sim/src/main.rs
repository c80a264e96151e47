//! `yuma-sim`: run Finney's consensus arithmetic on JSON input.
fn main() {}
