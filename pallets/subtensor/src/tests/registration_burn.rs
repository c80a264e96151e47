//! Burned registration: the burn, the neuron's initial state, and every guard.

use super::*;
use crate::{
    Active, BlockAtRegistration, Burn, BurnRegistrationsThisInterval, Error, LastUpdate,
    RegistrationsThisBlock, RegistrationsThisInterval, SubnetworkN, ValidatorPermit,
};
use polkadot_sdk::frame_support::{assert_noop, traits::fungible::Inspect};

#[test]
fn burned_register_burns_and_appends() {
    open_subnet().build_and_execute(|| {
        run_to_block(5);
        let issuance = Balances::total_issuance();
        let free = Balances::balance(&BOB);
        let uid = register(1, BOB, HOT_B);
        assert_eq!(uid, 0);
        assert!(subtensor_events().contains(&Event::RegistrationBurned {
            netuid: NetUid(1),
            coldkey: BOB,
            amount: 1_000
        }));
        assert_eq!(Balances::balance(&BOB), free - 1_000);
        assert_eq!(Balances::total_issuance(), issuance - 1_000, "the burn leaves issuance");
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), Some(BOB));
        assert_eq!(SubnetworkN::<Test>::get(NetUid(1)), 1);
        assert_eq!(BlockAtRegistration::<Test>::get(NetUid(1))[0], 5);
        assert_eq!(LastUpdate::<Test>::get(NetUid(1)), vec![5]);
        assert_eq!(Active::<Test>::get(NetUid(1)), vec![true]);
        assert_eq!(ValidatorPermit::<Test>::get(NetUid(1)), vec![false]);
        assert_eq!(RegistrationsThisBlock::<Test>::get(NetUid(1)), 1);
        assert_eq!(RegistrationsThisInterval::<Test>::get(NetUid(1)), 1);
        assert_eq!(BurnRegistrationsThisInterval::<Test>::get(NetUid(1)), 1);
        assert_eq!(register(1, CHARLIE, HOT_C), 1);
    });
}

#[test]
fn guards_in_order() {
    ExtBuilder::default().subnet(ALICE).build_and_execute(|| {
        let call = |coldkey, netuid, hotkey| {
            SubtensorModule::burned_register(RuntimeOrigin::signed(coldkey), NetUid(netuid), hotkey)
        };
        assert_noop!(call(BOB, 0, HOT_B), Error::<Test>::RegistrationNotPermittedOnRootSubnet);
        assert_noop!(call(BOB, 7, HOT_B), Error::<Test>::SubNetworkDoesNotExist);
        set(1, Hyperparameter::NetworkRegistrationAllowed(false));
        assert_noop!(call(BOB, 1, HOT_B), Error::<Test>::SubNetRegistrationDisabled);
        set(1, Hyperparameter::NetworkRegistrationAllowed(true));
        // One per block by default.
        assert_ok!(call(BOB, 1, HOT_B));
        assert_noop!(call(CHARLIE, 1, HOT_C), Error::<Test>::TooManyRegistrationsThisBlock);
        advance_blocks(1);
        assert_ok!(call(CHARLIE, 1, HOT_C));
        advance_blocks(1);
        assert_noop!(call(BOB, 1, HOT_B), Error::<Test>::HotKeyAlreadyRegisteredInSubNet);
        assert_ok!(call(DAVE, 1, HOT_D));
        advance_blocks(1);
        // 3 * target (1) per interval.
        assert_noop!(call(DAVE, 1, 105), Error::<Test>::TooManyRegistrationsThisInterval);
    });
}

#[test]
fn the_coldkey_must_own_the_hotkey_and_afford_the_burn() {
    open_subnet().subnet(BOB).build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_noop!(
            SubtensorModule::burned_register(RuntimeOrigin::signed(CHARLIE), NetUid(2), HOT_B),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_noop!(
            SubtensorModule::burned_register(RuntimeOrigin::signed(POOR), NetUid(1), HOT_C),
            Error::<Test>::NotEnoughBalanceToBurn
        );
        // The owner registers the same hotkey on another subnet.
        assert_ok!(SubtensorModule::burned_register(RuntimeOrigin::signed(BOB), NetUid(2), HOT_B));
        assert_eq!(Burn::<Test>::get(NetUid(2)), 1_000_000_000);
    });
}
