//! # The stake ledger
//!
//! The single write path for stake. These storage items are written here and nowhere else:
//! [`Stake`], [`StakingHotkeys`], [`TotalHotkeyStake`], [`TotalColdkeyStake`], [`TotalStake`],
//! and every coldkey's balance on hold for [`HoldReason::Staked`]. The calls, the rewards and the
//! interfaces of [`finney_support`] check their own rules and then call one of the functions
//! below, which keep these invariants (checked by `try_state`, see [`crate::invariants`]):
//!
//! 1. `TotalHotkeyStake[h] = sum over c of Stake[h][c]`, `TotalColdkeyStake[c] = sum over h of
//!    Stake[h][c]`, `TotalStake = sum of all Stake`.
//! 2. A coldkey's balance on hold for [`HoldReason::Staked`] equals `TotalColdkeyStake[c]`: every
//!    staked rao is held on the coldkey that staked it, so total issuance counts it once and
//!    staking never changes it.
//! 3. No zero entries: a pair without stake has no [`Stake`] entry, a hotkey or coldkey without
//!    stake has no total entry, and `StakingHotkeys[c][h]` exists exactly when `Stake[h][c]` does.
//!
//! Each function computes every new value with checked arithmetic first, then moves the funds,
//! then writes storage, so it either does all of its work or none of it.

use crate::{
    BalanceOf, Config, HoldReason, Stake, StakingHotkeys, TotalColdkeyStake, TotalHotkeyStake,
    TotalStake,
};
use alloc::vec::Vec;
use polkadot_sdk::{
    frame_support::traits::{
        fungible::{Inspect, Mutate, MutateHold},
        tokens::{Fortitude, Precision, Preservation},
    },
    sp_runtime::{
        traits::{CheckedAdd, CheckedSub, Saturating, Zero},
        ArithmeticError, DispatchResult,
    },
};

/// The stake of one (hotkey, coldkey) pair together with the three totals it counts in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct StakeEntry<Balance> {
    /// `Stake[hotkey][coldkey]`.
    pub pair: Balance,
    /// `TotalHotkeyStake[hotkey]`.
    pub hotkey_total: Balance,
    /// `TotalColdkeyStake[coldkey]`.
    pub coldkey_total: Balance,
    /// `TotalStake`.
    pub total: Balance,
}

impl<Balance: CheckedAdd + CheckedSub + Copy> StakeEntry<Balance> {
    /// The entry with `amount` more stake, or an overflow error.
    pub fn increased(self, amount: Balance) -> Result<Self, ArithmeticError> {
        let add = |x: Balance| x.checked_add(&amount).ok_or(ArithmeticError::Overflow);
        Ok(Self {
            pair: add(self.pair)?,
            hotkey_total: add(self.hotkey_total)?,
            coldkey_total: add(self.coldkey_total)?,
            total: add(self.total)?,
        })
    }

    /// The entry with `amount` less stake, or an underflow error if the pair (or a total) holds
    /// less than `amount`.
    pub fn decreased(self, amount: Balance) -> Result<Self, ArithmeticError> {
        let sub = |x: Balance| x.checked_sub(&amount).ok_or(ArithmeticError::Underflow);
        Ok(Self {
            pair: sub(self.pair)?,
            hotkey_total: sub(self.hotkey_total)?,
            coldkey_total: sub(self.coldkey_total)?,
            total: sub(self.total)?,
        })
    }
}

/// The hold reason of staked funds.
pub fn hold_reason<T: Config>() -> T::RuntimeHoldReason {
    HoldReason::Staked.into()
}

/// Reads the entry of (`hotkey`, `coldkey`).
fn load<T: Config>(coldkey: &T::AccountId, hotkey: &T::AccountId) -> StakeEntry<BalanceOf<T>> {
    StakeEntry {
        pair: Stake::<T>::get(hotkey, coldkey),
        hotkey_total: TotalHotkeyStake::<T>::get(hotkey),
        coldkey_total: TotalColdkeyStake::<T>::get(coldkey),
        total: TotalStake::<T>::get(),
    }
}

/// Writes the entry of (`hotkey`, `coldkey`), removing what became zero.
fn store<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    entry: StakeEntry<BalanceOf<T>>,
) {
    if entry.pair.is_zero() {
        Stake::<T>::remove(hotkey, coldkey);
        StakingHotkeys::<T>::remove(coldkey, hotkey);
    } else {
        Stake::<T>::insert(hotkey, coldkey, entry.pair);
        StakingHotkeys::<T>::insert(coldkey, hotkey, ());
    }
    if entry.hotkey_total.is_zero() {
        TotalHotkeyStake::<T>::remove(hotkey);
    } else {
        TotalHotkeyStake::<T>::insert(hotkey, entry.hotkey_total);
    }
    if entry.coldkey_total.is_zero() {
        TotalColdkeyStake::<T>::remove(coldkey);
    } else {
        TotalColdkeyStake::<T>::insert(coldkey, entry.coldkey_total);
    }
    TotalStake::<T>::put(entry.total);
}

