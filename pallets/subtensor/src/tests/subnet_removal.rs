//! Removing a subnet: the subnet and its per-subnet state go in the call, each uid's entries
//! are cleared by the following blocks ([`NeuronsToClear`], `MaxNeuronsClearedPerBlock` a
//! block), and the netuid is not given to a new subnet until they are. `try_state` checks the
//! intermediate states too.

use super::*;
use crate::{
    types::{AxonInfo, PrometheusInfo, WeightCommit},
    Axons, Bonds, Error, IsNetworkMember, Keys, NetworkParameter, NeuronStake, NeuronsToClear,
    Prometheus, SubnetworkN, WeightCommits, Weights,
};
use polkadot_sdk::frame_support::assert_noop;

/// The hotkey of the `i`-th neuron [`fill`] registers on `netuid` (CHARLIE's).
fn neuron_hotkey(netuid: u16, i: u16) -> AccountId {
    1_000 + 100 * AccountId::from(netuid) + AccountId::from(i)
}

/// `builder` with one more subnet, `netuid`, owned by BOB and open like subnet 1.
fn with_open_subnet(builder: ExtBuilder, netuid: u16) -> ExtBuilder {
    builder
        .subnet(BOB)
        .hyperparameter(netuid, Hyperparameter::MaxRegistrationsPerBlock(1_000))
        .hyperparameter(netuid, Hyperparameter::TargetRegistrationsPerInterval(1_000))
        .hyperparameter(netuid, Hyperparameter::Burn(1_000))
}

/// Subnet 1 (ALICE) open, subnet 2 (BOB) open with `n` neurons, each with an axon, a
/// prometheus endpoint, a weight commit, a weight row and a bond row.
fn with_subnet_2_of(n: u16, test: impl FnOnce()) {
    with_open_subnet(open_subnet(), 2).network_rate_limit(0).build_and_execute(|| {
        fill(2, n);
        test();
    });
}

/// Registers `n` neurons on `netuid` with every per-uid entry there is.
fn fill(netuid: u16, n: u16) {
    let net = NetUid(netuid);
    for i in 0..n {
        let hot = neuron_hotkey(netuid, i);
        let uid = register(netuid, CHARLIE, hot);
        Axons::<Test>::insert(net, hot, AxonInfo { block: 1, ..Default::default() });
        Prometheus::<Test>::insert(net, hot, PrometheusInfo { block: 1, ..Default::default() });
        WeightCommits::<Test>::insert(
            net,
            hot,
            vec![WeightCommit {
                hash: Default::default(),
                commit_block: 1,
                first_reveal_block: 2,
                last_reveal_block: 3,
            }],
        );
        Weights::<Test>::insert(net, uid, vec![(0u16, u16::MAX)]);
        Bonds::<Test>::insert(net, uid, vec![(0u16, u16::MAX)]);
    }
}

/// The number of entries each per-uid map holds for `netuid`.
fn entries(netuid: u16) -> [usize; 8] {
    let net = NetUid(netuid);
    [
        Keys::<Test>::iter_prefix(net).count(),
        crate::Uids::<Test>::iter_prefix(net).count(),
        IsNetworkMember::<Test>::iter().filter(|(_, n, ())| *n == net).count(),
        Axons::<Test>::iter_prefix(net).count(),
        Prometheus::<Test>::iter_prefix(net).count(),
        WeightCommits::<Test>::iter_prefix(net).count(),
        Weights::<Test>::iter_prefix(net).count(),
        Bonds::<Test>::iter_prefix(net).count(),
    ]
}

fn dissolve(netuid: u16) {
    assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid(netuid)));
}

/// One block, then every invariant.
fn next_block() {
    run_to_block(System::block_number() + 1);
    check_all_invariants();
}

