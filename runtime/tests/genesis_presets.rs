//! The genesis presets build valid chain state, fund exactly who they say, and the production
//! presets hold no dev key.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use finney_runtime::{
    configs::{collators::CandidacyBond, governance::TriumvirateInstance},
    constants::{
        currency::{EXISTENTIAL_DEPOSIT, TAO},
        time::DAYS,
    },
    genesis_config_presets::{
        get_preset, preset_names, DEVELOPMENT_PRESET, DEV_ENDOWMENT, FINNEY_KUSAMA_PRESET,
        FINNEY_POLKADOT_PRESET, LOCAL_TESTNET_PRESET, PARACHAIN_ID,
    },
    AccountId, Runtime,
};
use polkadot_sdk::{sp_keyring::Sr25519Keyring, staging_parachain_info as parachain_info, *};

mod common;
use common::genesis_of;

fn free_balance(who: &AccountId) -> u128 {
    pallet_balances::Pallet::<Runtime>::free_balance(who)
}

#[test]
fn every_preset_is_listed_and_builds() {
    let names = preset_names();
    for name in
        [DEVELOPMENT_PRESET, LOCAL_TESTNET_PRESET, FINNEY_KUSAMA_PRESET, FINNEY_POLKADOT_PRESET]
    {
        assert!(names.iter().any(|n| n == name), "{name} is not listed");
        genesis_of(name).execute_with(|| {
            assert_eq!(u32::from(parachain_info::Pallet::<Runtime>::parachain_id()), PARACHAIN_ID);
        });
    }
    assert!(get_preset(&"no_such_preset".to_string()).is_none());
}

#[test]
fn development_funds_the_dev_accounts_and_makes_alice_sudo_and_collator() {
    genesis_of(DEVELOPMENT_PRESET).execute_with(|| {
        let alice = Sr25519Keyring::Alice.to_account_id();
        for account in Sr25519Keyring::well_known() {
            assert_eq!(free_balance(&account.to_account_id()), DEV_ENDOWMENT);
        }
        // The dev accounts, and the staking rewards pot's existential deposit.
        assert_eq!(
            pallet_balances::TotalIssuance::<Runtime>::get(),
            12 * DEV_ENDOWMENT + EXISTENTIAL_DEPOSIT
        );
        assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice.clone()));
        assert_eq!(
            pallet_collator_selection::Invulnerables::<Runtime>::get().into_inner(),
            vec![alice]
        );
        assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
        assert_dev_hotkeys();
        // Governance: Alice proposes, motions wait 5 blocks, the senate fills at the first
        // root epoch.
        assert_eq!(
            pallet_membership::Members::<Runtime, TriumvirateInstance>::get().into_inner(),
            vec![Sr25519Keyring::Alice.to_account_id()]
        );
        assert_eq!(pallet_subtensor_governance::MotionDelay::<Runtime>::get(), 5);
        assert!(pallet_subtensor_governance::SenateMembers::<Runtime>::get().is_empty());
    });
}

/// `//One` is Alice's hotkey and `//Two` Bob's, with no stake and no delegate yet.
fn assert_dev_hotkeys() {
    use pallet_subtensor_staking::{Delegates, Owner, TotalStake};
    let owner_of = |hotkey: Sr25519Keyring| Owner::<Runtime>::get(hotkey.to_account_id());
    assert_eq!(owner_of(Sr25519Keyring::One), Some(Sr25519Keyring::Alice.to_account_id()));
    assert_eq!(owner_of(Sr25519Keyring::Two), Some(Sr25519Keyring::Bob.to_account_id()));
    assert_eq!(Owner::<Runtime>::iter().count(), 2);
    assert_eq!(Delegates::<Runtime>::iter().count(), 0);
    assert_eq!(TotalStake::<Runtime>::get(), 0);
}

#[test]
fn local_testnet_has_two_collators() {
    genesis_of(LOCAL_TESTNET_PRESET).execute_with(|| {
        let mut expected =
            vec![Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Bob.to_account_id()];
        expected.sort();
        assert_eq!(
            pallet_collator_selection::Invulnerables::<Runtime>::get().into_inner(),
            expected
        );
        assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 2);
        assert_dev_hotkeys();
    });
}

/// Collator candidates on a production chain lock the bond the runtime intends
/// (`configs::collators::CandidacyBond`, 100 TAO), not a token amount.
#[test]
fn production_presets_use_the_intended_candidacy_bond() {
    for name in [FINNEY_KUSAMA_PRESET, FINNEY_POLKADOT_PRESET] {
        genesis_of(name).execute_with(|| {
            let bond = pallet_collator_selection::CandidacyBond::<Runtime>::get();
            assert_eq!(bond, CandidacyBond::get(), "{name}");
            assert_eq!(bond, 100 * TAO, "{name}");
        });
    }
}

#[test]
fn production_presets_fund_nobody_and_hold_no_dev_key() {
    for name in [FINNEY_KUSAMA_PRESET, FINNEY_POLKADOT_PRESET] {
        genesis_of(name).execute_with(|| {
            // Only the staking rewards pot's existential deposit.
            assert_eq!(
                pallet_balances::TotalIssuance::<Runtime>::get(),
                EXISTENTIAL_DEPOSIT,
                "{name}"
            );
            assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "{name}");
            assert!(pallet_collator_selection::Invulnerables::<Runtime>::get().is_empty());
            assert_eq!(pallet_subtensor_staking::Owner::<Runtime>::iter().count(), 0, "{name}");
            // Governance: no triumvirate yet, motions wait a day, twelve senate seats.
            assert!(pallet_membership::Members::<Runtime, TriumvirateInstance>::get().is_empty());
            assert_eq!(pallet_subtensor_governance::MotionDelay::<Runtime>::get(), DAYS, "{name}");
            assert_eq!(pallet_subtensor_governance::SenateSize::<Runtime>::get(), 12, "{name}");
            for account in Sr25519Keyring::iter() {
                assert_eq!(free_balance(&account.to_account_id()), 0, "{name}: {account:?}");
            }
        });
        let json = String::from_utf8(get_preset(&name.to_string()).unwrap()).unwrap();
        for account in Sr25519Keyring::iter() {
            let ss58 = account.to_account_id().to_string();
            assert!(!json.contains(&ss58), "{name} mentions {account:?}");
        }
    }
}
