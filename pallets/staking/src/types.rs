//! Types of the staking pallet's interface.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One staking parameter and its new value, set by governance through
/// [`crate::Pallet::set_staking_parameter`]. One typed path for every parameter, each variant
/// naming the storage item it writes.
#[derive(
    Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum StakingParameter<BlockNumber, Balance> {
    /// [`crate::TxRateLimit`]: blocks between two staking transactions of a coldkey.
    #[codec(index = 0)]
    TxRateLimit(BlockNumber),
    /// [`crate::TxDelegateTakeRateLimit`]: blocks between a take change and a take increase.
    #[codec(index = 1)]
    TxDelegateTakeRateLimit(BlockNumber),
    /// [`crate::MinDelegateTake`]: the lowest take (a proportion of `u16::MAX`).
    #[codec(index = 2)]
    MinDelegateTake(u16),
    /// [`crate::MaxDelegateTake`]: the highest take (a proportion of `u16::MAX`).
    #[codec(index = 3)]
    MaxDelegateTake(u16),
    /// [`crate::MinStake`]: the smallest nonzero stake of a coldkey on a hotkey.
    #[codec(index = 4)]
    MinStake(Balance),
}

/// A delegate as a wallet or a runtime API shows it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DelegateInfo<AccountId, Balance> {
    /// The delegate hotkey.
    pub hotkey: AccountId,
    /// The coldkey that owns it.
    pub owner: AccountId,
    /// Its take, a proportion of `u16::MAX`.
    pub take: u16,
    /// The total stake behind it.
    pub total_stake: Balance,
    /// Every coldkey staking to it (the owner included) and its stake.
    pub nominators: alloc::vec::Vec<(AccountId, Balance)>,
}
