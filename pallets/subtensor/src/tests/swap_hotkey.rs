//! `swap_hotkey`: registrations, endpoints, commits, stake and loaded rewards move to the new
//! hotkey; the cost is burned; the rate limit; the old hotkey cannot be claimed by anyone else.

use super::*;
use crate::{
    set_weights::commit_hash,
    swap::{DEFAULT_HOTKEY_SWAP_RATE_LIMIT, DEFAULT_KEY_SWAP_COST},
    types::TAO,
    Axons, CommitHash, EmissionAccounting, EmissionValues, Error, FormerCommitHotkeys,
    HotkeySwapRateLimit, IsNetworkMember, KeySwapCost, Keys, LastHotkeySwap, LoadedEmission,
    LoadedEmissionSince, SwappedHotkey, SwappedHotkeyQueueBounds, ValidatorPermit, WeightCommits,
    Weights,
};
use polkadot_sdk::{
    frame_support::{assert_noop, traits::fungible::Inspect},
    sp_runtime::DispatchResult,
};

/// More hotkeys than the mock names.
const HOT_E: AccountId = 105;
const HOT_F: AccountId = 106;

fn swap(coldkey: AccountId, old: AccountId, new: AccountId) -> DispatchResult {
    SubtensorModule::swap_hotkey(RuntimeOrigin::signed(coldkey), old, new)
}

fn stake(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    assert_ok!(Staking::add_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
}

/// Loads `rewards` on `netuid` as an epoch at `block` would, with the books kept.
fn load(netuid: u16, block: u64, rewards: Vec<(AccountId, u64, u64)>) {
    let amount: u64 = rewards.iter().map(|(_, server, validator)| server + validator).sum();
    if !LoadedEmission::<Test>::contains_key(NetUid(netuid)) {
        LoadedEmissionSince::<Test>::insert(NetUid(netuid), block);
    }
    LoadedEmission::<Test>::mutate(NetUid(netuid), |loaded| {
        loaded.get_or_insert_with(Vec::new).extend(rewards)
    });
    EmissionAccounting::<Test>::mutate(|totals| {
        totals.available += u128::from(amount);
        totals.assigned += u128::from(amount);
    });
}

#[test]
fn swap_moves_everything() {
    open_subnet().subnet(ALICE).build_and_execute(|| {
        let uid = register(1, BOB, HOT_B);
        assert_ok!(SubtensorModule::burned_register(RuntimeOrigin::signed(BOB), NetUid(2), HOT_B));
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
        stake(BOB, HOT_B, 5_000);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        assert_eq!(
            last_subtensor_event(),
            Event::HotkeySwapped {
                coldkey: BOB,
                old_hotkey: HOT_B,
                new_hotkey: HOT_D,
                cost: DEFAULT_KEY_SWAP_COST
            }
        );
        assert_eq!(Uids::<Test>::get(NetUid(1), HOT_D), Some(uid));
        assert_eq!(Keys::<Test>::get(NetUid(1), uid), Some(HOT_D));
        assert!(IsNetworkMember::<Test>::contains_key(HOT_D, NetUid(2)));
        assert!(!SubtensorModule::is_registered_anywhere(&HOT_B));
        assert_eq!(Axons::<Test>::get(NetUid(1), HOT_D).unwrap().port, 80);
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_D), Some(BOB));
        assert_eq!(Staking::total_hotkey_stake(&HOT_D), 5_000);
        assert_eq!(Staking::total_hotkey_stake(&HOT_B), 0);
        // The old hotkey stays the coldkey's, so no one else can take it.
        assert_eq!(pallet_subtensor_staking::Owner::<Test>::get(HOT_B), Some(BOB));
        assert_eq!(LastHotkeySwap::<Test>::get(HOT_D), Some(1));
        // Nothing was loaded, so no redirect is recorded.
        assert!(!SwappedHotkey::<Test>::contains_key(HOT_B));
    });
}

