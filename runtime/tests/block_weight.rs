//! The weight of subnet epochs against the block (DESIGN 4.3): the benchmarked epoch at the
//! sizes a subnet operator meets, and the heaviest block step with the most subnets and uids.
//! Run with `--nocapture` to see the figures.

use finney_runtime::{
    configs::{subtensor::MaxEpochWeightPerBlock, system::MAXIMUM_BLOCK_WEIGHT},
    Runtime,
};
use polkadot_sdk::frame_support::weights::Weight;

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
fn an_epoch_of_the_largest_subnet_fits_in_a_block() {
    // n = 256 with the default 64 validators weighting every uid; n = 4096 with 128.
    let small = Subtensor::epoch_weight(256, 256 * 64);
    let large = Subtensor::epoch_weight(4096, 4096 * 128);
    report("epoch n = 256, 64 validators", small);
    report("epoch n = 4096, 128 validators", large);
    assert!(small.all_lt(large));
    assert!(large.all_lte(MAXIMUM_BLOCK_WEIGHT), "one full epoch must fit in a block");
}

#[test]
fn the_heaviest_block_step_fits_in_a_block() {
    // The subnet limit (12 networks, the root network included), every subnet at 4096 uids
    // with 128 validators weighting every uid, a full root network of 64.
    let worst = Subtensor::max_block_step_weight(12, 4096, 128, 64);
    report("block step, 12 networks of 4096 uids", worst);
    report("epoch budget per block", MaxEpochWeightPerBlock::get());
    assert!(worst.all_lte(MAXIMUM_BLOCK_WEIGHT), "the block step must fit in a block");
}
