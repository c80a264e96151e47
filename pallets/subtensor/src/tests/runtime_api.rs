//! The functions behind the runtime APIs.

use super::*;
use crate::{
    neurons::set_at, types::TAO, Bonds, Modality, NeuronInfo, NeuronInfoLite, Rank,
    RegistrationCost, SubnetHyperparams,
};

#[test]
fn subnets_info_lists_every_network() {
    open_subnet().build_and_execute(|| {
        let subnets = SubtensorModule::subnets_info();
        assert_eq!(
            subnets.iter().map(|s| s.netuid).collect::<Vec<_>>(),
            vec![NetUid(0), NetUid(1)]
        );
        assert_eq!(subnets[0].owner, None);
        assert_eq!(subnets[0].hyperparameters, SubnetHyperparams::root());
        let one = SubtensorModule::subnet_info(NetUid(1)).unwrap();
        assert_eq!(one.owner, Some(ALICE));
        assert_eq!(one.burn, 1_000);
        assert_eq!(one.hyperparameters.modality, Modality::Text);
        assert_eq!(SubtensorModule::subnet_info(NetUid(4)), None);
    });
}

#[test]
fn metagraph_full_and_light() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        assert_ok!(Staking::add_stake(RuntimeOrigin::signed(BOB), HOT_B, 4_000));
        assert_ok!(SubtensorModule::serve_axon(
            RuntimeOrigin::signed(HOT_B),
            NetUid(1),
            1,
            0x0a00_0001,
            80,
            4,
            0,
            0,
            0
        ));
        Rank::<Test>::mutate(NetUid(1), |v| set_at(v, 1, 777));
        Bonds::<Test>::insert(NetUid(1), 0, vec![(1, 5)]);
        crate::Weights::<Test>::insert(NetUid(1), 0, vec![(1, 65535)]);

        let lite: Vec<NeuronInfoLite<AccountId>> = SubtensorModule::neurons_lite(NetUid(1));
        assert_eq!(lite.len(), 2);
        assert_eq!((lite[0].uid, lite[0].hotkey, lite[0].coldkey), (0, HOT_B, Some(BOB)));
        assert_eq!(lite[0].stake, 4_000);
        assert_eq!(lite[0].axon_info.unwrap().port, 80);
        assert!(lite[1].axon_info.is_none());
        assert_eq!(lite[1].rank, 777);
        assert!(lite[0].active);
        assert_eq!(lite[0].last_update, 1);

        let full: Vec<NeuronInfo<AccountId>> = SubtensorModule::neurons(NetUid(1));
        assert_eq!(full[0].neuron, lite[0]);
        assert_eq!(full[0].weights, vec![(1, 65535)]);
        assert_eq!(full[0].bonds, vec![(1, 5)]);
        assert_eq!(SubtensorModule::neuron(NetUid(1), 0), Some(full[0].clone()));
        assert_eq!(SubtensorModule::neuron_lite(NetUid(1), 1), Some(lite[1].clone()));
        assert_eq!(SubtensorModule::neuron(NetUid(1), 2), None);
        assert!(SubtensorModule::neurons(NetUid(9)).is_empty());
    });
}

#[test]
fn registration_costs() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_eq!(
            SubtensorModule::registration_cost(NetUid(1)),
            Some(RegistrationCost {
                netuid: NetUid(1),
                burn: 1_000,
                difficulty: 10_000_000,
                network_registration_allowed: true,
                pow_registration_allowed: false,
                registrations_this_interval: 1,
                pow_registrations_this_interval: 0,
                burn_registrations_this_interval: 1,
            })
        );
        assert_eq!(SubtensorModule::registration_cost(NetUid(3)), None);
        assert_eq!(SubtensorModule::network_lock_cost(), 1_000 * TAO);
    });
}