/// The admission rules in order: each case breaks one rule and every later one.
#[test]
fn swap_guards_in_order() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        // HOT_B received a swap in this block, and the cost is more than anyone has.
        LastHotkeySwap::<Test>::insert(HOT_B, 1);
        KeySwapCost::<Test>::put(u64::MAX);
        // 1. The same hotkey.
        assert_noop!(swap(POOR, HOT_B, HOT_B), Error::<Test>::NewHotKeyIsSameWithOld);
        // 2. No owner.
        assert_noop!(swap(POOR, HOT_A, HOT_C), Error::<Test>::HotKeyAccountNotExists);
        // 3. Not the owner.
        assert_noop!(swap(POOR, HOT_B, HOT_C), Error::<Test>::NonAssociatedColdkey);
        // 4. The new hotkey is in use.
        assert_noop!(swap(BOB, HOT_B, HOT_C), Error::<Test>::HotKeyAlreadyExists);
        // 5. The rate limit.
        assert_noop!(swap(BOB, HOT_B, HOT_D), Error::<Test>::HotKeySetTxRateLimitExceeded);
        // 6. The cost.
        LastHotkeySwap::<Test>::remove(HOT_B);
        assert_noop!(swap(BOB, HOT_B, HOT_D), Error::<Test>::NotEnoughBalanceToPaySwapHotKey);
        KeySwapCost::<Test>::put(TAO);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
    });
}

#[test]
fn the_swap_cost_is_burned_and_leaves_issuance() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        let issuance = Balances::total_issuance();
        let free = Balances::balance(&BOB);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        assert_eq!(Balances::balance(&BOB), free - Balance::from(TAO));
        assert_eq!(Balances::total_issuance(), issuance - Balance::from(TAO));
        // Governance may change the cost, to nothing at all.
        KeySwapCost::<Test>::put(0);
        HotkeySwapRateLimit::<Test>::put(0);
        let issuance = Balances::total_issuance();
        assert_ok!(swap(BOB, HOT_D, HOT_E));
        assert_eq!(Balances::total_issuance(), issuance);
        assert!(matches!(last_subtensor_event(), Event::HotkeySwapped { cost: 0, .. }));
    });
}

#[test]
fn a_coldkey_pays_the_cost_from_what_it_can_spend() {
    open_subnet().balance(BOB, 100_000).build_and_execute(|| {
        register(1, BOB, HOT_B);
        // The account must stay alive: all but the existential deposit may be burned.
        let spendable = Balances::balance(&BOB) - ED;
        KeySwapCost::<Test>::put(spendable as u64 + 1);
        assert_noop!(swap(BOB, HOT_B, HOT_D), Error::<Test>::NotEnoughBalanceToPaySwapHotKey);
        KeySwapCost::<Test>::put(spendable as u64);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        assert_eq!(Balances::balance(&BOB), ED);
    });
}

#[test]
fn a_hotkey_that_received_a_swap_waits_the_rate_limit() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, BOB, HOT_C);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        let swapped_at = System::block_number();
        // The rate limit is per hotkey: the coldkey's other hotkey moves at once.
        assert_ok!(swap(BOB, HOT_C, HOT_F));
        System::set_block_number(swapped_at + DEFAULT_HOTKEY_SWAP_RATE_LIMIT - 1);
        assert_noop!(swap(BOB, HOT_D, HOT_E), Error::<Test>::HotKeySetTxRateLimitExceeded);
        System::set_block_number(swapped_at + DEFAULT_HOTKEY_SWAP_RATE_LIMIT);
        assert_ok!(swap(BOB, HOT_D, HOT_E));
        assert_eq!(LastHotkeySwap::<Test>::get(HOT_E), Some(swapped_at + 7_200));
        assert_eq!(LastHotkeySwap::<Test>::get(HOT_D), None);
        // Governance may lift the limit.
        HotkeySwapRateLimit::<Test>::put(0);
        assert_ok!(swap(BOB, HOT_E, HOT_B + 100));
    });
}

