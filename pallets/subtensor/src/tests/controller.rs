//! The difficulty and burn controller, every adjustment interval.

use super::*;
use crate::{
    Burn, BurnRegistrationsThisInterval, Difficulty, LastAdjustmentBlock,
    PowRegistrationsThisInterval, RegistrationsThisBlock, RegistrationsThisInterval,
};

const BURN: u64 = 1_000_000;
const DIFFICULTY: u64 = 20_000_000;

fn controlled() -> ExtBuilder {
    ExtBuilder::default()
        .subnet(ALICE)
        .hyperparameter(1, Hyperparameter::AdjustmentInterval(10))
        .hyperparameter(1, Hyperparameter::MaxRegistrationsPerBlock(100))
        .hyperparameter(1, Hyperparameter::Burn(BURN))
        .hyperparameter(1, Hyperparameter::Difficulty(DIFFICULTY))
}

fn counts(total: u16, pow: u16, burn: u16) {
    RegistrationsThisInterval::<Test>::insert(NetUid(1), total);
    PowRegistrationsThisInterval::<Test>::insert(NetUid(1), pow);
    BurnRegistrationsThisInterval::<Test>::insert(NetUid(1), burn);
}

#[test]
fn nothing_changes_before_the_interval_is_over() {
    controlled().build_and_execute(|| {
        register(1, BOB, HOT_B);
        run_to_block(9);
        assert_eq!(
            (Burn::<Test>::get(NetUid(1)), Difficulty::<Test>::get(NetUid(1))),
            (BURN, DIFFICULTY)
        );
        assert_eq!(RegistrationsThisInterval::<Test>::get(NetUid(1)), 1);
        // The per-block counter resets every block.
        assert_eq!(RegistrationsThisBlock::<Test>::get(NetUid(1)), 0);
    });
}

#[test]
fn too_many_burned_registrations_raise_the_burn() {
    controlled().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        register(1, DAVE, HOT_D);
        // r = 3, T = 1, a = 0: burn * (3 + 1) / 2.
        run_to_block(10);
        assert_eq!(Burn::<Test>::get(NetUid(1)), 2 * BURN);
        assert_eq!(Difficulty::<Test>::get(NetUid(1)), DIFFICULTY);
        assert_eq!(
            last_subtensor_event(),
            Event::RegistrationTermsAdjusted {
                netuid: NetUid(1),
                difficulty: DIFFICULTY,
                burn: 2 * BURN,
                registrations: 3
            }
        );
        assert_eq!(RegistrationsThisInterval::<Test>::get(NetUid(1)), 0);
        assert_eq!(BurnRegistrationsThisInterval::<Test>::get(NetUid(1)), 0);
        assert_eq!(LastAdjustmentBlock::<Test>::get(NetUid(1)), 10);
    });
}

#[test]
fn too_many_pow_registrations_raise_the_difficulty() {
    controlled().build_and_execute(|| {
        run_to_block(9);
        counts(3, 2, 1);
        run_to_block(10);
        assert_eq!(
            (Difficulty::<Test>::get(NetUid(1)), Burn::<Test>::get(NetUid(1))),
            (2 * DIFFICULTY, BURN)
        );
    });
}

#[test]
fn no_registrations_lower_both() {
    controlled().build_and_execute(|| {
        run_to_block(10);
        assert_eq!(Burn::<Test>::get(NetUid(1)), BURN / 2);
        // The difficulty halves but not below min_difficulty (10 000 000).
        assert_eq!(Difficulty::<Test>::get(NetUid(1)), 10_000_000);
        run_to_block(20);
        assert_eq!(Burn::<Test>::get(NetUid(1)), BURN / 4);
        assert_eq!(Difficulty::<Test>::get(NetUid(1)), 10_000_000);
    });
}

#[test]
fn few_registrations_lower_the_kind_that_had_fewer() {
    controlled()
        .hyperparameter(1, Hyperparameter::TargetRegistrationsPerInterval(2))
        .build_and_execute(|| {
            run_to_block(9);
            // r = 1 <= T = 2, PoW dominated: the burn is lowered, x (1 + 2) / 4.
            counts(1, 1, 0);
            run_to_block(10);
            assert_eq!(
                (Difficulty::<Test>::get(NetUid(1)), Burn::<Test>::get(NetUid(1))),
                (DIFFICULTY, BURN * 3 / 4)
            );
        });
}

#[test]
fn the_alpha_smooths_and_the_bounds_clamp() {
    controlled()
        .hyperparameter(1, Hyperparameter::AdjustmentAlpha(u64::MAX / 2))
        .hyperparameter(1, Hyperparameter::MaxBurn(1_400_000))
        .build_and_execute(|| {
            run_to_block(9);
            counts(3, 0, 3);
            run_to_block(10);
            // a ~ 0.5: 1.5 x BURN = 1 500 000, clamped to max_burn.
            assert_eq!(Burn::<Test>::get(NetUid(1)), 1_400_000);
        });
}
