//! # Invariants (`try_state`)
//!
//! The invariants of the stake ledger (see [`crate::ledger`]) and of delegation, one check per
//! invariant. Run by `try_state` under `try-runtime` and after every pallet test.

use crate::{
    ledger, pool::PoolId, BalanceOf, Cohorts, Config, Delegates, MaxDelegateTake, MinDelegateTake,
    NextPoolId, Owner, Pallet, PoolHotkey, PoolShares, Pools, StakeDust, StakingPools,
    TotalColdkeyStake, TotalStake,
};
use alloc::collections::{BTreeMap, BTreeSet};
use polkadot_sdk::{
    frame_support::{
        ensure,
        traits::fungible::{Inspect, InspectHold},
    },
    sp_runtime::{SaturatedConversion, TryRuntimeError},
};

/// What a pool's stakers add up to.
#[derive(Default)]
struct PoolSums {
    shares: u128,
    entering_open: u128,
    stakers: u32,
    /// Unconverted entering stake per closed cohort.
    closed: BTreeMap<u32, u128>,
}

impl<T: Config> Pallet<T> {
    /// Runs every invariant check.
    pub fn do_try_state() -> Result<(), TryRuntimeError> {
        Self::check_pools()?;
        Self::check_staking_pools_index()?;
        Self::check_holds_and_totals()?;
        Self::check_pot()?;
        Self::check_stake_on_registered_hotkeys()?;
        Self::check_take_bounds()?;
        Ok(())
    }

    /// Every pool agrees with its stakers and cohorts (ledger invariant 1): active shares are
    /// the stakers' shares plus what closed cohorts still hold, entering stake is the stakers'
    /// entering stake of the open cohort, each closed cohort's amount is its stakers'
    /// unconverted entering stake, `stakers` counts the entries, the back pointer and the id
    /// are right, and the stakers' values never add up to more than the pool's value.
    pub fn check_pools() -> Result<(), TryRuntimeError> {
        let mut sums: BTreeMap<PoolId, PoolSums> = BTreeMap::new();
        let mut pools: BTreeMap<PoolId, crate::StakePool> = BTreeMap::new();
        for (hotkey, pool) in Pools::<T>::iter() {
            ensure!(pool.stakers > 0, "a pool without stakers was kept");
            ensure!(pool.id < NextPoolId::<T>::get(), "a pool id was never handed out");
            ensure!(
                PoolHotkey::<T>::get(pool.id).as_ref() == Some(&hotkey),
                "PoolHotkey does not point back to the pool's hotkey"
            );
            ensure!(pools.insert(pool.id, pool).is_none(), "two hotkeys share a pool id");
        }
        ensure!(
            PoolHotkey::<T>::iter_keys().count() == pools.len(),
            "PoolHotkey has an entry without a pool"
        );
        for (id, _, stake) in PoolShares::<T>::iter() {
            let pool = pools.get(&id).ok_or("a stake in a pool that does not exist")?;
            ensure!(!stake.is_empty(), "PoolShares holds an empty stake");
            let sum = sums.entry(id).or_default();
            sum.shares = sum.shares.saturating_add(stake.shares);
            sum.stakers = sum.stakers.saturating_add(1);
            if stake.entering > 0 {
                if stake.cohort == pool.payouts {
                    sum.entering_open = sum.entering_open.saturating_add(stake.entering);
                } else {
                    ensure!(stake.cohort < pool.payouts, "entering stake of a future cohort");
                    let closed = sum.closed.entry(stake.cohort).or_default();
                    *closed = closed.saturating_add(stake.entering);
                }
            }
        }
        let mut cohort_shares: BTreeMap<PoolId, u128> = BTreeMap::new();
        for (id, number, cohort) in Cohorts::<T>::iter() {
            let pool = pools.get(&id).ok_or("a cohort of a pool that does not exist")?;
            ensure!(number < pool.payouts, "a cohort record of an open cohort");
            ensure!(!cohort.is_done(), "a converted cohort's record was kept");
            let unconverted =
                sums.get(&id).and_then(|sum| sum.closed.get(&number).copied()).unwrap_or_default();
            ensure!(
                unconverted == cohort.amount,
                "a cohort's amount is not its stakers' unconverted entering stake"
            );
            let held = cohort_shares.entry(id).or_default();
            *held = held.saturating_add(cohort.shares);
        }
        for (id, pool) in &pools {
            let sum = sums.remove(id).unwrap_or_default();
            let in_cohorts = cohort_shares.get(id).copied().unwrap_or_default();
            ensure!(
                pool.shares == sum.shares.saturating_add(in_cohorts),
                "a pool's shares are not its stakers' and cohorts' shares"
            );
            ensure!(
                pool.entering == sum.entering_open,
                "a pool's entering stake is not its stakers' entering stake"
            );
            ensure!(pool.stakers == sum.stakers, "a pool's staker count is wrong");
            ensure!(
                sum.closed.keys().all(|number| Cohorts::<T>::contains_key(id, number)),
                "unconverted entering stake of a closed cohort without a record"
            );
            ensure!(pool.shares > 0 || pool.value == 0, "a pool without shares kept a value");
        }
        Ok(())
    }

