//! The senate sync and its size, on the mock runtime with a real `pallet-collective` senate.

#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::{mock::*, Error, Event, SenateMembers, SenateSize};
use codec::{Decode, Encode};
use polkadot_sdk::{
    frame_support::{assert_noop, assert_ok, traits::Get},
    frame_system, pallet_collective,
    sp_runtime::{traits::Hash, DispatchError},
};

/// The layout of `pallet_collective::Votes`, whose fields are private.
#[derive(Decode)]
struct OpenVotes {
    _index: u32,
    _threshold: u32,
    ayes: Vec<AccountId>,
    _nays: Vec<AccountId>,
    _end: u64,
}

/// The senate's collective members.
fn collective() -> Vec<AccountId> {
    pallet_collective::Members::<Test, pallet_collective::Instance1>::get()
}

fn last_event() -> Event<Test> {
    System::events()
        .into_iter()
        .rev()
        .find_map(|record| match record.event {
            RuntimeEvent::Governance(event) => Some(event),
            _ => None,
        })
        .expect("a governance event")
}

#[test]
fn the_senate_is_the_owners_of_the_largest_root_validators() {
    new_test_ext().execute_with(|| {
        // (hotkey, owner, stake): owner 10 runs two validators and gets one seat, ranked by
        // its largest; owner 50 has no stake behind its validator.
        MockRoot::set(&[
            (1, 10, 100),
            (2, 20, 300),
            (3, 30, 200),
            (4, 10, 400),
            (5, 40, 50),
            (6, 50, 0),
        ]);
        Governance::sync_senate();
        assert_eq!(SenateSize::<Test>::get(), DEFAULT_SENATE);
        assert_eq!(collective(), vec![10, 20, 30]);
        assert_eq!(SenateMembers::<Test>::get().into_inner(), vec![10, 20, 30]);
        assert_eq!(
            last_event(),
            Event::SenateChanged {
                incoming: vec![10, 20, 30],
                outgoing: vec![],
                members: vec![10, 20, 30]
            }
        );
    });
}

#[test]
fn a_sync_without_change_leaves_the_senate_and_emits_nothing() {
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100), (2, 20, 300)]);
        Governance::sync_senate();
        let events = System::events().len();
        Governance::sync_senate();
        assert_eq!(System::events().len(), events);
        assert_eq!(collective(), vec![10, 20]);
    });
}

#[test]
fn only_strictly_more_stake_takes_a_seat_from_a_member() {
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100), (2, 20, 300), (3, 30, 200)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![10, 20, 30]);

        // A newcomer with the weakest member's stake: no change (although its id is smaller).
        MockRoot::set(&[(7, 5, 100), (1, 10, 100), (2, 20, 300), (3, 30, 200)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![10, 20, 30]);

        // One more rao: it replaces the weakest member.
        MockRoot::set_stake(7, 101);
        Governance::sync_senate();
        assert_eq!(collective(), vec![5, 20, 30]);
        assert_eq!(
            last_event(),
            Event::SenateChanged {
                incoming: vec![5],
                outgoing: vec![10],
                members: vec![20, 30, 5]
            }
        );
    });
}

#[test]
fn members_who_leave_lose_their_open_votes() {
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100), (2, 20, 300), (3, 30, 200), (4, 40, 50)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![10, 20, 30]);

        // 20 proposes, 20 and 10 vote aye: two of the three votes needed.
        let call: RuntimeCall = frame_system::Call::remark { remark: b"motion".to_vec() }.into();
        let hash = <Test as frame_system::Config>::Hashing::hash_of(&call);
        assert_ok!(Senate::propose(RuntimeOrigin::signed(20), 3, Box::new(call.clone()), 1_000));
        assert_ok!(Senate::vote(RuntimeOrigin::signed(20), hash, 0, true));
        assert_ok!(Senate::vote(RuntimeOrigin::signed(10), hash, 0, true));
        let ayes = || {
            let votes = pallet_collective::Voting::<Test, pallet_collective::Instance1>::get(hash)
                .expect("the motion is open");
            OpenVotes::decode(&mut &votes.encode()[..]).expect("the layout of Votes").ayes
        };
        assert_eq!(ayes(), vec![20, 10]);

        // 10's validator leaves the root network: 40 takes the seat, 10's vote is gone.
        MockRoot::set(&[(2, 20, 300), (3, 30, 200), (4, 40, 50)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![20, 30, 40]);
        assert_eq!(ayes(), vec![20]);
        assert_noop!(
            Senate::vote(RuntimeOrigin::signed(10), hash, 0, true),
            pallet_collective::Error::<Test, pallet_collective::Instance1>::NotMember
        );
    });
}

#[test]
fn the_senate_size_is_set_by_its_origin_within_bounds_and_applies_at_the_next_sync() {
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100), (2, 20, 300), (3, 30, 200), (4, 40, 50)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![10, 20, 30]);

        assert_noop!(
            Governance::set_senate_size(RuntimeOrigin::signed(20), 2),
            DispatchError::BadOrigin
        );
        assert_noop!(
            Governance::set_senate_size(RuntimeOrigin::root(), 0),
            Error::<Test>::SenateSizeZero
        );
        let max: u32 = <Test as crate::Config>::MaxSenateSize::get();
        assert_noop!(
            Governance::set_senate_size(RuntimeOrigin::root(), max + 1),
            Error::<Test>::SenateSizeTooLarge
        );

        assert_ok!(Governance::set_senate_size(RuntimeOrigin::root(), 2));
        assert_eq!(last_event(), Event::SenateSizeSet { size: 2 });
        assert_eq!(collective(), vec![10, 20, 30], "applied at the next sync");
        Governance::sync_senate();
        assert_eq!(collective(), vec![20, 30]);

        assert_ok!(Governance::set_senate_size(RuntimeOrigin::root(), max));
        Governance::sync_senate();
        assert_eq!(collective(), vec![10, 20, 30, 40]);
    });
}

#[test]
fn an_empty_root_network_empties_the_senate() {
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100)]);
        Governance::sync_senate();
        assert_eq!(collective(), vec![10]);
        MockRoot::set(&[]);
        Governance::sync_senate();
        assert_eq!(collective(), Vec::<AccountId>::new());
        assert!(SenateMembers::<Test>::get().is_empty());
    });
}

#[test]
fn each_root_epoch_syncs_the_senate() {
    use finney_support::OnRootEpoch;
    new_test_ext().execute_with(|| {
        MockRoot::set(&[(1, 10, 100), (2, 20, 300)]);
        let weight = <Governance as OnRootEpoch>::on_root_epoch();
        assert_eq!(collective(), vec![10, 20]);
        assert_eq!(weight, <() as crate::WeightInfo>::sync_senate(2));
    });
}
