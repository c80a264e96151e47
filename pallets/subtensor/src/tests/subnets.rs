//! Registering and dissolving subnets, the lock cost and the subnet limit.

use super::*;
use crate::{
    types::TAO, EmissionValues, Error, HoldReason, NetworkLastLockCost, NetworkParameter,
    SubnetHyperparameters, SubnetLimit, SubnetLocked, SubnetOwner, TotalNetworks,
};
use polkadot_sdk::frame_support::{
    assert_noop,
    traits::fungible::{Inspect, InspectHold},
};

const MIN_LOCK: u64 = 1_000 * TAO;

fn held(who: AccountId) -> Balance {
    Balances::balance_on_hold(&HoldReason::SubnetLock.into(), &who)
}

#[test]
fn genesis_has_the_root_network() {
    ExtBuilder::default().build_and_execute(|| {
        let root = SubnetHyperparameters::<Test>::get(NetUid::ROOT).unwrap();
        assert_eq!((root.max_allowed_uids, root.tempo), (64, 100));
        assert_eq!(TotalNetworks::<Test>::get(), 1);
        assert_eq!(SubnetLimit::<Test>::get(), 12);
    });
}

#[test]
fn register_network_locks_the_cost_and_makes_the_caller_owner() {
    ExtBuilder::default().build_and_execute(|| {
        let issuance = Balances::total_issuance();
        assert_eq!(SubtensorModule::network_lock_cost(), MIN_LOCK);
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        assert_eq!(
            last_subtensor_event(),
            Event::NetworkAdded { netuid: NetUid(1), owner: BOB, lock: MIN_LOCK }
        );
        assert_eq!(SubnetOwner::<Test>::get(NetUid(1)), Some(BOB));
        assert_eq!(SubnetLocked::<Test>::get(NetUid(1)), MIN_LOCK);
        assert_eq!(held(BOB), Balance::from(MIN_LOCK));
        assert_eq!(Balances::total_issuance(), issuance, "a lock is held, not burned");
        let params = SubnetHyperparameters::<Test>::get(NetUid(1)).unwrap();
        assert_eq!(params, crate::SubnetHyperparams::default());
    });
}

#[test]
fn lock_cost_doubles_then_decays() {
    ExtBuilder::default().network_rate_limit(0).build_and_execute(|| {
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        // Right after: doubled.
        assert_eq!(SubtensorModule::network_lock_cost(), 2 * MIN_LOCK);
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(CHARLIE)));
        assert_eq!(SubnetLocked::<Test>::get(NetUid(2)), 2 * MIN_LOCK);
        assert_eq!(NetworkLastLockCost::<Test>::get(), 2 * MIN_LOCK);
        // Half the reduction interval later: 4000 - (2000 / 100800) * 50400 TAO.
        System::set_block_number(1 + 50_400);
        let decay = (2 * MIN_LOCK / 100_800) * 50_400;
        assert_eq!(SubtensorModule::network_lock_cost(), 4 * MIN_LOCK - decay);
        // Long after: back at the minimum.
        System::set_block_number(1 + 300_000);
        assert_eq!(SubtensorModule::network_lock_cost(), MIN_LOCK);
    });
}

#[test]
fn register_network_is_rate_limited_and_needs_the_balance() {
    ExtBuilder::default().build_and_execute(|| {
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        assert_noop!(
            SubtensorModule::register_network(RuntimeOrigin::signed(CHARLIE)),
            Error::<Test>::NetworkTxRateLimitExceeded
        );
        System::set_block_number(1 + 7_200);
        assert_noop!(
            SubtensorModule::register_network(RuntimeOrigin::signed(POOR)),
            Error::<Test>::NotEnoughBalanceToLockNetwork
        );
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(CHARLIE)));
    });
}

