//! The ledger's invariants: `try_state` catches each kind of corruption, and a long random
//! sequence of stake operations keeps total issuance equal to the sum of all balances, changed
//! only by minted rewards, with `try_state` passing after every step.

use super::*;
use crate::{
    ledger, Cohorts, Delegates, MaxDelegateTake, MinDelegateTake, PoolHotkey, PoolShares, Pools,
    StakeDust, StakingPools,
};
use finney_support::{EmissionPayout, HotkeyOwnership, HotkeySwap};
use polkadot_sdk::{
    frame_support::traits::fungible::MutateHold,
    sp_io::storage::root as storage_root,
    sp_runtime::{DispatchResult, StateVersion},
};
use proptest::prelude::*;

#[test]
fn genesis_stakes_satisfy_the_invariants() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .hotkey(HOT_B, BOB)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .stake(BOB, HOT_B, 3_000)
        .build_and_execute(|| {
            assert_eq!(TotalStake::<Test>::get(), 6_000);
            assert_eq!(held(BOB), 5_000);
        });
}

/// Runs `corrupt` on a valid state and expects `try_state` to fail.
fn detects(corrupt: impl FnOnce()) {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .build()
        .execute_with(|| {
            assert_ok!(Staking::do_try_state());
            corrupt();
            assert!(Staking::do_try_state().is_err());
        });
}

#[test]
fn try_state_detects_each_corruption() {
    let pool = || Pools::<Test>::get(HOT_A).unwrap();
    detects(|| TotalStake::<Test>::put(1));
    detects(|| Pools::<Test>::mutate(HOT_A, |p| p.as_mut().unwrap().entering += 1));
    detects(|| Pools::<Test>::mutate(HOT_A, |p| p.as_mut().unwrap().stakers += 1));
    detects(|| Pools::<Test>::mutate(HOT_A, |p| p.as_mut().unwrap().shares += 1));
    detects(|| Pools::<Test>::insert(HOT_B, pool()));
    detects(|| PoolHotkey::<Test>::insert(pool().id, HOT_B));
    detects(|| PoolHotkey::<Test>::insert(pool().id + 7, HOT_B));
    detects(|| TotalColdkeyStake::<Test>::insert(BOB, 1));
    detects(|| PoolShares::<Test>::insert(pool().id, CHARLIE, crate::StakeShares::default()));
    detects(|| StakingPools::<Test>::remove(BOB, pool().id));
    detects(|| StakingPools::<Test>::insert(CHARLIE, pool().id, ()));
    detects(|| Cohorts::<Test>::insert(pool().id, 0, crate::Cohort { amount: 1, shares: 1 }));
    detects(|| StakeDust::<Test>::put(1));
    detects(|| {
        // The pot pays out what it owes to someone else.
        assert_ok!(
            <Balances as polkadot_sdk::frame_support::traits::fungible::Mutate<_>>::transfer(
                &ledger::pot::<Test>(),
                &CHARLIE,
                1,
                polkadot_sdk::frame_support::traits::tokens::Preservation::Expendable,
            )
        );
    });
    detects(|| Delegates::<Test>::insert(HOT_UNKNOWN, 0));
    detects(|| {
        MinDelegateTake::<Test>::put(2);
        MaxDelegateTake::<Test>::put(1);
    });
    detects(|| {
        assert_ok!(Balances::release(
            &ledger::hold_reason::<Test>(),
            &BOB,
            1,
            polkadot_sdk::frame_support::traits::tokens::Precision::Exact
        ));
    });
    detects(|| {
        // Consistent totals, but on a hotkey nobody owns.
        Pools::<Test>::insert(HOT_UNKNOWN, Pools::<Test>::take(HOT_A).unwrap());
        PoolHotkey::<Test>::insert(pool_id_of(HOT_UNKNOWN), HOT_UNKNOWN);
    });
}

/// One step of a random staking history.
#[derive(Clone, Debug)]
enum Op {
    AddStake {
        coldkey: AccountId,
        hotkey: AccountId,
        amount: Balance,
    },
    /// Removes `percent` of the pair's stake (above 100: more than there is).
    RemoveStake {
        coldkey: AccountId,
        hotkey: AccountId,
        percent: Balance,
    },
    RemoveAll {
        coldkey: AccountId,
        hotkey: AccountId,
    },
    BecomeDelegate {
        coldkey: AccountId,
        hotkey: AccountId,
    },
    PayOut {
        hotkey: AccountId,
        server: Balance,
        validator: Balance,
    },
    Register {
        hotkey: AccountId,
        coldkey: AccountId,
    },
    Swap {
        old: AccountId,
        new: AccountId,
    },
    NextBlock,
}