#[test]
fn loaded_rewards_are_paid_to_the_new_hotkey() {
    open_subnet().subnet(ALICE).hyperparameter(2, Hyperparameter::Burn(1_000)).build_and_execute(
        || {
            register(1, BOB, HOT_B);
            register(2, BOB, HOT_B);
            stake(BOB, HOT_B, 1_000);
            load(1, 1, vec![(HOT_B, 300, 200)]);
            assert_ok!(swap(BOB, HOT_B, HOT_D));
            assert_eq!(SwappedHotkey::<Test>::get(HOT_B), Some((HOT_D, 1)));
            let issuance = Balances::total_issuance();
            advance_blocks(1);
            assert!(LoadedEmission::<Test>::get(NetUid(1)).is_none());
            assert_eq!(Staking::total_hotkey_stake(&HOT_D), 1_500);
            assert_eq!(Staking::total_hotkey_stake(&HOT_B), 0);
            assert_eq!(Balances::total_issuance(), issuance + 500);
            // The uids of the new hotkey see its new stake on both networks.
            for netuid in [1, 2] {
                let uid = Uids::<Test>::get(NetUid(netuid), HOT_D).unwrap();
                assert_eq!(
                    SubtensorModule::neuron_stakes(NetUid(netuid), uid + 1)[uid as usize],
                    1_500
                );
            }
            // Nothing loaded names the old hotkey any more: the redirect is forgotten.
            assert!(!SwappedHotkey::<Test>::contains_key(HOT_B));
            assert_eq!(SwappedHotkeyQueueBounds::<Test>::get(), (1, 1));
        },
    );
}

/// A real epoch loads the rewards; the swap comes before the next block pays them.
#[test]
fn rewards_of_an_epoch_follow_a_swap_before_their_payout() {
    open_subnet().hyperparameter(1, Hyperparameter::Tempo(10)).build_and_execute(|| {
        register(1, BOB, HOT_B);
        stake(BOB, HOT_B, 100 * Balance::from(TAO));
        EmissionValues::<Test>::insert(NetUid(1), TAO);
        let epoch = (2..).find(|b| crate::coinbase::epoch_is_due(NetUid(1), 10, *b)).unwrap();
        run_to_block(epoch);
        let loaded = LoadedEmission::<Test>::get(NetUid(1)).expect("rewards loaded");
        assert_eq!(loaded.len(), 1);
        let (_, server, validator) = loaded[0];
        assert_eq!(LoadedEmissionSince::<Test>::get(NetUid(1)), epoch);
        let before = Staking::total_hotkey_stake(&HOT_B);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        advance_blocks(1);
        assert_eq!(Staking::total_hotkey_stake(&HOT_D), before + Balance::from(server + validator));
        assert_eq!(Staking::total_hotkey_stake(&HOT_B), 0);
        assert!(!SwappedHotkey::<Test>::contains_key(HOT_B));
        assert!(!LoadedEmissionSince::<Test>::contains_key(NetUid(1)));
    });
}

/// Paid over several blocks, the redirect stays until the last reward of the old hotkey is
/// paid; meanwhile the old hotkey cannot be swapped again.
#[test]
fn the_redirect_lasts_until_the_loaded_rewards_are_paid() {
    open_subnet().build_and_execute(|| {
        register(1, ALICE, HOT_A);
        register(1, BOB, HOT_B);
        MaxPayoutsPerBlock::set(&1);
        load(1, 1, vec![(HOT_A, 0, 100), (HOT_B, 0, 200)]);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        advance_blocks(1);
        assert_eq!(LoadedEmission::<Test>::get(NetUid(1)), Some(vec![(HOT_B, 0, 200)]));
        assert_eq!(SwappedHotkey::<Test>::get(HOT_B), Some((HOT_D, 1)));
        assert_noop!(swap(BOB, HOT_B, HOT_E), Error::<Test>::SwappedHotKeyRewardsPending);
        advance_blocks(1);
        assert_eq!(Staking::total_hotkey_stake(&HOT_D), 200);
        assert_eq!(Staking::total_hotkey_stake(&HOT_B), 0);
        assert!(!SwappedHotkey::<Test>::contains_key(HOT_B));
        MaxPayoutsPerBlock::set(&1_000);
    });
}

