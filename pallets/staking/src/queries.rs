//! Read-only queries for wallets and runtime APIs: a coldkey's stakes and a delegate's details.

use crate::{
    types::DelegateInfo, BalanceOf, Config, Delegates, Owner, Pallet, Stake, StakingHotkeys,
    TotalHotkeyStake,
};
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
    /// Every hotkey `coldkey` has stake on, with the stake.
    pub fn stakes_of_coldkey(coldkey: &T::AccountId) -> Vec<(T::AccountId, BalanceOf<T>)> {
        StakingHotkeys::<T>::iter_key_prefix(coldkey)
            .map(|hotkey| {
                let stake = Stake::<T>::get(&hotkey, coldkey);
                (hotkey, stake)
            })
            .collect()
    }

    /// The owner, take, total stake and nominators of `hotkey`, if it is a delegate.
    pub fn delegate_info(
        hotkey: &T::AccountId,
    ) -> Option<DelegateInfo<T::AccountId, BalanceOf<T>>> {
        let take = Delegates::<T>::get(hotkey)?;
        let owner = Owner::<T>::get(hotkey)?;
        Some(DelegateInfo {
            hotkey: hotkey.clone(),
            owner,
            take,
            total_stake: TotalHotkeyStake::<T>::get(hotkey),
            nominators: Stake::<T>::iter_prefix(hotkey).collect(),
        })
    }

    /// Every delegate, as [`Self::delegate_info`] shows it.
    pub fn delegates() -> Vec<DelegateInfo<T::AccountId, BalanceOf<T>>> {
        Delegates::<T>::iter_keys().filter_map(|hotkey| Self::delegate_info(&hotkey)).collect()
    }

    /// The total stake on `hotkey`, whether it is a delegate or not.
    pub fn total_hotkey_stake(hotkey: &T::AccountId) -> BalanceOf<T> {
        TotalHotkeyStake::<T>::get(hotkey)
    }

    /// The coldkey that owns `hotkey`, if the hotkey is registered.
    pub fn hotkey_owner(hotkey: &T::AccountId) -> Option<T::AccountId> {
        Owner::<T>::get(hotkey)
    }
}