    /// [`StakingPools`] has exactly the (coldkey, pool) pairs of [`PoolShares`].
    pub fn check_staking_pools_index() -> Result<(), TryRuntimeError> {
        let index: BTreeSet<(T::AccountId, PoolId)> = StakingPools::<T>::iter_keys().collect();
        let stakes: BTreeSet<(T::AccountId, PoolId)> =
            PoolShares::<T>::iter_keys().map(|(id, coldkey)| (coldkey, id)).collect();
        ensure!(index == stakes, "StakingPools is not the index of PoolShares");
        Ok(())
    }

    /// Each coldkey's [`TotalColdkeyStake`] is the sum of its settled stake and equals its
    /// balance on hold for staking; [`TotalStake`] is the sum of the pools' totals.
    pub fn check_holds_and_totals() -> Result<(), TryRuntimeError> {
        let mut settled: BTreeMap<T::AccountId, u128> = BTreeMap::new();
        for (_, coldkey, stake) in PoolShares::<T>::iter() {
            let sum = settled.entry(coldkey).or_default();
            *sum = sum.saturating_add(stake.settled);
        }
        settled.retain(|_, sum| *sum > 0);
        let stored: BTreeMap<T::AccountId, u128> = TotalColdkeyStake::<T>::iter()
            .map(|(coldkey, total)| (coldkey, total.saturated_into()))
            .collect();
        ensure!(stored == settled, "TotalColdkeyStake is not the sum of the settled stake");
        let reason = ledger::hold_reason::<T>();
        for (coldkey, total) in TotalColdkeyStake::<T>::iter() {
            ensure!(
                T::Currency::balance_on_hold(&reason, &coldkey) == total,
                "a coldkey's staking hold differs from its settled stake"
            );
        }
        let pools_total =
            Pools::<T>::iter_values().fold(0u128, |sum, pool| sum.saturating_add(pool.total()));
        ensure!(
            TotalStake::<T>::get().saturated_into::<u128>() == pools_total,
            "TotalStake is not the sum of the pools"
        );
        Ok(())
    }

    /// The rewards pot holds its existential deposit, every pool's unsettled part and the
    /// recorded dust (more only if someone sent it funds).
    pub fn check_pot() -> Result<(), TryRuntimeError> {
        let settled = TotalColdkeyStake::<T>::iter_values()
            .fold(0u128, |sum, total| sum.saturating_add(total.saturated_into()));
        let total: u128 = TotalStake::<T>::get().saturated_into();
        let unsettled = total.checked_sub(settled).ok_or("more stake settled than staked")?;
        let floor: u128 = T::Currency::minimum_balance().saturated_into();
        let owed = floor.saturating_add(unsettled).saturating_add(StakeDust::<T>::get());
        let pot: u128 = T::Currency::balance(&ledger::pot::<T>()).saturated_into();
        ensure!(pot >= owed, "the rewards pot holds less than the unsettled rewards and dust");
        Ok(())
    }

    /// Stake and delegate entries only exist for registered hotkeys.
    pub fn check_stake_on_registered_hotkeys() -> Result<(), TryRuntimeError> {
        for hotkey in Pools::<T>::iter_keys() {
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

    /// The sum over every stake of its current value (rewards not yet settled included), for
    /// tests: at most [`TotalStake`].
    pub fn sum_of_stake_values() -> BalanceOf<T> {
        let mut sum = 0u128;
        for (hotkey, pool) in Pools::<T>::iter() {
            for coldkey in PoolShares::<T>::iter_key_prefix(pool.id) {
                sum = sum
                    .saturating_add(ledger::stake_value::<T>(&hotkey, &coldkey).saturated_into());
            }
        }
        sum.saturated_into()
    }
}
