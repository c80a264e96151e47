//! Weights for `pallet_subtensor`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with the debug `finney-node`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with a release
//! build of the node before a production launch.
//!
//! Three runs of `scripts/benchmark.sh`'s command, each function from the latest run that
//! covered it: every call with steps 10, repeat 5 (the command below); `root_epoch`,
//! `pay_out_emission` and `accrue_emission` with `--extrinsic
//! epoch,root_epoch,pay_out_emission,accrue_emission`, steps 10, repeat 5; and
//! `burned_register`, `register`, `register_network`, `dissolve_network`, `epoch` and
//! `epoch_weights` with steps 8, repeat 3, after `BlockAtRegistration` became one vector per
//! subnet. `scripts/benchmark.sh pallet_subtensor` regenerates the whole file in one run.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-02, STEPS: `10`, REPEAT: `5`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
// pallet_subtensor
// --extrinsic
// *
// --steps
// 10
// --repeat
// 5
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --template
// scripts/templates/pallet-weights.hbs
// --output
// pallets/subtensor/src/weights.rs

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
	fn epoch(n: u32, ) -> Weight;
	fn epoch_weights(w: u32, ) -> Weight;
	fn root_epoch(n: u32, ) -> Weight;
	fn pay_out_emission(n: u32, ) -> Weight;
	fn accrue_emission(n: u32, ) -> Weight;
}

