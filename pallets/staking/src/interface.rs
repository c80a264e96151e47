//! The [`finney_support`] interfaces, implemented for the other pallets: reading stake, hotkey
//! ownership, paying rewards, the top stakers and hotkey swaps.

use crate::weights::WeightInfo;
use crate::{
    ledger, BalanceOf, Config, Delegates, Error, Event, LastTxBlockDelegateTake, Owner, Pallet,
    Pools, TotalColdkeyStake, TotalStake,
};
use alloc::vec::Vec;
use finney_support::{EmissionPayout, HotkeyOwnership, HotkeySwap, StakeInfo, TopStakers};
use polkadot_sdk::{
    frame_support::{ensure, traits::Get, weights::Weight},
    sp_runtime::{traits::Zero, DispatchError, DispatchResult, SaturatedConversion},
};

impl<T: Config> Pallet<T> {
    /// Records `coldkey` as the owner of an unregistered `hotkey`; see
    /// [`HotkeyOwnership::create_hotkey_account`].
    pub fn do_create_hotkey_account(
        hotkey: &T::AccountId,
        coldkey: &T::AccountId,
    ) -> DispatchResult {
        match Owner::<T>::get(hotkey) {
            Some(owner) if owner == *coldkey => Ok(()),
            Some(_) => Err(Error::<T>::NonAssociatedColdkey.into()),
            None => {
                Owner::<T>::insert(hotkey, coldkey);
                Self::deposit_event(Event::HotkeyAccountCreated {
                    hotkey: hotkey.clone(),
                    coldkey: coldkey.clone(),
                });
                Ok(())
            }
        }
    }

    /// Moves the delegate status, take and stake pool of `old_hotkey` to `new_hotkey`, which the
    /// same coldkey now owns; see [`HotkeySwap::swap_hotkey`]. O(1) in the number of stakers:
    /// the pool moves with all of them. The old hotkey stays owned by the coldkey, so no one
    /// else can register it and collect what was meant for it. Emits [`Event::HotkeySwapped`].
    pub fn do_swap_hotkey(old_hotkey: &T::AccountId, new_hotkey: &T::AccountId) -> DispatchResult {
        let coldkey = Owner::<T>::get(old_hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        ensure!(!Owner::<T>::contains_key(new_hotkey), Error::<T>::HotkeyAlreadyRegistered);
        Owner::<T>::insert(new_hotkey, &coldkey);
        if let Some(take) = Delegates::<T>::take(old_hotkey) {
            Delegates::<T>::insert(new_hotkey, take);
        }
        if let Some(block) = LastTxBlockDelegateTake::<T>::take(old_hotkey) {
            LastTxBlockDelegateTake::<T>::insert(new_hotkey, block);
        }
        ledger::move_hotkey::<T>(old_hotkey, new_hotkey)?;
        Self::deposit_event(Event::HotkeySwapped {
            coldkey,
            old_hotkey: old_hotkey.clone(),
            new_hotkey: new_hotkey.clone(),
        });
        Ok(())
    }

    /// Up to `n` hotkeys with stake, largest first, ties by hotkey; see
    /// [`TopStakers::top_hotkeys_by_stake`]. Reads every hotkey with stake.
    pub fn top_hotkeys(n: u32) -> Vec<(T::AccountId, BalanceOf<T>)> {
        let mut hotkeys: Vec<(T::AccountId, BalanceOf<T>)> = Pools::<T>::iter()
            .map(|(hotkey, pool)| (hotkey, pool.total().saturated_into()))
            .filter(|(_, stake): &(T::AccountId, BalanceOf<T>)| !stake.is_zero())
            .collect();
        hotkeys.sort_by(|(a_key, a_stake), (b_key, b_stake)| {
            b_stake.cmp(a_stake).then_with(|| a_key.cmp(b_key))
        });
        hotkeys.truncate(usize::try_from(n).unwrap_or(usize::MAX));
        hotkeys
    }
}

impl<T: Config> StakeInfo<T::AccountId, BalanceOf<T>> for Pallet<T> {
    fn total_stake_of_hotkey(hotkey: &T::AccountId) -> BalanceOf<T> {
        ledger::hotkey_total::<T>(hotkey)
    }

    fn stake_of(hotkey: &T::AccountId, coldkey: &T::AccountId) -> BalanceOf<T> {
        ledger::stake_value::<T>(hotkey, coldkey)
    }

    /// [`TotalColdkeyStake`]: one read, whatever the number of hotkeys the coldkey stakes to.
    fn total_stake_of_coldkey(coldkey: &T::AccountId) -> BalanceOf<T> {
        TotalColdkeyStake::<T>::get(coldkey)
    }

    fn total_stake() -> BalanceOf<T> {
        TotalStake::<T>::get()
    }
}

impl<T: Config> HotkeyOwnership<T::AccountId> for Pallet<T> {
    fn owner_of(hotkey: &T::AccountId) -> Option<T::AccountId> {
        Owner::<T>::get(hotkey)
    }

    fn hotkey_exists(hotkey: &T::AccountId) -> bool {
        Owner::<T>::contains_key(hotkey)
    }

    fn create_hotkey_account(hotkey: &T::AccountId, coldkey: &T::AccountId) -> DispatchResult {
        Self::do_create_hotkey_account(hotkey, coldkey)
    }
}

impl<T: Config> EmissionPayout<T::AccountId, BalanceOf<T>> for Pallet<T> {
    fn pay_out_emission(
        hotkey: &T::AccountId,
        server_amount: BalanceOf<T>,
        validator_amount: BalanceOf<T>,
    ) -> Result<BalanceOf<T>, DispatchError> {
        Self::do_pay_out_emission(hotkey, server_amount, validator_amount)
    }

    fn payout_weight(hotkey: &T::AccountId) -> Weight {
        let read = T::DbWeight::get().reads(1);
        if Delegates::<T>::contains_key(hotkey) {
            Self::delegate_payout_weight().saturating_add(read)
        } else {
            Self::owner_payout_weight().saturating_add(read)
        }
    }

    fn owner_payout_weight() -> Weight {
        T::WeightInfo::pay_out_owner()
    }

    /// The benchmark's largest pool: the cost does not grow with the stakers.
    fn delegate_payout_weight() -> Weight {
        T::WeightInfo::pay_out_emission(64)
    }
}

impl<T: Config> TopStakers<T::AccountId, BalanceOf<T>> for Pallet<T> {
    fn top_hotkeys_by_stake(n: u32) -> Vec<(T::AccountId, BalanceOf<T>)> {
        Self::top_hotkeys(n)
    }
}

impl<T: Config> HotkeySwap<T::AccountId> for Pallet<T> {
    fn swap_hotkey(old_hotkey: &T::AccountId, new_hotkey: &T::AccountId) -> DispatchResult {
        Self::do_swap_hotkey(old_hotkey, new_hotkey)
    }
}
