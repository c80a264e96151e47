//! Hotkey accounts and the read interfaces: `create_hotkey_account`, `StakeInfo`, `TopStakers`
//! and `HotkeySwap`.

use super::*;
use crate::{Delegates, Error, LastTxBlockDelegateTake, Owner, Pools};
use finney_support::{HotkeyOwnership, HotkeySwap, StakeInfo, TopStakers};
use polkadot_sdk::frame_support::{assert_noop, assert_storage_noop};

#[test]
fn the_first_registration_sets_the_owner() {
    ExtBuilder::default().build_and_execute(|| {
        assert!(!Staking::hotkey_exists(&HOT_A));
        assert_ok!(<Staking as HotkeyOwnership<_>>::create_hotkey_account(&HOT_A, &ALICE));
        assert_eq!(Staking::owner_of(&HOT_A), Some(ALICE));
        assert!(Staking::hotkey_exists(&HOT_A));
        assert_eq!(
            last_staking_event(),
            Event::HotkeyAccountCreated { hotkey: HOT_A, coldkey: ALICE }
        );
    });
}

#[test]
fn registering_again_with_the_owner_changes_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        let events = staking_events().len();
        assert_storage_noop!(assert_ok!(<Staking as HotkeyOwnership<_>>::create_hotkey_account(
            &HOT_A, &ALICE
        )));
        assert_eq!(staking_events().len(), events);
    });
}

#[test]
fn another_coldkey_cannot_take_a_hotkey() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_noop!(
            <Staking as HotkeyOwnership<_>>::create_hotkey_account(&HOT_A, &BOB),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_eq!(Owner::<Test>::get(HOT_A), Some(ALICE));
    });
}

#[test]
fn stake_info_reads_the_ledger() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .stake(BOB, HOT_B, 3_000)
        .build_and_execute(|| {
            assert_eq!(Staking::total_stake_of_hotkey(&HOT_A), 3_000);
            assert_eq!(Staking::total_stake_of_hotkey(&HOT_B), 3_000);
            assert_eq!(Staking::total_stake_of_hotkey(&HOT_UNKNOWN), 0);
            assert_eq!(Staking::stake_of(&HOT_A, &BOB), 2_000);
            assert_eq!(Staking::stake_of(&HOT_B, &ALICE), 0);
            assert_eq!(Staking::total_stake_of_coldkey(&BOB), 5_000);
            assert_eq!(<Staking as StakeInfo<_, _>>::total_stake(), 6_000);
            assert_eq!(held(BOB), 5_000);
        });
}

#[test]
fn top_stakers_are_ordered_by_stake_then_hotkey() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .hotkey(HOT_C, CHARLIE)
        .hotkey(104, DAVE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_B, 5_000)
        .stake(CHARLIE, HOT_C, 1_000)
        .build_and_execute(|| {
            assert_eq!(
                Staking::top_hotkeys_by_stake(10),
                vec![(HOT_B, 5_000), (HOT_A, 1_000), (HOT_C, 1_000)]
            );
            assert_eq!(Staking::top_hotkeys_by_stake(2), vec![(HOT_B, 5_000), (HOT_A, 1_000)]);
            assert_eq!(Staking::top_hotkeys_by_stake(0), vec![]);
        });
}

#[test]
fn swap_moves_owner_delegation_and_stake() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 5_000)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .build_and_execute(|| {
            let issuance = Balances::total_issuance();
            assert_ok!(Staking::swap_hotkey(&HOT_A, &HOT_B));
            assert_eq!(
                last_staking_event(),
                Event::HotkeySwapped { coldkey: ALICE, old_hotkey: HOT_A, new_hotkey: HOT_B }
            );
            // The old hotkey stays Alice's: no one else can register it.
            assert_eq!(Owner::<Test>::get(HOT_A), Some(ALICE));
            assert_eq!(Owner::<Test>::get(HOT_B), Some(ALICE));
            assert_eq!(Delegates::<Test>::get(HOT_A), None);
            assert_eq!(Delegates::<Test>::get(HOT_B), Some(5_000));
            assert_eq!(LastTxBlockDelegateTake::<Test>::get(HOT_A), None);
            assert_eq!(Staking::stake(&HOT_B, &ALICE), 1_000);
            assert_eq!(Staking::stake(&HOT_B, &BOB), 2_000);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 0);
            assert!(has_stake_entry(BOB, HOT_B));
            assert!(!has_stake_entry(BOB, HOT_A));
            assert_eq!(Staking::total_hotkey_stake(&HOT_B), 3_000);
            assert!(!Pools::<Test>::contains_key(HOT_A));
            // Swapping again from the old hotkey fails: the new one is taken.
            assert_noop!(
                Staking::swap_hotkey(&HOT_A, &HOT_B),
                Error::<Test>::HotkeyAlreadyRegistered
            );
            // The funds stay where they were.
            assert_eq!(TotalColdkeyStake::<Test>::get(BOB), 2_000);
            assert_eq!(held(BOB), 2_000);
            assert_eq!(Balances::total_issuance(), issuance);
        });
}

#[test]
fn swap_errors() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).hotkey(HOT_B, BOB).build_and_execute(|| {
        assert_noop!(
            Staking::swap_hotkey(&HOT_UNKNOWN, &HOT_C),
            Error::<Test>::HotkeyNotRegistered
        );
        assert_noop!(Staking::swap_hotkey(&HOT_A, &HOT_B), Error::<Test>::HotkeyAlreadyRegistered);
        assert_noop!(Staking::swap_hotkey(&HOT_A, &HOT_A), Error::<Test>::HotkeyAlreadyRegistered);
    });
}
