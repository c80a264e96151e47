//! Weights for `pallet_subtensor_staking`.
//!
//! WRITTEN BY HAND, NOT GENERATED: there is no node to run the benchmark CLI against yet. The
//! benchmarks in `benchmarking.rs` run as tests (`--features runtime-benchmarks`); regenerate
//! this file from them with `frame-omni-bencher v1 benchmark pallet --runtime <finney wasm>
//! --pallet pallet_subtensor_staking --extrinsic '*' --output pallets/staking/src/weights.rs`
//! once the runtime includes the pallet.
//!
//! How the values were derived, per call:
//! - reads and writes: the distinct storage items the worst-case branch touches (listed above
//!   each function), charged with the runtime's `DbWeight`;
//! - execution time: a conservative allowance above what comparable FRAME calls measure on
//!   reference hardware (a balances hold or transfer is about 30-50 us with its storage; a
//!   one-value setter under 10 us): 60 us for the calls that move funds, 20 us for the take
//!   calls, 10 us for the parameter setter;
//! - proof size: 990 bytes plus the sum of the `added` sizes of every item read (the generated
//!   files count the largest; the sum is the conservative bound), with `Balances::Holds` taken
//!   at 427 bytes (2902 added), as in the polkadot-sdk reference runtime.

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
}

/// Weights for `pallet_subtensor_staking` using the Substrate node and recommended hardware.
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn add_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `23288`
		Weight::from_parts(60_000_000, 23288)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Storage: `Staking::LastTxBlock` (r:1 w:1)
	/// Storage: `Staking::TxRateLimit` (r:1 w:0)
	/// Storage: `Staking::Stake` (r:1 w:1)
	/// Storage: `Staking::MinStake` (r:1 w:0)
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:1)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	fn remove_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `20763`
		Weight::from_parts(60_000_000, 20763)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Storage: `Staking::MinDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MinDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Proof: `Staking::MaxDelegateTake` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:0 w:1)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn become_delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7064`
		Weight::from_parts(20_000_000, 7064)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Storage: `Staking::MinDelegateTake` (r:1 w:0)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:0 w:1)
	fn decrease_take() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6567`
		Weight::from_parts(20_000_000, 6567)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Storage: `Staking::Delegates` (r:1 w:1)
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:1 w:1)
	/// Storage: `Staking::TxDelegateTakeRateLimit` (r:1 w:0)
	/// Proof: `Staking::TxDelegateTakeRateLimit` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn increase_take() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9593`
		Weight::from_parts(20_000_000, 9593)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::MaxDelegateTake` (r:1 w:0)
	/// Storage: `Staking::MinDelegateTake` (r:0 w:1)
	fn set_staking_parameter() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `1487`
		Weight::from_parts(10_000_000, 1487)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn add_stake() -> Weight {
		Weight::from_parts(60_000_000, 23288)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn remove_stake() -> Weight {
		Weight::from_parts(60_000_000, 20763)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn become_delegate() -> Weight {
		Weight::from_parts(20_000_000, 7064)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decrease_take() -> Weight {
		Weight::from_parts(20_000_000, 6567)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn increase_take() -> Weight {
		Weight::from_parts(20_000_000, 9593)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_staking_parameter() -> Weight {
		Weight::from_parts(10_000_000, 1487)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
