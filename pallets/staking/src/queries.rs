//! Read-only queries for wallets and runtime APIs: a coldkey's stakes and a delegate's details.
//! Values include the rewards not yet settled, so they are what `remove_stake` can withdraw.

use crate::{
    ledger, types::DelegateInfo, BalanceOf, Config, Delegates, Owner, Pallet, PoolShares, Pools,
    StakingPools,
};
use alloc::vec::Vec;
use polkadot_sdk::sp_runtime::SaturatedConversion;

impl<T: Config> Pallet<T> {
    /// Every hotkey `coldkey` has stake on, with the stake's current value.
    pub fn stakes_of_coldkey(coldkey: &T::AccountId) -> Vec<(T::AccountId, BalanceOf<T>)> {
        StakingPools::<T>::iter_key_prefix(coldkey)
            .filter_map(|id| {
                let hotkey = ledger::hotkey_of_pool::<T>(id)?;
                let pool = Pools::<T>::get(&hotkey)?;
                let value = ledger::value_in_pool::<T>(&pool, coldkey);
                Some((hotkey, value.saturated_into()))
            })
            .collect()
    }

    /// The current value of `coldkey`'s stake on `hotkey` (zero if none).
    pub fn stake(hotkey: &T::AccountId, coldkey: &T::AccountId) -> BalanceOf<T> {
        ledger::stake_value::<T>(hotkey, coldkey)
    }

    /// The owner, take, total stake and stakers of `hotkey`, if it is a delegate.
    pub fn delegate_info(
        hotkey: &T::AccountId,
    ) -> Option<DelegateInfo<T::AccountId, BalanceOf<T>>> {
        let take = Delegates::<T>::get(hotkey)?;
        let owner = Owner::<T>::get(hotkey)?;
        let pool = Pools::<T>::get(hotkey).unwrap_or_default();
        let nominators = if pool.stakers == 0 {
            Vec::new()
        } else {
            PoolShares::<T>::iter_key_prefix(pool.id)
                .map(|coldkey| {
                    let value = ledger::value_in_pool::<T>(&pool, &coldkey);
                    (coldkey, value.saturated_into())
                })
                .collect()
        };
        Some(DelegateInfo {
            hotkey: hotkey.clone(),
            owner,
            take,
            total_stake: pool.total().saturated_into(),
            nominators,
        })
    }

    /// Every delegate, as [`Self::delegate_info`] shows it.
    pub fn delegates() -> Vec<DelegateInfo<T::AccountId, BalanceOf<T>>> {
        Delegates::<T>::iter_keys().filter_map(|hotkey| Self::delegate_info(&hotkey)).collect()
    }

    /// The total stake on `hotkey` (rewards not yet settled included), whether it is a delegate
    /// or not.
    pub fn total_hotkey_stake(hotkey: &T::AccountId) -> BalanceOf<T> {
        ledger::hotkey_total::<T>(hotkey)
    }

    /// The coldkey that owns `hotkey`, if the hotkey is registered.
    pub fn hotkey_owner(hotkey: &T::AccountId) -> Option<T::AccountId> {
        Owner::<T>::get(hotkey)
    }
}