/// Stakes `amount` of `coldkey`'s free balance to `hotkey`: puts it on hold and credits it.
///
/// Fails, changing nothing, if the free balance cannot cover it (see
/// [`MutateHold::hold`]) or a total would overflow. The caller checks the staking rules.
pub fn stake<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    amount: BalanceOf<T>,
) -> DispatchResult {
    let entry = load::<T>(coldkey, hotkey).increased(amount)?;
    T::Currency::hold(&hold_reason::<T>(), coldkey, amount)?;
    store::<T>(coldkey, hotkey, entry);
    Ok(())
}

/// Unstakes `amount` of `coldkey`'s stake on `hotkey`: debits it and releases the hold.
///
/// Fails, changing nothing, if the pair has less than `amount` staked or the hold cannot be
/// released. The caller checks the staking rules.
pub fn unstake<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    amount: BalanceOf<T>,
) -> DispatchResult {
    let entry = load::<T>(coldkey, hotkey).decreased(amount)?;
    T::Currency::release(&hold_reason::<T>(), coldkey, amount, Precision::Exact)?;
    store::<T>(coldkey, hotkey, entry);
    Ok(())
}

/// Mints `amount` into `coldkey` and stakes it to `hotkey` (rewards).
///
/// All of it is staked except what `coldkey` must keep free to stay alive (its existential
/// deposit, when the account did not exist or had no free balance), which stays free. Returns
/// `(minted, staked)`; `minted` is zero if the account cannot receive `amount` at all (a new
/// account paid less than the existential deposit) or the ledger would overflow.
pub fn mint_stake<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    amount: BalanceOf<T>,
) -> (BalanceOf<T>, BalanceOf<T>) {
    let zero = BalanceOf::<T>::zero();
    if amount.is_zero() || load::<T>(coldkey, hotkey).increased(amount).is_err() {
        return (zero, zero);
    }
    let Ok(minted) = T::Currency::mint_into(coldkey, amount) else {
        return (zero, zero);
    };
    let holdable = T::Currency::reducible_balance(coldkey, Preservation::Protect, Fortitude::Force)
        .min(minted);
    if holdable.is_zero() {
        return (minted, zero);
    }
    // Cannot fail: `holdable <= amount`, and the entry had room for `amount`.
    let Ok(entry) = load::<T>(coldkey, hotkey).increased(holdable) else {
        return (minted, zero);
    };
    if T::Currency::hold(&hold_reason::<T>(), coldkey, holdable).is_err() {
        return (minted, zero);
    }
    store::<T>(coldkey, hotkey, entry);
    (minted, holdable)
}

/// Moves every coldkey's stake on `old_hotkey` to `new_hotkey` (hotkey swap). Coldkey totals,
/// the overall total and the holds do not change: the funds stay with the coldkeys.
///
/// Stake the new hotkey already had is kept and added to (it has none when the caller checked
/// that `new_hotkey` is unregistered).
pub fn move_hotkey<T: Config>(old_hotkey: &T::AccountId, new_hotkey: &T::AccountId) {
    let moved: Vec<(T::AccountId, BalanceOf<T>)> = Stake::<T>::drain_prefix(old_hotkey).collect();
    for (coldkey, amount) in moved {
        Stake::<T>::mutate(new_hotkey, &coldkey, |stake| *stake = stake.saturating_add(amount));
        StakingHotkeys::<T>::remove(&coldkey, old_hotkey);
        StakingHotkeys::<T>::insert(&coldkey, new_hotkey, ());
    }
    let total = TotalHotkeyStake::<T>::take(old_hotkey);
    if !total.is_zero() {
        TotalHotkeyStake::<T>::mutate(new_hotkey, |stake| *stake = stake.saturating_add(total));
    }
}

#[cfg(test)]
mod tests {
    use super::StakeEntry;
    use polkadot_sdk::sp_runtime::ArithmeticError;

    #[test]
    fn entry_moves_all_four_values_together() {
        let entry = StakeEntry { pair: 5u64, hotkey_total: 7, coldkey_total: 9, total: 20 };
        assert_eq!(
            entry.increased(3),
            Ok(StakeEntry { pair: 8, hotkey_total: 10, coldkey_total: 12, total: 23 })
        );
        assert_eq!(
            entry.decreased(5),
            Ok(StakeEntry { pair: 0, hotkey_total: 2, coldkey_total: 4, total: 15 })
        );
    }

    #[test]
    fn entry_refuses_to_wrap() {
        let entry = StakeEntry { pair: 5u64, hotkey_total: 7, coldkey_total: 9, total: u64::MAX };
        assert_eq!(entry.increased(1), Err(ArithmeticError::Overflow));
        assert_eq!(entry.decreased(6), Err(ArithmeticError::Underflow));
    }
}
