//! # The stake ledger
//!
//! The single write path for stake. These storage items are written here and nowhere else:
//! [`Pools`], [`PoolHotkey`], [`NextPoolId`], [`PoolShares`], [`Cohorts`], [`StakingPools`],
//! [`TotalColdkeyStake`], [`TotalStake`], [`StakeDust`], every coldkey's balance on hold for
//! [`HoldReason::Staked`] and the balance of the rewards pot ([`pot`]). The calls, the rewards
//! and the interfaces of [`finney_support`] check their own rules and then call one of the
//! functions below.
//!
//! ## How stake is kept
//!
//! The stake behind a hotkey is a pool of shares ([`crate::pool`]): a payout raises the pool's
//! value in O(1), whatever the number of stakers. Rewards are minted into the rewards pot, a
//! keyless account of the pallet. A coldkey's stake is *settled* when the coldkey acts on it
//! (stakes, unstakes) or is paid as an owner: its entering stake of a closed cohort becomes
//! shares, and the funds held on the coldkey for it are made equal to its value, moving the
//! difference between the pot and the hold. Until then the rewards wait in the pot, counted in
//! the pool's value (so in the hotkey's stake and in the runtime API's view of the coldkey's
//! stake) but not yet held on the coldkey.
//!
//! ## Invariants (checked by `try_state`, see [`crate::invariants`])
//!
//! 1. Per pool: its active shares are the sum of its stakers' shares and of the shares its
//!    closed [`Cohorts`] still hold; its entering stake is the sum of the stakers' entering stake
//!    of the open cohort; each closed cohort's amount is the sum of its stakers' unconverted
//!    entering stake; `stakers` counts its [`PoolShares`] entries; [`PoolHotkey`] points back to
//!    its hotkey. A pool without stakers is removed.
//! 2. [`StakingPools`] has exactly the (coldkey, pool) pairs of [`PoolShares`].
//! 3. `TotalColdkeyStake[c]` is the sum of `settled` over the coldkey's stakes and equals its
//!    balance on hold for [`HoldReason::Staked`]; [`TotalStake`] is the sum of the pools' totals.
//! 4. The pot holds at least the existential deposit (minted at genesis) plus every pool's
//!    unsettled part (`TotalStake - sum of settled`) plus [`StakeDust`], so total issuance counts
//!    every staked and every rewarded rao exactly once: minted TAO is never lost nor created.
//!
//! Each function does all of its work or fails; the callers run them in a transactional
//! context (dispatchables are; the payout opens its own storage layer).

use crate::{
    pool::{Cohort, PoolId, StakePool, StakeShares},
    BalanceOf, Cohorts, Config, Error, HoldReason, NextPoolId, PoolHotkey, PoolShares, Pools,
    StakeDust, StakingPools, TotalColdkeyStake, TotalStake,
};
use polkadot_sdk::{
    frame_support::{
        defensive,
        traits::{
            fungible::{Inspect, Mutate, MutateHold},
            tokens::{Fortitude, Precision, Preservation, Restriction},
            Get,
        },
    },
    sp_runtime::{
        traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
        ArithmeticError, DispatchError, DispatchResult, SaturatedConversion,
    },
};

/// The hold reason of staked funds.
pub fn hold_reason<T: Config>() -> T::RuntimeHoldReason {
    HoldReason::Staked.into()
}

/// The rewards pot: the keyless account that holds minted rewards until their stakers settle.
pub fn pot<T: Config>() -> T::AccountId {
    T::RewardsPotId::get().into_account_truncating()
}

/// Makes sure the rewards pot exists: mints the existential deposit into it if it holds less
/// (at genesis). Returns what was minted.
pub fn fund_pot<T: Config>() -> BalanceOf<T> {
    let pot = pot::<T>();
    let floor = T::Currency::minimum_balance();
    let have = T::Currency::balance(&pot);
    if have >= floor {
        return Zero::zero();
    }
    let missing = floor.saturating_sub(have);
    T::Currency::mint_into(&pot, missing).unwrap_or_else(|_| Zero::zero())
}

fn to_balance<T: Config>(amount: u128) -> BalanceOf<T> {
    amount.saturated_into()
}

fn to_rao<T: Config>(amount: BalanceOf<T>) -> u128 {
    amount.saturated_into()
}

