//! The root network: registration, its minimum stake and the replacement rule of DESIGN 5.4.

use super::*;
use crate::{
    types::network_defaults::ROOT_REGISTRATION_MIN_STAKE, Error, Keys, NetworkParameter,
    RegistrationsThisInterval, RootRegistrationMinStake, SubnetworkN,
};
use finney_support::StakeInfo;
use polkadot_sdk::frame_support::assert_noop;

/// The least stake a hotkey needs to join the root network, by default.
const MIN: Balance = ROOT_REGISTRATION_MIN_STAKE as Balance;

/// Gives `hotkey` (owned by `coldkey`, registered on subnet 1) `amount` of stake.
fn stake(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    assert_ok!(Staking::add_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
}

fn root_open() -> ExtBuilder {
    open_subnet()
        .hyperparameter(0, Hyperparameter::MaxRegistrationsPerBlock(1_000))
        .hyperparameter(0, Hyperparameter::TargetRegistrationsPerInterval(1_000))
}

#[test]
fn root_register_appends_while_there_is_room() {
    root_open().build_and_execute(|| {
        register(1, BOB, HOT_B);
        stake(BOB, HOT_B, MIN);
        assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B));
        assert_eq!(Uids::<Test>::get(NetUid::ROOT, HOT_B), Some(0));
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), Some(BOB));
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B),
            Error::<Test>::HotKeyAlreadyRegisteredInSubNet
        );
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(CHARLIE), HOT_B),
            Error::<Test>::HotKeyAlreadyRegisteredInSubNet
        );
        assert_noop!(
            SubtensorModule::burned_register(RuntimeOrigin::signed(BOB), NetUid::ROOT, HOT_C),
            Error::<Test>::RegistrationNotPermittedOnRootSubnet
        );
    });
}

#[test]
fn a_full_root_replaces_the_smallest_stake_only_if_strictly_larger() {
    root_open()
        .hyperparameter(0, Hyperparameter::MaxAllowedValidators(2))
        .hyperparameter(0, Hyperparameter::MaxAllowedUids(2))
        .build_and_execute(|| {
            for (coldkey, hotkey, amount) in [
                (BOB, HOT_B, MIN + 5_000),
                (CHARLIE, HOT_C, MIN + 3_000),
                (DAVE, HOT_D, MIN + 3_000),
            ] {
                register(1, coldkey, hotkey);
                stake(coldkey, hotkey, amount);
            }
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B));
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(CHARLIE), HOT_C));
            // Equal stake is not enough.
            assert_noop!(
                SubtensorModule::root_register(RuntimeOrigin::signed(DAVE), HOT_D),
                Error::<Test>::StakeTooLowForRoot
            );
            stake(DAVE, HOT_D, 1_000);
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(DAVE), HOT_D));
            assert_eq!(
                last_subtensor_event(),
                Event::NeuronRegistered {
                    netuid: NetUid::ROOT,
                    uid: 1,
                    hotkey: HOT_D,
                    replaced: Some(HOT_C)
                }
            );
            assert_eq!(Keys::<Test>::get(NetUid::ROOT, 1), Some(HOT_D));
            assert_eq!(SubnetworkN::<Test>::get(NetUid::ROOT), 2);
            // HOT_C is still on subnet 1, so it keeps its stake.
            assert_eq!(Staking::total_stake_of_hotkey(&HOT_C), MIN + 3_000);
        });
}

#[test]
fn ties_in_stake_replace_the_lowest_uid() {
    root_open()
        .hyperparameter(0, Hyperparameter::MaxAllowedValidators(2))
        .hyperparameter(0, Hyperparameter::MaxAllowedUids(2))
        .build_and_execute(|| {
            for (coldkey, hotkey, amount) in [
                (BOB, HOT_B, MIN + 2_000),
                (CHARLIE, HOT_C, MIN + 2_000),
                (DAVE, HOT_D, MIN + 3_000),
            ] {
                register(1, coldkey, hotkey);
                stake(coldkey, hotkey, amount);
            }
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B));
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(CHARLIE), HOT_C));
            assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(DAVE), HOT_D));
            assert_eq!(Keys::<Test>::get(NetUid::ROOT, 0), Some(HOT_D));
        });
}

