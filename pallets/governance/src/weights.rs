//! Weights for `pallet_subtensor_governance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with a release `finney-node` (`scripts/benchmark.sh --release`): the runtime runs
//! compiled by wasmtime and the host functions it calls (storage overlay, trie) optimised, as on
//! a production collator.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-06, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//! WASM-EXECUTION: `Compiled`, CHAIN: `None`, DB CACHE: 1024

// Executed Command:
// /root/.cache/finney/target/release/finney-node
// benchmark
// pallet
// --runtime
// /root/.cache/finney/target/release/wbuild/finney-runtime/finney_runtime_benchmarks.compact.compressed.wasm
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --pallet
// pallet_subtensor_governance
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --template
// scripts/templates/pallet-weights.hbs
// --header
// /tmp/tmp.1L3nFrY93u
// --output
// pallets/governance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_subtensor_governance`.
pub trait WeightInfo {
	fn set_senate_size() -> Weight;
	fn set_motion_delay() -> Weight;
	fn sync_senate(r: u32, ) -> Weight;
	fn propose(b: u32, ) -> Weight;
	fn schedule_motion(b: u32, ) -> Weight;
	fn veto() -> Weight;
}

/// Weights for `pallet_subtensor_governance` measured on the Finney runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Governance::SenateSize` (r:0 w:1)
	/// Proof: `Governance::SenateSize` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_senate_size() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 3_646_000 picoseconds.
		Weight::from_parts(4_126_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Governance::MotionDelay` (r:0 w:1)
	/// Proof: `Governance::MotionDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_motion_delay() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 3_725_000 picoseconds.
		Weight::from_parts(4_176_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:64 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Owner` (r:64 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:64 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SenateMembers` (r:1 w:1)
	/// Proof: `Governance::SenateMembers` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SenateSize` (r:1 w:0)
	/// Proof: `Governance::SenateSize` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Council::Proposals` (r:1 w:0)
	/// Proof: `Council::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Voting` (r:20 w:20)
	/// Proof: `Council::Voting` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Members` (r:0 w:1)
	/// Proof: `Council::Members` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Prime` (r:0 w:1)
	/// Proof: `Council::Prime` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `r` is `[2, 64]`.
	fn sync_senate(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2876 + r * (261 ±0)`
		//  Estimated: `53364 + r * (2736 ±0)`
		// Minimum execution time: 103_115_000 picoseconds.
		Weight::from_parts(78_413_521, 53364)
			// Standard Error: 23_213
			.saturating_add(Weight::from_parts(9_614_626, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(23_u64))
			.saturating_add(Weight::from_parts(0, 2736).saturating_mul(r.into()))
	}
	/// Storage: `TriumvirateMembers::Members` (r:1 w:0)
	/// Proof: `TriumvirateMembers::Members` (`max_values`: Some(1), `max_size`: Some(97), added: 592, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SenateMembers` (r:1 w:0)
	/// Proof: `Governance::SenateMembers` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Council::ProposalOf` (r:1 w:1)
	/// Proof: `Council::ProposalOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Proposals` (r:1 w:1)
	/// Proof: `Council::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::ProposalCount` (r:1 w:1)
	/// Proof: `Council::ProposalCount` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Voting` (r:0 w:1)
	/// Proof: `Council::Voting` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `b` is `[1, 65536]`.
	fn propose(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `321`
		//  Estimated: `3786`
		// Minimum execution time: 23_174_000 picoseconds.
		Weight::from_parts(24_202_465, 3786)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(2_900, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Governance::NextMotionId` (r:1 w:1)
	/// Proof: `Governance::NextMotionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::StatusFor` (r:1 w:0)
	/// Proof: `Preimage::StatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::RequestStatusFor` (r:1 w:1)
	/// Proof: `Preimage::RequestStatusFor` (`max_values`: None, `max_size`: Some(91), added: 2566, mode: `MaxEncodedLen`)
	/// Storage: `Governance::MotionDelay` (r:1 w:0)
	/// Proof: `Governance::MotionDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(38963), added: 41438, mode: `MaxEncodedLen`)
	/// Storage: `Preimage::PreimageFor` (r:0 w:1)
	/// Proof: `Preimage::PreimageFor` (`max_values`: None, `max_size`: Some(4194344), added: 4196819, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 65536]`.
	fn schedule_motion(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `97`
		//  Estimated: `42428`
		// Minimum execution time: 16_756_000 picoseconds.
		Weight::from_parts(29_059_550, 42428)
			// Standard Error: 1
			.saturating_add(Weight::from_parts(3_015, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(38963), added: 41438, mode: `MaxEncodedLen`)
	fn veto() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `188`
		//  Estimated: `42428`
		// Minimum execution time: 13_961_000 picoseconds.
		Weight::from_parts(15_062_000, 42428)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_senate_size() -> Weight {
		Weight::from_parts(4_126_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_motion_delay() -> Weight {
		Weight::from_parts(4_176_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn sync_senate(r: u32, ) -> Weight {
		Weight::from_parts(78_413_521, 53364)
			.saturating_add(Weight::from_parts(9_614_626, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(23_u64))
			.saturating_add(Weight::from_parts(0, 2736).saturating_mul(r.into()))
	}
	fn propose(b: u32, ) -> Weight {
		Weight::from_parts(24_202_465, 3786)
			.saturating_add(Weight::from_parts(2_900, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn schedule_motion(b: u32, ) -> Weight {
		Weight::from_parts(29_059_550, 42428)
			.saturating_add(Weight::from_parts(3_015, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn veto() -> Weight {
		Weight::from_parts(15_062_000, 42428)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
