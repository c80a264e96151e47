//! The typed hyperparameter path: who may change what, bounds, events; network parameters.

use super::*;
use crate::{
    Burn, Difficulty, Error, Modality, NetworkParameter, NetworkRateLimit,
    RootRegistrationMinStake, SubnetHyperparameters,
};
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::DispatchError};

fn params() -> crate::SubnetHyperparams {
    SubnetHyperparameters::<Test>::get(NetUid(1)).unwrap()
}

#[test]
fn defaults_are_bittensors() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        let p = params();
        assert_eq!(
            (p.tempo, p.max_allowed_uids, p.max_allowed_validators, p.min_allowed_weights),
            (360, 256, 64, 1)
        );
        assert_eq!(
            (p.max_weights_limit, p.immunity_period, p.activity_cutoff),
            (65535, 5000, 5000)
        );
        assert_eq!(
            (p.weights_rate_limit, p.weights_version_key, p.kappa, p.rho),
            (100, 0, 32767, 10)
        );
        assert_eq!((p.bonds_moving_average, p.adjustment_interval), (900_000, 360));
        assert_eq!((p.target_registrations_per_interval, p.max_registrations_per_block), (1, 1));
        assert_eq!((p.min_burn, p.max_burn), (1, 100_000_000_000));
        assert_eq!((p.min_difficulty, p.max_difficulty), (10_000_000, u64::MAX / 4));
        assert_eq!((p.adjustment_alpha, p.serving_rate_limit), (0, 50));
        assert!(p.network_registration_allowed && !p.pow_registration_allowed);
        assert!(!p.commit_reveal_weights_enabled && !p.yuma3_enabled);
        assert_eq!(p.modality, Modality::Text);
        assert_eq!(Burn::<Test>::get(NetUid(1)), 1_000_000_000);
        assert_eq!(Difficulty::<Test>::get(NetUid(1)), 10_000_000);
    });
}

#[test]
fn the_owner_sets_owner_level_parameters_and_an_event_is_emitted() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        let change = Hyperparameter::Modality(Modality::Audio);
        assert_ok!(SubtensorModule::set_hyperparameter(
            RuntimeOrigin::signed(ALICE),
            NetUid(1),
            change
        ));
        assert_eq!(
            last_subtensor_event(),
            Event::HyperparameterSet { netuid: NetUid(1), parameter: change }
        );
        assert_eq!(params().modality, Modality::Audio);
        assert_ok!(SubtensorModule::set_hyperparameter(
            RuntimeOrigin::signed(ALICE),
            NetUid(1),
            Hyperparameter::PowRegistrationAllowed(true)
        ));
        assert!(params().pow_registration_allowed);
    });
}

#[test]
fn governance_only_parameters_refuse_the_owner() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::signed(ALICE),
                NetUid(1),
                Hyperparameter::Tempo(10)
            ),
            Error::<Test>::HyperparameterNeedsGovernance
        );
        set(1, Hyperparameter::Tempo(10));
        assert_eq!(params().tempo, 10);
    });
}

/// DESIGN 4: the consensus parameters `kappa`, `bonds_moving_average` and `adjustment_alpha`
/// are governance-only, as on Bittensor.
#[test]
fn the_consensus_parameters_need_governance() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        for change in [
            Hyperparameter::Kappa(1),
            Hyperparameter::BondsMovingAverage(1),
            Hyperparameter::AdjustmentAlpha(1),
        ] {
            assert_noop!(
                SubtensorModule::set_hyperparameter(
                    RuntimeOrigin::signed(ALICE),
                    NetUid(1),
                    change
                ),
                Error::<Test>::HyperparameterNeedsGovernance
            );
            set(1, change);
            assert_eq!(
                last_subtensor_event(),
                Event::HyperparameterSet { netuid: NetUid(1), parameter: change }
            );
        }
        let p = params();
        assert_eq!((p.kappa, p.bonds_moving_average, p.adjustment_alpha), (1, 1, 1));
    });
}

