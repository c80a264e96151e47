//! The staking pallet as the runtime configures it: stake is held on the coldkey by the balances
//! pallet, issuance never moves, the staking runtime API reads it back, and bad input fails with
//! the pallet's named errors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use finney_runtime::{
    constants::currency::TAO, AccountId, Balances, Runtime, RuntimeCall, RuntimeHoldReason,
    RuntimeOrigin, Staking, System,
};
use pallet_subtensor_staking::{Error, HoldReason};
use pallet_subtensor_staking_runtime_api::runtime_decl_for_staking_api::StakingApiV1;
use polkadot_sdk::{
    frame_support::{
        assert_noop, assert_ok,
        traits::{fungible::InspectHold, UnfilteredDispatchable},
    },
    sp_keyring::Sr25519Keyring,
};

mod common;

use common::dev_chain;

fn account(key: Sr25519Keyring) -> AccountId {
    key.to_account_id()
}

fn held(who: &AccountId) -> u128 {
    Balances::balance_on_hold(&RuntimeHoldReason::Staking(HoldReason::Staked), who)
}

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
    RuntimeOrigin::signed(account(who))
}

#[test]
fn a_coldkey_stakes_to_its_hotkey_under_a_hold_and_issuance_stays() {
    dev_chain().execute_with(|| {
        let alice = account(Sr25519Keyring::Alice);
        let hotkey = account(Sr25519Keyring::One);
        let issuance = Balances::total_issuance();
        let free = Balances::free_balance(&alice);

        assert_ok!(Staking::add_stake(signed(Sr25519Keyring::Alice), hotkey.clone(), 10 * TAO));
        assert_eq!(held(&alice), 10 * TAO);
        assert_eq!(Balances::free_balance(&alice), free - 10 * TAO);
        assert_eq!(Balances::total_issuance(), issuance);
        assert_eq!(Runtime::stakes_of_coldkey(alice.clone()), vec![(hotkey.clone(), 10 * TAO)]);
        assert_eq!(Runtime::total_hotkey_stake(hotkey.clone()), 10 * TAO);
        assert_eq!(Runtime::hotkey_owner(hotkey.clone()), Some(alice.clone()));

        System::set_block_number(2);
        assert_ok!(Staking::remove_stake(signed(Sr25519Keyring::Alice), hotkey.clone(), 10 * TAO));
        assert_eq!(held(&alice), 0);
        assert_eq!(Balances::free_balance(&alice), free);
        assert_eq!(Balances::total_issuance(), issuance);
        assert!(Runtime::stakes_of_coldkey(alice).is_empty());
    });
}

#[test]
fn a_nominator_stakes_to_a_delegate_and_the_api_lists_it() {
    dev_chain().execute_with(|| {
        let bob_hotkey = account(Sr25519Keyring::Two);
        let charlie = account(Sr25519Keyring::Charlie);

        // Not a delegate yet: only Bob may stake to his hotkey.
        assert_noop!(
            Staking::add_stake(signed(Sr25519Keyring::Charlie), bob_hotkey.clone(), TAO),
            Error::<Runtime>::NonAssociatedColdkey
        );
        assert_ok!(Staking::become_delegate(signed(Sr25519Keyring::Bob), bob_hotkey.clone()));
        assert_ok!(Staking::add_stake(
            signed(Sr25519Keyring::Charlie),
            bob_hotkey.clone(),
            5 * TAO
        ));

        let info = Runtime::delegate_info(bob_hotkey.clone()).expect("Bob's hotkey is a delegate");
        assert_eq!(info.owner, account(Sr25519Keyring::Bob));
        assert_eq!(info.take, 11_796);
        assert_eq!(info.total_stake, 5 * TAO);
        assert_eq!(info.nominators, vec![(charlie.clone(), 5 * TAO)]);
        assert_eq!(Runtime::delegates().len(), 1);
        assert_eq!(held(&charlie), 5 * TAO);
    });
}

#[test]
fn bad_input_fails_with_named_errors_and_changes_nothing() {
    dev_chain().execute_with(|| {
        let hotkey = account(Sr25519Keyring::One);
        let free = Balances::free_balance(account(Sr25519Keyring::Alice));
        assert_noop!(
            Staking::add_stake(signed(Sr25519Keyring::Alice), hotkey.clone(), free + 1),
            Error::<Runtime>::NotEnoughBalanceToStake
        );
        assert_noop!(
            Staking::add_stake(signed(Sr25519Keyring::Alice), hotkey.clone(), 0),
            Error::<Runtime>::StakeAmountZero
        );
        assert_noop!(
            Staking::add_stake(signed(Sr25519Keyring::Alice), account(Sr25519Keyring::Ferdie), TAO),
            Error::<Runtime>::HotkeyNotRegistered
        );
        assert_noop!(
            Staking::remove_stake(signed(Sr25519Keyring::Alice), hotkey, TAO),
            Error::<Runtime>::NotEnoughStakeToWithdraw
        );
    });
}

#[test]
fn staking_parameters_change_only_through_root() {
    dev_chain().execute_with(|| {
        let call = RuntimeCall::Staking(pallet_subtensor_staking::Call::set_staking_parameter {
            parameter: pallet_subtensor_staking::StakingParameter::MinStake(TAO),
        });
        assert!(call.clone().dispatch_bypass_filter(signed(Sr25519Keyring::Alice)).is_err());
        assert_ok!(call.dispatch_bypass_filter(RuntimeOrigin::root()));
        assert_eq!(pallet_subtensor_staking::MinStake::<Runtime>::get(), TAO);
    });
}
