//! Paying an epoch's rewards to a hotkey (`EmissionPayout`, DESIGN section 5.3): the split, the
//! rounding, minting and compounding.

use super::*;
use crate::{ledger, Error, MaxDelegateTake};
use codec::Encode;
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
        assert_eq!(Staking::stake(&HOT_A, &ALICE), 2_000);
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
                to_stakers: 0,
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
fn a_delegate_raises_its_pool_and_each_staker_gets_its_exact_share() {
    delegate_with_nominators().build_and_execute(|| {
        let issuance = Balances::total_issuance();
        let pot = Balances::balance(&ledger::pot::<Test>());
        // server 500, validator 1_000_003, take 11796 / 65535, total stake 7_001.
        // take       = floor(1_000_003 * 11_796 / 65_535) = floor(179_995.96) = 179_995
        // to stakers = 1_000_003 - 179_995 = 820_008, minted into the pot
        // each nominator's value grows by floor(820_008 * stake / 7_001):
        // BOB        = floor(234_254.54) = 234_254
        // CHARLIE    = floor(351_381.80) = 351_381
        // DAVE       = floor(117_244.39) = 117_244
        // ALICE, the owner: her part 117_127 plus take and server, 180_495, minted to her
        //              and staked at the price after the reward: 297_622 (rounding keeps 1
        //              rao in the pool).
        assert_eq!(pay(HOT_A, 500, 1_000_003), 1_000_503);
        assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000 + 234_254);
        assert_eq!(Staking::stake(&HOT_A, &CHARLIE), 3_000 + 351_381);
        assert_eq!(Staking::stake(&HOT_A, &DAVE), 1_001 + 117_244);
        assert_eq!(Staking::stake(&HOT_A, &ALICE), 1_000 + 297_622);
        assert_eq!(Staking::total_hotkey_stake(&HOT_A), 7_001 + 1_000_503);
        assert_eq!(Balances::total_issuance(), issuance + 1_000_503);
        assert_eq!(
            last_staking_event(),
            Event::EmissionPaid {
                hotkey: HOT_A,
                server_amount: 500,
                validator_amount: 1_000_003,
                take: 179_995,
                to_stakers: 820_008,
                minted: 1_000_503
            }
        );
        // The owner was paid, so she is settled; the nominators' rewards wait in the pot
        // until each acts.
        assert_eq!(held(ALICE), 1_000 + 297_622);
        assert_eq!(held(CHARLIE), 3_000);
        assert_eq!(TotalColdkeyStake::<Test>::get(CHARLIE), 3_000);
        assert_eq!(
            Balances::balance(&ledger::pot::<Test>()),
            pot + 820_008 - 117_127,
            "the pot holds the stakers' part but the owner's, now settled"
        );
        // CHARLIE withdraws everything, rewards included.
        advance_blocks(TX_RATE_LIMIT);
        assert_remove_stake_settling(CHARLIE, HOT_A, 3_000 + 351_381);
        assert_eq!(held(CHARLIE), 0);
        assert_eq!(Balances::balance(&CHARLIE), INITIAL_BALANCE - 3_000 + 3_000 + 351_381);
        assert_eq!(Balances::total_issuance(), issuance + 1_000_503);
    });
}

/// `remove_stake` of `amount`, which includes rewards not yet settled: the coldkey's free
/// balance grows by `amount`, its hold drops to what stays staked.
fn assert_remove_stake_settling(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    let free = Balances::balance(&coldkey);
    let value = Staking::stake(&hotkey, &coldkey);
    assert_ok!(Staking::remove_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
    assert_eq!(last_staking_event(), Event::StakeRemoved { coldkey, hotkey, amount });
    assert_eq!(Balances::balance(&coldkey), free + amount);
    assert_eq!(Staking::stake(&hotkey, &coldkey), value - amount);
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
            // BOB now has 2_000 of 4_000: half of the next payout, without acting.
            assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000);
            pay(HOT_A, 0, 4_000);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 4_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 4_000);
            assert_eq!(held(BOB), 1_000, "not settled until BOB acts");
        });
}

