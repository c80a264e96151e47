//! # Finney support
//!
//! The ids and the small traits through which Finney's pallets talk to each other. A pallet that
//! needs something from another pallet names one of these traits in its `Config`; the runtime
//! wires the implementing pallet in. No pallet reaches into another pallet's storage and no
//! pallet is a supertrait of another (DESIGN section 2).
//!
//! Design: docs/design.md, section 2; who implements and uses each trait: docs/architecture.md.
//!
//! ## Terminology
//!
//! - A *coldkey* owns funds. A *hotkey* is the operational key of a neuron; it is owned by exactly
//!   one coldkey, recorded the first time the hotkey is registered anywhere.
//! - *Stake* is TAO a coldkey has put behind a hotkey, rewards included. It is kept per (hotkey,
//!   coldkey) pair (as shares of the hotkey's stake pool) and counts for the hotkey on every
//!   subnet the hotkey is registered on.
//! - A *delegate* is a hotkey open to stake from coldkeys other than its owner (*nominators*); it
//!   keeps a *take* (a `u16` proportion of `u16::MAX`) of the validator rewards it earns.
//!
//! ## The traits
//!
//! | trait | used by | for |
//! |---|---|---|
//! | [`StakeInfo`] | subtensor (epochs, root network), governance | reading stake |
//! | [`HotkeyOwnership`] | subtensor (registration) | hotkey owners |
//! | [`EmissionPayout`] | subtensor (emission) | paying an epoch's rewards to a hotkey |
//! | [`TopStakers`] | governance (senate) | the largest hotkeys by stake |
//! | [`HotkeySwap`] | subtensor (`swap_hotkey`) | moving a hotkey's owner record and stake |
//! | [`OnStakeChanged`] | staking, implemented by subtensor | keeping per-subnet stake vectors current |
//!
//! Every trait is implemented for `()` as "no staking at all" (no stake, no owners, nothing
//! minted), which is handy in other pallets' mock runtimes.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_runtime::{DispatchError, DispatchResult, Weight};
use scale_info::TypeInfo;

/// The id of a subnet ("netuid"). Netuid 0 is the root network.
#[derive(
    Encode,
    Decode,
    DecodeWithMemTracking,
    MaxEncodedLen,
    TypeInfo,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Debug,
)]
pub struct NetUid(pub u16);

impl NetUid {
    /// The root network, whose weights split block emission between subnets.
    pub const ROOT: NetUid = NetUid(0);

    /// Whether this is the root network.
    pub const fn is_root(self) -> bool {
        self.0 == 0
    }

    /// The raw `u16`, as stored and as Bittensor's tools show it.
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl From<u16> for NetUid {
    fn from(value: u16) -> Self {
        NetUid(value)
    }
}

impl From<NetUid> for u16 {
    fn from(value: NetUid) -> Self {
        value.0
    }
}

impl core::fmt::Display for NetUid {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Reading stake. All amounts are in the chain's balance unit (rao).
pub trait StakeInfo<AccountId, Balance> {
    /// The total stake behind `hotkey`: the sum over every coldkey staking to it. This is the
    /// stake Yuma consensus and the root network weigh a hotkey by.
    fn total_stake_of_hotkey(hotkey: &AccountId) -> Balance;

    /// The stake `coldkey` has put behind `hotkey`.
    fn stake_of(hotkey: &AccountId, coldkey: &AccountId) -> Balance;

    /// The total stake of `coldkey` over all hotkeys as last settled: its balance on hold for
    /// staking, read in O(1). Rewards a delegate's pool earned since the coldkey last staked to
    /// or unstaked from it count once it does (until then they are in [`StakeInfo::stake_of`]
    /// only). The voting power of a coldkey in referenda.
    fn total_stake_of_coldkey(coldkey: &AccountId) -> Balance;

    /// The total stake on the chain.
    fn total_stake() -> Balance;
}

/// Hotkey accounts: who owns a hotkey, and recording the owner when a hotkey first registers.
pub trait HotkeyOwnership<AccountId> {
    /// The coldkey that owns `hotkey`, if the hotkey has ever been registered.
    fn owner_of(hotkey: &AccountId) -> Option<AccountId>;

