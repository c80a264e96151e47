//! `NeuronStake`: each subnet's stake per uid, kept equal to the staking pallet's totals
//! through registrations, stake changes, payouts, replacement, swaps and dissolution, and what
//! the epoch reads. `try_state` compares every entry after each test.

use super::*;
use crate::{
    stake::STAKE_CHUNK, types::TAO, EmissionAccounting, Keys, LoadedEmission, NeuronStake,
    PruningScores, SubnetworkN,
};

fn stake(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    assert_ok!(Staking::add_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
}

fn stakes(netuid: u16) -> Vec<u64> {
    SubtensorModule::neuron_stakes(NetUid(netuid), SubnetworkN::<Test>::get(NetUid(netuid)))
}

#[test]
fn stake_changes_reach_every_subnet_of_the_hotkey() {
    open_subnet().subnet(BOB).hyperparameter(2, Hyperparameter::Burn(1_000)).build_and_execute(
        || {
            register(1, ALICE, HOT_A);
            register(1, BOB, HOT_B);
            stake(ALICE, HOT_A, 5_000);
            assert_eq!(stakes(1), vec![5_000, 0]);
            // Registering elsewhere copies the stake the hotkey already has.
            register(2, ALICE, HOT_A);
            assert_eq!(stakes(2), vec![5_000]);
            run_to_block(2);
            stake(ALICE, HOT_A, 2_000);
            assert_eq!((stakes(1), stakes(2)), (vec![7_000, 0], vec![7_000]));
            run_to_block(3);
            assert_ok!(Staking::remove_stake(RuntimeOrigin::signed(ALICE), HOT_A, 7_000));
            assert_eq!((stakes(1), stakes(2)), (vec![0, 0], vec![0]));
        },
    );
}

#[test]
fn chunks_hold_64_uids_each() {
    open_subnet().hyperparameter(1, Hyperparameter::MaxAllowedUids(200)).build_and_execute(|| {
        for hotkey in 1_000..1_130 {
            register(1, ALICE, hotkey);
        }
        stake(ALICE, 1_000 + 129, 9_000);
        assert_eq!(NeuronStake::<Test>::iter_prefix(NetUid(1)).count(), 3);
        assert_eq!(NeuronStake::<Test>::get(NetUid(1), 2).len(), 2);
        assert_eq!(NeuronStake::<Test>::get(NetUid(1), 2), vec![0, 9_000]);
        let all = stakes(1);
        assert_eq!(all.len(), 130);
        assert_eq!(all[129], 9_000);
        assert_eq!(all.iter().sum::<u64>(), 9_000);
        assert_eq!(STAKE_CHUNK, 64);
    });
}

#[test]
fn the_epoch_reads_the_stake_of_every_uid() {
    open_subnet().build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        stake(BOB, HOT_B, 3_000);
        stake(CHARLIE, HOT_C, 4_000);
        let params = crate::SubnetHyperparameters::<Test>::get(NetUid(1)).unwrap();
        let input = SubtensorModule::epoch_input(NetUid(1), &params, 10, 0);
        assert_eq!(input.stake, vec![0, 3_000, 4_000]);
        let totals: Vec<u64> = (0..3)
            .map(|uid| {
                let hotkey = Keys::<Test>::get(NetUid(1), uid).unwrap();
                Staking::total_hotkey_stake(&hotkey) as u64
            })
            .collect();
        assert_eq!(input.stake, totals);
    });
}

#[test]
fn a_replacement_takes_the_new_hotkeys_stake() {
    open_subnet()
        .hyperparameter(1, Hyperparameter::MaxAllowedValidators(2))
        .hyperparameter(1, Hyperparameter::MaxAllowedUids(2))
        .hyperparameter(1, Hyperparameter::ImmunityPeriod(0))
        .subnet(BOB)
        .hyperparameter(2, Hyperparameter::Burn(1_000))
        .build_and_execute(|| {
            register(1, ALICE, HOT_A);
            register(1, BOB, HOT_B);
            stake(ALICE, HOT_A, 5_000);
            // HOT_C already has stake from subnet 2.
            register(2, CHARLIE, HOT_C);
            stake(CHARLIE, HOT_C, 8_000);
            PruningScores::<Test>::insert(NetUid(1), vec![0u16, 1]);
            run_to_block(2);
            register(1, CHARLIE, HOT_C);
            assert_eq!(Keys::<Test>::get(NetUid(1), 0), Some(HOT_C));
            assert_eq!(stakes(1), vec![8_000, 0]);
            // HOT_A lost its uid but keeps its stake (as on Bittensor): replacing costs the same
            // whatever the number of its stakers.
            assert_eq!(Staking::total_hotkey_stake(&HOT_A), 5_000);
        });
}

#[test]
fn a_swap_keeps_the_entries() {
    open_subnet().build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        stake(BOB, HOT_B, 5_000);
        assert_ok!(SubtensorModule::swap_hotkey(RuntimeOrigin::signed(BOB), HOT_B, HOT_D));
        assert_eq!(stakes(1), vec![0, 5_000]);
        assert_eq!(Staking::total_hotkey_stake(&HOT_D), 5_000);
    });
}