#[test]
fn stake_added_since_the_last_payout_earns_nothing_of_the_next() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 0)
        .stake(ALICE, HOT_A, 1_000)
        .stake(BOB, HOT_A, 1_000)
        .build_and_execute(|| {
            // A whale stakes 100 times BOB's stake in the epoch block, after the epoch ran...
            let whale = EVE;
            let before = Balances::balance(&whale);
            assert_add_stake(whale, HOT_A, 100_000);
            assert_eq!(Staking::total_hotkey_stake(&HOT_A), 102_000);
            // ... the payout comes the next block: the whale's stake is not in it.
            pay(HOT_A, 0, 2_000);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 2_000);
            // Its stake joined the pool at the price after the reward: rounding in favour of
            // the pool costs it at most a rao.
            let whale_stake = Staking::stake(&HOT_A, &whale);
            assert!((99_999..=100_000).contains(&whale_stake), "whale has {whale_stake}");
            // It leaves with what it put in, and nothing of the reward.
            advance_blocks(TX_RATE_LIMIT);
            assert_remove_stake_settling(whale, HOT_A, whale_stake);
            assert!(Balances::balance(&whale) <= before);
            assert!(before - Balances::balance(&whale) <= 1);
            // From the payout after next on, stake that stays earns like any other.
            advance_blocks(TX_RATE_LIMIT);
            assert_add_stake(whale, HOT_A, 4_000);
            pay(HOT_A, 0, 4_000);
            let bob = Staking::stake(&HOT_A, &BOB);
            assert!((4_000..=4_001).contains(&bob), "BOB has {bob}");
            // ALICE, BOB and the whale now hold a third of the pool each.
            pay(HOT_A, 0, 12_000);
            let whale_stake = Staking::stake(&HOT_A, &whale);
            assert!((7_998..=8_000).contains(&whale_stake), "whale has {whale_stake}");
        });
}

#[test]
fn stake_entering_in_several_steps_joins_at_one_price() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 0)
        .stake(ALICE, HOT_A, 1_000)
        .build_and_execute(|| {
            assert_add_stake(BOB, HOT_A, 300);
            advance_blocks(TX_RATE_LIMIT);
            assert_add_stake(BOB, HOT_A, 700);
            assert_add_stake(CHARLIE, HOT_A, 1_000);
            // Only ALICE's stake earns this one.
            pay(HOT_A, 0, 1_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 2_000);
            // BOB and CHARLIE joined together: they earn alike from now on.
            pay(HOT_A, 0, 4_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 4_000);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000);
            assert_eq!(Staking::stake(&HOT_A, &CHARLIE), 2_000);
        });
}

#[test]
fn an_owner_without_stake_gets_take_and_server() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 6_553)
        .stake(BOB, HOT_A, 1)
        .stake(CHARLIE, HOT_A, 2)
        .min_stake(1)
        .build_and_execute(|| {
            // take       = floor(1_000 * 6_553 / 65_535) = floor(99.99) = 99
            // to stakers = 901 over stakes 1:2 (total 3): BOB 300.33, CHARLIE 600.67
            // ALICE      = 99 + 10 (server) = 109, staked at the new price: worth 108 (1 rao
            //              of rounding stays in the pool)
            assert_eq!(pay(HOT_A, 10, 1_000), 1_010);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 301);
            assert_eq!(Staking::stake(&HOT_A, &CHARLIE), 602);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 108);
        });
}

