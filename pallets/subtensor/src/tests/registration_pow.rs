//! Proof-of-work registration with the real solver at a low difficulty.

use super::*;
use crate::{
    registration::to_32_bytes, types::MAX_USED_WORKS_PRUNED_PER_REGISTRATION, Difficulty, Error,
    PowRegistrationsThisInterval, UsedWork, UsedWorkQueue, UsedWorkQueueBounds,
};
use polkadot_sdk::frame_support::dispatch::DispatchResultWithPostInfo;
use polkadot_sdk::frame_support::{assert_noop, traits::fungible::Inspect};

const DIFFICULTY: u64 = 1_000;

fn pow_subnet() -> ExtBuilder {
    open_subnet()
        .hyperparameter(1, Hyperparameter::PowRegistrationAllowed(true))
        .hyperparameter(1, Hyperparameter::MinDifficulty(1))
        .hyperparameter(1, Hyperparameter::Difficulty(DIFFICULTY))
}

/// Solves the puzzle of `block` for `hotkey` at the subnet's difficulty.
fn solve(block: u64, hotkey: AccountId, difficulty: u64) -> finney_pow::Solution {
    let hash = System::block_hash(block);
    finney_pow::solve(&to_32_bytes(&hash), &to_32_bytes(&hotkey), difficulty, 0, 10_000_000)
        .expect("a low difficulty is solved quickly")
}

fn register_pow(
    block: u64,
    s: &finney_pow::Solution,
    hotkey: AccountId,
    coldkey: AccountId,
) -> DispatchResultWithPostInfo {
    SubtensorModule::register(
        RuntimeOrigin::signed(hotkey),
        NetUid(1),
        block,
        s.nonce,
        s.work,
        hotkey,
        coldkey,
    )
}

#[test]
fn a_solved_puzzle_registers_without_burning() {
    pow_subnet().build_and_execute(|| {
        run_to_block(10);
        let issuance = Balances::total_issuance();
        let solution = solve(9, HOT_B, DIFFICULTY);
        // The solver's work really meets the difficulty.
        assert!(finney_pow::seal_meets_difficulty(&solution.work, DIFFICULTY));
        assert_ok!(register_pow(9, &solution, HOT_B, BOB));
        assert_eq!(Uids::<Test>::get(NetUid(1), HOT_B), Some(0));
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), Some(BOB));
        assert_eq!(Balances::total_issuance(), issuance);
        assert_eq!(PowRegistrationsThisInterval::<Test>::get(NetUid(1)), 1);
        assert_eq!(UsedWork::<Test>::get(solution.work), Some(10));
    });
}

#[test]
fn work_is_never_reusable() {
    pow_subnet()
        .subnet(ALICE)
        .hyperparameter(2, Hyperparameter::PowRegistrationAllowed(true))
        .hyperparameter(2, Hyperparameter::MinDifficulty(1))
        .hyperparameter(2, Hyperparameter::Difficulty(DIFFICULTY))
        .build_and_execute(|| {
            run_to_block(10);
            let s = solve(9, HOT_B, DIFFICULTY);
            assert_ok!(register_pow(9, &s, HOT_B, BOB));
            // The seal does not name the subnet: the same work on subnet 2 is refused.
            assert_noop!(
                SubtensorModule::register(
                    RuntimeOrigin::signed(HOT_B),
                    NetUid(2),
                    9,
                    s.nonce,
                    s.work,
                    HOT_B,
                    BOB
                ),
                Error::<Test>::WorkAlreadyUsed
            );
        });
}

