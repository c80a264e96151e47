//! The epoch schedule in the block step and in commit-reveal (DESIGN 4.3, 4.1): epochs run at
//! exactly the blocks [`crate::types::schedule`] names, and tempo 0 runs none while every block
//! counts as an epoch for commit-reveal.

use super::*;
use crate::{
    neurons::set_at, set_weights::commit_hash, types::schedule, types::TAO, EmissionValues,
    EpochQueue, Error, LastEpochBlock, PendingEmission, ValidatorPermit,
};
use polkadot_sdk::frame_support::assert_noop;

/// The blocks up to now at which subnet 1's epoch ran.
fn epoch_blocks() -> Vec<u64> {
    subtensor_events()
        .into_iter()
        .filter_map(|event| match event {
            Event::EpochRun { netuid: NetUid(1), block, .. } => Some(block),
            _ => None,
        })
        .collect()
}

#[test]
fn epochs_run_at_exactly_the_scheduled_blocks() {
    open_subnet().hyperparameter(1, Hyperparameter::Tempo(4)).build_and_execute(|| {
        register(1, BOB, HOT_B);
        run_to_block(40);
        let due: Vec<u64> =
            (2..=40).filter(|block| schedule::epoch_is_due(NetUid(1), 4, *block)).collect();
        // (block + 2) % 5 == 0.
        assert_eq!(due, vec![3, 8, 13, 18, 23, 28, 33, 38]);
        assert_eq!(epoch_blocks(), due);
        assert_eq!(LastEpochBlock::<Test>::get(NetUid(1)), 38);
    });
}

#[test]
fn tempo_zero_runs_no_epoch_and_the_emission_stays_pending() {
    open_subnet().hyperparameter(1, Hyperparameter::Tempo(0)).build_and_execute(|| {
        register(1, BOB, HOT_B);
        EmissionValues::<Test>::insert(NetUid(1), TAO);
        run_to_block(60);
        assert!(epoch_blocks().is_empty());
        assert!(EpochQueue::<Test>::get().is_empty());
        assert_eq!(LastEpochBlock::<Test>::get(NetUid(1)), 0);
        assert!(PendingEmission::<Test>::get(NetUid(1)) > 0);
    });
}

#[test]
fn with_tempo_zero_a_commit_is_revealable_in_one_block() {
    let subnet = open_subnet()
        .hyperparameter(1, Hyperparameter::Tempo(0))
        .hyperparameter(1, Hyperparameter::CommitRevealWeightsEnabled(true))
        .hyperparameter(1, Hyperparameter::CommitRevealPeriod(2));
    subnet.build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        ValidatorPermit::<Test>::mutate(NetUid(1), |v| set_at(v, 0, true));
        run_to_block(101);
        let salt = vec![1u16, 2];
        let hash = commit_hash(&HOT_A, NetUid(1), &[1], &[1], &salt, 0);
        assert_ok!(SubtensorModule::commit_weights(RuntimeOrigin::signed(HOT_A), NetUid(1), hash));
        assert_eq!(
            last_subtensor_event(),
            Event::WeightsCommitted {
                netuid: NetUid(1),
                hotkey: HOT_A,
                hash,
                first_reveal_block: 103,
                last_reveal_block: 103
            }
        );
        let reveal = || {
            SubtensorModule::reveal_weights(
                RuntimeOrigin::signed(HOT_A),
                NetUid(1),
                vec![1],
                vec![1],
                salt.clone(),
                0,
            )
        };
        run_to_block(102);
        assert_noop!(reveal(), Error::<Test>::RevealTooEarly);
        run_to_block(103);
        assert_ok!(reveal());
    });
}

#[test]
fn with_tempo_zero_a_commit_expires_after_its_block() {
    let subnet = open_subnet()
        .hyperparameter(1, Hyperparameter::Tempo(0))
        .hyperparameter(1, Hyperparameter::CommitRevealWeightsEnabled(true));
    subnet.build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        ValidatorPermit::<Test>::mutate(NetUid(1), |v| set_at(v, 0, true));
        run_to_block(101);
        let hash = commit_hash(&HOT_A, NetUid(1), &[1], &[1], &[7], 0);
        assert_ok!(SubtensorModule::commit_weights(RuntimeOrigin::signed(HOT_A), NetUid(1), hash));
        run_to_block(103);
        assert_noop!(
            SubtensorModule::reveal_weights(
                RuntimeOrigin::signed(HOT_A),
                NetUid(1),
                vec![1],
                vec![1],
                vec![7],
                0
            ),
            Error::<Test>::ExpiredWeightCommit
        );
    });
}
