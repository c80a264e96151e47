//! The senate sync and its size, on the mock runtime with a real `pallet-collective` senate.

#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::{mock::*, Error, Event, SenateMembers, SenateSize};
use codec::{Decode, Encode};
use polkadot_sdk::{
    frame_support::{assert_noop, assert_ok, traits::Get, weights::Weight},
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

/// A senate of 10, 20 and 30 (root validators 1, 2, 3).
fn seat_three() {
    MockRoot::set(&[(1, 10, 100), (2, 20, 300), (3, 30, 200)]);
    Governance::sync_senate();
    assert_eq!(collective(), vec![10, 20, 30]);
}

/// The motion `schedule_motion { call }` as the collective holds it, and its hash.
fn motion_of(call: RuntimeCall) -> (RuntimeCall, <Test as frame_system::Config>::Hash) {
    let motion: RuntimeCall = crate::Call::<Test>::schedule_motion { call: Box::new(call) }.into();
    let hash = <Test as frame_system::Config>::Hashing::hash_of(&motion);
    (motion, hash)
}

/// The call the motions in these tests make: five senate seats (root only).
fn five_seats() -> RuntimeCall {
    crate::Call::<Test>::set_senate_size { size: 5 }.into()
}

/// Senator 10 closes motion 0 (`motion`, hashed `hash`).
fn close(hash: <Test as frame_system::Config>::Hash, motion: &RuntimeCall) {
    let length = motion.encode().len() as u32;
    let weight = Weight::from_parts(1_000_000_000_000, 1_000_000);
    assert_ok!(Senate::close(RuntimeOrigin::signed(10), hash, 0, weight, length));
}

/// Seats 10, 20 and 30, and `proposer` puts [`five_seats`] before them: motion 0.
fn seat_three_and_propose_five_seats(
    proposer: AccountId,
) -> (RuntimeCall, <Test as frame_system::Config>::Hash) {
    seat_three();
    let (motion, hash) = motion_of(five_seats());
    assert_ok!(Governance::propose(RuntimeOrigin::signed(proposer), Box::new(five_seats()), 1_000));
    (motion, hash)
}

/// Senators 10 and 20 approve motion 0 and 10 closes it.
fn approve(hash: <Test as frame_system::Config>::Hash, motion: &RuntimeCall) {
    assert_ok!(Senate::vote(RuntimeOrigin::signed(10), hash, 0, true));
    assert_ok!(Senate::vote(RuntimeOrigin::signed(20), hash, 0, true));
    close(hash, motion);
}

#[test]
fn a_triumvirate_motion_approved_by_a_senate_majority_runs_as_root_after_the_delay() {
    new_test_ext().execute_with(|| {
        let (motion, hash) = seat_three_and_propose_five_seats(TRIUMVIRATE[0]);
        assert_eq!(
            last_event(),
            Event::MotionProposed {
                proposer: TRIUMVIRATE[0],
                call_hash: <Test as frame_system::Config>::Hashing::hash_of(&five_seats()),
                threshold: 2
            }
        );
        approve(hash, &motion);
        let when = 1 + MOTION_DELAY;
        assert!(matches!(last_event(), Event::MotionScheduled { id: 0, when: w, .. } if w == when));

        // Not before the delay is over.
        run_to_block(when - 1);
        assert_eq!(SenateSize::<Test>::get(), DEFAULT_SENATE);
        run_to_block(when);
        assert_eq!(SenateSize::<Test>::get(), 5);
    });
}

#[test]
fn a_vetoed_motion_does_not_run() {
    new_test_ext().execute_with(|| {
        let (motion, hash) = seat_three_and_propose_five_seats(TRIUMVIRATE[1]);
        approve(hash, &motion);

        assert_noop!(Governance::veto(RuntimeOrigin::signed(10), 0), DispatchError::BadOrigin);
        assert_noop!(Governance::veto(RuntimeOrigin::root(), 1), Error::<Test>::UnknownMotion);
        assert_ok!(Governance::veto(RuntimeOrigin::root(), 0));
        assert_eq!(last_event(), Event::MotionVetoed { id: 0 });
        run_to_block(1 + MOTION_DELAY + 2);
        assert_eq!(SenateSize::<Test>::get(), DEFAULT_SENATE);
        assert_noop!(Governance::veto(RuntimeOrigin::root(), 0), Error::<Test>::UnknownMotion);
    });
}

#[test]
fn only_the_triumvirate_proposes_and_only_to_a_seated_senate() {
    new_test_ext().execute_with(|| {
        assert_noop!(
            Governance::propose(
                RuntimeOrigin::signed(TRIUMVIRATE[0]),
                Box::new(five_seats()),
                1_000
            ),
            Error::<Test>::EmptySenate
        );
        seat_three();
        // A senator is not a proposer.
        assert_noop!(
            Governance::propose(RuntimeOrigin::signed(10), Box::new(five_seats()), 1_000),
            Error::<Test>::NotTriumvirate
        );
        assert_noop!(
            Governance::propose(RuntimeOrigin::none(), Box::new(five_seats()), 1_000),
            DispatchError::BadOrigin
        );
    });
}

#[test]
fn a_minority_of_the_senate_cannot_schedule() {
    new_test_ext().execute_with(|| {
        let (motion, hash) = seat_three_and_propose_five_seats(TRIUMVIRATE[0]);
        // One aye, two nays: the motion is disapproved when closed.
        assert_ok!(Senate::vote(RuntimeOrigin::signed(10), hash, 0, true));
        assert_ok!(Senate::vote(RuntimeOrigin::signed(20), hash, 0, false));
        assert_ok!(Senate::vote(RuntimeOrigin::signed(30), hash, 0, false));
        close(hash, &motion);
        assert!(!System::events()
            .iter()
            .any(|r| matches!(r.event, RuntimeEvent::Governance(Event::MotionScheduled { .. }))));
        // Nor can anyone call schedule_motion directly.
        assert_noop!(
            Governance::schedule_motion(
                RuntimeOrigin::signed(TRIUMVIRATE[0]),
                Box::new(five_seats())
            ),
            DispatchError::BadOrigin
        );
        run_to_block(1 + MOTION_DELAY + 2);
        assert_eq!(SenateSize::<Test>::get(), DEFAULT_SENATE);
    });
}

#[test]
fn motion_task_names_differ_by_id() {
    assert_ne!(crate::motion_task_name(0), crate::motion_task_name(1));
    assert_eq!(&crate::motion_task_name(7)[..16], b"finney/motn/\x07\x00\x00\x00");
}

#[test]
fn the_motion_delay_is_a_parameter_of_at_least_one_block() {
    new_test_ext().execute_with(|| {
        assert_eq!(crate::MotionDelay::<Test>::get(), MOTION_DELAY);
        assert_noop!(
            Governance::set_motion_delay(RuntimeOrigin::signed(10), 9),
            DispatchError::BadOrigin
        );
        assert_noop!(
            Governance::set_motion_delay(RuntimeOrigin::root(), 0),
            Error::<Test>::MotionDelayZero
        );
        assert_ok!(Governance::set_motion_delay(RuntimeOrigin::root(), 9));
        assert_eq!(last_event(), Event::MotionDelaySet { blocks: 9 });
        assert_eq!(crate::MotionDelay::<Test>::get(), 9);
    });
}
