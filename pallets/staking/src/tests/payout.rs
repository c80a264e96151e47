//! Paying an epoch's rewards to a hotkey (`EmissionPayout`, DESIGN section 5.3): the split, the
//! rounding, minting and compounding.

use super::*;
use crate::{Error, MaxDelegateTake};
use finney_support::EmissionPayout;
use polkadot_sdk::{
    frame_support::{assert_err, assert_noop},
    sp_runtime::ArithmeticError,
};

fn pay(hotkey: AccountId, server: Balance, validator: Balance) -> Balance {
    Staking::pay_out_emission(&hotkey, server, validator).expect("the hotkey is registered")
}

#[test]
fn a_hotkey_that_is_not_a_delegate_pays_everything_to_its_owner() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).stake(ALICE, HOT_A, 1_000).build_and_execute(|| {
        let issuance = Balances::total_issuance();
        assert_eq!(pay(HOT_A, 300, 700), 1_000);
        assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 2_000);
        assert_eq!(held(ALICE), 2_000);
        assert_eq!(Balances::balance(&ALICE), INITIAL_BALANCE - 1_000);
        assert_eq!(Balances::total_issuance(), issuance + 1_000);
        assert_eq!(
            last_staking_event(),
            Event::EmissionPaid {
                hotkey: HOT_A,
                server_amount: 300,
                validator_amount: 700,
                take: 0,
                minted: 1_000
            }
        );
    });
}

/// A delegate owned by ALICE with the default take and four stakers.
pub(super) fn delegate_with_nominators() -> ExtBuilder {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, DEFAULT_TAKE)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 2_000)
        .stake(CHARLIE, HOT_A, 3_000)
        .stake(DAVE, HOT_A, 1_001)
}

#[test]
fn a_delegate_splits_with_its_nominators_and_keeps_the_rounding() {
    delegate_with_nominators().build_and_execute(|| {
        let issuance = Balances::total_issuance();
        // server 500, validator 1_000_003, take 11796 / 65535, total stake 7_001.
        // take      = floor(1_000_003 * 11_796 / 65_535) = floor(179_995.96) = 179_995
        // to share  = 1_000_003 - 179_995 = 820_008
        // ALICE     = floor(820_008 * 1_000 / 7_001) = floor(117_127.27) = 117_127
        // BOB       = floor(820_008 * 2_000 / 7_001) = floor(234_254.54) = 234_254
        // CHARLIE   = floor(820_008 * 3_000 / 7_001) = floor(351_381.80) = 351_381
        // DAVE      = floor(820_008 * 1_001 / 7_001) = floor(117_244.39) = 117_244
        // remainder = 820_008 - 820_006 = 2
        // ALICE, the owner, also gets take + remainder + server:
        //             117_127 + 179_995 + 2 + 500 = 297_624
        // minted    = 500 + 1_000_003 = 1_000_503
        assert_eq!(pay(HOT_A, 500, 1_000_003), 1_000_503);
        assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 1_000 + 297_624);
        assert_eq!(Stake::<Test>::get(HOT_A, BOB), 2_000 + 234_254);
        assert_eq!(Stake::<Test>::get(HOT_A, CHARLIE), 3_000 + 351_381);
        assert_eq!(Stake::<Test>::get(HOT_A, DAVE), 1_001 + 117_244);
        assert_eq!(TotalHotkeyStake::<Test>::get(HOT_A), 7_001 + 1_000_503);
        assert_eq!(held(CHARLIE), 3_000 + 351_381);
        assert_eq!(Balances::total_issuance(), issuance + 1_000_503);
        assert_eq!(
            last_staking_event(),
            Event::EmissionPaid {
                hotkey: HOT_A,
                server_amount: 500,
                validator_amount: 1_000_003,
                take: 179_995,
                minted: 1_000_503
            }
        );
    });
}

#[test]
fn rewards_compound_as_stake() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 0)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 1_000)
        .build_and_execute(|| {
            // No take, equal stakes: 1_000 each.
            pay(HOT_A, 0, 2_000);
            // BOB now has 2_000 of 4_000: half of the next payout.
            assert_eq!(Stake::<Test>::get(HOT_A, BOB), 2_000);
            // Then BOB adds 2_000 more: 4_000 of 6_000, two thirds of 3_000.
            assert_add_stake(BOB, HOT_A, 2_000);
            pay(HOT_A, 0, 3_000);
            assert_eq!(Stake::<Test>::get(HOT_A, BOB), 6_000);
            assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 3_000);
        });
}