#[test]
fn others_may_not_change_anything() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::signed(BOB),
                NetUid(1),
                Hyperparameter::Kappa(1)
            ),
            Error::<Test>::NotSubnetOwner
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::none(),
                NetUid(1),
                Hyperparameter::Kappa(1)
            ),
            DispatchError::BadOrigin
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(5),
                Hyperparameter::Kappa(1)
            ),
            Error::<Test>::SubNetworkDoesNotExist
        );
        assert_noop!(
            SubtensorModule::set_network_parameter(
                RuntimeOrigin::signed(ALICE),
                NetworkParameter::NetworkRateLimit(0)
            ),
            DispatchError::BadOrigin
        );
    });
}

#[test]
fn bounds_are_checked() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, BOB, HOT_C);
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::MaxAllowedUids(1)
            ),
            Error::<Test>::MaxAllowedUidsLessThanCurrentUids
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::MaxAllowedUids(5000)
            ),
            Error::<Test>::MaxAllowedUidsExceedsLimit
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::BondsMovingAverage(1_000_001)
            ),
            Error::<Test>::HyperparameterOutOfBounds
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::signed(ALICE),
                NetUid(1),
                Hyperparameter::MinDifficulty(u64::MAX)
            ),
            Error::<Test>::HyperparameterOutOfBounds
        );
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::Burn(200 * crate::types::TAO)
            ),
            Error::<Test>::HyperparameterOutOfBounds
        );
        // Not below the validator count either: lower it first.
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::MaxAllowedUids(2)
            ),
            Error::<Test>::HyperparameterOutOfBounds
        );
        set(1, Hyperparameter::MaxAllowedValidators(2));
        set(1, Hyperparameter::MaxAllowedUids(2));
        assert_eq!(params().max_allowed_uids, 2);
    });
}

#[test]
fn network_parameters_need_governance() {
    ExtBuilder::default().build_and_execute(|| {
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::NetworkRateLimit(5)
        ));
        assert_eq!(NetworkRateLimit::<Test>::get(), 5);
        assert_eq!(
            last_subtensor_event(),
            Event::NetworkParameterSet { parameter: NetworkParameter::NetworkRateLimit(5) }
        );
        assert_noop!(
            SubtensorModule::set_network_parameter(
                RuntimeOrigin::root(),
                NetworkParameter::SubnetLimit(0)
            ),
            Error::<Test>::NetworkParameterOutOfBounds
        );
        // The root network's minimum stake: 1000 TAO unless governance says otherwise.
        assert_eq!(RootRegistrationMinStake::<Test>::get(), 1_000 * crate::types::TAO);
        assert_noop!(
            SubtensorModule::set_network_parameter(
                RuntimeOrigin::signed(ALICE),
                NetworkParameter::RootRegistrationMinStake(0)
            ),
            DispatchError::BadOrigin
        );
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::RootRegistrationMinStake(5)
        ));
        assert_eq!(RootRegistrationMinStake::<Test>::get(), 5);
    });
}

#[test]
fn an_epoch_must_not_read_more_weights_than_a_block_holds() {
    open_subnet().build_and_execute(|| {
        // 64 validators on 4096 uids is the largest epoch; each way past it is refused.
        set(1, Hyperparameter::MaxAllowedUids(4096));
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::MaxAllowedValidators(65)
            ),
            Error::<Test>::EpochTooLarge
        );
        set(1, Hyperparameter::MaxAllowedUids(2048));
        set(1, Hyperparameter::MaxAllowedValidators(128));
        assert_noop!(
            SubtensorModule::set_hyperparameter(
                RuntimeOrigin::root(),
                NetUid(1),
                Hyperparameter::MaxAllowedUids(2049)
            ),
            Error::<Test>::EpochTooLarge
        );
        let params = crate::SubnetHyperparameters::<Test>::get(NetUid(1)).unwrap();
        assert_eq!((params.max_allowed_validators, params.max_allowed_uids), (128, 2048));
    });
}