#[test]
fn dissolve_network_returns_the_lock_to_the_owner_only() {
    open_subnet().build_and_execute(|| {
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        register(2, CHARLIE, HOT_C);
        let free = Balances::balance(&BOB);
        assert_noop!(
            SubtensorModule::dissolve_network(RuntimeOrigin::signed(CHARLIE), NetUid(2)),
            Error::<Test>::NotSubnetOwner
        );
        assert_noop!(
            SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid::ROOT),
            Error::<Test>::CannotDissolveRootNetwork
        );
        assert_noop!(
            SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid(7)),
            Error::<Test>::SubNetworkDoesNotExist
        );
        assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid(2)));
        assert_eq!(
            last_subtensor_event(),
            Event::NetworkRemoved { netuid: NetUid(2), owner: Some(BOB), returned: MIN_LOCK }
        );
        assert_eq!(Balances::balance(&BOB), free + Balance::from(MIN_LOCK));
        assert_eq!(held(BOB), 0);
        assert!(!SubtensorModule::subnet_exists(NetUid(2)));
        assert!(!SubtensorModule::is_registered_anywhere(&HOT_C));
        // The hotkey keeps its owner.
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_C), Some(CHARLIE));
    });
}

#[test]
fn the_subnet_limit_prunes_the_lowest_emission_non_immune_subnet() {
    ExtBuilder::default().network_rate_limit(0).build_and_execute(|| {
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::SubnetLimit(3)
        ));
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(CHARLIE)));
        // Both immune: registration fails.
        assert_noop!(
            SubtensorModule::register_network(RuntimeOrigin::signed(DAVE)),
            Error::<Test>::AllNetworksInImmunity
        );
        System::set_block_number(1 + 50_400);
        EmissionValues::<Test>::insert(NetUid(1), 10);
        EmissionValues::<Test>::insert(NetUid(2), 5);
        let charlie_free = Balances::balance(&CHARLIE);
        let charlie_lock = SubnetLocked::<Test>::get(NetUid(2));
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(DAVE)));
        // Subnet 2 (lower emission) was dissolved, its lock returned, its netuid reused.
        assert_eq!(SubnetOwner::<Test>::get(NetUid(2)), Some(DAVE));
        assert_eq!(Balances::balance(&CHARLIE), charlie_free + Balance::from(charlie_lock));
        assert_eq!(TotalNetworks::<Test>::get(), 3);
        // Ties go to the oldest.
        System::set_block_number(1 + 2 * 50_400);
        EmissionValues::<Test>::insert(NetUid(1), 0);
        EmissionValues::<Test>::insert(NetUid(2), 0);
        assert_eq!(SubtensorModule::subnet_to_prune(), Some(NetUid(1)));
    });
}

#[test]
fn a_registration_is_charged_for_pruning_only_at_the_subnet_limit() {
    // Bare counters, not real neurons: `build` rather than `build_and_execute`, whose
    // invariant checks would (rightly) reject them.
    ExtBuilder::default().subnet(BOB).subnet(CHARLIE).build().execute_with(|| {
        crate::SubnetworkN::<Test>::insert(NetUid(1), 4_000);
        crate::SubnetworkN::<Test>::insert(NetUid(2), 7);
        // Three networks (root, 1, 2) below the limit of 12: nothing can be pruned.
        assert_eq!(SubtensorModule::neurons_a_registration_may_prune(), 0);
        // At the limit, while both subnets are immune, nothing can be pruned either.
        SubnetLimit::<Test>::put(TotalNetworks::<Test>::get());
        assert_eq!(SubtensorModule::neurons_a_registration_may_prune(), 0);
        // Past immunity, the registration is charged for the subnet it prunes (the lower
        // emission), not for the largest.
        System::set_block_number(1 + 50_400);
        EmissionValues::<Test>::insert(NetUid(1), 10);
        EmissionValues::<Test>::insert(NetUid(2), 5);
        assert_eq!(SubtensorModule::subnet_to_prune(), Some(NetUid(2)));
        assert_eq!(SubtensorModule::neurons_a_registration_may_prune(), 7);
        EmissionValues::<Test>::insert(NetUid(2), 50);
        assert_eq!(SubtensorModule::neurons_a_registration_may_prune(), 4_000);
    });
}
