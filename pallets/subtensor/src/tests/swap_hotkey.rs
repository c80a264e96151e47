//! `swap_hotkey`: registrations, endpoints, commits and stake move to the new hotkey.

use super::*;
use crate::{Axons, Error, IsNetworkMember, Keys};
use polkadot_sdk::frame_support::assert_noop;

#[test]
fn swap_moves_everything() {
    open_subnet().subnet(ALICE).build_and_execute(|| {
        let uid = register(1, BOB, HOT_B);
        assert_ok!(SubtensorModule::burned_register(RuntimeOrigin::signed(BOB), NetUid(2), HOT_B));
        assert_ok!(SubtensorModule::serve_axon(
            RuntimeOrigin::signed(HOT_B),
            NetUid(1),
            1,
            0x0a00_0001,
            80,
            4,
            0,
            0,
            0
        ));
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(BOB), HOT_B, 5_000));
        assert_ok!(SubtensorModule::swap_hotkey(RuntimeOrigin::signed(BOB), HOT_B, HOT_D));
        assert_eq!(
            last_subtensor_event(),
            Event::HotkeySwapped { coldkey: BOB, old_hotkey: HOT_B, new_hotkey: HOT_D }
        );
        assert_eq!(Uids::<Test>::get(NetUid(1), HOT_D), Some(uid));
        assert_eq!(Keys::<Test>::get(NetUid(1), uid), Some(HOT_D));
        assert!(IsNetworkMember::<Test>::contains_key(HOT_D, NetUid(2)));
        assert!(!SubtensorModule::is_registered_anywhere(&HOT_B));
        assert_eq!(Axons::<Test>::get(NetUid(1), HOT_D).unwrap().port, 80);
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_D), Some(BOB));
        assert_eq!(pallet_subtensor_staking::TotalHotkeyStake::<Test>::get(HOT_D), 5_000);
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), None);
    });
}

#[test]
fn swap_guards() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        advance_blocks(1);
        register(1, CHARLIE, HOT_C);
        assert_noop!(
            SubtensorModule::swap_hotkey(RuntimeOrigin::signed(BOB), HOT_B, HOT_B),
            Error::<Test>::NewHotKeyIsSameWithOld
        );
        assert_noop!(
            SubtensorModule::swap_hotkey(RuntimeOrigin::signed(BOB), HOT_A, HOT_D),
            Error::<Test>::HotKeyAccountNotExists
        );
        assert_noop!(
            SubtensorModule::swap_hotkey(RuntimeOrigin::signed(CHARLIE), HOT_B, HOT_D),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_noop!(
            SubtensorModule::swap_hotkey(RuntimeOrigin::signed(BOB), HOT_B, HOT_C),
            Error::<Test>::HotKeyAlreadyExists
        );
    });
}