#[test]
fn root_register_needs_the_hotkey_owner() {
    root_open().build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(CHARLIE), HOT_B),
            Error::<Test>::NonAssociatedColdkey
        );
    });
}

/// A hotkey needs [`RootRegistrationMinStake`] of stake to join the root network, so hotkeys
/// without stake cannot use up its registrations (3 per interval by default) or its free uids.
#[test]
fn root_register_needs_the_minimum_stake() {
    open_subnet().build_and_execute(|| {
        assert_eq!(RootRegistrationMinStake::<Test>::get(), 1_000 * crate::types::TAO);
        // A fresh hotkey (no owner, so no stake) and registered hotkeys without stake, more of
        // them than the interval allows: all refused, and nothing is counted.
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(BOB), 999),
            Error::<Test>::StakeBelowRootMinimum
        );
        for hotkey in [HOT_A, HOT_B, HOT_C, HOT_D] {
            register(1, BOB, hotkey);
            assert_noop!(
                SubtensorModule::root_register(RuntimeOrigin::signed(BOB), hotkey),
                Error::<Test>::StakeBelowRootMinimum
            );
        }
        assert_eq!(RegistrationsThisInterval::<Test>::get(NetUid::ROOT), 0);
        assert_eq!(SubnetworkN::<Test>::get(NetUid::ROOT), 0);
        // Just below the minimum, then exactly the minimum.
        stake(BOB, HOT_B, MIN - 1_000);
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B),
            Error::<Test>::StakeBelowRootMinimum
        );
        stake(BOB, HOT_B, 1_000);
        assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B));
        assert_eq!(Uids::<Test>::get(NetUid::ROOT, HOT_B), Some(0));
        assert_eq!(RegistrationsThisInterval::<Test>::get(NetUid::ROOT), 1);
    });
}

/// Governance sets the minimum through the network parameters; 0 lets any hotkey join.
#[test]
fn governance_sets_the_root_minimum_stake() {
    root_open().build_and_execute(|| {
        register(1, BOB, HOT_B);
        stake(BOB, HOT_B, 5_000);
        assert_noop!(
            SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B),
            Error::<Test>::StakeBelowRootMinimum
        );
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::RootRegistrationMinStake(5_000)
        ));
        assert_eq!(
            last_subtensor_event(),
            Event::NetworkParameterSet {
                parameter: NetworkParameter::RootRegistrationMinStake(5_000)
            }
        );
        assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(BOB), HOT_B));
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::RootRegistrationMinStake(0)
        ));
        // No owner and no stake: joins, and the registration records the owner.
        assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(CHARLIE), HOT_C));
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_C), Some(CHARLIE));
    });
}

#[test]
fn root_validators_lists_the_root_hotkeys_by_uid_and_its_capacity() {
    use finney_support::RootValidators;
    root_open()
        .hyperparameter(0, Hyperparameter::MaxAllowedValidators(7))
        .hyperparameter(0, Hyperparameter::MaxAllowedUids(7))
        .build_and_execute(|| {
            assert_eq!(
                <SubtensorModule as RootValidators<AccountId>>::root_validators(),
                Vec::<AccountId>::new()
            );
            for (coldkey, hotkey) in [(BOB, HOT_B), (CHARLIE, HOT_C)] {
                register(1, coldkey, hotkey);
                stake(coldkey, hotkey, MIN);
                assert_ok!(SubtensorModule::root_register(RuntimeOrigin::signed(coldkey), hotkey));
            }
            assert_eq!(
                <SubtensorModule as RootValidators<AccountId>>::root_validators(),
                vec![HOT_B, HOT_C]
            );
            assert_eq!(<SubtensorModule as RootValidators<AccountId>>::max_root_validators(), 7);
        });
}