/// DESIGN 4.2: "`block_number` must be one of the last 3 blocks": at block 10, blocks 7, 8, 9.
#[test]
fn the_block_must_be_one_of_the_last_three() {
    pow_subnet().build_and_execute(|| {
        run_to_block(10);
        let old = solve(6, HOT_B, DIFFICULTY);
        assert_noop!(register_pow(6, &old, HOT_B, BOB), Error::<Test>::InvalidWorkBlock);
        let future = solve(11, HOT_B, DIFFICULTY);
        assert_noop!(register_pow(11, &future, HOT_B, BOB), Error::<Test>::InvalidWorkBlock);
        // The block being built has no hash yet: work on it proves nothing.
        let current = solve(10, HOT_B, DIFFICULTY);
        assert_noop!(register_pow(10, &current, HOT_B, BOB), Error::<Test>::InvalidWorkBlock);
        let oldest_allowed = solve(7, HOT_B, DIFFICULTY);
        assert_ok!(register_pow(7, &oldest_allowed, HOT_B, BOB));
        let newest_allowed = solve(9, HOT_C, DIFFICULTY);
        assert_ok!(register_pow(9, &newest_allowed, HOT_C, BOB));
    });
}

/// A used work is kept while it could still be submitted (its block in the window) and pruned
/// by the first proof-of-work registration after that.
#[test]
fn a_used_work_is_pruned_once_it_leaves_the_window() {
    pow_subnet()
        .subnet(ALICE)
        .hyperparameter(2, Hyperparameter::PowRegistrationAllowed(true))
        .hyperparameter(2, Hyperparameter::MinDifficulty(1))
        .hyperparameter(2, Hyperparameter::Difficulty(DIFFICULTY))
        .build_and_execute(|| {
            run_to_block(10);
            let first = solve(9, HOT_B, DIFFICULTY);
            assert_ok!(register_pow(9, &first, HOT_B, BOB));
            assert_eq!(UsedWorkQueue::<Test>::get(0), Some((first.work, 10)));
            assert_eq!(UsedWorkQueueBounds::<Test>::get(), (0, 1));

            // Block 12: block 9 is still in the window, so the work must still be refused on
            // any subnet, and the next registration keeps it.
            run_to_block(12);
            let on_subnet_2 = |block: u64, s: &finney_pow::Solution| {
                SubtensorModule::register(
                    RuntimeOrigin::signed(HOT_B),
                    NetUid(2),
                    block,
                    s.nonce,
                    s.work,
                    HOT_B,
                    BOB,
                )
            };
            assert_noop!(on_subnet_2(9, &first), Error::<Test>::WorkAlreadyUsed);
            let second = solve(11, HOT_C, DIFFICULTY);
            assert_ok!(register_pow(11, &second, HOT_C, BOB));
            assert_eq!(UsedWork::<Test>::get(first.work), Some(10));
            assert_eq!(UsedWorkQueueBounds::<Test>::get(), (0, 2));

            // Block 13: block 9 has left the window for good; the next registration prunes the
            // work, and it stays refused for its block.
            run_to_block(13);
            let third = solve(12, HOT_D, DIFFICULTY);
            assert_ok!(register_pow(12, &third, HOT_D, BOB));
            assert_eq!(UsedWork::<Test>::get(first.work), None);
            assert_eq!(UsedWorkQueue::<Test>::get(0), None);
            assert_eq!(UsedWork::<Test>::get(second.work), Some(12));
            assert_eq!(UsedWorkQueueBounds::<Test>::get(), (1, 3));
            assert_noop!(on_subnet_2(9, &first), Error::<Test>::InvalidWorkBlock);
        });
}

/// Each registration prunes at most [`MAX_USED_WORKS_PRUNED_PER_REGISTRATION`] works, oldest
/// first, and stops at the first work still in the window.
#[test]
fn pruning_is_bounded_per_registration_and_stops_at_live_works() {
    pow_subnet().build_and_execute(|| {
        assert_eq!(MAX_USED_WORKS_PRUNED_PER_REGISTRATION, 2);
        let hotkeys: Vec<AccountId> = (200..210).collect();
        run_to_block(10);
        for hotkey in &hotkeys[..5] {
            let s = solve(9, *hotkey, DIFFICULTY);
            assert_ok!(register_pow(9, &s, *hotkey, BOB));
        }
        assert_eq!(UsedWorkQueueBounds::<Test>::get(), (0, 5));

        run_to_block(20);
        let register_at_19 = |hotkey: AccountId| {
            let s = solve(19, hotkey, DIFFICULTY);
            assert_ok!(register_pow(19, &s, hotkey, BOB));
        };
        // Each adds one work and prunes two of the five expired ones...
        register_at_19(hotkeys[5]);
        assert_eq!(UsedWorkQueueBounds::<Test>::get(), (2, 6));
        register_at_19(hotkeys[6]);
        assert_eq!(UsedWorkQueueBounds::<Test>::get(), (4, 7));
        // ... and the third prunes the last expired one and keeps the works of this block.
        register_at_19(hotkeys[7]);
        assert_eq!(UsedWorkQueueBounds::<Test>::get(), (5, 8));
        assert_eq!(UsedWork::<Test>::iter().count(), 3);
        assert!(UsedWork::<Test>::iter_values().all(|used_at| used_at == 20));
    });
}