#[test]
fn a_delegate_without_active_stake_pays_its_owner() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).delegate(HOT_A, DEFAULT_TAKE).build_and_execute(
        || {
            // BOB's stake is entering: it earns nothing of this payout, so ALICE gets all.
            assert_add_stake(BOB, HOT_A, 1_000);
            assert_eq!(pay(HOT_A, 100, 900), 1_000);
            assert_eq!(Staking::stake(&HOT_A, &ALICE), 1_000);
            assert_eq!(Staking::stake(&HOT_A, &BOB), 1_000);
            assert_eq!(
                last_staking_event(),
                Event::EmissionPaid {
                    hotkey: HOT_A,
                    server_amount: 100,
                    validator_amount: 900,
                    // floor(900 * 11_796 / 65_535) = floor(161.99) = 161
                    take: 161,
                    to_stakers: 0,
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
        assert_eq!(Staking::stake(&HOT_A, &BOB), 2_000 + 263_878);
        match last_staking_event() {
            Event::EmissionPaid { take, .. } => assert_eq!(take, 76_295),
            other => panic!("unexpected event {other:?}"),
        }
    });
}

#[test]
fn the_last_staker_out_leaves_an_empty_pool_and_nothing_behind() {
    ExtBuilder::default()
        .hotkey(HOT_A, ALICE)
        .delegate(HOT_A, 0)
        .stake(BOB, HOT_A, 1_000)
        .stake(CHARLIE, HOT_A, 2_000)
        .build_and_execute(|| {
            let pot = Balances::balance(&ledger::pot::<Test>());
            pay(HOT_A, 0, 1_001);
            advance_blocks(TX_RATE_LIMIT);
            for coldkey in [BOB, CHARLIE] {
                let value = Staking::stake(&HOT_A, &coldkey);
                assert_remove_stake_settling(coldkey, HOT_A, value);
            }
            assert!(!crate::Pools::<Test>::contains_key(HOT_A));
            // 1_001 rao over 1:2 leaves rounding in the pool; the last one out takes it.
            assert_eq!(Balances::balance(&BOB), INITIAL_BALANCE + 333);
            assert_eq!(Balances::balance(&CHARLIE), INITIAL_BALANCE + 668);
            assert_eq!(
                Balances::balance(&ledger::pot::<Test>()),
                pot + crate::StakeDust::<Test>::get()
            );
        });
}

#[test]
fn an_owner_without_an_account_keeps_the_existential_deposit_free() {
    ExtBuilder::default().hotkey(HOT_A, NOBODY).build_and_execute(|| {
        // A new account must keep ED free: 1_000 minted, 990 staked.
        assert_eq!(pay(HOT_A, 0, 1_000), 1_000);
        assert_eq!(Balances::balance(&NOBODY), ED);
        assert_eq!(Staking::stake(&HOT_A, &NOBODY), 1_000 - ED);
        assert_eq!(held(NOBODY), 1_000 - ED);
    });
}

#[test]
fn dust_to_an_owner_without_an_account_is_not_minted() {
    ExtBuilder::default().hotkey(HOT_A, NOBODY).build_and_execute(|| {
        let issuance = Balances::total_issuance();
        assert_eq!(pay(HOT_A, 0, ED - 1), 0);
        assert_eq!(Balances::total_issuance(), issuance);
        assert_eq!(Staking::stake(&HOT_A, &NOBODY), 0);
    });
}

#[test]
fn nothing_to_pay_mints_nothing() {
    ExtBuilder::default().hotkey(HOT_A, ALICE).build_and_execute(|| {
        assert_eq!(pay(HOT_A, 0, 0), 0);
        assert_eq!(Staking::stake(&HOT_A, &ALICE), 0);
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
fn a_payout_weighs_the_same_whatever_the_number_of_nominators() {
    // Pricing a payout reads whether the hotkey is a delegate, nothing about its stakers.
    delegate_with_nominators().hotkey(HOT_B, BOB).build_and_execute(|| {
        let delegate = <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_A);
        let owner = <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_B);
        assert!(delegate.all_gte(owner));
        advance_blocks(TX_RATE_LIMIT);
        assert_add_stake(EVE, HOT_A, 1_000);
        assert_eq!(
            <Staking as EmissionPayout<AccountId, Balance>>::payout_weight(&HOT_A),
            delegate
        );
    });
    // And the payout itself reads the same storage with 10 stakers as with 200: its storage
    // proof does not grow with them (the trie gets deeper, a little).
    let proof_size = |nominators: u64| {
        let mut builder = ExtBuilder::default().hotkey(HOT_A, ALICE).delegate(HOT_A, 0);
        for i in 0..nominators {
            builder = builder.balance(1_000 + i, INITIAL_BALANCE).stake(1_000 + i, HOT_A, 500);
        }
        let mut ext = builder.build();
        ext.commit_all().unwrap();
        let (_, proof) = ext.execute_and_prove(|| pay(HOT_A, 0, 1_000_000));
        proof.encoded_size()
    };
    let ten = proof_size(10);
    let two_hundred = proof_size(200);
    assert!(
        two_hundred <= ten + ten / 2,
        "proof {two_hundred} bytes with 200 stakers, {ten} with 10"
    );
}
