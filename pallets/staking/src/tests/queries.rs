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