const COLDKEYS: [AccountId; 6] = [ALICE, BOB, CHARLIE, DAVE, EVE, NOBODY];
const HOTKEYS: [AccountId; 6] = [101, 102, 103, 104, 105, 106];

fn op() -> impl Strategy<Value = Op> {
    let coldkey = || proptest::sample::select(COLDKEYS.to_vec());
    let hotkey = || proptest::sample::select(HOTKEYS.to_vec());
    prop_oneof![
        6 => (coldkey(), hotkey(), 0..400_000u128)
            .prop_map(|(coldkey, hotkey, amount)| Op::AddStake { coldkey, hotkey, amount }),
        3 => (coldkey(), hotkey(), 0..=120u128)
            .prop_map(|(coldkey, hotkey, percent)| Op::RemoveStake { coldkey, hotkey, percent }),
        2 => (coldkey(), hotkey()).prop_map(|(coldkey, hotkey)| Op::RemoveAll { coldkey, hotkey }),
        1 => (coldkey(), hotkey())
            .prop_map(|(coldkey, hotkey)| Op::BecomeDelegate { coldkey, hotkey }),
        3 => (hotkey(), 0..50_000u128, 0..1_000_000u128)
            .prop_map(|(hotkey, server, validator)| Op::PayOut { hotkey, server, validator }),
        1 => (hotkey(), coldkey()).prop_map(|(hotkey, coldkey)| Op::Register { hotkey, coldkey }),
        1 => (hotkey(), hotkey()).prop_map(|(old, new)| Op::Swap { old, new }),
        2 => Just(Op::NextBlock),
    ]
}

/// Applies `op`, returning the amount it minted. A failing operation must change nothing.
fn apply(op: &Op) -> Balance {
    let before = storage_root(StateVersion::V1);
    let mut minted = 0;
    let result: DispatchResult = match op.clone() {
        Op::AddStake { coldkey, hotkey, amount } => {
            Staking::add_stake(RuntimeOrigin::signed(coldkey), hotkey, amount)
                .map(|_| ())
                .map_err(|e| e.error)
        }
        Op::RemoveStake { coldkey, hotkey, percent } => {
            let amount = Staking::stake(&hotkey, &coldkey) * percent / 100;
            Staking::remove_stake(RuntimeOrigin::signed(coldkey), hotkey, amount)
                .map(|_| ())
                .map_err(|e| e.error)
        }
        Op::RemoveAll { coldkey, hotkey } => {
            let amount = Staking::stake(&hotkey, &coldkey);
            Staking::remove_stake(RuntimeOrigin::signed(coldkey), hotkey, amount)
                .map(|_| ())
                .map_err(|e| e.error)
        }
        Op::BecomeDelegate { coldkey, hotkey } => {
            Staking::become_delegate(RuntimeOrigin::signed(coldkey), hotkey)
        }
        Op::PayOut { hotkey, server, validator } => {
            Staking::pay_out_emission(&hotkey, server, validator).map(|amount| {
                assert!(amount <= server + validator);
                minted = amount;
            })
        }
        Op::Register { hotkey, coldkey } => Staking::create_hotkey_account(&hotkey, &coldkey),
        Op::Swap { old, new } => Staking::swap_hotkey(&old, &new),
        Op::NextBlock => {
            advance_blocks(1);
            Ok(())
        }
    };
    if result.is_err() {
        assert_eq!(storage_root(StateVersion::V1), before, "{op:?} failed but changed state");
    }
    minted
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn issuance_and_ledger_hold_over_random_histories(
        tx_rate_limit in 0u64..3,
        ops in proptest::collection::vec(op(), 50..250),
    ) {
        ExtBuilder::default()
            .tx_rate_limit(tx_rate_limit)
            .hotkey(101, ALICE)
            .hotkey(102, BOB)
            .hotkey(103, CHARLIE)
            .delegate(102, DEFAULT_TAKE)
            .delegate(103, 0)
            .build_and_execute(|| {
                let mut expected_issuance = Balances::total_issuance();
                for op in &ops {
                    expected_issuance += apply(op);
                    assert_eq!(Balances::total_issuance(), expected_issuance, "after {op:?}");
                    check_all_invariants();
                }
            });
    }
}
