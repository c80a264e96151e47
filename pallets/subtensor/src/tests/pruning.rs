//! Replacement in a full subnet: lowest pruning score past immunity, ties to the lowest uid,
//! the lowest of all when everyone is immune; the replaced hotkey's stake.

use super::*;
use crate::{
    Axons, BlockAtRegistration, Error, Keys, LastUpdate, PruningScores, SubnetworkN, Weights,
};
use polkadot_sdk::frame_support::assert_noop;

fn full_subnet() -> ExtBuilder {
    open_subnet()
        .hyperparameter(1, Hyperparameter::MaxAllowedValidators(3))
        .hyperparameter(1, Hyperparameter::MaxAllowedUids(3))
        .hyperparameter(1, Hyperparameter::ImmunityPeriod(100))
}

/// Registers HOT_A..HOT_C (uids 0..2), the first two at block 1 and the third at `third_block`.
fn fill(third_block: u64) {
    register(1, ALICE, HOT_A);
    register(1, BOB, HOT_B);
    run_to_block(third_block);
    register(1, CHARLIE, HOT_C);
}

fn scores(values: [u16; 3]) {
    PruningScores::<Test>::insert(NetUid(1), values.to_vec());
}

#[test]
fn the_lowest_score_past_immunity_is_replaced() {
    full_subnet().build_and_execute(|| {
        fill(150);
        run_to_block(200);
        // uid 2 (registered at 150) is immune until 250 despite its lowest score.
        scores([30, 20, 10]);
        Weights::<Test>::insert(NetUid(1), 1, vec![(0, 1)]);
        let uid = register(1, DAVE, HOT_D);
        assert_eq!(uid, 1);
        assert_eq!(
            last_subtensor_event(),
            Event::NeuronRegistered {
                netuid: NetUid(1),
                uid: 1,
                hotkey: HOT_D,
                replaced: Some(HOT_B)
            }
        );
        assert_eq!(Keys::<Test>::get(NetUid(1), 1), Some(HOT_D));
        assert!(!SubtensorModule::is_registered(NetUid(1), &HOT_B));
        assert_eq!(SubnetworkN::<Test>::get(NetUid(1)), 3);
        // The new neuron starts fresh.
        assert_eq!(BlockAtRegistration::<Test>::get(NetUid(1))[1], 200);
        assert_eq!(LastUpdate::<Test>::get(NetUid(1))[1], 200);
        assert_eq!(PruningScores::<Test>::get(NetUid(1))[1], 0);
        assert!(Weights::<Test>::get(NetUid(1), 1).is_empty());
    });
}

#[test]
fn ties_go_to_the_lowest_uid() {
    full_subnet().build_and_execute(|| {
        fill(1);
        run_to_block(200);
        scores([5, 5, 5]);
        assert_eq!(register(1, DAVE, HOT_D), 0);
    });
}

#[test]
fn when_all_are_immune_the_lowest_of_all_is_replaced() {
    full_subnet().build_and_execute(|| {
        fill(1);
        run_to_block(50);
        scores([30, 40, 10]);
        assert_eq!(register(1, DAVE, HOT_D), 2);
    });
}

#[test]
fn a_replaced_hotkey_keeps_its_stake() {
    full_subnet().subnet(ALICE).build_and_execute(|| {
        fill(1);
        // HOT_A is also on subnet 2; HOT_B only here.
        assert_ok!(SubtensorModule::burned_register(
            RuntimeOrigin::signed(ALICE),
            NetUid(2),
            HOT_A
        ));
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 5_000));
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(BOB), HOT_B, 7_000));
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
        run_to_block(500);
        scores([0, 1, 2]);
        register(1, DAVE, HOT_D);
        assert_eq!(Staking::total_hotkey_stake(&HOT_A), 5_000);
        scores([3, 1, 2]);
        run_to_block(501);
        register(1, DAVE, 105);
        // The replaced hotkey keeps its stake, as on Bittensor: its stakers unstake when they
        // wish, and replacing does no work per staker.
        assert_eq!(Staking::total_hotkey_stake(&HOT_B), 7_000);
        assert_eq!(Staking::stake(&HOT_B, &BOB), 7_000);
        assert_ok!(Staking::remove_stake(RuntimeOrigin::signed(BOB), HOT_B, 7_000));
        assert!(Axons::<Test>::get(NetUid(1), HOT_B).is_none());
    });
}

#[test]
fn a_subnet_without_room_refuses() {
    open_subnet().build_and_execute(|| {
        crate::SubnetHyperparameters::<Test>::mutate(NetUid(1), |p| {
            p.as_mut().unwrap().max_allowed_uids = 0;
            p.as_mut().unwrap().max_allowed_validators = 0;
            p.as_mut().unwrap().min_allowed_weights = 0;
        });
        assert_noop!(
            SubtensorModule::burned_register(RuntimeOrigin::signed(BOB), NetUid(1), HOT_B),
            Error::<Test>::NoNeuronIdAvailable
        );
    });
}
