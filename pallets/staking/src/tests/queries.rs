//! The read-only queries for wallets and runtime APIs.

use super::*;
use crate::DelegateInfo;

#[test]
fn a_coldkeys_stakes_and_a_delegates_nominators() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .delegate(HOT_A, 5_000)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .stake(BOB, HOT_B, 3_000)
        .build_and_execute(|| {
            let mut stakes = Staking::stakes_of_coldkey(&BOB);
            stakes.sort();
            assert_eq!(stakes, vec![(HOT_A, 2_000), (HOT_B, 3_000)]);
            assert_eq!(Staking::stakes_of_coldkey(&CHARLIE), vec![]);

            let mut info = Staking::delegate_info(&HOT_A).expect("HOT_A is a delegate");
            info.nominators.sort();
            assert_eq!(
                info,
                DelegateInfo {
                    hotkey: HOT_A,
                    owner: ALICE,
                    take: 5_000,
                    total_stake: 3_000,
                    nominators: vec![(ALICE, 1_000), (BOB, 2_000)],
                }
            );
            assert_eq!(Staking::delegate_info(&HOT_B), None);
            assert_eq!(Staking::delegate_info(&HOT_UNKNOWN), None);
        });
}

#[test]
fn every_delegate_its_total_and_owner() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .delegate(HOT_A, 5_000)
        .delegate(HOT_B, 6_000)
        .stake(ALICE, HOT_A, 1_000)
        .stake(CHARLIE, HOT_B, 4_000)
        .build_and_execute(|| {
            let mut delegates: Vec<_> = Staking::delegates()
                .into_iter()
                .map(|d| (d.hotkey, d.take, d.total_stake))
                .collect();
            delegates.sort();
            assert_eq!(delegates, vec![(HOT_A, 5_000, 1_000), (HOT_B, 6_000, 4_000)]);

            assert_eq!(Staking::total_hotkey_stake(&HOT_B), 4_000);
            assert_eq!(Staking::total_hotkey_stake(&HOT_UNKNOWN), 0);
            assert_eq!(Staking::hotkey_owner(&HOT_B), Some(BOB));
            assert_eq!(Staking::hotkey_owner(&HOT_UNKNOWN), None);
        });
}

#[test]
fn no_delegates_without_delegates() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).stake(ALICE, HOT_A, 1_000).build_and_execute(|| {
        assert!(Staking::delegates().is_empty());
        assert_eq!(Staking::total_hotkey_stake(&HOT_A), 1_000);
    });
}
