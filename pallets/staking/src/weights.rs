//! Weights for `pallet_subtensor_staking`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with the debug `finney-node`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with a release
//! build of the node before a production launch.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-05, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
// pallet_subtensor_staking
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
// pallets/staking/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_subtensor_staking`.
pub trait WeightInfo {
	fn add_stake() -> Weight;
	fn remove_stake() -> Weight;
	fn become_delegate() -> Weight;
	fn decrease_take() -> Weight;
	fn increase_take() -> Weight;
	fn set_staking_parameter() -> Weight;
	fn pay_out_emission(n: u32, ) -> Weight;
	fn pay_out_owner() -> Weight;
}

/// Weights for `pallet_subtensor_staking` measured on the Finney runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlock` (r:1 w:1)
	/// Proof: `Staking::LastTxBlock` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TxRateLimit` (r:1 w:0)
	/// Proof: `Staking::TxRateLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PoolShares` (r:1 w:1)
	/// Proof: `Staking::PoolShares` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Cohorts` (r:1 w:1)
	/// Proof: `Staking::Cohorts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MinStake` (r:1 w:0)
	/// Proof: `Staking::MinStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:1 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:1)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn add_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1765`
		//  Estimated: `6196`
		// Minimum execution time: 2_389_490_000 picoseconds.
		Weight::from_parts(2_622_214_000, 6196)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlock` (r:1 w:1)
	/// Proof: `Staking::LastTxBlock` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TxRateLimit` (r:1 w:0)
	/// Proof: `Staking::TxRateLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PoolShares` (r:1 w:1)
	/// Proof: `Staking::PoolShares` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Cohorts` (r:1 w:1)
	/// Proof: `Staking::Cohorts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:1 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:1)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingPools` (r:0 w:1)
	/// Proof: `Staking::StakingPools` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn remove_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1686`
		//  Estimated: `6196`
		// Minimum execution time: 2_224_086_000 picoseconds.
		Weight::from_parts(2_420_354_000, 6196)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MinDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MinDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:0 w:1)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn become_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `254`
		//  Estimated: `3545`
		// Minimum execution time: 315_843_000 picoseconds.
		Weight::from_parts(335_305_000, 3545)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MinDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MinDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:0 w:1)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn decrease_take() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `350`
		//  Estimated: `3545`
		// Minimum execution time: 318_547_000 picoseconds.
		Weight::from_parts(345_684_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:1 w:1)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TxDelegateTakeRateLimit` (r:1 w:0)
	/// Proof: `Staking::TxDelegateTakeRateLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn increase_take() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `421`
		//  Estimated: `3545`
		// Minimum execution time: 376_115_000 picoseconds.
		Weight::from_parts(398_516_000, 3545)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MinDelegateTake` (r:0 w:1)
	/// Proof: `Staking::MinDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	fn set_staking_parameter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `114`
		//  Estimated: `1487`
		// Minimum execution time: 145_863_000 picoseconds.
		Weight::from_parts(160_578_000, 1487)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PoolShares` (r:1 w:1)
	/// Proof: `Staking::PoolShares` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Cohorts` (r:1 w:2)
	/// Proof: `Staking::Cohorts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:1 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:1)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn pay_out_emission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2228 + n * (21 ±0)`
		//  Estimated: `6196 + n * (23 ±1)`
		// Minimum execution time: 2_580_588_000 picoseconds.
		Weight::from_parts(2_945_619_878, 6196)
			// Standard Error: 180_930
			.saturating_add(Weight::from_parts(2_234_857, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(Weight::from_parts(0, 23).saturating_mul(n.into()))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PoolShares` (r:1 w:1)
	/// Proof: `Staking::PoolShares` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Cohorts` (r:1 w:1)
	/// Proof: `Staking::Cohorts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:1 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:1)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn pay_out_owner() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1251`
		//  Estimated: `4716`
		// Minimum execution time: 1_612_377_000 picoseconds.
		Weight::from_parts(1_863_668_000, 4716)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_stake() -> Weight {
		Weight::from_parts(2_622_214_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn remove_stake() -> Weight {
		Weight::from_parts(2_420_354_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn become_delegate() -> Weight {
		Weight::from_parts(335_305_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decrease_take() -> Weight {
		Weight::from_parts(345_684_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn increase_take() -> Weight {
		Weight::from_parts(398_516_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_staking_parameter() -> Weight {
		Weight::from_parts(160_578_000, 1487)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(2_945_619_878, 6196)
			.saturating_add(Weight::from_parts(2_234_857, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(Weight::from_parts(0, 23).saturating_mul(n.into()))
	}
	fn pay_out_owner() -> Weight {
		Weight::from_parts(1_863_668_000, 4716)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
}