#[test]
fn dissolving_a_subnet_removes_its_chunks() {
    open_subnet().build_and_execute(|| {
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(BOB)));
        register(2, CHARLIE, HOT_C);
        stake(CHARLIE, HOT_C, 1_000);
        assert_eq!(NeuronStake::<Test>::iter_prefix(NetUid(2)).count(), 1);
        assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::signed(BOB), NetUid(2)));
        assert_eq!(NeuronStake::<Test>::iter_prefix(NetUid(2)).count(), 0);
    });
}

#[test]
fn a_payout_updates_the_entries_it_pays() {
    open_subnet().subnet(BOB).hyperparameter(2, Hyperparameter::Burn(1_000)).build_and_execute(
        || {
            register(1, ALICE, HOT_A);
            register(2, ALICE, HOT_A);
            stake(ALICE, HOT_A, 1_000);
            LoadedEmission::<Test>::insert(NetUid(1), vec![(HOT_A, 300u64, 200u64)]);
            EmissionAccounting::<Test>::mutate(|totals| {
                totals.available += 500;
                totals.assigned += 500;
            });
            advance_blocks(1);
            assert_eq!((stakes(1), stakes(2)), (vec![1_500], vec![1_500]));
        },
    );
}

/// Hotkeys on several networks cost more to pay, so fewer are paid per block; the rest wait.
#[test]
fn hotkeys_on_many_networks_fill_the_payout_budget_sooner() {
    let mut builder = open_subnet();
    for netuid in 2..=4 {
        builder = builder
            .subnet(BOB)
            .hyperparameter(netuid, Hyperparameter::MaxRegistrationsPerBlock(1_000))
            .hyperparameter(netuid, Hyperparameter::TargetRegistrationsPerInterval(1_000))
            .hyperparameter(netuid, Hyperparameter::Burn(1_000));
    }
    builder.build_and_execute(|| {
        MaxPayoutsPerBlock::set(&4);
        let hotkeys = [HOT_A, HOT_B, HOT_C, HOT_D];
        for hotkey in hotkeys {
            for netuid in 1..=4 {
                register(netuid, ALICE, hotkey);
            }
            run_to_block(System::block_number() + 1);
        }
        let rewards: Vec<(AccountId, u64, u64)> =
            hotkeys.iter().map(|hotkey| (*hotkey, TAO, 0)).collect();
        LoadedEmission::<Test>::insert(NetUid(1), rewards.clone());
        EmissionAccounting::<Test>::mutate(|totals| {
            totals.available += 4 * u128::from(TAO);
            totals.assigned += 4 * u128::from(TAO);
        });
        // What the weights allow: payouts of hotkeys on 4 networks while they fit in the
        // weight of 4 single-network payouts (the first always).
        let limit = <() as crate::WeightInfo>::pay_out_emission(4);
        let cost = SubtensorModule::payout_weight(4);
        let mut used = <() as crate::WeightInfo>::pay_out_emission(0);
        let mut expected = 0;
        while expected < 4 && (expected == 0 || (used + cost).all_lte(limit)) {
            used += cost;
            expected += 1;
        }
        assert!(expected < 4, "a payout on 4 networks weighs more than one on 1");
        advance_blocks(1);
        let left = LoadedEmission::<Test>::get(NetUid(1)).unwrap_or_default();
        assert_eq!(left, rewards[expected..].to_vec());
        for hotkey in &hotkeys[..expected] {
            assert_eq!(Staking::total_hotkey_stake(hotkey), u128::from(TAO));
            assert_eq!(stakes(4)[usize::from(Uids::<Test>::get(NetUid(4), hotkey).unwrap())], TAO);
        }
        MaxPayoutsPerBlock::set(&1_000);
    });
}

#[test]
fn staking_is_charged_for_the_networks_the_hotkey_is_on() {
    use polkadot_sdk::frame_support::dispatch::GetDispatchInfo;
    open_subnet().subnet(BOB).hyperparameter(2, Hyperparameter::Burn(1_000)).build_and_execute(
        || {
            register(1, ALICE, HOT_A);
            register(2, ALICE, HOT_A);
            let call =
                pallet_subtensor_staking::Call::<Test>::add_stake { hotkey: HOT_A, amount: 5_000 };
            let declared = call.get_dispatch_info().call_weight;
            let info = Staking::add_stake(RuntimeOrigin::signed(ALICE), HOT_A, 5_000).unwrap();
            let actual = <() as pallet_subtensor_staking::WeightInfo>::add_stake()
                .saturating_add(<() as crate::WeightInfo>::stake_changed(2));
            assert_eq!(info.actual_weight, Some(actual));
            // Declared for every network there is (the root network and two subnets).
            assert!(actual.all_lt(declared));
        },
    );
}