/// Only rewards that may have been loaded before the swap are redirected: if the owner
/// registers the old hotkey again, what it earns on a subnet whose rewards were all loaded
/// after the swap is its own.
#[test]
fn rewards_loaded_after_the_swap_are_not_redirected() {
    open_subnet().subnet(ALICE).hyperparameter(2, Hyperparameter::Burn(1_000)).build_and_execute(
        || {
            register(1, BOB, HOT_B);
            load(1, 1, vec![(HOT_B, 0, 200)]);
            MaxPayoutsPerBlock::set(&1);
            // Subnet 1 still pays older rewards when subnet 2 loads.
            load(1, 1, vec![(HOT_A, 0, 1), (HOT_C, 0, 1), (HOT_E, 0, 1)]);
            assert_ok!(swap(BOB, HOT_B, HOT_D));
            advance_blocks(1);
            register(2, BOB, HOT_B);
            load(2, System::block_number(), vec![(HOT_B, 0, 300)]);
            MaxPayoutsPerBlock::set(&1_000);
            advance_blocks(1);
            assert_eq!(Staking::total_hotkey_stake(&HOT_D), 200);
            assert_eq!(Staking::total_hotkey_stake(&HOT_B), 300);
        },
    );
}

/// A hotkey swapped again while rewards of its first hotkey wait: they go to the last one.
#[test]
fn a_chain_of_swaps_is_followed() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        HotkeySwapRateLimit::<Test>::put(0);
        load(1, 1, vec![(HOT_B, 0, 200)]);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        assert_ok!(swap(BOB, HOT_D, HOT_E));
        advance_blocks(1);
        assert_eq!(Staking::total_hotkey_stake(&HOT_E), 200);
        assert_eq!(Staking::total_hotkey_stake(&HOT_D), 0);
        assert_eq!(SwappedHotkeyQueueBounds::<Test>::get(), (2, 2));
    });
}

const SALT: [u16; 4] = [9, 8, 7, 6];

/// Subnet 1 with tempo 9 and commit-reveal (epochs start at blocks 8, 18, ..., 108, 118):
/// HOT_A (ALICE, uid 0) and HOT_B (BOB, uid 1) with permits; now block 101 (epoch 10), so a
/// commit now is revealable in blocks 108..=117.
fn commit_reveal_setup() {
    register(1, ALICE, HOT_A);
    register(1, BOB, HOT_B);
    register(1, CHARLIE, HOT_C);
    ValidatorPermit::<Test>::mutate(NetUid(1), |v| {
        v[0] = true;
        v[1] = true;
    });
    run_to_block(101);
}

fn commit_reveal_subnet() -> ExtBuilder {
    open_subnet()
        .hyperparameter(1, Hyperparameter::Tempo(9))
        .hyperparameter(1, Hyperparameter::CommitRevealWeightsEnabled(true))
}

fn commit(hotkey: AccountId, hash: CommitHash) -> DispatchResult {
    SubtensorModule::commit_weights(RuntimeOrigin::signed(hotkey), NetUid(1), hash)
}

fn reveal(hotkey: AccountId, uids: Vec<u16>, values: Vec<u16>) -> DispatchResult {
    SubtensorModule::reveal_weights(
        RuntimeOrigin::signed(hotkey),
        NetUid(1),
        uids,
        values,
        SALT.to_vec(),
        0,
    )
    .map(|_| ())
    .map_err(|error| error.error)
}

