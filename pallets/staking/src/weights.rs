//! Weights for `pallet_subtensor_staking`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with the debug `finney-node`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with a release
//! build of the node before a production launch.
//!
//! Two runs of `scripts/benchmark.sh pallet_subtensor_staking`: every call with steps 50,
//! repeat 20 (the command below), and `pay_out_emission` with `--extrinsic pay_out_emission`,
//! steps 10, repeat 5.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-02, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
	fn pay_out_emission(s: u32, ) -> Weight;
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
	/// Storage: `Staking::Stake` (r:1 w:1)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MinStake` (r:1 w:0)
	/// Proof: `Staking::MinStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn add_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `614`
		//  Estimated: `3593`
		// Minimum execution time: 2_041_844_000 picoseconds.
		Weight::from_parts(2_236_479_000, 3593)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlock` (r:1 w:1)
	/// Proof: `Staking::LastTxBlock` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TxRateLimit` (r:1 w:0)
	/// Proof: `Staking::TxRateLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Stake` (r:1 w:1)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn remove_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `972`
		//  Estimated: `3593`
		// Minimum execution time: 1_793_391_000 picoseconds.
		Weight::from_parts(1_894_670_000, 3593)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
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
		// Minimum execution time: 427_052_000 picoseconds.
		Weight::from_parts(444_202_000, 3545)
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
		// Minimum execution time: 437_983_000 picoseconds.
		Weight::from_parts(451_818_000, 3545)
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
		// Minimum execution time: 511_115_000 picoseconds.
		Weight::from_parts(546_951_000, 3545)
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
		// Minimum execution time: 187_178_000 picoseconds.
		Weight::from_parts(244_382_000, 1487)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Stake` (r:513 w:512)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:512 w:512)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:512 w:512)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:512 w:512)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:1 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:512)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 512]`.
	fn pay_out_emission(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1113 + s * (229 ±0)`
		//  Estimated: `4551 + s * (2603 ±0)`
		// Minimum execution time: 2_500_661_000 picoseconds.
		Weight::from_parts(33_585_266_891, 4551)
			// Standard Error: 57_990_847
			.saturating_add(Weight::from_parts(1_871_469_695, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(s.into()))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_stake() -> Weight {
		Weight::from_parts(2_236_479_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn remove_stake() -> Weight {
		Weight::from_parts(1_894_670_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn become_delegate() -> Weight {
		Weight::from_parts(444_202_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decrease_take() -> Weight {
		Weight::from_parts(451_818_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn increase_take() -> Weight {
		Weight::from_parts(546_951_000, 3545)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_staking_parameter() -> Weight {
		Weight::from_parts(244_382_000, 1487)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pay_out_emission(s: u32, ) -> Weight {
		Weight::from_parts(33_585_266_891, 4551)
			.saturating_add(Weight::from_parts(1_871_469_695, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(s.into()))
	}
}
