//! Subnets, neurons, registration, serving and weights: `pallet-subtensor`.
//!
//! It reaches stake only through the staking pallet's interfaces (`finney-support` traits, all
//! implemented by `Staking`), and holds each subnet's network lock on the owner's account.

use crate::{Balances, Runtime, RuntimeHoldReason, Staking};
use polkadot_sdk::*;

use frame_support::{
    parameter_types,
    traits::{ConstU16, ConstU32},
    weights::Weight,
};
use sp_runtime::Perbill;

parameter_types! {
    /// The weight the subnet epochs of one block may use: a quarter of the block.
    pub MaxEpochWeightPerBlock: Weight =
        super::system::weight_share(Perbill::from_percent(25), super::system::MAXIMUM_BLOCK_WEIGHT);
}

impl pallet_subtensor::Config for Runtime {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    type StakeInfo = Staking;
    type HotkeyOwnership = Staking;
    type HotkeySwap = Staking;
    /// Epoch rewards are minted and credited as stake by the staking pallet.
    type EmissionPayout = Staking;
    /// A quarter of a block for subnet epochs; more epochs due in one block wait for the
    /// next (one always runs).
    type MaxEpochWeightPerBlock = MaxEpochWeightPerBlock;
    /// 256 payouts a block: 11 subnets of 4096 uids at the default tempo need about 125.
    type MaxPayoutsPerBlock = ConstU32<256>;
    /// 256 uids of removed subnets cleared a block: a 4096-uid subnet is gone in 16 blocks.
    type MaxNeuronsClearedPerBlock = ConstU32<256>;
    /// The senate follows the root network's stake at each root epoch.
    type OnRootEpoch = crate::Governance;
    /// Root (sudo on dev chains) until the governance pallet takes over.
    type GovernanceOrigin =
        crate::configs::referenda::RootOr<pallet_subtensor_governance::origins::ProtocolParameters>;
    /// Bittensor's upper bound on a subnet's size.
    type MaxAllowedUidsLimit = ConstU16<4096>;
    type WeightInfo = pallet_subtensor::weights::SubstrateWeight<Runtime>;
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = StakeThroughLedger;
}

/// Gives the subtensor benchmarks stake the way `add_stake` records it (and reports it to
/// subtensor), without its rate limits.
#[cfg(feature = "runtime-benchmarks")]
pub struct StakeThroughLedger;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_subtensor::BenchmarkHelper<crate::AccountId, crate::Balance> for StakeThroughLedger {
    fn stake(coldkey: &crate::AccountId, hotkey: &crate::AccountId, amount: crate::Balance) {
        // A benchmark whose setup cannot stake fails its own checks afterwards.
        let _ = pallet_subtensor_staking::ledger::stake::<Runtime>(coldkey, hotkey, amount);
        <crate::SubtensorModule as finney_support::OnStakeChanged<crate::AccountId>>::on_stake_changed(
            hotkey,
        );
    }
}
