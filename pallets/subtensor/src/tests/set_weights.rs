//! `set_weights`: every admission rule of DESIGN 4.1, in order, each failure a named error.
//! Each test makes a call that breaks its rule and every later one, so the error shows the
//! rules are checked in order.

use super::*;
use crate::{neurons::set_at, Error, LastUpdate, ValidatorPermit, Weights};
use polkadot_sdk::frame_support::assert_noop;
use polkadot_sdk::frame_support::dispatch::DispatchResultWithPostInfo;

/// Subnet 1 with HOT_A (uid 0, validator permit), HOT_B (uid 1), HOT_C (uid 2) registered at
/// block 1; now block 101, past the weights rate limit (100).
fn three_neurons() -> ExtBuilder {
    open_subnet()
}

fn setup() {
    register(1, ALICE, HOT_A);
    register(1, BOB, HOT_B);
    register(1, CHARLIE, HOT_C);
    ValidatorPermit::<Test>::mutate(NetUid(1), |v| set_at(v, 0, true));
    run_to_block(101);
}

fn weights(
    hotkey: AccountId,
    netuid: u16,
    dests: Vec<u16>,
    values: Vec<u16>,
    version: u64,
) -> DispatchResultWithPostInfo {
    SubtensorModule::set_weights(
        RuntimeOrigin::signed(hotkey),
        NetUid(netuid),
        dests,
        values,
        version,
    )
}

#[test]
fn valid_weights_are_stored_max_upscaled_with_zeros() {
    three_neurons().build_and_execute(|| {
        setup();
        assert_ok!(weights(HOT_A, 1, vec![1, 2, 0], vec![100, 50, 0], 0));
        assert_eq!(
            last_subtensor_event(),
            Event::WeightsSet { netuid: NetUid(1), uid: 0, count: 3 }
        );
        // 100 -> 65535, 50 -> round(50 * 65535 / 100) = 32768 (32767.5 rounds away from 0).
        assert_eq!(Weights::<Test>::get(NetUid(1), 0), vec![(1, 65535), (2, 32768), (0, 0)]);
        assert_eq!(LastUpdate::<Test>::get(NetUid(1))[0], 101);
    });
}

#[test]
fn rule_1_lengths_subnet_and_size() {
    three_neurons().build_and_execute(|| {
        setup();
        // Unregistered hotkey, bad version key: rule 1 is reported first.
        set(1, Hyperparameter::WeightsVersionKey(5));
        assert_noop!(
            weights(HOT_D, 1, vec![0, 1], vec![1], 0),
            Error::<Test>::WeightVecNotEqualSize
        );
        assert_noop!(weights(HOT_D, 9, vec![0], vec![1], 0), Error::<Test>::SubNetworkDoesNotExist);
        assert_noop!(
            weights(HOT_D, 1, vec![0, 1, 2, 3], vec![1, 1, 1, 1], 0),
            Error::<Test>::UidsLengthExceedUidsInSubNet
        );
    });
}

#[test]
fn rule_2_registered() {
    three_neurons().build_and_execute(|| {
        setup();
        set(1, Hyperparameter::WeightsVersionKey(5));
        assert_noop!(
            weights(HOT_D, 1, vec![0], vec![1], 0),
            Error::<Test>::HotKeyNotRegisteredInSubNet
        );
    });
}

#[test]
fn rule_3_version_key() {
    three_neurons().build_and_execute(|| {
        setup();
        assert_ok!(weights(HOT_A, 1, vec![1], vec![1], 0));
        set(1, Hyperparameter::WeightsVersionKey(5));
        // Also too fast (rule 4): rule 3 first.
        assert_noop!(
            weights(HOT_A, 1, vec![1], vec![1], 4),
            Error::<Test>::IncorrectWeightVersionKey
        );
        run_to_block(201);
        assert_ok!(weights(HOT_A, 1, vec![1], vec![1], 5));
        run_to_block(301);
        assert_ok!(weights(HOT_A, 1, vec![1], vec![1], 6));
    });
}

#[test]
fn rule_4_rate_limit_counts_from_registration() {
    open_subnet().build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        // HOT_B has no permit either (rule 5): rule 4 first.
        run_to_block(100);
        assert_noop!(weights(HOT_B, 1, vec![0], vec![1], 0), Error::<Test>::SettingWeightsTooFast);
        run_to_block(101);
        // A single self-weight needs no permit.
        assert_ok!(weights(HOT_B, 1, vec![1], vec![1], 0));
        run_to_block(150);
        assert_noop!(weights(HOT_B, 1, vec![1], vec![1], 0), Error::<Test>::SettingWeightsTooFast);
    });
}