    /// Whether `hotkey` has an owner.
    fn hotkey_exists(hotkey: &AccountId) -> bool {
        Self::owner_of(hotkey).is_some()
    }

    /// Records `coldkey` as the owner of `hotkey` if the hotkey has no owner yet; does nothing if
    /// `coldkey` already owns it. Fails, changing nothing, if another coldkey owns `hotkey`.
    fn create_hotkey_account(hotkey: &AccountId, coldkey: &AccountId) -> DispatchResult;
}

/// Paying the rewards of an epoch to a hotkey.
pub trait EmissionPayout<AccountId, Balance> {
    /// Mints `server_amount + validator_amount` and credits it as stake on `hotkey`, split as in
    /// DESIGN section 5.3:
    ///
    /// - not a delegate: everything goes to the owner's stake on `hotkey`;
    /// - a delegate with take `t`: `take = floor(validator_amount * t / 65535)` and the whole
    ///   `server_amount` go to the owner's stake; the rest is shared by the stake that was behind
    ///   the hotkey for the epoch (not stake added since its last payout), in proportion to it.
    ///
    /// Costs the same whatever the number of stakers ([`EmissionPayout::payout_weight`]).
    /// Returns the amount actually minted, which is less than the sum only if a recipient cannot
    /// receive funds at all (for example an owner coldkey with no account, paid less than the
    /// existential deposit). Fails, minting nothing, if `hotkey` has no owner.
    fn pay_out_emission(
        hotkey: &AccountId,
        server_amount: Balance,
        validator_amount: Balance,
    ) -> Result<Balance, DispatchError>;

    /// The weight of paying `hotkey` now: a delegate's payout also raises its stake pool (the
    /// same whatever its number of nominators). Reads whether it is a delegate: for a hotkey
    /// that is not, it is `owner_payout_weight()` plus one read.
    fn payout_weight(hotkey: &AccountId) -> Weight;

    /// The weight of paying a hotkey that is not a delegate (everything to its owner), the
    /// least a payout weighs.
    fn owner_payout_weight() -> Weight;

    /// The most a payout weighs: a delegate, whatever its number of nominators.
    fn delegate_payout_weight() -> Weight;
}

/// The largest hotkeys by stake.
pub trait TopStakers<AccountId, Balance> {
    /// Up to `n` hotkeys with nonzero stake and their total stake, largest first; equal stakes are
    /// ordered by hotkey, ascending, so the result is deterministic.
    ///
    /// Implementations may read every hotkey with stake: call it rarely (for example once per
    /// senate rotation), not on every block.
    fn top_hotkeys_by_stake(n: u32) -> Vec<(AccountId, Balance)>;
}

/// The root network's validators: the hotkeys registered on the root network, from which the
/// governance pallet draws the senate.
pub trait RootValidators<AccountId> {
    /// The hotkeys registered on the root network, by uid: at most
    /// [`RootValidators::max_root_validators`], one storage read per uid.
    fn root_validators() -> Vec<AccountId>;

    /// The most hotkeys the root network can hold (its `max_allowed_uids`); the senate is never
    /// larger.
    fn max_root_validators() -> u32;
}

/// Told by the subtensor pallet after each root epoch, in the same block step: the governance
/// pallet syncs the senate with the root network's stake then.
pub trait OnRootEpoch {
    /// The root epoch just ran. Returns the weight used, which must stay bounded (by the root
    /// network's size, at most its `max_allowed_uids`).
    fn on_root_epoch() -> Weight;
}

impl OnRootEpoch for () {
    fn on_root_epoch() -> Weight {
        Weight::zero()
    }
}

/// Moving a hotkey's staking state to a new hotkey (`swap_hotkey`).
pub trait HotkeySwap<AccountId> {
    /// Moves everything staking knows about `old_hotkey` to `new_hotkey`, in O(1) whatever the
    /// number of stakers: the delegate status and take, and every coldkey's stake (held balances
    /// do not move: they stay with the coldkeys). `new_hotkey` becomes owned by the same coldkey,
    /// which also keeps `old_hotkey`, so no one else can ever register it. Fails, changing
    /// nothing, if `old_hotkey` has no owner or `new_hotkey` already has one.
    fn swap_hotkey(old_hotkey: &AccountId, new_hotkey: &AccountId) -> DispatchResult;
}

/// Told by the staking pallet that a hotkey's total stake changed, so that a pallet keeping a
/// copy of it (subtensor keeps each subnet's stake per uid, which its epochs read whole) can
/// update it in the same block.
///
/// Called once per hotkey after `add_stake`, `remove_stake` and
/// [`EmissionPayout::pay_out_emission`] changed its total.
/// Not called by [`HotkeySwap::swap_hotkey`]: the caller moves the hotkey's registrations and
/// refreshes what it keeps itself.
pub trait OnStakeChanged<AccountId> {
    /// `hotkey`'s total stake changed (read it from [`StakeInfo`]). Returns the weight used.
    fn on_stake_changed(hotkey: &AccountId) -> Weight;

