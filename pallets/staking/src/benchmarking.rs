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

    /// Worst case: a nominator's first stake on a delegate (new pair, new index entry), after an
    /// earlier staking transaction (the rate limit is read and checked).
    #[benchmark]
    fn add_stake() {
        let (owner, hotkey) = registered_hotkey::<T>();
        Pallet::<T>::do_become_delegate(owner, hotkey.clone()).expect("the owner may delegate");
        let amount = stake_amount::<T>();
        let nominator = funded::<T>("nominator", amount);
        past_rate_limit::<T>(&nominator);

        #[extrinsic_call]
        _(RawOrigin::Signed(nominator.clone()), hotkey.clone(), amount);

        assert_eq!(Stake::<T>::get(&hotkey, &nominator), amount);
    }

    /// Worst case: a nominator removes all of its stake (every entry is removed), after an earlier
    /// staking transaction.
    #[benchmark]
    fn remove_stake() {
        let (owner, hotkey) = registered_hotkey::<T>();
        Pallet::<T>::do_become_delegate(owner, hotkey.clone()).expect("the owner may delegate");
        let amount = stake_amount::<T>();
        let nominator = funded::<T>("nominator", amount);
        ledger::stake::<T>(&nominator, &hotkey, amount).expect("funded nominator can stake");
        past_rate_limit::<T>(&nominator);

        #[extrinsic_call]
        _(RawOrigin::Signed(nominator.clone()), hotkey.clone(), amount);

        assert_eq!(Stake::<T>::get(&hotkey, &nominator), 0u32.into());
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

    /// Paying a delegate with `s` stakers (its owner and `s - 1` nominators): each gets its
    /// share credited as stake.
    #[benchmark]
    fn pay_out_emission(s: Linear<1, 512>) {
        let (owner, hotkey) = registered_hotkey::<T>();
        Pallet::<T>::do_become_delegate(owner.clone(), hotkey.clone())
            .expect("the owner may delegate");
        let amount = stake_amount::<T>();
        T::Currency::set_balance(&owner, T::Currency::minimum_balance() + amount * 4u32.into());
        ledger::stake::<T>(&owner, &hotkey, amount).expect("funded owner can stake");
        for i in 1..s {
            let nominator: T::AccountId = account("nominator", i, SEED);
            T::Currency::set_balance(
                &nominator,
                T::Currency::minimum_balance() + amount * 4u32.into(),
            );
            ledger::stake::<T>(&nominator, &hotkey, amount).expect("funded nominator can stake");
        }
        let reward = amount * 1_000u32.into();

        #[block]
        {
            Pallet::<T>::do_pay_out_emission(&hotkey, reward, reward).expect("a registered hotkey");
        }

        assert!(Stake::<T>::get(&hotkey, &owner) > amount);
    }

    impl_benchmark_test_suite!(
        Pallet,
        crate::mock::ExtBuilder::default().build(),
        crate::mock::Test
    );
}