/// Adds (`increase`) or subtracts `amount` to a `u128` total, failing on overflow/underflow.
fn adjust(total: u128, amount: u128, increase: bool) -> Result<u128, ArithmeticError> {
    if increase {
        total.checked_add(amount).ok_or(ArithmeticError::Overflow)
    } else {
        total.checked_sub(amount).ok_or(ArithmeticError::Underflow)
    }
}

/// Adds (`increase`) or subtracts `amount` to [`TotalStake`].
fn change_total_stake<T: Config>(amount: u128, increase: bool) -> DispatchResult {
    let total = adjust(to_rao::<T>(TotalStake::<T>::get()), amount, increase)?;
    TotalStake::<T>::put(to_balance::<T>(total));
    Ok(())
}

/// `hotkey`'s pool, or a new empty one with a fresh id (reserved now; stored by
/// [`store_pool`] once it has a staker).
fn pool_or_new<T: Config>(hotkey: &T::AccountId) -> StakePool {
    Pools::<T>::get(hotkey).unwrap_or_else(|| {
        let id = NextPoolId::<T>::get();
        NextPoolId::<T>::put(id.saturating_add(1));
        StakePool::new(id)
    })
}

/// Writes `hotkey`'s pool, or removes it (and its back pointer) when no staker is left.
fn store_pool<T: Config>(hotkey: &T::AccountId, pool: StakePool) {
    if pool.stakers == 0 {
        if pool.total() != 0 {
            defensive!("a pool without stakers still has value");
        }
        Pools::<T>::remove(hotkey);
        PoolHotkey::<T>::remove(pool.id);
    } else {
        Pools::<T>::insert(hotkey, pool);
        PoolHotkey::<T>::insert(pool.id, hotkey);
    }
}

/// `coldkey`'s stake in `pool` and whether it has an entry, with entering stake of a closed
/// cohort converted into shares (the cohort's record is updated, and removed once all of its
/// stakers are converted).
fn load_stake<T: Config>(
    pool: &StakePool,
    coldkey: &T::AccountId,
) -> Result<(StakeShares, bool), DispatchError> {
    let Some(mut stake) = PoolShares::<T>::get(pool.id, coldkey) else {
        return Ok((StakeShares::default(), false));
    };
    if stake.needs_conversion(pool) {
        let Some(mut cohort) = Cohorts::<T>::get(pool.id, stake.cohort) else {
            defensive!("entering stake of a closed cohort without a record");
            return Err(Error::<T>::InconsistentStake.into());
        };
        stake.convert(&mut cohort)?;
        if cohort.is_done() {
            Cohorts::<T>::remove(pool.id, stake.cohort);
        } else {
            Cohorts::<T>::insert(pool.id, stake.cohort, cohort);
        }
    }
    Ok((stake, true))
}

/// Writes `coldkey`'s stake in `pool`, keeping the index and the pool's staker count; an empty
/// stake is removed.
fn store_stake<T: Config>(
    coldkey: &T::AccountId,
    pool: &mut StakePool,
    stake: StakeShares,
    existed: bool,
) {
    if stake.is_empty() {
        if existed {
            PoolShares::<T>::remove(pool.id, coldkey);
            StakingPools::<T>::remove(coldkey, pool.id);
            pool.stakers = pool.stakers.saturating_sub(1);
        }
    } else {
        PoolShares::<T>::insert(pool.id, coldkey, stake);
        if !existed {
            StakingPools::<T>::insert(coldkey, pool.id, ());
            pool.stakers = pool.stakers.saturating_add(1);
        }
    }
}

/// Moves funds between the rewards pot and `coldkey`'s hold so that what is held for `stake`
/// equals its value in `pool`, and records it as settled.
fn reconcile<T: Config>(
    coldkey: &T::AccountId,
    pool: &StakePool,
    stake: &mut StakeShares,
) -> DispatchResult {
    let value = stake.value(pool);
    if value > stake.settled {
        let owed = value.saturating_sub(stake.settled);
        T::Currency::transfer_and_hold(
            &hold_reason::<T>(),
            &pot::<T>(),
            coldkey,
            to_balance::<T>(owed),
            Precision::Exact,
            Preservation::Preserve,
            Fortitude::Polite,
        )?;
        TotalColdkeyStake::<T>::try_mutate(coldkey, |total| -> DispatchResult {
            *total = total.checked_add(&to_balance::<T>(owed)).ok_or(ArithmeticError::Overflow)?;
            Ok(())
        })?;
    } else if value < stake.settled {
        // Rounding in favour of the pool: the rao the shares are no longer worth go back to
        // the pot, where they belong to the pool. They are not the coldkey's, so a lock on its
        // account (a conviction vote's) does not keep them: `Force`.
        let excess = stake.settled.saturating_sub(value);
        T::Currency::transfer_on_hold(
            &hold_reason::<T>(),
            coldkey,
            &pot::<T>(),
            to_balance::<T>(excess),
            Precision::Exact,
            Restriction::Free,
            Fortitude::Force,
        )?;
        decrease_coldkey_total::<T>(coldkey, excess)?;
    }
    stake.settled = value;
    Ok(())
}

