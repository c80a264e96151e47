//! A delegate at Bittensor's scale of delegation: with 10 000 nominators, the block that pays
//! its epoch reward stays within the block's weight and proof limits (the proof measured with a
//! real storage proof of the block step, not only declared), and every nominator's stake grows
//! by its exact share. Run with `--nocapture` to see the figures for 1, 1 000 and 10 000
//! nominators.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing
)]

use codec::Encode;
use finney_runtime::{
    configs::system::MAXIMUM_BLOCK_WEIGHT, constants::currency::TAO,
    genesis_config_presets::DEVELOPMENT_PRESET, AccountId, Balances, Runtime, RuntimeOrigin,
    Staking, SubtensorModule, System,
};
use finney_support::NetUid;
use pallet_subtensor_staking::ledger;
use polkadot_sdk::{
    frame_support::{
        assert_ok,
        traits::{fungible::Mutate, Hooks},
        weights::Weight,
    },
    sp_io::{hashing::blake2_256, TestExternalities},
    sp_keyring::Sr25519Keyring,
};

mod common;

/// The `i`-th nominator's coldkey.
fn nominator(i: u32) -> AccountId {
    let mut seed = b"nominator".to_vec();
    seed.extend_from_slice(&i.to_le_bytes());
    AccountId::from(blake2_256(&seed))
}

/// What paying the delegate cost, and how its nominators fared.
struct Payout {
    weight: Weight,
    proof_bytes: usize,
    /// Each nominator's stake before and after, and the validator amount paid to the pool.
    stakes: Vec<(u128, u128)>,
    to_stakers: u128,
    pool_before: u128,
}

/// A dev chain with a subnet on which Alice's `//One` is a delegate validator with
/// `nominators` nominators of 1 to 2 TAO each (all different), whose stake has already been
/// through one payout; then a reward for `//One` is loaded and the next block's step pays it,
/// with its storage proof recorded.
fn pay_delegate_with(nominators: u32) -> Payout {
    let mut ext: TestExternalities = common::genesis_of(DEVELOPMENT_PRESET);
    let alice = Sr25519Keyring::Alice.to_account_id();
    let hotkey = Sr25519Keyring::One.to_account_id();
    let netuid = NetUid(1);
    ext.execute_with(|| {
        System::set_block_number(1);
        assert_ok!(SubtensorModule::register_network(RuntimeOrigin::signed(alice.clone())));
        assert_ok!(SubtensorModule::burned_register(
            RuntimeOrigin::signed(alice.clone()),
            netuid,
            hotkey.clone()
        ));
        assert_ok!(Staking::become_delegate(RuntimeOrigin::signed(alice.clone()), hotkey.clone()));
        assert_ok!(Staking::add_stake(
            RuntimeOrigin::signed(alice.clone()),
            hotkey.clone(),
            100 * TAO
        ));
        for i in 0..nominators {
            let who = nominator(i);
            let amount = TAO + u128::from(i) * 100_000;
            Balances::set_balance(&who, amount + TAO);
            ledger::stake::<Runtime>(&who, &hotkey, amount).unwrap();
        }
        // One payout closes the cohort the stakes entered: from now on they all earn.
        <Staking as finney_support::EmissionPayout<AccountId, u128>>::pay_out_emission(
            &hotkey, 0, TAO,
        )
        .unwrap();
        <SubtensorModule as finney_support::OnStakeChanged<AccountId>>::on_stake_changed(&hotkey);
    });
    ext.commit_all().unwrap();

    let validator_amount: u64 = 1_000 * 1_000_000_000;
    let (before, pool_before) = ext.execute_with(|| {
        let before: Vec<u128> =
            (0..nominators).map(|i| Staking::stake(&hotkey, &nominator(i))).collect();
        pallet_subtensor::LoadedEmission::<Runtime>::insert(
            netuid,
            vec![(hotkey.clone(), 0u64, validator_amount)],
        );
        System::set_block_number(2);
        // A new block starts with no events (as `System::initialize` does): the set-up's would
        // otherwise be read into the proof by the first event deposited.
        System::reset_events();
        (before, Staking::total_hotkey_stake(&hotkey))
    });
    ext.commit_all().unwrap();
    let (weight, proof) =
        ext.execute_and_prove(|| <SubtensorModule as Hooks<u32>>::on_initialize(2));
    ext.execute_with(|| {
        assert!(
            !pallet_subtensor::LoadedEmission::<Runtime>::contains_key(netuid),
            "the reward was paid in this block"
        );
        let to_stakers = System::events()
            .into_iter()
            .filter_map(|record| match record.event {
                finney_runtime::RuntimeEvent::Staking(
                    pallet_subtensor_staking::Event::EmissionPaid { to_stakers, .. },
                ) => Some(to_stakers),
                _ => None,
            })
            .last()
            .expect("an EmissionPaid event");
        let after = (0..nominators).map(|i| Staking::stake(&hotkey, &nominator(i)));
        Payout {
            weight,
            proof_bytes: proof.encoded_size(),
            stakes: before.into_iter().zip(after).collect(),
            to_stakers,
            pool_before,
        }
    })
}

