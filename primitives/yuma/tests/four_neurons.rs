//! The hand-made 4-neuron epoch of the README, derived step by step.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use yuma_consensus::{run_epoch, EpochInput};

/// Two validators (uids 0 and 1, stake 3 and 1 rao, both holding permits) and two miners
/// (uids 2 and 3). Validator 0 weights both miners equally, validator 1 only miner 2.
pub fn four_neurons() -> EpochInput {
    EpochInput {
        block: 100,
        n: 4,
        stake: vec![3, 1, 0, 0],
        last_update: vec![100, 100, 100, 100],
        block_at_registration: vec![0, 0, 0, 0],
        validator_permit: vec![true, true, false, false],
        weights: vec![vec![(2, 65_535), (3, 65_535)], vec![(2, 65_535)], vec![], vec![]],
        bonds: vec![vec![], vec![], vec![], vec![]],
        kappa: 32_767,
        bonds_moving_average: 900_000,
        activity_cutoff: 5_000,
        max_allowed_validators: 2,
        rao_emission: 1_000_000_000,
        ..Default::default()
    }
}

#[test]
fn four_neuron_epoch_by_hand() {
    // Raw I32F32 bits below; "1" is 2^32 = 4294967296.
    //
    // Stake s = [3, 1, 0, 0] / 4 = [0.75, 0.25, 0, 0] exactly; everyone is active
    // (100 + 5000 >= 100); active stake a = s (permits [T, T, F, F], already sums to 1).
    // New permits: top 2 by stake -> [T, T, F, F].
    //
    // Weights, row-normalised: W_0 = [2: 0.5, 3: 0.5], W_1 = [2: 1].
    // Pre-ranks: R0_2 = 0.75 * 0.5 + 0.25 * 1 = 0.625, R0_3 = 0.375.
    //
    // Consensus: kappa = floor(32767 * 2^32 / 65535) = 2147450879 raw (0.49999237),
    // minority = 1 - kappa = 2147516417 raw (0.50000763).
    // Column 2: scores 0.5 (stake 0.75) and 1 (0.25): S(<= 0.5) = 0.75 > minority -> C_2 = 0.5.
    // Column 3: scores 0.5 (0.75) and 0 (0.25, no entry): S(<= 0) = 0.25, S(<= 0.5) = 1 -> 0.5.
    // Columns 0, 1: no entries, S(<= 0) = 1 -> 0.
    // Stored: floor(0.5 * 65535) = floor(32767.5) = 32767.
    //
    // Clipped: Wc_0 = [2: 0.5, 3: 0.5], Wc_1 = [2: 0.5]. Validator trust [1, 0.5] -> [65535, 32767].
    // Ranks: R_2 = 0.75 * 0.5 + 0.25 * 0.5 = 0.5, R_3 = 0.375.
    // Trust: T_2 = 0.5 / 0.625 = floor(2^63 / 2684354560) = 3435973836 raw (just under 0.8),
    //   stored floor(3435973836 * 65535 / 2^32) = 52427 (not 52428); T_3 = 0.375 / 0.375 = 65535.
    // Incentive: I = R / 0.875: I_2 = floor(2^31 * 2^32 / 3758096384) = 2454267026 raw (4/7),
    //   I_3 = 1840700269 raw (3/7); stored 37448 and 28086. Rank is stored normalised too.
    //
    // Bonds (none before): dB = Wc o a = [2: 0.375, 3: 0.375], [2: 0.125]; column-normalised
    //   [2: 0.75, 3: 1], [2: 0.25].
    // alpha = 1 - floor(0.9 in I64F64 narrowed) = 4294967296 - 3865470566 = 429496730 raw.
    // EMA: alpha * dB = [2: 322122547, 3: 429496730], [2: 107374182] raw; column-normalised
    //   (column 2 sums to 429496729): [2: 3221225474, 3: 4294967296], [2: 1073741821].
    // Dividends: D_0 = 0.75.. * 4/7 + 1 * 3/7, D_1 = 0.25.. * 4/7, normalised:
    //   3681400541 and 613566754 raw (6/7 and 1/7) -> 56172 and 9362.
    //
    // Emission: I + D = [6/7, 1/7, 4/7, 3/7] sums to 2 (less a few raw units):
    //   server = I / 2 * 1e9 -> [0, 0, 285714285, 214285714];
    //   validator = D / 2 * 1e9 -> [428571428, 71428571, 0, 0];
    //   emission = normalise(I + D) * 1e9 -> [428571428, 71428571, 285714285, 214285714]
    //   (999999998 rao: 2 rao of floor dust are not minted).
    // Pruning scores: normalise(I + D) = [3/7, 1/14, 2/7, 3/14] max-upscaled:
    //   round(x * 65535 / (3/7)) = [65535, 10922 (10922.5 less floor error), 43690, 32767].
    // Stored bonds: columns max-upscaled: column 2 max is uid 0 -> [2: 1, 3: 1] -> 65535, 65535;
    //   uid 1: 1073741821 / 3221225474 = 0.3333333 -> floor(21844.99..) = 21844.
    let out = run_epoch(&four_neurons()).unwrap();
    assert_eq!(out.active, vec![true; 4]);
    assert_eq!(out.validator_permit, vec![true, true, false, false]);
    assert_eq!(out.consensus, vec![0, 0, 32_767, 32_767]);
    assert_eq!(out.validator_trust, vec![65_535, 32_767, 0, 0]);
    assert_eq!(out.trust, vec![0, 0, 52_427, 65_535]);
    assert_eq!(out.incentive, vec![0, 0, 37_448, 28_086]);
    assert_eq!(out.rank, out.incentive);
    assert_eq!(out.dividends, vec![56_172, 9_362, 0, 0]);
    assert_eq!(out.server_emission, vec![0, 0, 285_714_285, 214_285_714]);
    assert_eq!(out.validator_emission, vec![428_571_428, 71_428_571, 0, 0]);
    assert_eq!(out.emission, vec![428_571_428, 71_428_571, 285_714_285, 214_285_714]);
    assert_eq!(out.pruning_scores, vec![65_535, 10_922, 43_690, 32_767]);
    assert_eq!(out.bonds, vec![vec![(2, 65_535), (3, 65_535)], vec![(2, 21_844)], vec![], vec![]]);
}
