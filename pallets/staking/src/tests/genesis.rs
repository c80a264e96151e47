//! The genesis config and the config's integrity test.

use super::*;
use crate::{Delegates, Owner, TxRateLimit};
use polkadot_sdk::{frame_support::traits::Hooks, frame_system::pallet_prelude::BlockNumberFor};

#[test]
fn genesis_registers_delegates_and_stakes() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .tx_rate_limit(0)
        .build_and_execute(|| {
            assert_eq!(Owner::<Test>::get(HOT_A), Some(ALICE));
            assert_eq!(Delegates::<Test>::get(HOT_A), Some(1_000));
            assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000);
            assert_eq!(held(BOB), 2_000);
            assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE - 2_000);
            assert_eq!(TxRateLimit::<Test>::get(), 0);
        });
}

#[test]
#[should_panic(expected = "genesis hotkeys must have one owner each")]
fn genesis_rejects_a_hotkey_with_two_owners() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).hotkey(HOT_A, BOB).build();
}

#[test]
#[should_panic(expected = "genesis delegate must be a hotkey")]
fn genesis_rejects_a_delegate_without_owner() {
    ExtBuilder::default().delegate(HOT_A, 1_000).build();
}

#[test]
#[should_panic(expected = "genesis delegate take must be within the take bounds")]
fn genesis_rejects_a_take_above_the_maximum() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).delegate(HOT_A, MAX_TAKE + 1).build();
}

#[test]
#[should_panic(expected = "genesis stake must be on a hotkey")]
fn genesis_rejects_stake_on_an_unregistered_hotkey() {
    ExtBuilder::default().stake(ALICE, HOT_A, 1_000).build();
}

#[test]
#[should_panic(expected = "genesis staker must have the free balance to stake")]
fn genesis_rejects_stake_without_funds() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).stake(NOBODY, HOT_A, 1_000).build();
}

#[test]
fn the_mock_config_passes_the_integrity_test() {
    ExtBuilder::default().build().execute_with(|| {
        <Staking as Hooks<BlockNumberFor<Test>>>::integrity_test();
    });
}
