//! Weights for `pallet_subtensor`.
//!
//! ESTIMATES WRITTEN BY HAND, NOT GENERATED: there is no node to run the benchmark CLI against
//! yet. Replace this file with the generated one once the runtime includes the pallet:
//! `frame-omni-bencher v1 benchmark pallet --runtime <finney wasm> --pallet pallet_subtensor
//! --extrinsic '*' --output pallets/subtensor/src/weights.rs`. The benchmarks in
//! `benchmarking.rs` (each call in its worst case: a full subnet, the most weights) run as tests
//! with `--features runtime-benchmarks`.
//!
//! How the values were derived, per call:
//! - reads and writes: the storage items the worst-case branch touches, read from the code
//!   (listed above each function), charged with the runtime's `DbWeight`; a component `n` is
//!   the neuron count of the subnet involved (or the weights submitted), and each item read or
//!   written per neuron is counted per neuron;
//! - execution time: a conservative allowance above what comparable FRAME calls measure on
//!   reference hardware: 50 us for a call that moves funds, 20 us for a plain state change,
//!   plus 1 us per neuron visited and 2 us per weight (max-upscale and normalisation in fixed
//!   point); a proof of work hashes three times (about 5 us);
//! - proof size: 1 000 bytes per map entry read plus 8 bytes per vector element; per-uid
//!   vectors of a subnet are read whole.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_subtensor`.
pub trait WeightInfo {
	fn register_network(n: u32, ) -> Weight;
	fn dissolve_network(n: u32, ) -> Weight;
	fn set_hyperparameter() -> Weight;
	fn set_network_parameter() -> Weight;
	fn burned_register(n: u32, ) -> Weight;
	fn register(n: u32, ) -> Weight;
	fn root_register(n: u32, ) -> Weight;
	fn serve_axon() -> Weight;
	fn serve_prometheus() -> Weight;
	fn set_weights(n: u32, ) -> Weight;
	fn commit_weights() -> Weight;
	fn reveal_weights(n: u32, ) -> Weight;
	fn swap_hotkey() -> Weight;
	fn epoch(n: u32, w: u32, ) -> Weight;
	fn root_epoch(n: u32, ) -> Weight;
	fn pay_out_emission(n: u32, ) -> Weight;
	fn accrue_emission(n: u32, ) -> Weight;
}

