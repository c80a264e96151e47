//! Stake and delegation: `pallet-subtensor-staking`, the one write path for stake.
//!
//! Stake stays on the coldkey's account under a hold of the balances pallet, so total issuance
//! is always the sum of all balances, free and held.

use crate::{
    constants::{currency::RAO, time::DAYS},
    Balance, Balances, BlockNumber, Runtime, RuntimeHoldReason,
};
use polkadot_sdk::*;

use frame_support::{parameter_types, traits::ConstU16};

parameter_types! {
    /// Blocks between two staking transactions of one coldkey (Bittensor: 1).
    pub const StakingTxRateLimit: BlockNumber = 1;
    /// Blocks between a take change and a take increase of a delegate: 30 days.
    pub const StakingTxDelegateTakeRateLimit: BlockNumber = 30 * DAYS;
    /// The smallest nonzero stake of a coldkey on a hotkey: 500 000 rao (0.0005 TAO), so dust
    /// cannot bloat the stake maps.
    pub const StakingMinStake: Balance = 500_000 * RAO;
    /// The rewards pot: minted stake rewards wait here until their stakers settle them.
    pub const StakingRewardsPotId: frame_support::PalletId = frame_support::PalletId(*b"fny/stak");
}

impl pallet_subtensor_staking::Config for Runtime {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    /// Root (sudo on dev chains) until the governance pallet takes over.
    type ParameterOrigin =
        crate::configs::referenda::RootOr<pallet_subtensor_governance::origins::StakingParameters>;
    /// 11 796 / 65 535 = 18 %, Bittensor's default take.
    type DefaultTake = ConstU16<11_796>;
    type InitialMinDelegateTake = ConstU16<0>;
    /// Takes cannot be raised above the default 18 %.
    type InitialMaxDelegateTake = ConstU16<11_796>;
    type InitialTxRateLimit = StakingTxRateLimit;
    type InitialTxDelegateTakeRateLimit = StakingTxDelegateTakeRateLimit;
    type InitialMinStake = StakingMinStake;
    /// Subtensor keeps each subnet's stake per uid for its epochs.
    type OnStakeChanged = crate::SubtensorModule;
    type RewardsPotId = StakingRewardsPotId;
    type WeightInfo = pallet_subtensor_staking::weights::SubstrateWeight<Runtime>;
}