#[test]
fn dissolving_removes_the_subnet_at_once_and_its_uids_over_the_next_blocks() {
    with_subnet_2_of(5, || {
        crate::mock::MaxNeuronsClearedPerBlock::set(&2);
        assert_eq!(entries(2), [5; 8]);
        dissolve(2);

        // Gone for calls and runtime APIs at once.
        assert!(!SubtensorModule::subnet_exists(NetUid(2)));
        assert_eq!(SubnetworkN::<Test>::get(NetUid(2)), 0);
        assert!(SubtensorModule::neurons(NetUid(2)).is_empty());
        assert_eq!(SubtensorModule::neuron(NetUid(2), 0), None);
        assert_eq!(NeuronStake::<Test>::iter_prefix(NetUid(2)).count(), 0);
        assert!(!SubtensorModule::is_registered_anywhere(&neuron_hotkey(2, 0)));
        assert_noop!(
            SubtensorModule::serve_axon(
                RuntimeOrigin::signed(neuron_hotkey(2, 0)),
                NetUid(2),
                7,
                u128::from(u32::from_be_bytes([8, 8, 8, 8])),
                8091,
                4,
                1,
                0,
                0,
            ),
            Error::<Test>::SubNetworkDoesNotExist
        );
        // Its uids are left to the block step.
        assert_eq!(NeuronsToClear::<Test>::get(), vec![(NetUid(2), 5)]);
        assert_eq!(entries(2), [5; 8]);
        check_all_invariants();

        // Two a block, highest uid first.
        next_block();
        assert_eq!(NeuronsToClear::<Test>::get(), vec![(NetUid(2), 3)]);
        assert_eq!(entries(2), [3; 8]);
        assert_eq!(Keys::<Test>::iter_key_prefix(NetUid(2)).max(), Some(2));
        next_block();
        assert_eq!(entries(2), [1; 8]);
        assert!(!subtensor_events().contains(&Event::NeuronsCleared { netuid: NetUid(2) }));
        next_block();
        assert_eq!(entries(2), [0; 8]);
        assert!(NeuronsToClear::<Test>::get().is_empty());
        assert!(!NeuronsToClear::<Test>::exists(), "the empty queue is not stored");
        assert!(subtensor_events().contains(&Event::NeuronsCleared { netuid: NetUid(2) }));
        // The hotkeys keep their owner and stake.
        assert_eq!(
            pallet_subtensor_staking::Owner::<Test>::get(neuron_hotkey(2, 0)),
            Some(CHARLIE)
        );
    });
}

#[test]
fn one_block_clears_across_subnets_oldest_first() {
    with_open_subnet(with_open_subnet(open_subnet(), 2), 3).build_and_execute(|| {
        crate::mock::MaxNeuronsClearedPerBlock::set(&4);
        fill(3, 3);
        fill(2, 3);
        dissolve(3);
        dissolve(2);
        assert_eq!(NeuronsToClear::<Test>::get(), vec![(NetUid(3), 3), (NetUid(2), 3)]);
        next_block();
        // Subnet 3 finished, one uid of subnet 2 cleared.
        assert_eq!(NeuronsToClear::<Test>::get(), vec![(NetUid(2), 2)]);
        assert_eq!((entries(3), entries(2)), ([0; 8], [2; 8]));
        let cleared: Vec<_> = subtensor_events()
            .into_iter()
            .filter(|event| matches!(event, Event::NeuronsCleared { .. }))
            .collect();
        assert_eq!(cleared, vec![Event::NeuronsCleared { netuid: NetUid(3) }]);
        next_block();
        assert_eq!(entries(2), [0; 8]);
        assert!(NeuronsToClear::<Test>::get().is_empty());
    });
}

#[test]
fn a_netuid_is_not_reused_while_its_uids_are_cleared() {
    with_subnet_2_of(3, || {
        crate::mock::MaxNeuronsClearedPerBlock::set(&1);
        dissolve(2);
        // Subnet 2's uids are still being cleared: the new subnet gets 3.
        assert_eq!(SubtensorModule::next_free_netuid(), Some(NetUid(3)));
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(DAVE)));
        assert!(matches!(
            last_subtensor_event(),
            Event::NetworkAdded { netuid: NetUid(3), owner: DAVE, .. }
        ));
        next_block();
        next_block();
        assert_eq!(SubtensorModule::next_free_netuid(), Some(NetUid(4)));
        next_block();
        // Clean: 2 is free again.
        assert_eq!(SubtensorModule::next_free_netuid(), Some(NetUid(2)));
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        assert!(matches!(
            last_subtensor_event(),
            Event::NetworkAdded { netuid: NetUid(2), owner: BOB, .. }
        ));
        assert_eq!(SubnetworkN::<Test>::get(NetUid(2)), 0);
        assert_eq!(entries(2), [0; 8]);
    });
}