fn decrease_coldkey_total<T: Config>(coldkey: &T::AccountId, amount: u128) -> DispatchResult {
    let total = to_rao::<T>(TotalColdkeyStake::<T>::get(coldkey));
    let left = total.checked_sub(amount).ok_or(ArithmeticError::Underflow)?;
    if left == 0 {
        TotalColdkeyStake::<T>::remove(coldkey);
    } else {
        TotalColdkeyStake::<T>::insert(coldkey, to_balance::<T>(left));
    }
    Ok(())
}

/// Settles `coldkey`'s stake on `hotkey` (converts entering stake of a closed cohort, makes its
/// hold equal to its value) and returns its value. Zero if it has none.
pub fn settle<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
) -> Result<BalanceOf<T>, DispatchError> {
    let Some(mut pool) = Pools::<T>::get(hotkey) else { return Ok(Zero::zero()) };
    let (mut stake, existed) = load_stake::<T>(&pool, coldkey)?;
    if !existed {
        return Ok(Zero::zero());
    }
    reconcile::<T>(coldkey, &pool, &mut stake)?;
    let value = stake.settled;
    store_stake::<T>(coldkey, &mut pool, stake, existed);
    store_pool::<T>(hotkey, pool);
    Ok(to_balance::<T>(value))
}

/// Stakes `amount` of `coldkey`'s free balance to `hotkey`: settles the coldkey's stake there,
/// puts the amount on hold and adds it as entering stake (it earns from the payout after the
/// next one closes its cohort on).
///
/// Fails, changing nothing (in a transactional context), if the free balance cannot cover it
/// or a total would overflow. The caller checks the staking rules.
pub fn stake<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    amount: BalanceOf<T>,
) -> DispatchResult {
    let rao = to_rao::<T>(amount);
    let mut pool = pool_or_new::<T>(hotkey);
    let (mut stake, existed) = load_stake::<T>(&pool, coldkey)?;
    reconcile::<T>(coldkey, &pool, &mut stake)?;
    if stake.entering == 0 {
        stake.cohort = pool.payouts;
    }
    stake.entering = adjust(stake.entering, rao, true)?;
    stake.settled = adjust(stake.settled, rao, true)?;
    pool.enter(rao)?;
    T::Currency::hold(&hold_reason::<T>(), coldkey, amount)?;
    TotalColdkeyStake::<T>::try_mutate(coldkey, |total| -> DispatchResult {
        *total = total.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
        Ok(())
    })?;
    change_total_stake::<T>(rao, true)?;
    store_stake::<T>(coldkey, &mut pool, stake, existed);
    store_pool::<T>(hotkey, pool);
    Ok(())
}

/// Unstakes `amount` of `coldkey`'s stake on `hotkey`: settles it, takes the amount from its
/// entering stake first and then from its shares (all of them when the whole value is
/// withdrawn), and releases it from the hold.
///
/// Fails with [`Error::NotEnoughStakeToWithdraw`] if the stake is worth less than `amount`.
/// The caller checks the staking rules.
pub fn unstake<T: Config>(
    coldkey: &T::AccountId,
    hotkey: &T::AccountId,
    amount: BalanceOf<T>,
) -> DispatchResult {
    let rao = to_rao::<T>(amount);
    let mut pool = Pools::<T>::get(hotkey).ok_or(Error::<T>::NotEnoughStakeToWithdraw)?;
    let (mut stake, existed) = load_stake::<T>(&pool, coldkey)?;
    reconcile::<T>(coldkey, &pool, &mut stake)?;
    let value = stake.settled;
    if rao > value {
        return Err(Error::<T>::NotEnoughStakeToWithdraw.into());
    }
    let from_entering = rao.min(stake.entering);
    let from_shares = rao.saturating_sub(from_entering);
    pool.leave(from_entering)?;
    stake.entering = stake.entering.saturating_sub(from_entering);
    if rao == value {
        // Everything: every share goes, whatever rounding would have left.
        pool.value = adjust(pool.value, from_shares, false)?;
        pool.shares = adjust(pool.shares, stake.shares, false)?;
        stake.shares = 0;
    } else {
        let burned = pool.burn(from_shares, stake.shares)?;
        stake.shares = stake.shares.saturating_sub(burned);
    }
    stake.settled = adjust(stake.settled, rao, false)?;
    T::Currency::release(&hold_reason::<T>(), coldkey, amount, Precision::Exact)?;
    decrease_coldkey_total::<T>(coldkey, rao)?;
    change_total_stake::<T>(rao, false)?;
    // Burning rounds up, so what is left may be worth a rao less than what is held for it.
    reconcile::<T>(coldkey, &pool, &mut stake)?;
    take_dust::<T>(&mut pool)?;
    store_stake::<T>(coldkey, &mut pool, stake, existed);
    store_pool::<T>(hotkey, pool);
    Ok(())
}