/// Weights for `pallet_subtensor` measured on the Finney runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SubtensorModule::NetworkLastRegistered` (r:1 w:1)
	/// Proof: `SubtensorModule::NetworkLastRegistered` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkLastLockCost` (r:1 w:1)
	/// Proof: `SubtensorModule::NetworkLastLockCost` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkMinLockCost` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworkMinLockCost` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkLockReductionInterval` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworkLockReductionInterval` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::TotalNetworks` (r:1 w:1)
	/// Proof: `SubtensorModule::TotalNetworks` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetLimit` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkImmunityPeriod` (r:1 w:0)
	/// Proof: `SubtensorModule::NetworkImmunityPeriod` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:3 w:1)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkRegisteredAt` (r:1 w:1)
	/// Proof: `SubtensorModule::NetworkRegisteredAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:4098 w:4096)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetLocked` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetLocked` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EpochQueue` (r:1 w:1)
	/// Proof: `SubtensorModule::EpochQueue` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Burn` (r:0 w:1)
	/// Proof: `SubtensorModule::Burn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastAdjustmentBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::LastAdjustmentBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:0 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:0 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BurnRegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::BurnRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:0 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Difficulty` (r:0 w:1)
	/// Proof: `SubtensorModule::Difficulty` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:0 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:0 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:0 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:0 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:0 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PowRegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::PowRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:0 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:4096)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[0, 4096]`.
	fn register_network(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5403 + n * (176 ±0)`
		//  Estimated: `12158 + n * (2652 ±0)`
		// Minimum execution time: 3_726_554_000 picoseconds.
		Weight::from_parts(67_895_015_852, 12158)
			// Standard Error: 25_548_330
			.saturating_add(Weight::from_parts(273_836_986, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(34_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:4098 w:4096)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:4096 w:4096)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetLocked` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetLocked` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EpochQueue` (r:1 w:1)
	/// Proof: `SubtensorModule::EpochQueue` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::TotalNetworks` (r:1 w:1)
	/// Proof: `SubtensorModule::TotalNetworks` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Burn` (r:0 w:1)
	/// Proof: `SubtensorModule::Burn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastAdjustmentBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::LastAdjustmentBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkRegisteredAt` (r:0 w:1)
	/// Proof: `SubtensorModule::NetworkRegisteredAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:0 w:1)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:0 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:0 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BurnRegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::BurnRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:0 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Difficulty` (r:0 w:1)
	/// Proof: `SubtensorModule::Difficulty` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:0 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:0 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:0 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:0 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:0 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:0 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PowRegistrationsThisInterval` (r:0 w:1)
	/// Proof: `SubtensorModule::PowRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:0 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:4096)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[0, 4096]`.
	fn dissolve_network(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5209 + n * (176 ±0)`
		//  Estimated: `9475 + n * (2652 ±0)`
		// Minimum execution time: 2_597_880_000 picoseconds.
		Weight::from_parts(2_597_880_000, 9475)
			// Standard Error: 13_951_755
			.saturating_add(Weight::from_parts(493_324_575, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(30_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Burn` (r:1 w:1)
	/// Proof: `SubtensorModule::Burn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Difficulty` (r:1 w:1)
	/// Proof: `SubtensorModule::Difficulty` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn set_hyperparameter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `438`
		//  Estimated: `3903`
		// Minimum execution time: 499_053_000 picoseconds.
		Weight::from_parts(533_058_000, 3903)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `SubtensorModule::SubnetLimit` (r:0 w:1)
	/// Proof: `SubtensorModule::SubnetLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn set_network_parameter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 134_639_000 picoseconds.
		Weight::from_parts(147_584_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:2)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Owner` (r:1 w:1)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Burn` (r:1 w:0)
	/// Proof: `SubtensorModule::Burn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:1 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:1 w:1)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:1 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:1 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:1 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:1 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:1 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:1 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:1 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:2 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Stake` (r:2 w:1)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::BurnRegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::BurnRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Bonds` (r:0 w:1)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:0 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:1)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:0 w:1)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:0 w:1)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn burned_register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5946 + n * (14 ±0)`
		//  Estimated: `10292 + n * (15 ±0)`
		// Minimum execution time: 4_872_263_000 picoseconds.
		Weight::from_parts(6_482_158_582, 10292)
			// Standard Error: 276_269
			.saturating_add(Weight::from_parts(809_945, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(31_u64))
			.saturating_add(T::DbWeight::get().writes(34_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:2)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Owner` (r:1 w:1)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::UsedWork` (r:1 w:1)
	/// Proof: `SubtensorModule::UsedWork` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Difficulty` (r:1 w:0)
	/// Proof: `SubtensorModule::Difficulty` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:1 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:1 w:1)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:1 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:1 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:1 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:1 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:1 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:1 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:1 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:2 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Stake` (r:2 w:1)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PowRegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::PowRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:1)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Bonds` (r:0 w:1)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:0 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:1)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:0 w:1)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:0 w:1)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5900 + n * (14 ±0)`
		//  Estimated: `10246 + n * (15 ±0)`
		// Minimum execution time: 4_591_534_000 picoseconds.
		Weight::from_parts(5_368_859_796, 10246)
			// Standard Error: 235_601
			.saturating_add(Weight::from_parts(698_064, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(32_u64))
			.saturating_add(T::DbWeight::get().writes(34_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::RegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::RegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:2)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Owner` (r:1 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:64 w:1)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::TotalHotkeyStake` (r:65 w:0)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Active` (r:1 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:1 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:1 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:1 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:1 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:1 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:1 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:1 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:2 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Stake` (r:1 w:0)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:0 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:0 w:1)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:0 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:1)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:0 w:1)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:0 w:1)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 64]`.
	fn root_register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2194 + n * (74 ±0)`
		//  Estimated: `7898 + n * (2553 ±2)`
		// Minimum execution time: 2_334_328_000 picoseconds.
		Weight::from_parts(2_464_716_129, 7898)
			// Standard Error: 311_775
			.saturating_add(Weight::from_parts(104_746_548, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(24_u64))
			.saturating_add(Weight::from_parts(0, 2553).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::Axons` (r:1 w:1)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn serve_axon() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `725`
		//  Estimated: `4190`
		// Minimum execution time: 471_396_000 picoseconds.
		Weight::from_parts(512_043_000, 4190)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::Prometheus` (r:1 w:1)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn serve_prometheus() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `747`
		//  Estimated: `4212`
		// Minimum execution time: 477_904_000 picoseconds.
		Weight::from_parts(533_690_000, 4212)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:0)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:1)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn set_weights(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1799 + n * (9 ±0)`
		//  Estimated: `5264 + n * (9 ±0)`
		// Minimum execution time: 583_701_000 picoseconds.
		Weight::from_parts(808_545_493, 5264)
			// Standard Error: 24_312
			.saturating_add(Weight::from_parts(183_634, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:1 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn commit_weights() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1258`
		//  Estimated: `4723`
		// Minimum execution time: 519_395_000 picoseconds.
		Weight::from_parts(559_379_000, 4723)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:1 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:0)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:1)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn reveal_weights(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2511 + n * (9 ±0)`
		//  Estimated: `5976 + n * (9 ±0)`
		// Minimum execution time: 855_541_000 picoseconds.
		Weight::from_parts(1_111_632_732, 5976)
			// Standard Error: 13_133
			.saturating_add(Weight::from_parts(165_945, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	/// Storage: `Staking::Owner` (r:2 w:2)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:13 w:22)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:1 w:0)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Stake` (r:3 w:2)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:2 w:2)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Uids` (r:11 w:22)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:11 w:22)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:11 w:22)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:11 w:0)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:2)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Keys` (r:0 w:11)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn swap_hotkey() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2897`
		//  Estimated: `36062`
		// Minimum execution time: 7_355_791_000 picoseconds.
		Weight::from_parts(7_659_454_000, 36062)
			.saturating_add(T::DbWeight::get().reads(66_u64))
			.saturating_add(T::DbWeight::get().writes(107_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:4096 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::TotalHotkeyStake` (r:4096 w:0)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:0)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:0)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:1 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:1 w:0)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:0 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:0 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:0 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:0 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:0 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:0 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:0 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn epoch(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `12637 + n * (53 ±0)`
		//  Estimated: `11304 + n * (2539 ±0)`
		// Minimum execution time: 2_333_534_000 picoseconds.
		Weight::from_parts(2_333_534_000, 11304)
			// Standard Error: 6_561_838
			.saturating_add(Weight::from_parts(162_080_643, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:4096 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::TotalHotkeyStake` (r:4096 w:0)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:0)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:0)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:129 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:129 w:128)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PruningScores` (r:0 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Dividends` (r:0 w:1)
	/// Proof: `SubtensorModule::Dividends` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Incentive` (r:0 w:1)
	/// Proof: `SubtensorModule::Incentive` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Trust` (r:0 w:1)
	/// Proof: `SubtensorModule::Trust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Consensus` (r:0 w:1)
	/// Proof: `SubtensorModule::Consensus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Emission` (r:0 w:1)
	/// Proof: `SubtensorModule::Emission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Rank` (r:0 w:1)
	/// Proof: `SubtensorModule::Rank` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `w` is `[0, 524288]`.
	fn epoch_weights(w: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `232031`
		//  Estimated: `10400734`
		// Minimum execution time: 491_328_254_000 picoseconds.
		Weight::from_parts(594_681_413_646, 10400734)
			// Standard Error: 282_984
			.saturating_add(Weight::from_parts(1_148_056, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(8352_u64))
			.saturating_add(T::DbWeight::get().writes(89_u64))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:13 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:64 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::TotalHotkeyStake` (r:64 w:0)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Weights` (r:64 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:0 w:11)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 64]`.
	fn root_epoch(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1609 + n * (118 ±0)`
		//  Estimated: `34735 + n * (2593 ±2)`
		// Minimum execution time: 1_462_200_000 picoseconds.
		Weight::from_parts(1_828_649_297, 34735)
			// Standard Error: 8_334_423
			.saturating_add(Weight::from_parts(265_190_542, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2593).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::LoadedEmission` (r:2 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Owner` (r:256 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:256 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Stake` (r:256 w:256)
	/// Proof: `Staking::Stake` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalHotkeyStake` (r:256 w:256)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingHotkeys` (r:0 w:256)
	/// Proof: `Staking::StakingHotkeys` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn pay_out_emission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `843 + n * (134 ±0)`
		//  Estimated: `6778 + n * (2587 ±0)`
		// Minimum execution time: 2_357_717_000 picoseconds.
		Weight::from_parts(47_374_007_234, 6778)
			// Standard Error: 137_666_271
			.saturating_add(Weight::from_parts(1_955_984_558, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:66 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:64 w:0)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwnerCut` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetOwnerCut` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:64 w:0)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:64 w:64)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PendingEmission` (r:64 w:64)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 64]`.
	fn accrue_emission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `607 + n * (80 ±0)`
		//  Estimated: `6644 + n * (2603 ±2)`
		// Minimum execution time: 950_694_000 picoseconds.
		Weight::from_parts(968_889_000, 6644)
			// Standard Error: 16_677_334
			.saturating_add(Weight::from_parts(767_895_633, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_network(n: u32, ) -> Weight {
		Weight::from_parts(67_895_015_852, 12158)
			.saturating_add(Weight::from_parts(273_836_986, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(34_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(n.into()))
	}
	fn dissolve_network(n: u32, ) -> Weight {
		Weight::from_parts(2_597_880_000, 9475)
			.saturating_add(Weight::from_parts(493_324_575, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(30_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(n.into()))
	}
	fn set_hyperparameter() -> Weight {
		Weight::from_parts(533_058_000, 3903)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_network_parameter() -> Weight {
		Weight::from_parts(147_584_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn burned_register(n: u32, ) -> Weight {
		Weight::from_parts(6_482_158_582, 10292)
			.saturating_add(Weight::from_parts(809_945, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(31_u64))
			.saturating_add(RocksDbWeight::get().writes(34_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(5_368_859_796, 10246)
			.saturating_add(Weight::from_parts(698_064, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(32_u64))
			.saturating_add(RocksDbWeight::get().writes(34_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn root_register(n: u32, ) -> Weight {
		Weight::from_parts(2_464_716_129, 7898)
			.saturating_add(Weight::from_parts(104_746_548, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(24_u64))
			.saturating_add(Weight::from_parts(0, 2553).saturating_mul(n.into()))
	}
	fn serve_axon() -> Weight {
		Weight::from_parts(512_043_000, 4190)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn serve_prometheus() -> Weight {
		Weight::from_parts(533_690_000, 4212)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_weights(n: u32, ) -> Weight {
		Weight::from_parts(808_545_493, 5264)
			.saturating_add(Weight::from_parts(183_634, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn commit_weights() -> Weight {
		Weight::from_parts(559_379_000, 4723)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal_weights(n: u32, ) -> Weight {
		Weight::from_parts(1_111_632_732, 5976)
			.saturating_add(Weight::from_parts(165_945, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn swap_hotkey() -> Weight {
		Weight::from_parts(7_659_454_000, 36062)
			.saturating_add(RocksDbWeight::get().reads(66_u64))
			.saturating_add(RocksDbWeight::get().writes(107_u64))
	}
	fn epoch(n: u32, ) -> Weight {
		Weight::from_parts(2_333_534_000, 11304)
			.saturating_add(Weight::from_parts(162_080_643, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(n.into()))
	}
	fn epoch_weights(w: u32, ) -> Weight {
		Weight::from_parts(594_681_413_646, 10400734)
			.saturating_add(Weight::from_parts(1_148_056, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(8352_u64))
			.saturating_add(RocksDbWeight::get().writes(89_u64))
	}
	fn root_epoch(n: u32, ) -> Weight {
		Weight::from_parts(1_828_649_297, 34735)
			.saturating_add(Weight::from_parts(265_190_542, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2593).saturating_mul(n.into()))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(47_374_007_234, 6778)
			.saturating_add(Weight::from_parts(1_955_984_558, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(n.into()))
	}
	fn accrue_emission(n: u32, ) -> Weight {
		Weight::from_parts(968_889_000, 6644)
			.saturating_add(Weight::from_parts(767_895_633, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
}
