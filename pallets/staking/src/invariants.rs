//! # Invariants (`try_state`)
//!
//! The invariants of the stake ledger (see [`crate::ledger`]) and of delegation, one check per
//! invariant. Run by `try_state` under `try-runtime` and after every pallet test.

use crate::{
    ledger, BalanceOf, Config, Delegates, MaxDelegateTake, MinDelegateTake, Owner, Pallet, Stake,
    StakingHotkeys, TotalColdkeyStake, TotalHotkeyStake, TotalStake,
};
use alloc::collections::BTreeMap;
use polkadot_sdk::{
    frame_support::{ensure, traits::fungible::InspectHold},
    sp_runtime::{
        traits::{Saturating, Zero},
        TryRuntimeError,
    },
};

impl<T: Config> Pallet<T> {
    /// Runs every invariant check.
    pub fn do_try_state() -> Result<(), TryRuntimeError> {
        Self::check_stake_totals()?;
        Self::check_staking_hotkeys_index()?;
        Self::check_holds()?;
        Self::check_stake_on_registered_hotkeys()?;
        Self::check_take_bounds()?;
        Ok(())
    }

    /// No zero [`Stake`] entries; [`TotalHotkeyStake`], [`TotalColdkeyStake`] and [`TotalStake`]
    /// are the sums of [`Stake`], with no other (or zero) entries.
    pub fn check_stake_totals() -> Result<(), TryRuntimeError> {
        let mut per_hotkey: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
        let mut per_coldkey: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
        let mut total = BalanceOf::<T>::zero();
        for (hotkey, coldkey, stake) in Stake::<T>::iter() {
            ensure!(!stake.is_zero(), "Stake holds a zero entry");
            let hotkey_sum = per_hotkey.entry(hotkey).or_default();
            *hotkey_sum = hotkey_sum.saturating_add(stake);
            let coldkey_sum = per_coldkey.entry(coldkey).or_default();
            *coldkey_sum = coldkey_sum.saturating_add(stake);
            total = total.saturating_add(stake);
        }
        let stored_hotkeys: BTreeMap<_, _> = TotalHotkeyStake::<T>::iter().collect();
        ensure!(
            stored_hotkeys == per_hotkey,
            "TotalHotkeyStake is not the sum of Stake per hotkey"
        );
        let stored_coldkeys: BTreeMap<_, _> = TotalColdkeyStake::<T>::iter().collect();
        ensure!(
            stored_coldkeys == per_coldkey,
            "TotalColdkeyStake is not the sum of Stake per coldkey"
        );
        ensure!(TotalStake::<T>::get() == total, "TotalStake is not the sum of Stake");
        Ok(())
    }

    /// [`StakingHotkeys`] has exactly the (coldkey, hotkey) pairs of [`Stake`].
    pub fn check_staking_hotkeys_index() -> Result<(), TryRuntimeError> {
        let mut index_entries: u64 = 0;
        for (coldkey, hotkey, ()) in StakingHotkeys::<T>::iter() {
            ensure!(
                Stake::<T>::contains_key(&hotkey, &coldkey),
                "StakingHotkeys lists a pair without stake"
            );
            index_entries = index_entries.saturating_add(1);
        }
        let stake_entries = Stake::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        ensure!(index_entries == stake_entries, "StakingHotkeys misses a pair with stake");
        Ok(())
    }

    /// Every coldkey's balance on hold for staking equals its total stake.
    pub fn check_holds() -> Result<(), TryRuntimeError> {
        let reason = ledger::hold_reason::<T>();
        for (coldkey, stake) in TotalColdkeyStake::<T>::iter() {
            ensure!(
                T::Currency::balance_on_hold(&reason, &coldkey) == stake,
                "a coldkey's staking hold differs from its total stake"
            );
        }
        Ok(())
    }

    /// Stake and delegate entries only exist for registered hotkeys.
    pub fn check_stake_on_registered_hotkeys() -> Result<(), TryRuntimeError> {
        for hotkey in TotalHotkeyStake::<T>::iter_keys() {
            ensure!(Owner::<T>::contains_key(&hotkey), "stake on a hotkey without an owner");
        }
        for hotkey in Delegates::<T>::iter_keys() {
            ensure!(Owner::<T>::contains_key(&hotkey), "a delegate without an owner");
        }
        Ok(())
    }

    /// The take bounds are ordered.
    pub fn check_take_bounds() -> Result<(), TryRuntimeError> {
        ensure!(
            MinDelegateTake::<T>::get() <= MaxDelegateTake::<T>::get(),
            "MinDelegateTake is above MaxDelegateTake"
        );
        Ok(())
    }
}
