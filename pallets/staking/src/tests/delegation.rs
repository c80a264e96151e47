//! `become_delegate`, `decrease_take` and `increase_take`: the default take, the bounds, the
//! rate limit of increases and every error.

use super::*;
use crate::{
    Delegates, Error, LastTxBlockDelegateTake, MaxDelegateTake, MinDelegateTake, StakingParameter,
};
use polkadot_sdk::frame_support::assert_noop;

fn alice_owns_hot_a() -> ExtBuilder {
    ExtBuilder::default().hotkey(HOT_A, ALICE)
}

fn alice_delegates_hot_a(take: u16) -> ExtBuilder {
    alice_owns_hot_a().max_take(30_000).delegate(HOT_A, take)
}

#[test]
fn become_delegate_sets_the_default_take() {
    alice_owns_hot_a().build_and_execute(|| {
        run_to_block(7);
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A));
        assert_eq!(Delegates::<Test>::get(HOT_A), Some(DEFAULT_TAKE));
        assert_eq!(LastTxBlockDelegateTake::<Test>::get(HOT_A), Some(7));
        assert_eq!(
            last_staking_event(),
            Event::DelegateAdded { coldkey: ALICE, hotkey: HOT_A, take: DEFAULT_TAKE }
        );
        // Now others may stake to it.
        assert_add_stake(BOB, HOT_A, 1_000);
    });
}

#[test]
fn the_default_take_is_clamped_into_the_bounds() {
    alice_owns_hot_a().max_take(5_000).hotkey(HOT_B, ALICE).build_and_execute(|| {
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A));
        assert_eq!(Delegates::<Test>::get(HOT_A), Some(5_000));
        MaxDelegateTake::<Test>::put(40_000);
        MinDelegateTake::<Test>::put(20_000);
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_B));
        assert_eq!(Delegates::<Test>::get(HOT_B), Some(20_000));
    });
}

#[test]
fn become_delegate_errors() {
    alice_owns_hot_a().build_and_execute(|| {
        assert_noop!(
            Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_UNKNOWN),
            Error::<Test>::HotkeyNotRegistered
        );
        assert_noop!(
            Staking::become_delegate(RuntimeOrigin::signed(BOB), HOT_A),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A));
        assert_noop!(
            Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A),
            Error::<Test>::HotkeyAlreadyDelegate
        );
    });
}

#[test]
fn decrease_take_works_at_any_time() {
    alice_delegates_hot_a(DEFAULT_TAKE).build_and_execute(|| {
        assert_ok!(Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, 10_000));
        assert_eq!(Delegates::<Test>::get(HOT_A), Some(10_000));
        assert_eq!(
            last_staking_event(),
            Event::TakeDecreased { coldkey: ALICE, hotkey: HOT_A, take: 10_000 }
        );
        // Again in the same block, down to the minimum.
        assert_ok!(Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, MIN_TAKE));
        assert_eq!(Delegates::<Test>::get(HOT_A), Some(MIN_TAKE));
    });
}

#[test]
fn decrease_take_errors() {
    alice_delegates_hot_a(DEFAULT_TAKE).hotkey(HOT_B, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_UNKNOWN, 1),
            Error::<Test>::HotkeyNotRegistered
        );
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(BOB), HOT_A, 1),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_B, 1),
            Error::<Test>::HotkeyNotDelegate
        );
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE),
            Error::<Test>::TakeNotDecreased
        );
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE + 1),
            Error::<Test>::TakeNotDecreased
        );
        assert_ok!(Staking::set_staking_parameter(
            RuntimeOrigin::root(),
            StakingParameter::MinDelegateTake(5_000)
        ));
        assert_noop!(
            Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, 4_999),
            Error::<Test>::DelegateTakeTooLow
        );
    });
}

#[test]
fn increase_take_waits_for_the_rate_limit() {
    alice_owns_hot_a().max_take(30_000).build_and_execute(|| {
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A));
        run_to_block(TAKE_RATE_LIMIT);
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, 20_000),
            Error::<Test>::DelegateTxRateLimitExceeded
        );
        run_to_block(1 + TAKE_RATE_LIMIT);
        assert_ok!(Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, 20_000));
        assert_eq!(Delegates::<Test>::get(HOT_A), Some(20_000));
        assert_eq!(
            last_staking_event(),
            Event::TakeIncreased { coldkey: ALICE, hotkey: HOT_A, take: 20_000 }
        );
        // The clock restarts.
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, 21_000),
            Error::<Test>::DelegateTxRateLimitExceeded
        );
    });
}

#[test]
fn a_decrease_restarts_the_increase_clock() {
    alice_owns_hot_a().max_take(30_000).build_and_execute(|| {
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(ALICE), HOT_A));
        run_to_block(1_000);
        assert_ok!(Staking::decrease_take(RuntimeOrigin::signed(ALICE), HOT_A, 1_000));
        // Not straight back up: nominators get the full notice period.
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE),
            Error::<Test>::DelegateTxRateLimitExceeded
        );
        run_to_block(1_000 + TAKE_RATE_LIMIT);
        assert_ok!(Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE));
    });
}

#[test]
fn a_genesis_delegate_may_increase_at_once() {
    alice_delegates_hot_a(1_000).build_and_execute(|| {
        assert_ok!(Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, 2_000));
    });
}

#[test]
fn increase_take_errors() {
    alice_delegates_hot_a(DEFAULT_TAKE).hotkey(HOT_B, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_UNKNOWN, 20_000),
            Error::<Test>::HotkeyNotRegistered
        );
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(BOB), HOT_A, 20_000),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_B, 20_000),
            Error::<Test>::HotkeyNotDelegate
        );
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE),
            Error::<Test>::TakeNotIncreased
        );
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, DEFAULT_TAKE - 1),
            Error::<Test>::TakeNotIncreased
        );
        assert_noop!(
            Staking::increase_take(RuntimeOrigin::signed(ALICE), HOT_A, 30_001),
            Error::<Test>::DelegateTakeTooHigh
        );
    });
}