fn report(nominators: u32, payout: &Payout) {
    println!(
        "payout of a delegate with {nominators} nominators: on_initialize weight {:.2} ms and {} \
         bytes declared ({:.2} % / {:.2} % of the block), storage proof {} bytes ({:.2} % of the \
         block's proof size)",
        payout.weight.ref_time() as f64 / 1e9,
        payout.weight.proof_size(),
        payout.weight.ref_time() as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.ref_time() as f64,
        payout.weight.proof_size() as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.proof_size() as f64,
        payout.proof_bytes,
        payout.proof_bytes as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.proof_size() as f64,
    );
}

/// Each nominator's stake grew by its exact share of what the pool was paid: the share of its
/// stake in the pool, rounded down (less a rao, at most, of rounding in favour of the pool).
fn assert_exact_shares(payout: &Payout) {
    for (i, (before, after)) in payout.stakes.iter().enumerate() {
        let exact = payout.to_stakers * before / payout.pool_before;
        let grown = after - before;
        assert!(
            grown <= exact && grown + 1 >= exact,
            "nominator {i}: grew by {grown}, its share is {exact}"
        );
    }
}

#[test]
fn a_delegate_with_ten_thousand_nominators_is_paid_within_one_block() {
    let mut figures = Vec::new();
    for nominators in [1, 1_000, 10_000] {
        let payout = pay_delegate_with(nominators);
        report(nominators, &payout);
        assert!(payout.to_stakers > 0, "the stakers' part went to the pool");
        assert_exact_shares(&payout);
        assert!(payout.weight.all_lte(MAXIMUM_BLOCK_WEIGHT), "the block step fits in a block");
        assert!(
            (payout.proof_bytes as u64) < MAXIMUM_BLOCK_WEIGHT.proof_size(),
            "the block step's real proof fits in a block"
        );
        assert!(
            (payout.proof_bytes as u64) <= payout.weight.proof_size(),
            "the declared proof size covers the real one"
        );
        figures.push((nominators, payout.weight, payout.proof_bytes));
    }
    // O(1): the same declared weight; the real proof grows only with the depth of the storage
    // trie (more accounts, fuller branch nodes), not with the nominators paid: ten times the
    // nominators, less than half again the proof.
    let (_, one_weight, _) = figures[0];
    let (_, _, thousand_proof) = figures[1];
    let (_, many_weight, many_proof) = figures[2];
    assert_eq!(one_weight, many_weight, "the declared weight does not depend on the nominators");
    assert!(
        many_proof * 2 <= thousand_proof * 3,
        "10 000 nominators: {many_proof} bytes of proof, 1 000: {thousand_proof}"
    );
}
