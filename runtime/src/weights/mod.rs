//! Weights the runtime generates for upstream pallets it configures (`scripts/benchmark.sh`):
//! `pallet-xcm`'s extrinsics, the XCM instructions (`pallet-xcm-benchmarks`) and conviction
//! voting (with stake as voting power, which the pallet's reference weights do not know).
//!
//! Finney's own pallets keep their weights in their crates (`pallets/*/src/weights.rs`).

pub mod pallet_conviction_voting;
pub mod pallet_xcm;
pub mod xcm;
