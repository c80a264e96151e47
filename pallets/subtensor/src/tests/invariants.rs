//! `try_state` notices broken uid maps.

use super::*;
use crate::{Keys, LastUpdate, SubnetworkN};

#[test]
fn try_state_catches_a_gap_in_the_uids() {
    open_subnet().build().execute_with(|| {
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        assert!(SubtensorModule::do_try_state().is_ok());
        Keys::<Test>::remove(NetUid(1), 0);
        assert!(SubtensorModule::check_uids_dense().is_err());
    });
}

#[test]
fn try_state_catches_a_short_vector_and_a_wrong_count() {
    open_subnet().build().execute_with(|| {
        register(1, BOB, HOT_B);
        LastUpdate::<Test>::insert(NetUid(1), Vec::<u64>::new());
        assert!(SubtensorModule::check_vector_lengths().is_err());
    });
    open_subnet().build().execute_with(|| {
        register(1, BOB, HOT_B);
        SubnetworkN::<Test>::insert(NetUid(1), 2);
        assert!(SubtensorModule::check_uids_dense().is_err());
    });
}

#[test]
fn try_state_catches_a_lock_without_a_hold() {
    ExtBuilder::default().build().execute_with(|| {
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        assert!(SubtensorModule::do_try_state().is_ok());
        crate::SubnetLocked::<Test>::insert(NetUid(1), 5);
        assert!(SubtensorModule::check_locks_held().is_err());
    });
}