/// When the last active share of `pool` is gone, records what rounding left of its value as
/// dust (it stays in the pot).
fn take_dust<T: Config>(pool: &mut StakePool) -> DispatchResult {
    let dust = pool.take_dust();
    if dust > 0 {
        change_total_stake::<T>(dust, false)?;
        StakeDust::<T>::try_mutate(|total| -> DispatchResult {
            *total = adjust(*total, dust, true)?;
            Ok(())
        })?;
    }
    Ok(())
}

/// What a payout minted and where it went.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Paid {
    /// Minted into the pot as a rise of the pool's value.
    pub to_pool: u128,
    /// Minted to the owner and staked as shares.
    pub to_owner_stake: u128,
    /// Minted to the owner and left free (an account must keep its existential deposit free).
    pub to_owner_free: u128,
}

impl Paid {
    /// Everything minted.
    pub fn minted(&self) -> u128 {
        self.to_pool.saturating_add(self.to_owner_stake).saturating_add(self.to_owner_free)
    }
}

/// Pays a reward to `hotkey`'s pool in O(1): `to_pool` raises the value of the active shares
/// (minted into the pot; given to the owner instead when the pool has no active shares),
/// `to_owner` is minted to `owner` and staked on `hotkey` as active shares (what the owner's
/// account must keep free stays free). Then the pool's open cohort closes: the stake that
/// entered since the last payout earned nothing of this one and joins the shares.
///
/// Runs in its own storage layer: on error nothing is minted or changed.
pub fn pay_out<T: Config>(
    hotkey: &T::AccountId,
    owner: &T::AccountId,
    to_pool: BalanceOf<T>,
    to_owner: BalanceOf<T>,
) -> Result<Paid, DispatchError> {
    polkadot_sdk::frame_support::storage::with_storage_layer(|| {
        let mut pool = pool_or_new::<T>(hotkey);
        let mut paid = Paid::default();
        let mut to_owner = to_rao::<T>(to_owner);
        let to_pool = to_rao::<T>(to_pool);
        if to_pool > 0 {
            if pool.shares > 0 {
                T::Currency::mint_into(&pot::<T>(), to_balance::<T>(to_pool))?;
                pool.reward(to_pool)?;
                change_total_stake::<T>(to_pool, true)?;
                paid.to_pool = to_pool;
            } else {
                to_owner = adjust(to_owner, to_pool, true)?;
            }
        }
        if to_owner > 0 {
            credit_owner::<T>(owner, &mut pool, to_owner, &mut paid)?;
        }
        if let Some((number, cohort)) = pool.close_cohort()? {
            Cohorts::<T>::insert(pool.id, number, cohort);
        }
        store_pool::<T>(hotkey, pool);
        Ok(paid)
    })
}

