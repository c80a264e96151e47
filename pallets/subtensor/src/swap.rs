//! `swap_hotkey`: moving a hotkey's registrations and stake to a new hotkey.

use crate::{Config, Error, Event, IsNetworkMember, Pallet};
use alloc::vec::Vec;
use finney_support::{HotkeyOwnership, HotkeySwap, NetUid};
use polkadot_sdk::{frame_support::ensure, sp_runtime::DispatchResult};

impl<T: Config> Pallet<T> {
    /// See [`Pallet::swap_hotkey`].
    pub(crate) fn do_swap_hotkey(
        coldkey: T::AccountId,
        old_hotkey: T::AccountId,
        new_hotkey: T::AccountId,
    ) -> DispatchResult {
        ensure!(old_hotkey != new_hotkey, Error::<T>::NewHotKeyIsSameWithOld);
        let owner =
            T::HotkeyOwnership::owner_of(&old_hotkey).ok_or(Error::<T>::HotKeyAccountNotExists)?;
        ensure!(owner == coldkey, Error::<T>::NonAssociatedColdkey);
        ensure!(
            !T::HotkeyOwnership::hotkey_exists(&new_hotkey)
                && !Self::is_registered_anywhere(&new_hotkey),
            Error::<T>::HotKeyAlreadyExists
        );
        T::HotkeySwap::swap_hotkey(&old_hotkey, &new_hotkey)?;
        // Entries on removed subnets whose uids are still being cleared stay with the old
        // hotkey, and are cleared with them.
        let netuids: Vec<NetUid> = IsNetworkMember::<T>::iter_key_prefix(&old_hotkey)
            .filter(|netuid| Self::subnet_exists(*netuid))
            .collect();
        for netuid in netuids {
            Self::swap_neuron_hotkey(netuid, &old_hotkey, &new_hotkey);
        }
        // The stake moved with the registrations; the uids keep their entries, refreshed here
        // because staking does not report a swap.
        Self::refresh_neuron_stake(&new_hotkey);
        Self::deposit_event(Event::HotkeySwapped { coldkey, old_hotkey, new_hotkey });
        Ok(())
    }
}
