//! `remove_stake`: releasing the hold, cleaning up storage, the minimum and every error.

use super::*;
use crate::{Error, Pools};
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::DispatchError};

fn alice_staked_on_own_hotkey() -> ExtBuilder {
    ExtBuilder::default().hotkey(HOT_A, ALICE).stake(ALICE, HOT_A, 1_000)
}

#[test]
fn partial_removal_releases_the_amount() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_remove_stake(ALICE, HOT_A, 400);
        assert_eq!(Staking::stake(&HOT_A, &ALICE), 600);
        assert_eq!(held(ALICE), 600);
    });
}

#[test]
fn full_removal_clears_every_entry() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_remove_stake(ALICE, HOT_A, 1_000);
        assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
        assert!(!has_stake_entry(ALICE, HOT_A));
        assert!(!Pools::<Test>::contains_key(HOT_A), "an empty pool is removed");
        assert!(!TotalColdkeyStake::<Test>::contains_key(ALICE));
        assert_eq!(TotalStake::<Test>::get(), 0);
        assert_eq!(held(ALICE), 0);
    });
}

#[test]
fn a_nominator_removes_its_stake_from_a_delegate() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .build_and_execute(|| {
            assert_remove_stake(BOB, HOT_A, 2_000);
            assert_eq!(Staking::total_hotkey_stake(&HOT_A), 1_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 1_000);
        });
}

#[test]
fn zero_amount_fails() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 0),
            Error::<Test>::StakeAmountZero
        );
    });
}

#[test]
fn unregistered_hotkey_fails() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_UNKNOWN, 10),
            Error::<Test>::HotkeyNotRegistered
        );
    });
}

#[test]
fn unsigned_origin_fails() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::none(), HOT_A, 10),
            DispatchError::BadOrigin
        );
    });
}

#[test]
fn more_than_the_stake_fails() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_001),
            Error::<Test>::NotEnoughStakeToWithdraw
        );
        // BOB has no stake on HOT_A at all.
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(BOB), HOT_A, 1),
            Error::<Test>::NotEnoughStakeToWithdraw
        );
    });
}

#[test]
fn leaving_dust_below_the_minimum_fails() {
    alice_staked_on_own_hotkey().build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_000 - MIN_STAKE + 1),
            Error::<Test>::StakeBelowMinimum
        );
        assert_remove_stake(ALICE, HOT_A, 1_000 - MIN_STAKE);
    });
}

#[test]
fn stake_below_a_raised_minimum_can_still_be_removed_entirely() {
    alice_staked_on_own_hotkey().min_stake(5_000).build_and_execute(|| {
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 500),
            Error::<Test>::StakeBelowMinimum
        );
        assert_remove_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn removing_right_after_adding_is_rate_limited() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_noop!(
            Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_000),
            Error::<Test>::TxRateLimitExceeded
        );
        advance_blocks(TX_RATE_LIMIT);
        assert_remove_stake(ALICE, HOT_A, 1_000);
    });
}

#[test]
fn unstaked_funds_are_transferable_again() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .stake(ALICE, HOT_A, INITIAL_BALANCE - ED)
        .build_and_execute(|| {
            assert_remove_stake(ALICE, HOT_A, INITIAL_BALANCE - ED);
            assert_ok!(Balances::transfer_allow_death(
                RuntimeOrigin::signed(ALICE),
                BOB,
                INITIAL_BALANCE
            ));
        });
}