#[test]
fn rule_5_validator_permit_unless_self_weight() {
    three_neurons().build_and_execute(|| {
        setup();
        // Duplicates too (rule 6): rule 5 first.
        assert_noop!(
            weights(HOT_B, 1, vec![0, 0], vec![1, 1], 0),
            Error::<Test>::NeuronNoValidatorPermit
        );
        assert_ok!(weights(HOT_B, 1, vec![1], vec![7], 0));
        assert_eq!(Weights::<Test>::get(NetUid(1), 1), vec![(1, 65535)]);
    });
}

#[test]
fn rule_6_duplicates_and_unknown_uids() {
    three_neurons().hyperparameter(1, Hyperparameter::MinAllowedWeights(3)).build_and_execute(
        || {
            setup();
            // Too few weights too (rule 7): rule 6 first.
            assert_noop!(
                weights(HOT_A, 1, vec![1, 1], vec![1, 1], 0),
                Error::<Test>::DuplicateUids
            );
            assert_noop!(
                weights(HOT_A, 1, vec![1, 7], vec![1, 1], 0),
                Error::<Test>::UidVecContainInvalidOne
            );
        },
    );
}

#[test]
fn rule_7_enough_weights() {
    three_neurons()
        .hyperparameter(1, Hyperparameter::MinAllowedWeights(3))
        .hyperparameter(1, Hyperparameter::MaxWeightsLimit(30_000))
        .build_and_execute(|| {
            setup();
            // Above the max weight too (rule 8): rule 7 first.
            assert_noop!(
                weights(HOT_A, 1, vec![1, 2], vec![1, 0], 0),
                Error::<Test>::WeightVecLengthIsLow
            );
            // min(min_allowed_weights, n): with 3 neurons, 3 are enough.
            assert_ok!(weights(HOT_A, 1, vec![0, 1, 2], vec![1, 1, 1], 0));
        });
}

#[test]
fn rule_8_max_weight_limit() {
    three_neurons().hyperparameter(1, Hyperparameter::MaxWeightsLimit(30_000)).build_and_execute(
        || {
            setup();
            // Normalised max 1/2 > 30000/65535.
            assert_noop!(
                weights(HOT_A, 1, vec![1, 2], vec![1, 1], 0),
                Error::<Test>::MaxWeightExceeded
            );
            // 1/3 each passes.
            assert_ok!(weights(HOT_A, 1, vec![0, 1, 2], vec![5, 5, 5], 0));
            // A self-weight is exempt.
            run_to_block(201);
            assert_ok!(weights(HOT_A, 1, vec![0], vec![5], 0));
        },
    );
}

#[test]
fn root_weights_point_at_networks() {
    open_subnet()
        .subnet(BOB)
        .hyperparameter(0, Hyperparameter::WeightsRateLimit(0))
        .build_and_execute(|| {
            // Root membership without stake: only the weight rules matter here.
            assert_ok!(SubtensorModule::set_network_parameter(
                RuntimeOrigin::root(),
                crate::NetworkParameter::RootRegistrationMinStake(0)
            ));
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(ALICE), HOT_A));
            assert_noop!(
                weights(HOT_A, 0, vec![1, 5], vec![1, 1], 0),
                Error::<Test>::InvalidRootWeightDestination
            );
            assert_noop!(
                weights(HOT_A, 0, vec![1, 1], vec![1, 1], 0),
                Error::<Test>::DuplicateUids
            );
            // No permit needed on root; more dests than root members is fine.
            assert_ok!(weights(HOT_A, 0, vec![0, 1, 2], vec![0, 10, 30], 0));
            assert_eq!(Weights::<Test>::get(NetUid::ROOT, 0), vec![(0, 0), (1, 21845), (2, 65535)]);
            // Dissolving a subnet drops it from the root weights.
            assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid(2)));
            assert_eq!(Weights::<Test>::get(NetUid::ROOT, 0), vec![(0, 0), (1, 21845)]);
        });
}

#[test]
fn set_weights_is_refused_under_commit_reveal() {
    three_neurons()
        .hyperparameter(1, Hyperparameter::CommitRevealWeightsEnabled(true))
        .build_and_execute(|| {
            setup();
            assert_noop!(
                weights(HOT_A, 1, vec![1], vec![1], 0),
                Error::<Test>::CommitRevealEnabled
            );
        });
}

#[test]
fn the_weight_is_refunded_to_the_subnet_size() {
    three_neurons().build_and_execute(|| {
        setup();
        let info = weights(HOT_A, 1, vec![1], vec![1], 0).unwrap();
        assert_eq!(info.actual_weight, Some(<() as crate::WeightInfo>::set_weights(3)));
    });
}