#[test]
fn commits_move_and_the_new_hotkey_reveals_them() {
    commit_reveal_subnet().build_and_execute(|| {
        commit_reveal_setup();
        let made_by_a = commit_hash(&HOT_A, NetUid(1), &[1, 2], &[10, 20], &SALT, 0);
        assert_ok!(commit(HOT_A, made_by_a));
        // Another validator copies the hash: it cannot reveal it.
        assert_ok!(commit(HOT_B, made_by_a));
        assert_ok!(swap(ALICE, HOT_A, HOT_D));
        assert!(!WeightCommits::<Test>::contains_key(NetUid(1), HOT_A));
        assert_eq!(WeightCommits::<Test>::get(NetUid(1), HOT_D).len(), 1);
        assert_eq!(FormerCommitHotkeys::<Test>::get(NetUid(1), HOT_D), vec![HOT_A]);
        // The new hotkey commits on its own too.
        let made_by_d = commit_hash(&HOT_D, NetUid(1), &[1], &[5], &SALT, 0);
        assert_ok!(commit(HOT_D, made_by_d));
        run_to_block(108);
        assert_noop!(
            reveal(HOT_B, vec![1, 2], vec![10, 20]),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        assert_ok!(reveal(HOT_D, vec![1, 2], vec![10, 20]));
        assert_eq!(
            last_subtensor_event(),
            Event::WeightsRevealed { netuid: NetUid(1), hotkey: HOT_D, hash: made_by_a }
        );
        assert_eq!(Weights::<Test>::get(NetUid(1), 0), vec![(1, 32768), (2, 65535)]);
        // The old hotkey has nothing left to reveal.
        assert_noop!(
            reveal(HOT_A, vec![1, 2], vec![10, 20]),
            Error::<Test>::InvalidRevealCommitHashNotMatch
        );
        // The last commit revealed, the record of former hotkeys goes with it.
        set(1, Hyperparameter::WeightsRateLimit(0));
        assert_ok!(reveal(HOT_D, vec![1], vec![5]));
        assert!(!WeightCommits::<Test>::contains_key(NetUid(1), HOT_D));
        assert!(!FormerCommitHotkeys::<Test>::contains_key(NetUid(1), HOT_D));
    });
}

#[test]
fn commits_follow_a_chain_of_swaps() {
    commit_reveal_subnet().build_and_execute(|| {
        commit_reveal_setup();
        HotkeySwapRateLimit::<Test>::put(0);
        let made_by_a = commit_hash(&HOT_A, NetUid(1), &[1], &[1], &SALT, 0);
        assert_ok!(commit(HOT_A, made_by_a));
        assert_ok!(swap(ALICE, HOT_A, HOT_D));
        assert_ok!(swap(ALICE, HOT_D, HOT_E));
        assert_eq!(FormerCommitHotkeys::<Test>::get(NetUid(1), HOT_E), vec![HOT_D, HOT_A]);
        assert!(!FormerCommitHotkeys::<Test>::contains_key(NetUid(1), HOT_D));
        run_to_block(108);
        assert_ok!(reveal(HOT_E, vec![1], vec![1]));
        assert_eq!(Weights::<Test>::get(NetUid(1), 0), vec![(1, 65535)]);
    });
}

/// The swapped-away hotkey stays owned by its coldkey: no other coldkey can register it (to
/// collect rewards or commits meant for it), swap it, or take it as a new hotkey.
#[test]
fn the_old_hotkey_cannot_be_claimed_by_another_coldkey() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        register(1, CHARLIE, HOT_C);
        assert_ok!(swap(BOB, HOT_B, HOT_D));
        assert_noop!(
            SubtensorModule::burned_register(RuntimeOrigin::signed(CHARLIE), NetUid(1), HOT_B),
            Error::<Test>::NonAssociatedColdkey
        );
        assert_noop!(swap(CHARLIE, HOT_B, HOT_E), Error::<Test>::NonAssociatedColdkey);
        assert_noop!(swap(CHARLIE, HOT_C, HOT_B), Error::<Test>::HotKeyAlreadyExists);
    });
}