/// Weights for `pallet_subtensor` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SubtensorModule::NetworkLastRegistered` (r:1 w:1)
	/// Storage: `SubtensorModule::NetworkRateLimit` (r:1 w:0)
	/// Storage: `SubtensorModule::NetworkLastLockCost` (r:1 w:1)
	/// Storage: `SubtensorModule::NetworkMinLockCost` (r:1 w:0)
	/// Storage: `SubtensorModule::NetworkLockReductionInterval` (r:1 w:0)
	/// Storage: `System::Account` (r:2 w:2)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Storage: `SubtensorModule::TotalNetworks` (r:1 w:1)
	/// Storage: `SubtensorModule::SubnetLimit` (r:1 w:0)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:13 w:2) (the pruning scan)
	/// Storage: `SubtensorModule::NetworkRegisteredAt` (r:12 w:2)
	/// Storage: `SubtensorModule::EmissionValues` (r:12 w:1)
	/// Storage: `SubtensorModule::NetworkImmunityPeriod` (r:1 w:0)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:2), `SubnetLocked` (r:1 w:2), `Burn`,
	/// `Difficulty`, `LastAdjustmentBlock`, the four registration counters (r:0 w:2 each)
	/// Storage: per neuron of the pruned subnet: `Keys` (r:1 w:1), `IsNetworkMember` (r:0 w:1),
	/// and the prefix clears of `Uids`, `BlockAtRegistration`, `Weights`, `Bonds`, `Axons`,
	/// `Prometheus`, `WeightCommits` (r:0 w:7); the 11 per-uid vectors (r:0 w:11)
	/// Storage: the root weights rows (r:64 w:64)
	/// The range of component `n` is `[0, 4096]`.
	fn register_network(n: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 60_000)
			.saturating_add(Weight::from_parts(3_000_000, 2_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(118_u64))
			.saturating_add(T::DbWeight::get().writes(108_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:1)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:1), `SubnetLocked` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1), `Balances::Holds` (r:1 w:1)
	/// Storage: `SubtensorModule::TotalNetworks` (r:1 w:1)
	/// Storage: per-subnet values (w:9), the 11 per-uid vectors (w:11), the root weights rows
	/// (r:64 w:64)
	/// Storage: per neuron: `Keys` (r:1 w:1), `IsNetworkMember` (w:1) and 7 prefix clears (w:7)
	fn dissolve_network(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 70_000)
			.saturating_add(Weight::from_parts(3_000_000, 2_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(70_u64))
			.saturating_add(T::DbWeight::get().writes(90_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:1)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:0)
	/// Storage: `SubtensorModule::Burn` (r:1 w:1), `Difficulty` (r:1 w:1)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	fn set_hyperparameter() -> Weight {
		Weight::from_parts(20_000_000, 5_500)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: one network-wide parameter (r:0 w:1)
	fn set_network_parameter() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:1 w:1), `RegistrationsThisInterval`
	/// (r:1 w:1), `BurnRegistrationsThisInterval` (r:1 w:1)
	/// Storage: `SubtensorModule::Uids` (r:2 w:2), `Keys` (r:1 w:1), `IsNetworkMember` (r:1 w:2)
	/// Storage: `Staking::Owner` (r:2 w:1)
	/// Storage: `SubtensorModule::Burn` (r:1 w:0), `System::Account` (r:1 w:1),
	/// `Balances::TotalIssuance` (r:1 w:1)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0), `PruningScores` (r:1 w:1),
	/// `BlockAtRegistration` (r:n w:1)
	/// Storage: the other 10 per-uid vectors (r:10 w:10), `Weights`, `Bonds`, `Axons`,
	/// `Prometheus`, `WeightCommits` (w:5)
	/// Storage: the replaced hotkey's stake returned: `Staking::Stake` (r:2 w:1),
	/// `Staking::TotalHotkeyStake`, `TotalColdkeyStake`, `TotalStake`, `StakingHotkeys`,
	/// `Balances::Holds`, `System::Account` (r:6 w:6)
	fn burned_register(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 40_000)
			.saturating_add(Weight::from_parts(1_000_000, 1_100).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
	}
	/// As `burned_register`, without the burn, plus `System::BlockHash` (r:1),
	/// `SubtensorModule::UsedWork` (r:1 w:1), `Difficulty` (r:1) and the seal (three hashes).
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 40_000)
			.saturating_add(Weight::from_parts(1_000_000, 1_100).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(35_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
	}
	/// As `burned_register`, without the burn; a full root network reads `Keys` and
	/// `Staking::TotalHotkeyStake` per member (r:2n).
	fn root_register(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 40_000)
			.saturating_add(Weight::from_parts(2_000_000, 2_100).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(32_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0), `Uids` (r:1 w:0),
	/// `Axons` (r:1 w:1)
	fn serve_axon() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0), `Uids` (r:1 w:0),
	/// `Prometheus` (r:1 w:1)
	fn serve_prometheus() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0), `SubnetworkN` (r:1 w:0),
	/// `Uids` (r:1 w:0), `LastUpdate` (r:1 w:1), `ValidatorPermit` (r:1 w:0),
	/// `TotalNetworks` (r:1 w:0), `Weights` (r:0 w:1)
	/// The range of component `n` (weights submitted, and the subnet's size) is `[1, 4096]`.
	fn set_weights(n: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 40).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0), `Uids` (r:1 w:0),
	/// `WeightCommits` (r:1 w:1)
	fn commit_weights() -> Weight {
		Weight::from_parts(25_000_000, 4_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// `WeightCommits` (r:1 w:1), the hash of the revealed values, then `set_weights(n)`.
	fn reveal_weights(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 7_500)
			.saturating_add(Weight::from_parts(3_100_000, 40).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Owner` (r:2 w:2), `Staking::Delegates` (r:1 w:2),
	/// `Staking::LastTxBlockDelegateTake` (r:1 w:2), the stake ledger of the hotkey
	/// Storage: `SubtensorModule::IsNetworkMember` (r:13 w:26); per network: `Uids` (r:1 w:2),
	/// `Keys` (w:1), `Axons` (r:1 w:2), `Prometheus` (r:1 w:2), `WeightCommits` (r:1 w:2)
	fn swap_hotkey() -> Weight {
		Weight::from_parts(120_000_000, 80_000)
			.saturating_add(T::DbWeight::get().reads(80_u64))
			.saturating_add(T::DbWeight::get().writes(150_u64))
	}
	fn epoch(n: u32, w: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
			.saturating_add(Weight::from_parts(20_000_000, 200).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(500_000, 8).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn root_epoch(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 10_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn accrue_emission(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 5_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_network(n: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 60_000)
			.saturating_add(Weight::from_parts(3_000_000, 2_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(118_u64))
			.saturating_add(RocksDbWeight::get().writes(108_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	fn dissolve_network(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 70_000)
			.saturating_add(Weight::from_parts(3_000_000, 2_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(70_u64))
			.saturating_add(RocksDbWeight::get().writes(90_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	fn set_hyperparameter() -> Weight {
		Weight::from_parts(20_000_000, 5_500)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_network_parameter() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn burned_register(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 40_000)
			.saturating_add(Weight::from_parts(1_000_000, 1_100).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(36_u64))
			.saturating_add(RocksDbWeight::get().writes(36_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
	}
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 40_000)
			.saturating_add(Weight::from_parts(1_000_000, 1_100).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(36_u64))
			.saturating_add(RocksDbWeight::get().writes(35_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
	}
	fn root_register(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 40_000)
			.saturating_add(Weight::from_parts(2_000_000, 2_100).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(32_u64))
			.saturating_add(RocksDbWeight::get().writes(33_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
	}
	fn serve_axon() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn serve_prometheus() -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_weights(n: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 6_000)
			.saturating_add(Weight::from_parts(3_000_000, 40).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn commit_weights() -> Weight {
		Weight::from_parts(25_000_000, 4_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal_weights(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 7_500)
			.saturating_add(Weight::from_parts(3_100_000, 40).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn swap_hotkey() -> Weight {
		Weight::from_parts(120_000_000, 80_000)
			.saturating_add(RocksDbWeight::get().reads(80_u64))
			.saturating_add(RocksDbWeight::get().writes(150_u64))
	}
	fn epoch(n: u32, w: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20_000)
			.saturating_add(Weight::from_parts(20_000_000, 200).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(500_000, 8).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn root_epoch(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 10_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn accrue_emission(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 5_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}
