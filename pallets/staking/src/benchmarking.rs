//! Benchmarks of every call, each in its worst-case branch (frame-benchmarking v2).

#![cfg(feature = "runtime-benchmarks")]
// Benchmark set-up code, not runtime code: plain arithmetic and panics on broken set-up are fine.
#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used)]

use crate::*;
use polkadot_sdk::{
    frame_benchmarking::v2::*,
    frame_support::traits::{
        fungible::{Inspect, Mutate},
        EnsureOrigin,
    },
    frame_system::{self, RawOrigin},
};

const SEED: u32 = 0;

/// A registered hotkey and its owner.
fn registered_hotkey<T: Config>() -> (T::AccountId, T::AccountId) {
    let owner: T::AccountId = account("owner", 0, SEED);
    let hotkey: T::AccountId = account("hotkey", 0, SEED);
    Pallet::<T>::do_create_hotkey_account(&hotkey, &owner).expect("a fresh hotkey registers");
    (owner, hotkey)
}

/// A stake amount valid under any runtime's minimums.
fn stake_amount<T: Config>() -> BalanceOf<T> {
    let floor = T::Currency::minimum_balance().max(MinStake::<T>::get()).max(1u32.into());
    floor * 1_000u32.into()
}

/// A coldkey with enough free balance to stake `amount` a few times.
fn funded<T: Config>(name: &'static str, amount: BalanceOf<T>) -> T::AccountId {
    let who: T::AccountId = account(name, 0, SEED);
    T::Currency::set_balance(&who, T::Currency::minimum_balance() + amount * 4u32.into());
    who
}

/// A delegate with its owner's stake and a nominator's, paid once since they staked: the
/// nominator's stake is in a closed cohort (with others still to convert) and its reward waits
/// in the pot. Returns the hotkey, the nominator and a stake amount it can still afford.
fn nominator_with_unsettled_reward<T: Config>() -> (T::AccountId, T::AccountId, BalanceOf<T>) {
    let (owner, hotkey) = registered_hotkey::<T>();
    Pallet::<T>::do_become_delegate(owner.clone(), hotkey.clone()).expect("the owner may delegate");
    let amount = stake_amount::<T>();
    T::Currency::set_balance(&owner, T::Currency::minimum_balance() + amount * 4u32.into());
    ledger::stake::<T>(&owner, &hotkey, amount).expect("funded owner can stake");
    let nominator = funded::<T>("nominator", amount);
    ledger::stake::<T>(&nominator, &hotkey, amount).expect("funded nominator can stake");
    Pallet::<T>::do_pay_out_emission(&hotkey, 0u32.into(), amount).expect("a registered hotkey");
    Pallet::<T>::do_pay_out_emission(&hotkey, 0u32.into(), amount).expect("a registered hotkey");
    (hotkey, nominator, amount)
}

/// Makes `coldkey` have a previous staking transaction that the rate limit no longer blocks.
fn past_rate_limit<T: Config>(coldkey: &T::AccountId) {
    LastTxBlock::<T>::insert(
        coldkey,
        frame_system::pallet_prelude::BlockNumberFor::<T>::from(1u32),
    );
    frame_system::Pallet::<T>::set_block_number(TxRateLimit::<T>::get() + 2u32.into());
}

#[benchmarks]
mod benchmarks {
    use super::*;

    /// Worst case: a nominator adds to its stake on a delegate whose payout since then closed
    /// the cohort its stake entered and raised the pool: its stake is converted into shares
    /// (the cohort's record is read and written) and its reward moved from the pot onto its
    /// hold, after an earlier staking transaction (the rate limit is read and checked).
    #[benchmark]
    fn add_stake() {
        let (hotkey, nominator, amount) = nominator_with_unsettled_reward::<T>();
        past_rate_limit::<T>(&nominator);
        let before = Pallet::<T>::stake(&hotkey, &nominator);

        #[extrinsic_call]
        _(RawOrigin::Signed(nominator.clone()), hotkey.clone(), amount);

        assert_eq!(Pallet::<T>::stake(&hotkey, &nominator), before + amount);
    }

    /// Worst case: the same nominator removes all of its stake, rewards included (every entry
    /// is removed), after an earlier staking transaction.
    #[benchmark]
    fn remove_stake() {
        let (hotkey, nominator, _) = nominator_with_unsettled_reward::<T>();
        past_rate_limit::<T>(&nominator);
        let all = Pallet::<T>::stake(&hotkey, &nominator);

        #[extrinsic_call]
        _(RawOrigin::Signed(nominator.clone()), hotkey.clone(), all);

        assert_eq!(Pallet::<T>::stake(&hotkey, &nominator), 0u32.into());
    }

    #[benchmark]
    fn become_delegate() {
        let (owner, hotkey) = registered_hotkey::<T>();

        #[extrinsic_call]
        _(RawOrigin::Signed(owner), hotkey.clone());

        assert!(Delegates::<T>::contains_key(&hotkey));
    }

