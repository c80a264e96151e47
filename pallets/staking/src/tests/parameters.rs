//! `set_staking_parameter`: every parameter, its effect, the origin and the take bounds.

use super::*;
use crate::{
    Error, MaxDelegateTake, MinDelegateTake, MinStake, StakingParameter, TxDelegateTakeRateLimit,
    TxRateLimit,
};
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::DispatchError};

fn set(parameter: StakingParameter<BlockNumber, Balance>) {
    assert_ok!(Staking::set_staking_parameter(RuntimeOrigin::root(), parameter.clone()));
    assert_eq!(last_staking_event(), Event::StakingParameterSet { parameter });
}

#[test]
fn initial_values_come_from_the_config() {
    ExtBuilder::default().build_and_execute(|| {
        assert_eq!(TxRateLimit::<Test>::get(), TX_RATE_LIMIT);
        assert_eq!(TxDelegateTakeRateLimit::<Test>::get(), TAKE_RATE_LIMIT);
        assert_eq!(MinDelegateTake::<Test>::get(), MIN_TAKE);
        assert_eq!(MaxDelegateTake::<Test>::get(), MAX_TAKE);
        assert_eq!(MinStake::<Test>::get(), MIN_STAKE);
    });
}

#[test]
fn root_sets_every_parameter() {
    ExtBuilder::default().build_and_execute(|| {
        set(StakingParameter::TxRateLimit(10));
        assert_eq!(TxRateLimit::<Test>::get(), 10);
        set(StakingParameter::TxDelegateTakeRateLimit(7_200));
        assert_eq!(TxDelegateTakeRateLimit::<Test>::get(), 7_200);
        set(StakingParameter::MaxDelegateTake(20_000));
        assert_eq!(MaxDelegateTake::<Test>::get(), 20_000);
        set(StakingParameter::MinDelegateTake(1_000));
        assert_eq!(MinDelegateTake::<Test>::get(), 1_000);
        set(StakingParameter::MinStake(1_000_000_000));
        assert_eq!(MinStake::<Test>::get(), 1_000_000_000);
    });
}

#[test]
fn only_the_parameter_origin_may_set() {
    ExtBuilder::default().build_and_execute(|| {
        assert_noop!(
            Staking::set_staking_parameter(
                RuntimeOrigin::signed(ALICE),
                StakingParameter::TxRateLimit(0)
            ),
            DispatchError::BadOrigin
        );
    });
}

#[test]
fn take_bounds_stay_ordered() {
    ExtBuilder::default().build_and_execute(|| {
        assert_noop!(
            Staking::set_staking_parameter(
                RuntimeOrigin::root(),
                StakingParameter::MinDelegateTake(MAX_TAKE + 1)
            ),
            Error::<Test>::InvalidTakeBounds
        );
        set(StakingParameter::MinDelegateTake(MAX_TAKE));
        assert_noop!(
            Staking::set_staking_parameter(
                RuntimeOrigin::root(),
                StakingParameter::MaxDelegateTake(MAX_TAKE - 1)
            ),
            Error::<Test>::InvalidTakeBounds
        );
    });
}

#[test]
fn a_new_rate_limit_applies_at_once() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        set(StakingParameter::TxRateLimit(0));
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_add_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn a_new_minimum_stake_applies_to_new_stake() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        set(StakingParameter::MinStake(10_000));
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 9_999),
            Error::<Test>::StakeBelowMinimum
        );
        assert_add_stake(ALICE, HOT_A, 10_000);
    });
}
