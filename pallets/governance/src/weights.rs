//! Weights for `pallet_subtensor_governance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with the debug `finney-node`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with a release
//! build of the node before a production launch.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-06, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `vm`, CPU: `Intel(R) Xeon(R) Processor`
//! WASM-EXECUTION: `Compiled`, CHAIN: `None`, DB CACHE: 1024

// Executed Command:
// /root/.cache/finney/target/debug/finney-node
// benchmark
// pallet
// --runtime
// /root/.cache/finney/target/debug/wbuild/finney-runtime/finney_runtime_benchmarks.compact.compressed.wasm
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
	fn propose() -> Weight;
	fn schedule_motion() -> Weight;
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
		// Minimum execution time: 82_379_000 picoseconds.
		Weight::from_parts(139_904_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Governance::MotionDelay` (r:0 w:1)
	/// Proof: `Governance::MotionDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_motion_delay() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 82_847_000 picoseconds.
		Weight::from_parts(133_774_000, 0)
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
	/// Storage: `Senate::Proposals` (r:1 w:0)
	/// Proof: `Senate::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::Voting` (r:20 w:20)
	/// Proof: `Senate::Voting` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::Members` (r:0 w:1)
	/// Proof: `Senate::Members` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::Prime` (r:0 w:1)
	/// Proof: `Senate::Prime` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `r` is `[2, 64]`.
	fn sync_senate(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2875 + r * (261 ±0)`
		//  Estimated: `53363 + r * (2736 ±0)`
		// Minimum execution time: 1_792_012_000 picoseconds.
		Weight::from_parts(2_437_312_382, 53363)
			// Standard Error: 1_493_849
			.saturating_add(Weight::from_parts(131_633_719, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(23_u64))
			.saturating_add(Weight::from_parts(0, 2736).saturating_mul(r.into()))
	}
	/// Storage: `TriumvirateMembers::Members` (r:1 w:0)
	/// Proof: `TriumvirateMembers::Members` (`max_values`: Some(1), `max_size`: Some(97), added: 592, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SenateMembers` (r:1 w:0)
	/// Proof: `Governance::SenateMembers` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Senate::ProposalOf` (r:1 w:1)
	/// Proof: `Senate::ProposalOf` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::Proposals` (r:1 w:1)
	/// Proof: `Senate::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::ProposalCount` (r:1 w:1)
	/// Proof: `Senate::ProposalCount` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Senate::Voting` (r:0 w:1)
	/// Proof: `Senate::Voting` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn propose() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `3785`
		// Minimum execution time: 347_036_000 picoseconds.
		Weight::from_parts(526_297_000, 3785)
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
	fn schedule_motion() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `135`
		//  Estimated: `42428`
		// Minimum execution time: 434_311_000 picoseconds.
		Weight::from_parts(630_392_000, 42428)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(38963), added: 41438, mode: `MaxEncodedLen`)
	fn veto() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `226`
		//  Estimated: `42428`
		// Minimum execution time: 238_861_000 picoseconds.
		Weight::from_parts(367_756_000, 42428)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_senate_size() -> Weight {
		Weight::from_parts(139_904_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_motion_delay() -> Weight {
		Weight::from_parts(133_774_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn sync_senate(r: u32, ) -> Weight {
		Weight::from_parts(2_437_312_382, 53363)
			.saturating_add(Weight::from_parts(131_633_719, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(23_u64))
			.saturating_add(Weight::from_parts(0, 2736).saturating_mul(r.into()))
	}
	fn propose() -> Weight {
		Weight::from_parts(526_297_000, 3785)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn schedule_motion() -> Weight {
		Weight::from_parts(630_392_000, 42428)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn veto() -> Weight {
		Weight::from_parts(367_756_000, 42428)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
