//! Runtime API of Finney's staking pallet (`pallet-subtensor-staking`).
//!
//! Design: docs/design.md, sections 5.1 and 5.3.
//!
//! Wallets and explorers read stake through it with polkadot-js, e.g.
//! `api.call.stakingApi.stakesOfColdkey(coldkey)` or `api.call.stakingApi.delegateInfo(hotkey)`.
//! The runtime implements it by calling the pallet's read-only queries.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

pub use pallet_subtensor_staking::DelegateInfo;

polkadot_sdk::sp_api::decl_runtime_apis! {
    /// Stake and delegation queries.
    pub trait StakingApi<AccountId, Balance>
    where
        AccountId: Codec,
        Balance: Codec,
    {
        /// Every hotkey `coldkey` has stake on, with the stake (rao): its current value,
        /// rewards not yet settled included, all of which `remove_stake` can withdraw.
        fn stakes_of_coldkey(coldkey: AccountId) -> Vec<(AccountId, Balance)>;

        /// The current value (rao) of `coldkey`'s stake on `hotkey`, rewards not yet settled
        /// included; zero if none.
        fn stake(hotkey: AccountId, coldkey: AccountId) -> Balance;

        /// The owner, take, total stake and nominators of `hotkey`; `None` if it is not a
        /// delegate.
        fn delegate_info(hotkey: AccountId) -> Option<DelegateInfo<AccountId, Balance>>;

        /// Every delegate with its owner, take, total stake and nominators.
        fn delegates() -> Vec<DelegateInfo<AccountId, Balance>>;

        /// The total stake on `hotkey` (rao), rewards not yet settled included, whether it is a
        /// delegate or not: the stake Yuma consensus weighs it by.
        fn total_hotkey_stake(hotkey: AccountId) -> Balance;

        /// The coldkey that owns `hotkey`, if the hotkey is registered.
        fn hotkey_owner(hotkey: AccountId) -> Option<AccountId>;
    }
}
