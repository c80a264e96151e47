//! `StakeRemoval::unstake_all`: returning every coldkey's stake on a hotkey.

use super::*;
use crate::{Delegates, Owner, StakingHotkeys};
use finney_support::StakeRemoval;

#[test]
fn every_coldkey_gets_its_stake_back() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .stake(CHARLIE, HOT_A, 3_000)
        .stake(BOB, HOT_B, 500)
        .build_and_execute(|| {
            let issuance = Balances::total_issuance();
            assert_eq!(Staking::unstake_all(&HOT_A), 6_000);
            for (coldkey, amount) in [(ALICE, 1_000), (BOB, 2_000), (CHARLIE, 3_000)] {
                assert!(!Stake::<Test>::contains_key(HOT_A, coldkey));
                assert!(!StakingHotkeys::<Test>::contains_key(coldkey, HOT_A));
                assert!(staking_events().contains(&Event::StakeRemoved {
                    coldkey,
                    hotkey: HOT_A,
                    amount
                }));
            }
            assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE);
            assert_eq!(Balances::balance(&CHARLIE), INITIAL_BALANCE);
            // BOB keeps its stake on the other hotkey.
            assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE - 500);
            assert_eq!(held(BOB), 500);
            assert_eq!(TotalHotkeyStake::<Test>::get(HOT_A), 0);
            assert_eq!(TotalStake::<Test>::get(), 500);
            assert_eq!(Balances::total_issuance(), issuance);
            // The hotkey itself stays registered and a delegate.
            assert_eq!(Owner::<Test>::get(HOT_A), Some(ALICE));
            assert!(Delegates::<Test>::contains_key(HOT_A));
        });
}

#[test]
fn a_hotkey_without_stake_returns_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_eq!(Staking::unstake_all(&HOT_A), 0);
        assert_eq!(Staking::unstake_all(&HOT_UNKNOWN), 0);
    });
}
