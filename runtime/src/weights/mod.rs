//! Weights the runtime generates for upstream pallets it configures (`scripts/benchmark.sh`):
//! `pallet-xcm`'s extrinsics and the XCM instructions (`pallet-xcm-benchmarks`).
//!
//! Finney's own pallets keep their weights in their crates (`pallets/*/src/weights.rs`).

pub mod pallet_xcm;
pub mod xcm;
