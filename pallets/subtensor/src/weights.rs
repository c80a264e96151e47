//! Weights for `pallet_subtensor`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Measured with the debug `finney-node`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with a release
//! build of the node before a production launch.
//!
//! Three runs of `scripts/benchmark.sh pallet_subtensor`, steps 10, repeat 5: every call (the
//! command below), after the epoch began reading stake from `NeuronStake`; then
//! `pay_out_emission` with `--extrinsic pay_out_emission`, after the payouts began asking the
//! staking pallet what each payout weighs; then, after removed subnets' uids began to be
//! cleared by the block step, `--extrinsic clear_removed_neurons,dissolve_network,
//! register_network,burned_register,register,swap_hotkey`; then, on 2026-12-05, after stake
//! became pools of shares, swap_hotkey gained its cost, rate limit and redirects, and the debug
//! node's wasm executor (wasmtime, cranelift, regalloc2) was built optimised, `--extrinsic
//! swap_hotkey,register,root_register,reveal_weights,epoch,clear_removed_neurons,
//! pay_out_emission` (steps 10, repeat 5). Those seven came out 1.5-3x lower than before (the
//! calls changed and the executor is faster); the others, measured with the slower executor,
//! may be higher than a rerun would give, which errs on the safe side.
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
		//  Measured:  `2658`
		//  Estimated: `12122 + n * (38 ±0)`
		// Minimum execution time: 3_143_461_000 picoseconds.
		Weight::from_parts(3_843_500_243, 12122)
			// Standard Error: 73_192
			.saturating_add(Weight::from_parts(215_069, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(40_u64))
			.saturating_add(Weight::from_parts(0, 38).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
		//  Measured:  `2460`
		//  Estimated: `6070 + n * (38 ±0)`
		// Minimum execution time: 1_988_699_000 picoseconds.
		Weight::from_parts(2_363_120_444, 6070)
			// Standard Error: 53_144
			.saturating_add(Weight::from_parts(200_531, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(31_u64))
			.saturating_add(Weight::from_parts(0, 38).saturating_mul(n.into()))
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
		// Minimum execution time: 487_605_000 picoseconds.
		Weight::from_parts(748_789_000, 3903)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `SubtensorModule::SubnetLimit` (r:0 w:1)
	/// Proof: `SubtensorModule::SubnetLimit` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	fn set_network_parameter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 128_838_000 picoseconds.
		Weight::from_parts(145_379_000, 0)
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
	/// Storage: `Staking::TotalHotkeyStake` (r:2 w:1)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalColdkeyStake` (r:1 w:1)
	/// Proof: `Staking::TotalColdkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalStake` (r:1 w:1)
	/// Proof: `Staking::TotalStake` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::NeuronStake` (r:1 w:1)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `6905 + n * (14 ±0)`
		//  Estimated: `11156 + n * (15 ±0)`
		// Minimum execution time: 4_336_761_000 picoseconds.
		Weight::from_parts(5_158_269_167, 11156)
			// Standard Error: 88_952
			.saturating_add(Weight::from_parts(122_032, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(33_u64))
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
		//  Measured:  `5834 + n * (14 ±0)`
		//  Estimated: `10418 + n * (15 ±0)`
		// Minimum execution time: 1_444_831_000 picoseconds.
		Weight::from_parts(1_784_538_602, 10418)
			// Standard Error: 20_436
			.saturating_add(Weight::from_parts(129_809, 0).saturating_mul(n.into()))
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
	/// Storage: `SubtensorModule::BlockAtRegistration` (r:1 w:1)
	/// Proof: `SubtensorModule::BlockAtRegistration` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `2014 + n * (65 ±0)`
		//  Estimated: `5281 + n * (2587 ±1)`
		// Minimum execution time: 1_075_254_000 picoseconds.
		Weight::from_parts(1_158_979_448, 5281)
			// Standard Error: 157_747
			.saturating_add(Weight::from_parts(48_439_070, 0).saturating_mul(n.into()))
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
		//  Measured:  `756`
		//  Estimated: `4221`
		// Minimum execution time: 445_698_000 picoseconds.
		Weight::from_parts(635_610_000, 4221)
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
		//  Measured:  `778`
		//  Estimated: `4243`
		// Minimum execution time: 447_034_000 picoseconds.
		Weight::from_parts(672_344_000, 4243)
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
		//  Measured:  `1832 + n * (9 ±0)`
		//  Estimated: `5297 + n * (9 ±0)`
		// Minimum execution time: 808_508_000 picoseconds.
		Weight::from_parts(1_062_370_887, 5297)
			// Standard Error: 29_769
			.saturating_add(Weight::from_parts(74_027, 0).saturating_mul(n.into()))
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
		//  Measured:  `1289`
		//  Estimated: `4754`
		// Minimum execution time: 483_800_000 picoseconds.
		Weight::from_parts(514_395_000, 4754)
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
		//  Measured:  `2944 + n * (9 ±0)`
		//  Estimated: `6409 + n * (9 ±0)`
		// Minimum execution time: 521_554_000 picoseconds.
		Weight::from_parts(744_368_299, 6409)
			// Standard Error: 12_520
			.saturating_add(Weight::from_parts(162_778, 0).saturating_mul(n.into()))
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
		//  Measured:  `3086 + k * (767 ±0)`
		//  Estimated: `9409 + k * (5693 ±10)`
		// Minimum execution time: 1_621_509_000 picoseconds.
		Weight::from_parts(1_170_239_439, 9409)
			// Standard Error: 1_299_932
			.saturating_add(Weight::from_parts(497_171_695, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((14_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 5693).saturating_mul(k.into()))
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
		//  Measured:  `4680 + n * (34 ±0)`
		//  Estimated: `213144 + n * (72 ±0)`
		// Minimum execution time: 614_234_000 picoseconds.
		Weight::from_parts(5_030_665_664, 213144)
			// Standard Error: 249_571
			.saturating_add(Weight::from_parts(1_863_863, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(179_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
			.saturating_add(Weight::from_parts(0, 72).saturating_mul(n.into()))
	}
	/// Storage: `SubtensorModule::SubnetHyperparameters` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetHyperparameters` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::PendingEmission` (r:1 w:1)
	/// Proof: `SubtensorModule::PendingEmission` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::SubnetworkN` (r:1 w:0)
	/// Proof: `SubtensorModule::SubnetworkN` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:0)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
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
		//  Measured:  `212117`
		//  Estimated: `401259 + w * (19 ±0)`
		// Minimum execution time: 15_150_573_000 picoseconds.
		Weight::from_parts(71_400_912_754, 401259)
			// Standard Error: 47_021
			.saturating_add(Weight::from_parts(499_091, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(287_u64))
			.saturating_add(T::DbWeight::get().writes(98_u64))
			.saturating_add(Weight::from_parts(0, 19).saturating_mul(w.into()))
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
		//  Measured:  `1643 + n * (118 ±0)`
		//  Estimated: `34768 + n * (2593 ±2)`
		// Minimum execution time: 1_242_423_000 picoseconds.
		Weight::from_parts(1_250_692_519, 34768)
			// Standard Error: 695_520
			.saturating_add(Weight::from_parts(159_631_477, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2593).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
		//  Measured:  `1231 + n * (248 ±0)`
		//  Estimated: `7193 + n * (5198 ±0)`
		// Minimum execution time: 1_344_482_000 picoseconds.
		Weight::from_parts(1_351_009_000, 7193)
			// Standard Error: 1_954_346
			.saturating_add(Weight::from_parts(1_041_107_980, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5198).saturating_mul(n.into()))
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
		//  Estimated: `6644 + n * (2603 ±0)`
		// Minimum execution time: 906_752_000 picoseconds.
		Weight::from_parts(954_895_028, 6644)
			// Standard Error: 28_797_118
			.saturating_add(Weight::from_parts(722_002_902, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	/// Storage: `Staking::TotalHotkeyStake` (r:1 w:0)
	/// Proof: `Staking::TotalHotkeyStake` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `SubtensorModule::IsNetworkMember` (r:65 w:0)
	/// Proof: `SubtensorModule::IsNetworkMember` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::Uids` (r:64 w:0)
	/// Proof: `SubtensorModule::Uids` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `SubtensorModule::NeuronStake` (r:64 w:64)
	/// Proof: `SubtensorModule::NeuronStake` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// The range of component `k` is `[1, 64]`.
	fn stake_changed(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2717 + k * (684 ±0)`
		//  Estimated: `6178 + k * (3158 ±6)`
		// Minimum execution time: 539_021_000 picoseconds.
		Weight::from_parts(489_310_469, 6178)
			// Standard Error: 11_967_131
			.saturating_add(Weight::from_parts(227_471_663, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3158).saturating_mul(k.into()))
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
		//  Measured:  `418 + c * (37 ±0)`
		//  Estimated: `1831 + c * (2512 ±0)`
		// Minimum execution time: 45_207_000 picoseconds.
		Weight::from_parts(24_005_959, 1831)
			// Standard Error: 159_890
			.saturating_add(Weight::from_parts(126_464_937, 0).saturating_mul(c.into()))
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
		Weight::from_parts(3_843_500_243, 12122)
			.saturating_add(Weight::from_parts(215_069, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().writes(40_u64))
			.saturating_add(Weight::from_parts(0, 38).saturating_mul(n.into()))
	}
	fn dissolve_network(n: u32, ) -> Weight {
		Weight::from_parts(2_363_120_444, 6070)
			.saturating_add(Weight::from_parts(200_531, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(31_u64))
			.saturating_add(Weight::from_parts(0, 38).saturating_mul(n.into()))
	}
	fn set_hyperparameter() -> Weight {
		Weight::from_parts(748_789_000, 3903)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_network_parameter() -> Weight {
		Weight::from_parts(145_379_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn burned_register(n: u32, ) -> Weight {
		Weight::from_parts(5_158_269_167, 11156)
			.saturating_add(Weight::from_parts(122_032, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(33_u64))
			.saturating_add(RocksDbWeight::get().writes(35_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(1_784_538_602, 10418)
			.saturating_add(Weight::from_parts(129_809, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(28_u64))
			.saturating_add(RocksDbWeight::get().writes(35_u64))
			.saturating_add(Weight::from_parts(0, 15).saturating_mul(n.into()))
	}
	fn root_register(n: u32, ) -> Weight {
		Weight::from_parts(1_158_979_448, 5281)
			.saturating_add(Weight::from_parts(48_439_070, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(26_u64))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(n.into()))
	}
	fn serve_axon() -> Weight {
		Weight::from_parts(635_610_000, 4221)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn serve_prometheus() -> Weight {
		Weight::from_parts(672_344_000, 4243)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_weights(n: u32, ) -> Weight {
		Weight::from_parts(1_062_370_887, 5297)
			.saturating_add(Weight::from_parts(74_027, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn commit_weights() -> Weight {
		Weight::from_parts(514_395_000, 4754)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal_weights(n: u32, ) -> Weight {
		Weight::from_parts(744_368_299, 6409)
			.saturating_add(Weight::from_parts(162_778, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 9).saturating_mul(n.into()))
	}
	fn swap_hotkey(k: u32, ) -> Weight {
		Weight::from_parts(1_170_239_439, 9409)
			.saturating_add(Weight::from_parts(497_171_695, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(RocksDbWeight::get().writes((14_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 5693).saturating_mul(k.into()))
	}
	fn epoch(n: u32, ) -> Weight {
		Weight::from_parts(5_030_665_664, 213144)
			.saturating_add(Weight::from_parts(1_863_863, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(179_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
			.saturating_add(Weight::from_parts(0, 72).saturating_mul(n.into()))
	}
	fn epoch_weights(w: u32, ) -> Weight {
		Weight::from_parts(71_400_912_754, 401259)
			.saturating_add(Weight::from_parts(499_091, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(287_u64))
			.saturating_add(RocksDbWeight::get().writes(98_u64))
			.saturating_add(Weight::from_parts(0, 19).saturating_mul(w.into()))
	}
	fn root_epoch(n: u32, ) -> Weight {
		Weight::from_parts(1_250_692_519, 34768)
			.saturating_add(Weight::from_parts(159_631_477, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 2593).saturating_mul(n.into()))
	}
	fn pay_out_emission(n: u32, ) -> Weight {
		Weight::from_parts(1_351_009_000, 7193)
			.saturating_add(Weight::from_parts(1_041_107_980, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5198).saturating_mul(n.into()))
	}
	fn accrue_emission(n: u32, ) -> Weight {
		Weight::from_parts(954_895_028, 6644)
			.saturating_add(Weight::from_parts(722_002_902, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	fn stake_changed(k: u32, ) -> Weight {
		Weight::from_parts(489_310_469, 6178)
			.saturating_add(Weight::from_parts(227_471_663, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(k.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3158).saturating_mul(k.into()))
	}
	fn clear_removed_neurons(c: u32, ) -> Weight {
		Weight::from_parts(24_005_959, 1831)
			.saturating_add(Weight::from_parts(126_464_937, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2512).saturating_mul(c.into()))
	}
}