    #[benchmark]
    fn decrease_take() {
        let (owner, hotkey) = registered_hotkey::<T>();
        MinDelegateTake::<T>::put(0);
        Delegates::<T>::insert(&hotkey, u16::MAX);

        #[extrinsic_call]
        _(RawOrigin::Signed(owner), hotkey.clone(), 0);

        assert_eq!(Delegates::<T>::get(&hotkey), Some(0));
    }

    /// Worst case: the rate limit is read and checked against an earlier take change.
    #[benchmark]
    fn increase_take() {
        let (owner, hotkey) = registered_hotkey::<T>();
        MaxDelegateTake::<T>::put(u16::MAX);
        Delegates::<T>::insert(&hotkey, 0);
        LastTxBlockDelegateTake::<T>::insert(
            &hotkey,
            frame_system::pallet_prelude::BlockNumberFor::<T>::from(1u32),
        );
        frame_system::Pallet::<T>::set_block_number(
            TxDelegateTakeRateLimit::<T>::get() + 2u32.into(),
        );

        #[extrinsic_call]
        _(RawOrigin::Signed(owner), hotkey.clone(), u16::MAX);

        assert_eq!(Delegates::<T>::get(&hotkey), Some(u16::MAX));
    }

    /// Worst case: a take bound, checked against the other bound.
    #[benchmark]
    fn set_staking_parameter() -> Result<(), BenchmarkError> {
        let origin =
            T::ParameterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        let take = MaxDelegateTake::<T>::get();

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, StakingParameter::MinDelegateTake(take));

        assert_eq!(MinDelegateTake::<T>::get(), take);
        Ok(())
    }

    /// Paying a delegate: O(1) whatever its number of stakers. Worst case: the pool has active
    /// shares (the stakers' part raises its value, minted into the pot), the owner's own stake
    /// has entering stake of a closed cohort to convert and unsettled rewards to settle, and
    /// the open cohort has entering stake, so the payout closes it and writes its record.
    /// `nominators` stakers are in the pool to show that the cost does not depend on them.
    #[benchmark]
    fn pay_out_emission(n: Linear<1, 64>) {
        let (owner, hotkey) = registered_hotkey::<T>();
        Pallet::<T>::do_become_delegate(owner.clone(), hotkey.clone())
            .expect("the owner may delegate");
        let amount = stake_amount::<T>();
        T::Currency::set_balance(&owner, T::Currency::minimum_balance() + amount * 4u32.into());
        for i in 0..n {
            let nominator: T::AccountId = account("nominator", i, SEED);
            T::Currency::set_balance(
                &nominator,
                T::Currency::minimum_balance() + amount * 4u32.into(),
            );
            ledger::stake::<T>(&nominator, &hotkey, amount).expect("funded nominator can stake");
        }
        let reward = amount * 1_000u32.into();
        // The nominators' cohort closes: they hold active shares.
        Pallet::<T>::do_pay_out_emission(&hotkey, 0u32.into(), reward)
            .expect("a registered hotkey");
        // The owner's stake enters a cohort that the next payout closes...
        ledger::stake::<T>(&owner, &hotkey, amount).expect("funded owner can stake");
        Pallet::<T>::do_pay_out_emission(&hotkey, 0u32.into(), reward)
            .expect("a registered hotkey");
        // ... and a nominator's new stake is in the open cohort.
        let late: T::AccountId = account("late", 0, SEED);
        T::Currency::set_balance(&late, T::Currency::minimum_balance() + amount * 4u32.into());
        ledger::stake::<T>(&late, &hotkey, amount).expect("funded nominator can stake");

        #[block]
        {
            Pallet::<T>::do_pay_out_emission(&hotkey, reward, reward).expect("a registered hotkey");
        }

        assert!(Pallet::<T>::stake(&hotkey, &owner) > amount);
        assert!(TotalColdkeyStake::<T>::get(&owner) > amount);
    }

    /// Paying a hotkey that is not a delegate: everything is minted to its owner and staked.
    /// Worst case: the owner already has stake to settle.
    #[benchmark]
    fn pay_out_owner() {
        let (owner, hotkey) = registered_hotkey::<T>();
        let amount = stake_amount::<T>();
        T::Currency::set_balance(&owner, T::Currency::minimum_balance() + amount * 4u32.into());
        ledger::stake::<T>(&owner, &hotkey, amount).expect("funded owner can stake");
        let reward = amount * 1_000u32.into();
        Pallet::<T>::do_pay_out_emission(&hotkey, reward, reward).expect("a registered hotkey");

        #[block]
        {
            Pallet::<T>::do_pay_out_emission(&hotkey, reward, reward).expect("a registered hotkey");
        }

        assert!(Pallet::<T>::stake(&hotkey, &owner) > amount);
    }

    impl_benchmark_test_suite!(
        Pallet,
        crate::mock::ExtBuilder::default().build(),
        crate::mock::Test
    );
}