/// Mints `amount` to `owner` and stakes what its account can hold as active shares of `pool`.
fn credit_owner<T: Config>(
    owner: &T::AccountId,
    pool: &mut StakePool,
    amount: u128,
    paid: &mut Paid,
) -> DispatchResult {
    // An account that cannot receive the amount at all (new, paid less than the existential
    // deposit) gets nothing: the caller records it as unpaid.
    let Ok(minted) = T::Currency::mint_into(owner, to_balance::<T>(amount)) else {
        return Ok(());
    };
    let minted = to_rao::<T>(minted);
    let holdable =
        to_rao::<T>(T::Currency::reducible_balance(owner, Preservation::Protect, Fortitude::Force))
            .min(minted);
    paid.to_owner_free = minted.saturating_sub(holdable);
    if holdable == 0 {
        return Ok(());
    }
    let (mut stake, existed) = load_stake::<T>(pool, owner)?;
    reconcile::<T>(owner, pool, &mut stake)?;
    T::Currency::hold(&hold_reason::<T>(), owner, to_balance::<T>(holdable))?;
    let shares = pool.issue(holdable)?;
    stake.shares = adjust(stake.shares, shares, true)?;
    stake.settled = adjust(stake.settled, holdable, true)?;
    TotalColdkeyStake::<T>::try_mutate(owner, |total| -> DispatchResult {
        *total = total.checked_add(&to_balance::<T>(holdable)).ok_or(ArithmeticError::Overflow)?;
        Ok(())
    })?;
    change_total_stake::<T>(holdable, true)?;
    // Shares are issued rounded down: the owner's stake may be worth a rao less than it holds.
    reconcile::<T>(owner, pool, &mut stake)?;
    store_stake::<T>(owner, pool, stake, existed);
    paid.to_owner_stake = holdable;
    Ok(())
}

/// Moves `old_hotkey`'s pool, with every staker in it, to `new_hotkey` (hotkey swap): O(1),
/// since stakes are keyed by pool id. Holds do not move: the funds stay with the coldkeys.
///
/// Fails with [`Error::HotkeyAlreadyRegistered`] if `new_hotkey` already has a pool.
pub fn move_hotkey<T: Config>(
    old_hotkey: &T::AccountId,
    new_hotkey: &T::AccountId,
) -> DispatchResult {
    if Pools::<T>::contains_key(new_hotkey) {
        return Err(Error::<T>::HotkeyAlreadyRegistered.into());
    }
    if let Some(pool) = Pools::<T>::take(old_hotkey) {
        PoolHotkey::<T>::insert(pool.id, new_hotkey);
        Pools::<T>::insert(new_hotkey, pool);
    }
    Ok(())
}

/// Closes the open cohort of `hotkey`'s pool without a reward, so that its entering stake
/// earns from the next payout on (genesis stakes).
pub fn activate_entering<T: Config>(hotkey: &T::AccountId) -> DispatchResult {
    let Some(mut pool) = Pools::<T>::get(hotkey) else { return Ok(()) };
    if let Some((number, cohort)) = pool.close_cohort()? {
        Cohorts::<T>::insert(pool.id, number, cohort);
    }
    Pools::<T>::insert(hotkey, pool);
    Ok(())
}

/// What `coldkey`'s stake in `pool` is worth now, rewards not yet settled included, without
/// writing anything.
pub fn value_in_pool<T: Config>(pool: &StakePool, coldkey: &T::AccountId) -> u128 {
    let Some(mut stake) = PoolShares::<T>::get(pool.id, coldkey) else { return 0 };
    converted_view::<T>(pool, &mut stake);
    stake.value(pool)
}

/// Converts `stake`'s entering stake of a closed cohort into shares on a copy of the cohort's
/// record (for reading: nothing is written).
pub fn converted_view<T: Config>(pool: &StakePool, stake: &mut StakeShares) {
    if stake.needs_conversion(pool) {
        let mut cohort: Cohort = Cohorts::<T>::get(pool.id, stake.cohort).unwrap_or_default();
        let _ = stake.convert(&mut cohort);
    }
}

/// What `coldkey`'s stake on `hotkey` is worth now, rewards not yet settled included.
pub fn stake_value<T: Config>(hotkey: &T::AccountId, coldkey: &T::AccountId) -> BalanceOf<T> {
    Pools::<T>::get(hotkey)
        .map(|pool| to_balance::<T>(value_in_pool::<T>(&pool, coldkey)))
        .unwrap_or_else(Zero::zero)
}

/// All the stake behind `hotkey` (active value and entering stake), what Yuma weighs it by.
pub fn hotkey_total<T: Config>(hotkey: &T::AccountId) -> BalanceOf<T> {
    Pools::<T>::get(hotkey).map(|pool| to_balance::<T>(pool.total())).unwrap_or_else(Zero::zero)
}

/// The hotkey of the pool `id`.
pub fn hotkey_of_pool<T: Config>(id: PoolId) -> Option<T::AccountId> {
    PoolHotkey::<T>::get(id)
}
