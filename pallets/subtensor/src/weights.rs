//! Weights for `pallet_subtensor`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with a release `finney-node` (`scripts/benchmark.sh --release`): the runtime runs
//! compiled by wasmtime and the host functions it calls (storage overlay, trie) optimised, as on
//! a production collator.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-06, STEPS: `25`, REPEAT: `10`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
// pallet_subtensor
// --extrinsic
// *
// --steps
// 25
// --repeat
// 10
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --template
// scripts/templates/pallet-weights.hbs
// --header
// /tmp/tmp.LHf8paWM3C
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
	fn swap_hotkey(k: u32, ) -> Weight;
	fn epoch(n: u32, ) -> Weight;
	fn epoch_weights(w: u32, ) -> Weight;
	fn root_epoch(n: u32, ) -> Weight;
	fn pay_out_emission(n: u32, ) -> Weight;
	fn accrue_emission(n: u32, ) -> Weight;
	fn stake_changed(k: u32, ) -> Weight;
	fn clear_removed_neurons(c: u32, ) -> Weight;
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
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:4 w:2)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NetworkRegisteredAt` (r:1 w:2)
	/// Proof: `SubtensorModule::NetworkRegisteredAt` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:64)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronsToClear` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronsToClear` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:2)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetLocked` (r:1 w:2)
	/// Proof: `SubtensorModule::SubnetLocked` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EpochQueue` (r:1 w:1)
	/// Proof: `SubtensorModule::EpochQueue` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:1 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Burn` (r:0 w:2)
	/// Proof: `SubtensorModule::Burn` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastAdjustmentBlock` (r:0 w:2)
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
	/// Storage: `SubtensorModule::Difficulty` (r:0 w:2)
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
	/// The range of component `n` is `[0, 4096]`.
	fn register_network(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2562`
		//  Estimated: `12886 + n * (39 ±0)`
		// Minimum execution time: 134_893_000 picoseconds.
		Weight::from_parts(209_030_265, 12886)
			// Standard Error: 1_484
			.saturating_add(Weight::from_parts(47_974, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(41_u64))
			.saturating_add(Weight::from_parts(0, 39).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetOwner` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:64)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronsToClear` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronsToClear` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetLocked` (r:1 w:1)
	/// Proof: `SubtensorModule::SubnetLocked` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:0)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EpochQueue` (r:1 w:1)
	/// Proof: `SubtensorModule::EpochQueue` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::TotalNetworks` (r:1 w:1)
	/// Proof: `SubtensorModule::TotalNetworks` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:1 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
	/// The range of component `n` is `[0, 4096]`.
	fn dissolve_network(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2364`
		//  Estimated: `5635 + n * (39 ±0)`
		// Minimum execution time: 84_297_000 picoseconds.
		Weight::from_parts(150_566_927, 5635)
			// Standard Error: 1_281
			.saturating_add(Weight::from_parts(36_488, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(31_u64))
			.saturating_add(Weight::from_parts(0, 39).saturating_mul(n.into()))
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
		//  Measured:  `475`
		//  Estimated: `3940`
		// Minimum execution time: 18_768_000 picoseconds.
		Weight::from_parts(20_080_000, 3940)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `SubtensorModule::SubnetLimit` (r:0 w:1)
	/// Proof: `SubtensorModule::SubnetLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn set_network_parameter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 3_996_000 picoseconds.
		Weight::from_parts(4_407_000, 0)
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
	/// Storage: `System::Account` (r:1 w:1)
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
	/// Storage: `Staking::Pools` (r:1 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::NeuronStake` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BurnRegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::BurnRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:0 w:1)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn burned_register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5577 + n * (14 ±0)`
		//  Estimated: `8269 + n * (15 ±0)`
		// Minimum execution time: 132_649_000 picoseconds.
		Weight::from_parts(230_358_715, 8269)
			// Standard Error: 2_032
			.saturating_add(Weight::from_parts(51_278, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(29_u64))
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
	/// Storage: `SubtensorModule::UsedWork` (r:1 w:3)
	/// Proof: `SubtensorModule::UsedWork` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Difficulty` (r:1 w:0)
	/// Proof: `SubtensorModule::Difficulty` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::UsedWorkQueueBounds` (r:1 w:1)
	/// Proof: `SubtensorModule::UsedWorkQueueBounds` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::UsedWorkQueue` (r:2 w:3)
	/// Proof: `SubtensorModule::UsedWorkQueue` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
	/// Storage: `Staking::Pools` (r:1 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::NeuronStake` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PowRegistrationsThisInterval` (r:1 w:1)
	/// Proof: `SubtensorModule::PowRegistrationsThisInterval` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:0 w:1)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 4096]`.
	fn register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5873 + n * (14 ±0)`
		//  Estimated: `11040 + n * (15 ±0)`
		// Minimum execution time: 138_979_000 picoseconds.
		Weight::from_parts(219_248_551, 11040)
			// Standard Error: 2_460
			.saturating_add(Weight::from_parts(72_772, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(28_u64))
			.saturating_add(T::DbWeight::get().writes(35_u64))
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
	/// Storage: `SubtensorModule::RootRegistrationMinStake` (r:1 w:0)
	/// Proof: `SubtensorModule::RootRegistrationMinStake` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Pools` (r:65 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:64 w:1)
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
	/// Storage: `SubtensorModule::PruningScores` (r:1 w:1)
	/// Proof: `SubtensorModule::PruningScores` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:1)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:0 w:1)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:2)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 64]`.
	fn root_register(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2019 + n * (66 ±0)`
		//  Estimated: `5351 + n * (2587 ±0)`
		// Minimum execution time: 100_722_000 picoseconds.
		Weight::from_parts(105_937_759, 5351)
			// Standard Error: 4_678
			.saturating_add(Weight::from_parts(4_524_343, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(26_u64))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::Axons` (r:1 w:1)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:1 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn serve_axon() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `793`
		//  Estimated: `4258`
		// Minimum execution time: 19_700_000 picoseconds.
		Weight::from_parts(21_282_000, 4258)
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
		//  Measured:  `815`
		//  Estimated: `4280`
		// Minimum execution time: 20_361_000 picoseconds.
		Weight::from_parts(21_953_000, 4280)
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
		//  Measured:  `1830 + n * (9 ±0)`
		//  Estimated: `5278 + n * (9 ±0)`
		// Minimum execution time: 23_225_000 picoseconds.
		Weight::from_parts(78_057_971, 5278)
			// Standard Error: 978
			.saturating_add(Weight::from_parts(61_326, 0).saturating_mul(n.into()))
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
		//  Measured:  `1326`
		//  Estimated: `4791`
		// Minimum execution time: 21_903_000 picoseconds.
		Weight::from_parts(23_525_000, 4791)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:1 w:1)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:1 w:1)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `2942 + n * (9 ±0)`
		//  Estimated: `6390 + n * (9 ±0)`
		// Minimum execution time: 47_751_000 picoseconds.
		Weight::from_parts(105_492_328, 6390)
			// Standard Error: 1_475
			.saturating_add(Weight::from_parts(126_212, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	/// Storage: `Staking::Owner` (r:2 w:1)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:130 w:128)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SwappedHotkey` (r:2 w:1)
	/// Proof: `SubtensorModule::SwappedHotkey` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastHotkeySwap` (r:1 w:2)
	/// Proof: `SubtensorModule::LastHotkeySwap` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::HotkeySwapRateLimit` (r:1 w:0)
	/// Proof: `SubtensorModule::HotkeySwapRateLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::KeySwapCost` (r:1 w:0)
	/// Proof: `SubtensorModule::KeySwapCost` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegates` (r:1 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::LastTxBlockDelegateTake` (r:1 w:0)
	/// Proof: `Staking::LastTxBlockDelegateTake` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:2 w:2)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:64 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:64 w:128)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:64 w:128)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:64 w:128)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:64 w:128)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:64 w:128)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:64)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmission` (r:1 w:0)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SwappedHotkeyQueueBounds` (r:1 w:1)
	/// Proof: `SubtensorModule::SwappedHotkeyQueueBounds` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:1)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::SwappedHotkeyQueue` (r:0 w:1)
	/// Proof: `SubtensorModule::SwappedHotkeyQueue` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:0 w:64)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `k` is `[1, 64]`.
	fn swap_hotkey(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2609 + k * (799 ±0)`
		//  Estimated: `9368 + k * (5703 ±6)`
		// Minimum execution time: 140_491_000 picoseconds.
		Weight::from_parts(88_889_892, 9368)
			// Standard Error: 60_835
			.saturating_add(Weight::from_parts(44_082_114, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((14_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 5703).saturating_mul(k.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:128 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:0)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:0)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:0)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:1 w:0)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:128 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmissionSince` (r:0 w:1)
	/// Proof: `SubtensorModule::LoadedEmissionSince` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `5147 + n * (34 ±0)`
		//  Estimated: `274814 + n * (73 ±0)`
		// Minimum execution time: 55_123_000 picoseconds.
		Weight::from_parts(621_592_465, 274814)
			// Standard Error: 9_163
			.saturating_add(Weight::from_parts(511_813, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(228_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
			.saturating_add(Weight::from_parts(0, 73).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorPermit` (r:1 w:1)
	/// Proof: `SubtensorModule::ValidatorPermit` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:128 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:0)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastUpdate` (r:1 w:0)
	/// Proof: `SubtensorModule::LastUpdate` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:0)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:129 w:128)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LastEpochBlock` (r:1 w:1)
	/// Proof: `SubtensorModule::LastEpochBlock` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:4096 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Active` (r:0 w:1)
	/// Proof: `SubtensorModule::Active` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::ValidatorTrust` (r:0 w:1)
	/// Proof: `SubtensorModule::ValidatorTrust` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::LoadedEmissionSince` (r:0 w:1)
	/// Proof: `SubtensorModule::LoadedEmissionSince` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `212152`
		//  Estimated: `513301 + w * (19 ±0)`
		// Minimum execution time: 2_650_329_000 picoseconds.
		Weight::from_parts(11_725_672_630, 513301)
			// Standard Error: 3_301
			.saturating_add(Weight::from_parts(83_257, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(330_u64))
			.saturating_add(T::DbWeight::get().writes(124_u64))
			.saturating_add(Weight::from_parts(0, 19).saturating_mul(w.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:13 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:64 w:0)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Pools` (r:64 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Weights` (r:64 w:0)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionValues` (r:0 w:11)
	/// Proof: `SubtensorModule::EmissionValues` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 64]`.
	fn root_epoch(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1600 + n * (171 ±0)`
		//  Estimated: `34841 + n * (2645 ±1)`
		// Minimum execution time: 119_580_000 picoseconds.
		Weight::from_parts(121_053_576, 34841)
			// Standard Error: 12_128
			.saturating_add(Weight::from_parts(7_970_023, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2645).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::LoadedEmission` (r:2 w:1)
	/// Proof: `SubtensorModule::LoadedEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SwappedHotkeyQueueBounds` (r:1 w:0)
	/// Proof: `SubtensorModule::SwappedHotkeyQueueBounds` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::EmissionAccounting` (r:1 w:1)
	/// Proof: `SubtensorModule::EmissionAccounting` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:512 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::Delegates` (r:256 w:0)
	/// Proof: `Staking::Delegates` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Owner` (r:256 w:0)
	/// Proof: `Staking::Owner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:256 w:256)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextPoolId` (r:1 w:1)
	/// Proof: `Staking::NextPoolId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PoolShares` (r:256 w:256)
	/// Proof: `Staking::PoolShares` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::Uids` (r:256 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:4 w:4)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Staking::PoolHotkey` (r:0 w:256)
	/// Proof: `Staking::PoolHotkey` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Staking::StakingPools` (r:0 w:256)
	/// Proof: `Staking::StakingPools` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::LoadedEmissionSince` (r:0 w:1)
	/// Proof: `SubtensorModule::LoadedEmissionSince` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[1, 256]`.
	fn pay_out_emission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1224 + n * (249 ±0)`
		//  Estimated: `7207 + n * (5199 ±0)`
		// Minimum execution time: 112_319_000 picoseconds.
		Weight::from_parts(114_121_000, 7207)
			// Standard Error: 108_239
			.saturating_add(Weight::from_parts(92_335_961, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5199).saturating_mul(n.into()))
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
		//  Measured:  `603 + n * (84 ±0)`
		//  Estimated: `6648 + n * (2603 ±0)`
		// Minimum execution time: 34_512_000 picoseconds.
		Weight::from_parts(13_450_591, 6648)
			// Standard Error: 14_663
			.saturating_add(Weight::from_parts(25_879_135, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	/// Storage: `Staking::Pools` (r:1 w:0)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:65 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:64 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:64)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `k` is `[1, 64]`.
	fn stake_changed(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2869 + k * (684 ±0)`
		//  Estimated: `6352 + k * (3159 ±3)`
		// Minimum execution time: 27_261_000 picoseconds.
		Weight::from_parts(27_762_000, 6352)
			// Standard Error: 85_985
			.saturating_add(Weight::from_parts(11_882_817, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3159).saturating_mul(k.into()))
	}
	/// Storage: `SubtensorModule::NeuronsToClear` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronsToClear` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Keys` (r:256 w:256)
	/// Proof: `SubtensorModule::Keys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::FormerCommitHotkeys` (r:0 w:256)
	/// Proof: `SubtensorModule::FormerCommitHotkeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Bonds` (r:0 w:256)
	/// Proof: `SubtensorModule::Bonds` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::WeightCommits` (r:0 w:256)
	/// Proof: `SubtensorModule::WeightCommits` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Weights` (r:0 w:256)
	/// Proof: `SubtensorModule::Weights` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:0 w:256)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Axons` (r:0 w:256)
	/// Proof: `SubtensorModule::Axons` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Prometheus` (r:0 w:256)
	/// Proof: `SubtensorModule::Prometheus` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:0 w:256)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `c` is `[0, 256]`.
	fn clear_removed_neurons(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `457 + c * (37 ±0)`
		//  Estimated: `1909 + c * (2512 ±0)`
		// Minimum execution time: 4_407_000 picoseconds.
		Weight::from_parts(4_717_000, 1909)
			// Standard Error: 26_637
			.saturating_add(Weight::from_parts(14_254_497, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2512).saturating_mul(c.into()))
	}
}

/// The same weights with the reference database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_network(n: u32, ) -> Weight {
		Weight::from_parts(209_030_265, 12886)
			.saturating_add(Weight::from_parts(47_974, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().writes(41_u64))
			.saturating_add(Weight::from_parts(0, 39).saturating_mul(n.into()))
	}
	fn dissolve_network(n: u32, ) -> Weight {
		Weight::from_parts(150_566_927, 5635)
			.saturating_add(Weight::from_parts(36_488, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(31_u64))
			.saturating_add(Weight::from_parts(0, 39).saturating_mul(n.into()))
	}
	fn set_hyperparameter() -> Weight {
		Weight::from_parts(20_080_000, 3940)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_network_parameter() -> Weight {
		Weight::from_parts(4_407_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn burned_register(n: u32, ) -> Weight {
		Weight::from_parts(230_358_715, 8269)
			.saturating_add(Weight::from_parts(51_278, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().writes(29_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(219_248_551, 11040)
			.saturating_add(Weight::from_parts(72_772, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(28_u64))
			.saturating_add(RocksDbWeight::get().writes(35_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn root_register(n: u32, ) -> Weight {
		Weight::from_parts(105_937_759, 5351)
			.saturating_add(Weight::from_parts(4_524_343, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(26_u64))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(n.into()))
	}
	fn serve_axon() -> Weight {
		Weight::from_parts(21_282_000, 4258)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn serve_prometheus() -> Weight {
		Weight::from_parts(21_953_000, 4280)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_weights(n: u32, ) -> Weight {
		Weight::from_parts(78_057_971, 5278)
			.saturating_add(Weight::from_parts(61_326, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn commit_weights() -> Weight {
		Weight::from_parts(23_525_000, 4791)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal_weights(n: u32, ) -> Weight {
		Weight::from_parts(105_492_328, 6390)
			.saturating_add(Weight::from_parts(126_212, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn swap_hotkey(k: u32, ) -> Weight {
		Weight::from_parts(88_889_892, 9368)
			.saturating_add(Weight::from_parts(44_082_114, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(RocksDbWeight::get().writes((14_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 5703).saturating_mul(k.into()))
	}
	fn epoch(n: u32, ) -> Weight {
		Weight::from_parts(621_592_465, 274814)
			.saturating_add(Weight::from_parts(511_813, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(228_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
			.saturating_add(Weight::from_parts(0, 73).saturating_mul(n.into()))
	}
	fn epoch_weights(w: u32, ) -> Weight {
		Weight::from_parts(11_725_672_630, 513301)
			.saturating_add(Weight::from_parts(83_257, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(330_u64))
			.saturating_add(RocksDbWeight::get().writes(124_u64))
			.saturating_add(Weight::from_parts(0, 19).saturating_mul(w.into()))
	}
	fn root_epoch(n: u32, ) -> Weight {
		Weight::from_parts(121_053_576, 34841)
			.saturating_add(Weight::from_parts(7_970_023, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2645).saturating_mul(n.into()))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(114_121_000, 7207)
			.saturating_add(Weight::from_parts(92_335_961, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5199).saturating_mul(n.into()))
	}
	fn accrue_emission(n: u32, ) -> Weight {
		Weight::from_parts(13_450_591, 6648)
			.saturating_add(Weight::from_parts(25_879_135, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	fn stake_changed(k: u32, ) -> Weight {
		Weight::from_parts(27_762_000, 6352)
			.saturating_add(Weight::from_parts(11_882_817, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3159).saturating_mul(k.into()))
	}
	fn clear_removed_neurons(c: u32, ) -> Weight {
		Weight::from_parts(4_717_000, 1909)
			.saturating_add(Weight::from_parts(14_254_497, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2512).saturating_mul(c.into()))
	}
}
