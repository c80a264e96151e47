//! `add_stake`: who may stake where, the hold, the rate limit, the minimum and every error.

use super::*;
use crate::{Error, LastTxBlock};
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::DispatchError};

#[test]
fn owner_stakes_to_own_hotkey_under_a_hold() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - 1_000);
        assert_eq!(held(ALICE), 1_000);
        assert!(has_stake_entry(ALICE, HOT_A));
        assert_eq!(LastTxBlock::<Test>::get(ALICE), Some(1));
    });
}

#[test]
fn stake_accumulates_over_blocks_and_hotkeys() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).hotkey(HOT_B, ALICE).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        advance_blocks(1);
        assert_add_stake(ALICE, HOT_A, 500);
        advance_blocks(1);
        assert_add_stake(ALICE, HOT_B, 200);
        assert_eq!(Staking::stake(&HOT_A, &ALICE), 1_500);
        assert_eq!(TotalColdkeyStake::<Test>::get(ALICE), 1_700);
        assert_eq!(held(ALICE), 1_700);
    });
}

#[test]
fn anyone_stakes_to_a_delegate() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).delegate(HOT_A, DEFAULT_TAKE).build_and_execute(
        || {
            assert_add_stake(BOB, HOT_A, 1_000);
            assert_add_stake(CHARLIE, HOT_A, 2_000);
            assert_add_stake(ALICE, HOT_A, 3_000);
            assert_eq!(Staking::total_hotkey_stake(&HOT_A), 6_000);
        },
    );
}

#[test]
fn only_the_owner_stakes_to_a_hotkey_that_is_not_a_delegate() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(BOB), HOT_A, 1_000),
            Error::<Test>::NonAssociatedColdkey
        );
    });
}

#[test]
fn zero_amount_fails() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 0),
            Error::<Test>::StakeAmountZero
        );
    });
}

#[test]
fn unregistered_hotkey_fails() {
    ExtBuilder::default().build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_UNKNOWN, 1_000),
            Error::<Test>::HotkeyNotRegistered
        );
    });
}

#[test]
fn unsigned_origin_fails() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::root(), HOT_A, 1_000),
            DispatchError::BadOrigin
        );
    });
}

#[test]
fn second_staking_transaction_in_the_same_block_is_rate_limited() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_000),
            Error::<Test>::TxRateLimitExceeded
        );
        // The limit is per coldkey.
        advance_blocks(1);
        assert_add_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn rate_limit_counts_blocks_since_the_last_staking_transaction() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).tx_rate_limit(3).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        run_to_block(3);
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_000),
            Error::<Test>::TxRateLimitExceeded
        );
        run_to_block(4);
        assert_add_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn rate_limit_zero_allows_many_per_block() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).tx_rate_limit(0).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_add_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn stake_below_the_minimum_fails_but_top_ups_are_fine() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, MIN_STAKE - 1),
            Error::<Test>::StakeBelowMinimum
        );
        assert_add_stake(ALICE, HOT_A, MIN_STAKE);
        advance_blocks(1);
        // The resulting stake counts, not the amount added.
        assert_add_stake(ALICE, HOT_A, 1);
    });
}

#[test]
fn the_existential_deposit_stays_free() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, INITIAL_BALANCE - ED + 1),
            Error::<Test>::NotEnoughBalanceToStake
        );
        assert_add_stake(ALICE, HOT_A, INITIAL_BALANCE - ED);
        assert_eq!(Balances::balance(&ALICE), ED);
    });
}

#[test]
fn more_than_the_free_balance_fails() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, INITIAL_BALANCE + 1),
            Error::<Test>::NotEnoughBalanceToStake
        );
    });
}

#[test]
fn a_coldkey_without_an_account_cannot_stake() {
    ExtBuilder::default().hotkey(HOT_A, NOBODY).build_and_execute(|| {
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(NOBODY), HOT_A, MIN_STAKE),
            Error::<Test>::NotEnoughBalanceToStake
        );
    });
}

#[test]
fn staked_funds_cannot_be_transferred() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, INITIAL_BALANCE - ED);
        assert!(Balances::transfer_allow_death(RuntimeOrigin::signed(ALICE), BOB, 1).is_err());
    });
}