#[test]
fn a_wrong_seal_or_too_easy_work_is_refused() {
    pow_subnet().build_and_execute(|| {
        run_to_block(10);
        let solution = solve(9, HOT_B, DIFFICULTY);
        // Work of another hotkey, or of another block, is not this seal.
        let mut wrong = solution;
        wrong.nonce += 1;
        assert_noop!(register_pow(9, &wrong, HOT_B, BOB), Error::<Test>::InvalidSeal);
        assert_noop!(register_pow(8, &solution, HOT_B, BOB), Error::<Test>::InvalidSeal);
        assert_noop!(register_pow(9, &solution, HOT_C, BOB), Error::<Test>::InvalidSeal);
        // A seal that is valid but does not meet a higher difficulty.
        let easy = (0..)
            .map(|nonce| {
                (
                    nonce,
                    finney_pow::seal(
                        &to_32_bytes(&System::block_hash(9)),
                        &to_32_bytes(&HOT_B),
                        nonce,
                    ),
                )
            })
            .find(|(_, seal)| !finney_pow::seal_meets_difficulty(seal, DIFFICULTY))
            .map(|(nonce, work)| finney_pow::Solution { nonce, work })
            .unwrap();
        assert_noop!(register_pow(9, &easy, HOT_B, BOB), Error::<Test>::InvalidDifficulty);
        assert_eq!(Difficulty::<Test>::get(NetUid(1)), DIFFICULTY);
    });
}

#[test]
fn pow_must_be_enabled_and_the_coldkey_must_own_the_hotkey() {
    open_subnet()
        .hyperparameter(1, Hyperparameter::MinDifficulty(1))
        .hyperparameter(1, Hyperparameter::Difficulty(DIFFICULTY))
        .build_and_execute(|| {
            run_to_block(10);
            let solution = solve(9, HOT_B, DIFFICULTY);
            assert_noop!(
                register_pow(9, &solution, HOT_B, BOB),
                Error::<Test>::SubNetRegistrationDisabled
            );
            set(1, Hyperparameter::PowRegistrationAllowed(true));
            register(1, CHARLIE, HOT_C);
            let other = solve(9, HOT_C, DIFFICULTY);
            assert_noop!(
                register_pow(9, &other, HOT_C, BOB),
                Error::<Test>::HotKeyAlreadyRegisteredInSubNet
            );
            assert_ok!(register_pow(9, &solution, HOT_B, BOB));
        });
}

#[test]
fn balances_are_untouched_by_pow() {
    pow_subnet().build_and_execute(|| {
        run_to_block(10);
        let free = Balances::balance(&BOB);
        let solution = solve(9, HOT_B, DIFFICULTY);
        assert_ok!(register_pow(9, &solution, HOT_B, BOB));
        assert_eq!(Balances::balance(&BOB), free);
    });
}

#[test]
fn only_the_hotkey_may_submit_its_work() {
    pow_subnet().build_and_execute(|| {
        run_to_block(10);
        let solution = solve(9, HOT_B, DIFFICULTY);
        // Copied from the pool by someone else, with their own coldkey: refused.
        assert_noop!(
            SubtensorModule::register(
                RuntimeOrigin::signed(CHARLIE),
                NetUid(1),
                9,
                solution.nonce,
                solution.work,
                HOT_B,
                CHARLIE
            ),
            Error::<Test>::PowSignerNotHotkey
        );
        assert_ok!(register_pow(9, &solution, HOT_B, BOB));
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), Some(BOB));
    });
}