#[test]
fn pruning_at_the_subnet_limit_gives_the_new_subnet_another_netuid_until_clean() {
    with_subnet_2_of(3, || {
        assert_ok!(SubtensorModule::set_network_parameter(
            RuntimeOrigin::root(),
            NetworkParameter::SubnetLimit(3)
        ));
        System::set_block_number(1 + 50_400);
        crate::EmissionValues::<Test>::insert(NetUid(1), 10);
        crate::EmissionValues::<Test>::insert(NetUid(2), 5);
        crate::mock::MaxNeuronsClearedPerBlock::set(&1);
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(DAVE)));
        let events = subtensor_events();
        assert!(events.iter().any(|event| matches!(
            event,
            Event::NetworkRemoved { netuid: NetUid(2), owner: Some(BOB), .. }
        )));
        assert!(matches!(
            last_subtensor_event(),
            Event::NetworkAdded { netuid: NetUid(3), owner: DAVE, .. }
        ));
        assert_eq!(crate::TotalNetworks::<Test>::get(), 3);
        assert_eq!(NeuronsToClear::<Test>::get(), vec![(NetUid(2), 3)]);
        check_all_invariants();
    });
}

#[test]
fn stake_changes_write_no_entry_for_a_removed_subnet() {
    with_subnet_2_of(2, || {
        crate::mock::MaxNeuronsClearedPerBlock::set(&1);
        // neuron_hotkey(2, 0) is on subnets 1 and 2.
        let uid = register(1, CHARLIE, neuron_hotkey(2, 0));
        dissolve(2);
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(CHARLIE), neuron_hotkey(2, 0), 5_000));
        assert_eq!(NeuronStake::<Test>::iter_prefix(NetUid(2)).count(), 0);
        assert_eq!(
            SubtensorModule::neuron_stakes(NetUid(1), SubnetworkN::<Test>::get(NetUid(1)))
                [usize::from(uid)],
            5_000
        );
        assert!(SubtensorModule::is_registered_anywhere(&neuron_hotkey(2, 0)));
        check_all_invariants();
    });
}

#[test]
fn a_hotkey_registered_only_on_a_removed_subnet_is_registered_nowhere() {
    with_subnet_2_of(1, || {
        crate::mock::MaxNeuronsClearedPerBlock::set(&0);
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(CHARLIE), neuron_hotkey(2, 0), 5_000));
        dissolve(2);
        assert!(IsNetworkMember::<Test>::contains_key(neuron_hotkey(2, 0), NetUid(2)));
        assert!(!SubtensorModule::is_registered_anywhere(&neuron_hotkey(2, 0)));
        // Registered on subnet 1 and then replaced there, it keeps its stake (as on Bittensor).
        set(1, Hyperparameter::MaxAllowedValidators(1));
        set(1, Hyperparameter::MaxAllowedUids(1));
        set(1, Hyperparameter::ImmunityPeriod(0));
        register(1, CHARLIE, neuron_hotkey(2, 0));
        next_block();
        register(1, CHARLIE, HOT_D);
        assert!(!SubtensorModule::is_registered(NetUid(1), &neuron_hotkey(2, 0)));
        assert_eq!(Staking::total_hotkey_stake(&neuron_hotkey(2, 0)), 5_000);
        crate::mock::MaxNeuronsClearedPerBlock::set(&1_000);
    });
}

#[test]
fn a_swap_moves_the_registrations_on_existing_subnets_only() {
    with_subnet_2_of(2, || {
        crate::mock::MaxNeuronsClearedPerBlock::set(&0);
        register(1, CHARLIE, neuron_hotkey(2, 0));
        dissolve(2);
        assert_ok!(SubtensorModule::swap_hotkey(
            RuntimeOrigin::signed(CHARLIE),
            neuron_hotkey(2, 0),
            HOT_D
        ));
        assert!(SubtensorModule::is_registered(NetUid(1), &HOT_D));
        // The entry on the removed subnet stays with the old hotkey and is cleared with it.
        assert_eq!(Keys::<Test>::get(NetUid(2), 0), Some(neuron_hotkey(2, 0)));
        assert!(!IsNetworkMember::<Test>::contains_key(HOT_D, NetUid(2)));
        check_all_invariants();
        crate::mock::MaxNeuronsClearedPerBlock::set(&1_000);
        next_block();
        assert_eq!(entries(2), [0; 8]);
        assert!(!IsNetworkMember::<Test>::contains_key(neuron_hotkey(2, 0), NetUid(2)));
    });
}
