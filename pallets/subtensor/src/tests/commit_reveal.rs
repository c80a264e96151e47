//! Commit-reveal: the hash, the reveal window, the commit limit, wrong reveals.

use super::*;
use crate::{
    neurons::set_at, set_weights::commit_hash, types::MAX_UNREVEALED_COMMITS, CommitHash, Error,
    ValidatorPermit, WeightCommits, Weights,
};
use codec::Encode;
use polkadot_sdk::frame_support::dispatch::DispatchResultWithPostInfo;
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::DispatchResult};

const SALT: [u16; 4] = [9, 8, 7, 6];

/// Subnet 1 with tempo 9 (epochs start at blocks 8, 18, ..., 108, 118) and commit-reveal on;
/// HOT_A (uid 0, permit), HOT_B, HOT_C registered at block 1; now block 101 (epoch 10).
fn commit_reveal_subnet() -> ExtBuilder {
    open_subnet()
        .hyperparameter(1, Hyperparameter::Tempo(9))
        .hyperparameter(1, Hyperparameter::CommitRevealWeightsEnabled(true))
}

fn setup() {
    register(1, ALICE, HOT_A);
    register(1, BOB, HOT_B);
    register(1, CHARLIE, HOT_C);
    ValidatorPermit::<Test>::mutate(NetUid(1), |v| set_at(v, 0, true));
    run_to_block(101);
}

fn hash(uids: &[u16], values: &[u16], salt: &[u16], version: u64) -> CommitHash {
    commit_hash(&HOT_A, NetUid(1), uids, values, salt, version)
}

fn commit(h: CommitHash) -> DispatchResult {
    SubtensorModule::commit_weights(RuntimeOrigin::signed(HOT_A), NetUid(1), h)
}

fn reveal(
    uids: Vec<u16>,
    values: Vec<u16>,
    salt: Vec<u16>,
    version: u64,
) -> DispatchResultWithPostInfo {
    SubtensorModule::reveal_weights(
        RuntimeOrigin::signed(HOT_A),
        NetUid(1),
        uids,
        values,
        salt,
        version,
    )
}

#[test]
fn the_hash_is_blake2_of_the_scale_tuple() {
    let encoded = (HOT_A, 1u16, vec![1u16, 2], vec![3u16, 4], SALT.to_vec(), 7u64).encode();
    let expected = polkadot_sdk::sp_io::hashing::blake2_256(&encoded);
    assert_eq!(hash(&[1, 2], &[3, 4], &SALT, 7).0, expected);
}

#[test]
fn commit_then_reveal_in_the_window() {
    commit_reveal_subnet().build_and_execute(|| {
        setup();
        let h = hash(&[1, 2], &[10, 20], &SALT, 0);
        assert_ok!(commit(h));
        assert_eq!(
            last_subtensor_event(),
            Event::WeightsCommitted {
                netuid: NetUid(1),
                hotkey: HOT_A,
                hash: h,
                first_reveal_block: 108,
                last_reveal_block: 117
            }
        );
        run_to_block(107);
        assert_noop!(
            reveal(vec![1, 2], vec![10, 20], SALT.to_vec(), 0),
            Error::<Test>::RevealTooEarly
        );
        run_to_block(108);
        assert_ok!(reveal(vec![1, 2], vec![10, 20], SALT.to_vec(), 0));
        assert_eq!(
            last_subtensor_event(),
            Event::WeightsRevealed { netuid: NetUid(1), hotkey: HOT_A, hash: h }
        );
        assert_eq!(Weights::<Test>::get(NetUid(1), 0), vec![(1, 32768), (2, 65535)]);
        assert!(!WeightCommits::<Test>::contains_key(NetUid(1), HOT_A));
        // Revealed once: not again.
        assert_noop!(
            reveal(vec![1, 2], vec![10, 20], SALT.to_vec(), 0),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
    });
}

#[test]
fn a_late_reveal_is_expired() {
    commit_reveal_subnet().build_and_execute(|| {
        setup();
        assert_ok!(commit(hash(&[1], &[1], &SALT, 0)));
        run_to_block(118);
        assert_noop!(
            reveal(vec![1], vec![1], SALT.to_vec(), 0),
            Error::<Test>::ExpiredWeightCommit
        );
    });
}

#[test]
fn a_wrong_salt_values_or_version_is_refused() {
    commit_reveal_subnet().build_and_execute(|| {
        setup();
        assert_ok!(commit(hash(&[1], &[1], &SALT, 0)));
        run_to_block(110);
        assert_noop!(
            reveal(vec![1], vec![1], vec![9, 8, 7, 5], 0),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        assert_noop!(
            reveal(vec![1], vec![2], SALT.to_vec(), 0),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        assert_noop!(
            reveal(vec![2], vec![1], SALT.to_vec(), 0),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        assert_noop!(
            reveal(vec![1], vec![1], SALT.to_vec(), 1),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        assert_ok!(reveal(vec![1], vec![1], SALT.to_vec(), 0));
    });
}

#[test]
fn revealed_weights_go_through_the_admission_rules() {
    commit_reveal_subnet().build_and_execute(|| {
        setup();
        assert_ok!(commit(hash(&[1, 1], &[1, 1], &SALT, 0)));
        run_to_block(110);
        assert_noop!(
            reveal(vec![1, 1], vec![1, 1], SALT.to_vec(), 0),
            Error::<Test>::DuplicateUids
        );
    });
}

#[test]
fn at_most_ten_unrevealed_commits() {
    commit_reveal_subnet().build_and_execute(|| {
        setup();
        for i in 0..MAX_UNREVEALED_COMMITS as u16 {
            assert_ok!(commit(hash(&[1], &[1], &[i], 0)));
        }
        assert_noop!(commit(hash(&[1], &[1], &[99], 0)), Error::<Test>::TooManyUnrevealedCommits);
        // Revealing one frees a slot.
        run_to_block(108);
        assert_ok!(reveal(vec![1], vec![1], vec![3], 0));
        assert_ok!(commit(hash(&[1], &[1], &[99], 0)));
        // Once expired, commits are dropped and no longer count.
        run_to_block(118);
        assert_ok!(commit(hash(&[1], &[1], &[100], 0)));
        assert_eq!(WeightCommits::<Test>::get(NetUid(1), HOT_A).len(), 2);
    });
}

#[test]
fn commit_guards() {
    commit_reveal_subnet().subnet(BOB).build_and_execute(|| {
        setup();
        assert_noop!(
            SubtensorModule::commit_weights(
                RuntimeOrigin::signed(HOT_D),
                NetUid(1),
                hash(&[], &[], &[], 0)
            ),
            Error::<Test>::HotKeyNotRegisteredInSubNet
        );
        assert_noop!(
            SubtensorModule::commit_weights(
                RuntimeOrigin::signed(HOT_A),
                NetUid(2),
                hash(&[], &[], &[], 0)
            ),
            Error::<Test>::CommitRevealDisabled
        );
        assert_noop!(
            SubtensorModule::reveal_weights(
                RuntimeOrigin::signed(HOT_A),
                NetUid(2),
                vec![],
                vec![],
                vec![],
                0
            ),
            Error::<Test>::CommitRevealDisabled
        );
    });
}