    /// The most [`OnStakeChanged::on_stake_changed`] can weigh, charged by the calls that
    /// trigger it.
    fn max_weight() -> Weight;
}

impl<AccountId> OnStakeChanged<AccountId> for () {
    fn on_stake_changed(_hotkey: &AccountId) -> Weight {
        Weight::zero()
    }

    fn max_weight() -> Weight {
        Weight::zero()
    }
}

impl<AccountId, Balance: Default> StakeInfo<AccountId, Balance> for () {
    fn total_stake_of_hotkey(_hotkey: &AccountId) -> Balance {
        Balance::default()
    }

    fn stake_of(_hotkey: &AccountId, _coldkey: &AccountId) -> Balance {
        Balance::default()
    }

    fn total_stake_of_coldkey(_coldkey: &AccountId) -> Balance {
        Balance::default()
    }

    fn total_stake() -> Balance {
        Balance::default()
    }
}

impl<AccountId> HotkeyOwnership<AccountId> for () {
    fn owner_of(_hotkey: &AccountId) -> Option<AccountId> {
        None
    }

    fn create_hotkey_account(_hotkey: &AccountId, _coldkey: &AccountId) -> DispatchResult {
        Ok(())
    }
}

impl<AccountId, Balance: Default> EmissionPayout<AccountId, Balance> for () {
    fn pay_out_emission(
        _hotkey: &AccountId,
        _server_amount: Balance,
        _validator_amount: Balance,
    ) -> Result<Balance, DispatchError> {
        Ok(Balance::default())
    }

    fn payout_weight(_hotkey: &AccountId) -> Weight {
        Weight::zero()
    }

    fn owner_payout_weight() -> Weight {
        Weight::zero()
    }

    fn delegate_payout_weight() -> Weight {
        Weight::zero()
    }
}

impl<AccountId, Balance> TopStakers<AccountId, Balance> for () {
    fn top_hotkeys_by_stake(_n: u32) -> Vec<(AccountId, Balance)> {
        Vec::new()
    }
}

impl<AccountId> HotkeySwap<AccountId> for () {
    fn swap_hotkey(_old_hotkey: &AccountId, _new_hotkey: &AccountId) -> DispatchResult {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netuid_round_trips_and_knows_root() {
        assert!(NetUid::ROOT.is_root());
        assert!(!NetUid::from(3).is_root());
        assert_eq!(u16::from(NetUid(7)), 7);
        assert_eq!(NetUid(7).get(), 7);
        assert_eq!(NetUid(12).encode(), 12u16.encode());
        assert_eq!(NetUid::decode(&mut &12u16.encode()[..]), Ok(NetUid(12)));
    }

    #[test]
    fn unit_implementation_is_no_staking() {
        assert_eq!(<() as StakeInfo<u64, u128>>::total_stake_of_hotkey(&1), 0);
        assert_eq!(<() as HotkeyOwnership<u64>>::owner_of(&1), None);
        assert!(!<() as HotkeyOwnership<u64>>::hotkey_exists(&1));
        assert_eq!(<() as HotkeyOwnership<u64>>::create_hotkey_account(&1, &2), Ok(()));
        assert_eq!(<() as EmissionPayout<u64, u128>>::pay_out_emission(&1, 5, 5), Ok(0));
        assert!(<() as TopStakers<u64, u128>>::top_hotkeys_by_stake(3).is_empty());
        assert_eq!(<() as HotkeySwap<u64>>::swap_hotkey(&1, &2), Ok(()));
    }
}
