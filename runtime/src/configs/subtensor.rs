//! Subnets, neurons, registration, serving and weights: `pallet-subtensor`.
//!
//! It reaches stake only through the staking pallet's interfaces (`finney-support` traits, all
//! implemented by `Staking`), and holds each subnet's network lock on the owner's account.

use crate::{AccountId, Balances, Runtime, RuntimeHoldReason, Staking};
use polkadot_sdk::*;

use frame_support::traits::ConstU16;
use frame_system::EnsureRoot;

impl pallet_subtensor::Config for Runtime {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    type StakeInfo = Staking;
    type HotkeyOwnership = Staking;
    type StakeRemoval = Staking;
    type HotkeySwap = Staking;
    /// Root (sudo on dev chains) until the governance pallet takes over.
    type GovernanceOrigin = EnsureRoot<AccountId>;
    /// Bittensor's upper bound on a subnet's size.
    type MaxAllowedUidsLimit = ConstU16<4096>;
    type WeightInfo = pallet_subtensor::weights::SubstrateWeight<Runtime>;
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = StakeThroughLedger;
}

/// Gives the subtensor benchmarks stake the way `add_stake` records it, without its rate limits.
#[cfg(feature = "runtime-benchmarks")]
pub struct StakeThroughLedger;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_subtensor::BenchmarkHelper<AccountId, crate::Balance> for StakeThroughLedger {
    fn stake(coldkey: &AccountId, hotkey: &AccountId, amount: crate::Balance) {
        // A benchmark whose setup cannot stake fails its own checks afterwards.
        let _ = pallet_subtensor_staking::ledger::stake::<Runtime>(coldkey, hotkey, amount);
    }
}
