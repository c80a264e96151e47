//! `OnStakeChanged`: the pallet tells the runtime once per hotkey whose total stake changed.

use super::*;
use crate::Error;
use finney_support::{EmissionPayout, HotkeySwap};
use polkadot_sdk::frame_support::assert_noop;

#[test]
fn adding_and_removing_stake_tell_about_the_hotkey() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        take_stake_changes();
        assert_add_stake(ALICE, HOT_A, 1_000);
        assert_eq!(take_stake_changes(), vec![HOT_A]);
        System::set_block_number(System::block_number() + TX_RATE_LIMIT);
        assert_ok!(Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 1_000));
        assert_eq!(take_stake_changes(), vec![HOT_A]);
    });
}

#[test]
fn a_refused_call_tells_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        take_stake_changes();
        assert_noop!(
            Staking::add_stake(RuntimeOrigin::signed(BOB), HOT_A, 1_000),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_eq!(take_stake_changes(), Vec::<AccountId>::new());
    });
}

#[test]
fn a_payout_tells_once_for_all_its_stakers() {
    super::payout::delegate_with_nominators().build_and_execute(|| {
        take_stake_changes();
        assert_ok!(Staking::pay_out_emission(&HOT_A, 500, 1_000));
        assert_eq!(take_stake_changes(), vec![HOT_A]);
    });
}

#[test]
fn a_swap_leaves_the_refresh_to_its_caller() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).stake(ALICE, HOT_A, 1_000).build_and_execute(|| {
        take_stake_changes();
        assert_ok!(Staking::swap_hotkey(&HOT_A, &HOT_C));
        assert_eq!(take_stake_changes(), Vec::<AccountId>::new());
    });
}
