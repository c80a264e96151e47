//! The [`finney_support`] interfaces, implemented for the other pallets: reading stake, hotkey
//! ownership, paying rewards, unstaking a hotkey, the top stakers and hotkey swaps.

use crate::weights::WeightInfo;
use crate::{
    ledger, BalanceOf, Config, Delegates, Error, Event, LastTxBlockDelegateTake, Owner, Pallet,
    Stake, TotalColdkeyStake, TotalHotkeyStake, TotalStake,
};
use alloc::vec::Vec;
use finney_support::{
    EmissionPayout, HotkeyOwnership, HotkeySwap, OnStakeChanged, StakeInfo, StakeRemoval,
    TopStakers,
};
use polkadot_sdk::{
    frame_support::{defensive, ensure, traits::Get, weights::Weight},
    sp_runtime::{
        traits::{Saturating, Zero},
        DispatchError, DispatchResult,
    },
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

    /// Returns every coldkey's stake on `hotkey` to its free balance; see
    /// [`StakeRemoval::unstake_all`]. Emits [`Event::StakeRemoved`] per coldkey.
    ///
    /// Cost: reads and writes proportional to the number of coldkeys staking to `hotkey`.
    pub fn do_unstake_all(hotkey: &T::AccountId) -> BalanceOf<T> {
        let stakers: Vec<(T::AccountId, BalanceOf<T>)> = Stake::<T>::iter_prefix(hotkey).collect();
        let mut unstaked = BalanceOf::<T>::zero();
        for (coldkey, amount) in stakers {
            match ledger::unstake::<T>(&coldkey, hotkey, amount) {
                Ok(()) => {
                    unstaked = unstaked.saturating_add(amount);
                    Self::deposit_event(Event::StakeRemoved {
                        coldkey,
                        hotkey: hotkey.clone(),
                        amount,
                    });
                }
                Err(error) => {
                    defensive!(error, "staked funds are held, so they can be released");
                }
            }
        }
        if !unstaked.is_zero() {
            T::OnStakeChanged::on_stake_changed(hotkey);
        }
        unstaked
    }

    /// Moves the owner, delegate status, take and stake of `old_hotkey` to `new_hotkey`; see
    /// [`HotkeySwap::swap_hotkey`]. Emits [`Event::HotkeySwapped`].
    pub fn do_swap_hotkey(old_hotkey: &T::AccountId, new_hotkey: &T::AccountId) -> DispatchResult {
        let coldkey = Owner::<T>::get(old_hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        ensure!(!Owner::<T>::contains_key(new_hotkey), Error::<T>::HotkeyAlreadyRegistered);
        Owner::<T>::remove(old_hotkey);
        Owner::<T>::insert(new_hotkey, &coldkey);
        if let Some(take) = Delegates::<T>::take(old_hotkey) {
            Delegates::<T>::insert(new_hotkey, take);
        }
        if let Some(block) = LastTxBlockDelegateTake::<T>::take(old_hotkey) {
            LastTxBlockDelegateTake::<T>::insert(new_hotkey, block);
        }
        ledger::move_hotkey::<T>(old_hotkey, new_hotkey);
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
        let mut hotkeys: Vec<(T::AccountId, BalanceOf<T>)> =
            TotalHotkeyStake::<T>::iter().filter(|(_, stake)| !stake.is_zero()).collect();
        hotkeys.sort_by(|(a_key, a_stake), (b_key, b_stake)| {
            b_stake.cmp(a_stake).then_with(|| a_key.cmp(b_key))
        });
        hotkeys.truncate(usize::try_from(n).unwrap_or(usize::MAX));
        hotkeys
    }
}

impl<T: Config> StakeInfo<T::AccountId, BalanceOf<T>> for Pallet<T> {
    fn total_stake_of_hotkey(hotkey: &T::AccountId) -> BalanceOf<T> {
        TotalHotkeyStake::<T>::get(hotkey)
    }

    fn stake_of(hotkey: &T::AccountId, coldkey: &T::AccountId) -> BalanceOf<T> {
        Stake::<T>::get(hotkey, coldkey)
    }

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
        if !Delegates::<T>::contains_key(hotkey) {
            return Self::owner_payout_weight();
        }
        let stakers =
            Stake::<T>::iter_key_prefix(hotkey).fold(0u32, |count, _| count.saturating_add(1));
        T::WeightInfo::pay_out_emission(stakers.max(1))
            .saturating_add(T::DbWeight::get().reads(u64::from(stakers).saturating_add(1)))
    }

    fn owner_payout_weight() -> Weight {
        T::WeightInfo::pay_out_emission(1).saturating_add(T::DbWeight::get().reads(1))
    }
}

impl<T: Config> StakeRemoval<T::AccountId, BalanceOf<T>> for Pallet<T> {
    fn unstake_all(hotkey: &T::AccountId) -> BalanceOf<T> {
        Self::do_unstake_all(hotkey)
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