#[test]
fn an_owner_without_stake_gets_take_remainder_and_server() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 6_553)
        .stake(BOB, HOT_A, 1)
        .stake(CHARLIE, HOT_A, 2)
        .min_stake(1)
        .build_and_execute(|| {
            // take      = floor(1_000 * 6_553 / 65_535) = floor(99.99) = 99
            // to share  = 901 over stakes 1:2 (total 3)
            // BOB       = floor(901 / 3) = 300, CHARLIE = floor(1_802 / 3) = 600
            // remainder = 1, ALICE = 99 + 1 + 10 (server) = 110
            assert_eq!(pay(HOT_A, 10, 1_000), 1_010);
            assert_eq!(Stake::<Test>::get(HOT_A, BOB), 301);
            assert_eq!(Stake::<Test>::get(HOT_A, CHARLIE), 602);
            assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 110);
        });
}

#[test]
fn a_delegate_without_stake_pays_its_owner() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).delegate(HOT_A, DEFAULT_TAKE).build_and_execute(
        || {
            assert_eq!(pay(HOT_A, 100, 900), 1_000);
            assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 1_000);
            assert_eq!(
                last_staking_event(),
                Event::EmissionPaid {
                    hotkey: HOT_A,
                    server_amount: 100,
                    validator_amount: 900,
                    // floor(900 * 11_796 / 65_535) = floor(161.99) = 161
                    take: 161,
                    minted: 1_000
                }
            );
        },
    );
}

#[test]
fn the_take_is_capped_at_the_current_maximum() {
    delegate_with_nominators().build_and_execute(|| {
        MaxDelegateTake::<Test>::put(5_000);
        // take      = floor(1_000_003 * 5_000 / 65_535) = floor(76_295.34) = 76_295
        // to share  = 923_708 over 7_001
        // BOB       = floor(923_708 * 2_000 / 7_001) = floor(263_878.87) = 263_878
        pay(HOT_A, 0, 1_000_003);
        assert_eq!(Stake::<Test>::get(HOT_A, BOB), 2_000 + 263_878);
        match last_staking_event() {
            Event::EmissionPaid { take, .. } => assert_eq!(take, 76_295),
            other => panic!("unexpected event {other:?}"),
        }
    });
}

#[test]
fn an_owner_without_an_account_keeps_the_existential_deposit_free() {
    ExtBuilder::default().hotkey(HOT_A, NOBODY).build_and_execute(|| {
        // A new account must keep ED free: 1_000 minted, 990 staked.
        assert_eq!(pay(HOT_A, 0, 1_000), 1_000);
        assert_eq!(Balances::balance(&NOBODY), ED);
        assert_eq!(Stake::<Test>::get(HOT_A, NOBODY), 1_000 - ED);
        assert_eq!(held(NOBODY), 1_000 - ED);
    });
}

#[test]
fn dust_to_an_owner_without_an_account_is_not_minted() {
    ExtBuilder::default().hotkey(HOT_A, NOBODY).build_and_execute(|| {
        let issuance = Balances::total_issuance();
        assert_eq!(pay(HOT_A, 0, ED - 1), 0);
        assert_eq!(Balances::total_issuance(), issuance);
        assert_eq!(Stake::<Test>::get(HOT_A, NOBODY), 0);
    });
}

#[test]
fn nothing_to_pay_mints_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_eq!(pay(HOT_A, 0, 0), 0);
        assert_eq!(Stake::<Test>::get(HOT_A, ALICE), 0);
    });
}

#[test]
fn an_unregistered_hotkey_fails_and_mints_nothing() {
    ExtBuilder::default().build_and_execute(|| {
        assert_noop!(
            Staking::pay_out_emission(&HOT_UNKNOWN, 1, 1),
            Error::<Test>::HotkeyNotRegistered
        );
    });
}

#[test]
fn amounts_that_overflow_fail_and_mint_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        let issuance = Balances::total_issuance();
        assert_err!(Staking::pay_out_emission(&HOT_A, Balance::MAX, 1), ArithmeticError::Overflow);
        assert_eq!(Balances::total_issuance(), issuance);
    });
}

#[test]
fn a_delegate_payout_weighs_more_with_more_nominators() {
    delegate_with_nominators().hotkey(HOT_B, BOB).build_and_execute(|| {
        let owner_only = <Staking as EmissionPayout<AccountId, Balance>>::owner_payout_weight();
        // Not a delegate: the owner gets everything, whatever the stakers.
        assert_eq!(
            <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_B),
            owner_only
        );
        let four = <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_A);
        assert!(four.all_gt(owner_only));
        System::set_block_number(System::block_number() + TX_RATE_LIMIT);
        assert_add_stake(EVE, HOT_A, 1_000);
        let five = <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_A);
        assert!(five.all_gt(four));
    });
}
