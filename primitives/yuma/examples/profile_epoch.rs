//! Runs the benchmark's epoch a few times, for instruction-count profiling:
//!
//! `valgrind --tool=callgrind --toggle-collect='*run_epoch*' profile_epoch 4096 128 bonds 3`
//!
//! Arguments: `n`, `K`, `bonds` or `fresh`, and the number of epochs.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use yuma_consensus::run_epoch;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.into());
    let n: u16 = arg(1, "4096").parse().expect("n");
    let k: u16 = arg(2, "128").parse().expect("K");
    let bonded = arg(3, "fresh") == "bonds";
    let iters: u32 = arg(4, "1").parse().expect("epochs");
    let mut input = common::subnet(n, k);
    if bonded {
        input.bonds = run_epoch(&input).expect("valid input").bonds;
    }
    for _ in 0..iters {
        black_box(run_epoch(black_box(&input)).expect("valid input"));
    }
}
