//! The weight of subnet epochs against the block (DESIGN 4.3), from the generated weights: the
//! epoch at the sizes a subnet operator meets, and the heaviest block step. Run with
//! `--nocapture` to see the figures.

#![allow(clippy::expect_used)]

use finney_runtime::{
    configs::{subtensor::MaxEpochWeightPerBlock, system::MAXIMUM_BLOCK_WEIGHT},
    Runtime,
};
use pallet_subtensor::types::MAX_EPOCH_WEIGHT_ENTRIES;
use polkadot_sdk::{frame_support::weights::Weight, sp_runtime::Perbill};

type Subtensor = pallet_subtensor::Pallet<Runtime>;

/// `weight` as a percentage of the block's ref time and proof size.
fn share(weight: Weight) -> (f64, f64) {
    (
        weight.ref_time() as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.ref_time() as f64,
        weight.proof_size() as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.proof_size() as f64,
    )
}

fn report(what: &str, weight: Weight) {
    let (time, proof) = share(weight);
    println!(
        "{what}: {:.1} ms, {} bytes of proof = {time:.1} % of the block's time, {proof:.1} % of its proof size",
        weight.ref_time() as f64 / 1e9,
        weight.proof_size(),
    );
}

#[test]
fn an_epoch_of_a_default_subnet_fits_in_the_epoch_budget() {
    // The default subnet: 256 uids, 64 validators each weighting every uid.
    let epoch = Subtensor::epoch_weight(256, 256 * 64);
    report("epoch n = 256, 64 validators", epoch);
    report("epoch budget per block", MaxEpochWeightPerBlock::get());
    assert!(epoch.all_lte(MaxEpochWeightPerBlock::get()));
}

#[test]
fn an_epoch_of_the_largest_subnet_fits_in_a_block() {
    // 4096 uids, 64 validators each weighting every uid: the most weight entries a subnet's
    // hyperparameters allow (`MAX_EPOCH_WEIGHT_ENTRIES`).
    assert_eq!(4096 * 64, MAX_EPOCH_WEIGHT_ENTRIES);
    let epoch = Subtensor::epoch_weight(4096, MAX_EPOCH_WEIGHT_ENTRIES);
    report("epoch n = 4096, 64 validators", epoch);
    assert!(epoch.all_lte(MAXIMUM_BLOCK_WEIGHT), "one full epoch must fit in a block");
    // Twice as many validators (Bittensor's hyperparameters would allow it), reported: the
    // weights and bonds alone are about the whole proof size.
    report("epoch n = 4096, 128 validators", Subtensor::epoch_weight(4096, 4096 * 128));
}

#[test]
fn the_heaviest_block_step_with_default_subnets_fits_in_a_block() {
    // The subnet limit (12 networks, the root network included) of default subnets (256 uids,
    // 64 validators weighting every uid), a full root network of 64: registration terms of
    // every network, a root epoch, the most payouts of a block, the accrual and as many epochs
    // as the epoch budget holds.
    let worst = Subtensor::max_block_step_weight(12, 256, 64, 64);
    report("block step, 12 networks of 256 uids", worst);
    assert!(worst.all_lte(MAXIMUM_BLOCK_WEIGHT), "the block step must fit in a block");
}

#[test]
fn the_heaviest_block_step_with_the_largest_subnets_fits_in_a_block() {
    // The same with 4096-uid subnets, 64 validators each weighting every uid.
    let worst = Subtensor::max_block_step_weight(12, 4096, 64, 64);
    report("block step, 12 networks of 4096 uids", worst);
    assert!(worst.all_lte(MAXIMUM_BLOCK_WEIGHT), "the block step must fit in a block");
}

#[test]
fn payouts_of_hotkeys_on_every_network_stay_within_their_budget() {
    // A block pays at most the weight of 256 single-network payouts, plus one payout of a
    // hotkey on every network that may pass it.
    report("payouts of a block, 12 networks", Subtensor::max_payout_weight(12));
    report("one payout of a hotkey on 12 networks", Subtensor::payout_weight(12));
    assert!(
        Subtensor::max_payout_weight(12).all_lte(Perbill::from_percent(40) * MAXIMUM_BLOCK_WEIGHT)
    );
}

#[test]
fn removing_the_largest_subnet_fits_in_an_extrinsic() {
    use finney_runtime::configs::system::RuntimeBlockWeights;
    use pallet_subtensor::WeightInfo;
    use polkadot_sdk::frame_support::{dispatch::DispatchClass, traits::Get};
    type Weights = <Runtime as pallet_subtensor::Config>::WeightInfo;
    let max_extrinsic = RuntimeBlockWeights::get()
        .get(DispatchClass::Normal)
        .max_extrinsic
        .expect("normal extrinsics are bounded");
    // The call drops the subnet's per-subnet state; its uids are cleared by the block step.
    report("register_network pruning 4096 uids", Weights::register_network(4096));
    report("dissolve_network of 4096 uids", Weights::dissolve_network(4096));
    assert!(Weights::register_network(4096).all_lte(max_extrinsic));
    assert!(Weights::dissolve_network(4096).all_lte(max_extrinsic));
    let per_block = <Runtime as pallet_subtensor::Config>::MaxNeuronsClearedPerBlock::get();
    report(
        &format!("clearing {per_block} uids of removed subnets"),
        Weights::clear_removed_neurons(per_block),
    );
    println!("a removed 4096-uid subnet is cleared in {} blocks", 4096u32.div_ceil(per_block));
}
