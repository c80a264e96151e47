//! Criterion benchmark of one Finney-era epoch: `K` validators each weighting every uid of an
//! `n`-uid subnet, without bonds and with the bonds of a previous epoch.
//!
//! `cargo bench -p yuma-consensus --bench epoch`
//!
//! The time reported is the benchmark thread's CPU time (single thread), read from
//! `/proc/thread-self/schedstat`, so a busy machine slows the figures only through shared caches.
#![allow(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::{
    hint::black_box,
    time::{Duration, Instant},
};
use yuma_consensus::{run_epoch, EpochInput};

mod common;
use common::subnet;

/// Nanoseconds this thread has spent on a CPU (Linux), so that the figures do not depend on what
/// else the machine is running; `None` where the kernel does not expose it.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Runs `iters` epochs and returns the thread CPU time they took (wall time as a fallback).
fn time_epochs(input: &EpochInput, iters: u64) -> Duration {
    let (cpu, wall) = (thread_cpu_ns(), Instant::now());
    for _ in 0..iters {
        black_box(run_epoch(black_box(input)).expect("valid input"));
    }
    match (cpu, thread_cpu_ns()) {
        (Some(a), Some(b)) => Duration::from_nanos(b.saturating_sub(a)),
        _ => wall.elapsed(),
    }
}

fn bench_epoch(c: &mut Criterion) {
    let mut group = c.benchmark_group("epoch");
    group.sample_size(20);
    for (n, k) in [(256_u16, 64_u16), (1024, 128), (4096, 128)] {
        let fresh = subnet(n, k);
        let mut bonded = fresh.clone();
        bonded.bonds = run_epoch(&fresh).expect("valid input").bonds;
        let label = format!("n{n}_k{k}");
        group.bench_with_input(BenchmarkId::new("no_bonds", &label), &fresh, |b, input| {
            b.iter_custom(|iters| time_epochs(input, iters))
        });
        group.bench_with_input(BenchmarkId::new("with_bonds", &label), &bonded, |b, input| {
            b.iter_custom(|iters| time_epochs(input, iters))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_epoch);
criterion_main!(benches);
