//! The reference epoch: DESIGN 4.4 one step at a time.
//!
//! [`run_epoch_reference`] is the readable definition of an epoch. Each numbered step (the
//! numbers of the list in [`super`], used by every "step N" of the crate) is one function below,
//! over whole vectors and matrices, built from the building blocks ([`crate::vector`],
//! [`crate::sparse`], [`crate::median`], [`super::yuma3`]); the consensus is the chain's pivot
//! recursion ([`weighted_median`]) over a dense list of scores per column.
//!
//! It allocates a matrix per step and a score list per column, so it is slower than
//! [`super::run_epoch`], which must return the same output bit for bit (compared on random
//! subnets by `tests/equivalence.rs`). The per-uid steps (1 to 4, the trust and incentive of
//! step 10, 15 to 17) are cheap: the fast path calls the functions of this module for them and
//! fuses only the matrix steps 5 to 14.

use super::{
    scalar::{bonds_ema_alpha, rao_share},
    types::{EpochError, EpochInput, EpochOutput},
    yuma3,
};
use crate::{
    fixed::{fixed_proportion_to_u16, u16_proportion_to_fixed, vec_max_upscale_to_u16, ZERO},
    median::weighted_median,
    sparse::{
        col_clip, col_max_upscale, col_normalize, mat_ema, matmul, matmul_transpose, row_hadamard,
        row_normalize, row_sum, u16_to_fixed, SparseMatrix,
    },
    vector::{
        is_topk, is_topk_nonzero, is_zero, mask_vector, normalize, normalize_using_sum,
        stake_weights, sum, vec_div,
    },
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Runs one epoch step by step: the same output as [`super::run_epoch`], bit for bit, and the
/// same error for an invalid input (the first that [`EpochInput::validate`] finds).
pub fn run_epoch_reference(input: &EpochInput) -> Result<EpochOutput, EpochError> {
    input.validate()?;
    // 1. Activity.
    let active = activity(input);
    // 2. Stake: s = stake / sum(stake) (I64F64, narrowed to I32F32).
    let stake = stake_weights(&input.stake);
    // 3. New permits (this epoch still uses the previous ones).
    let new_permit = new_permits(input, &stake);
    // 4. Active stake.
    let active_stake = active_stake(&stake, &active, &input.validator_permit);
    // 5. Weights.
    let weights = weights(input);
    // 6. Pre-ranks: R0 = W^T a.
    let preranks = matmul(&weights, &active_stake);
    // 7. Consensus.
    let consensus = consensus(&active_stake, &weights, u16_proportion_to_fixed(input.kappa));
    // 8. Clipped weights: Wc_ij = min(W_ij, C_j), removed above a zero consensus.
    let clipped = col_clip(&weights, &consensus);
    // 9. Validator trust: VT_i = sum_j Wc_ij.
    let validator_trust = row_sum(&clipped);
    // 10. Ranks R = Wc^T a, trust, incentive.
    let ranks = matmul(&clipped, &active_stake);
    let (trust, incentive) = trust_and_incentive(ranks, &preranks);
    // 11.-14. Bonds and dividends.
    let (dividends, new_bonds) = if input.yuma3.enabled {
        yuma3_bonds(input, &weights, &consensus, &incentive, &active_stake)
    } else {
        finney_bonds(input, clipped, &active_stake, &incentive)
    };
    // 15.-17. Emission and stored values.
    let scores = Scores {
        active,
        new_permit,
        stake,
        active_stake,
        trust,
        consensus,
        incentive,
        dividends,
        validator_trust,
    };
    Ok(store(input, scores, new_bonds))
}

/// Step 1: `active_i = last_update_i + activity_cutoff >= block`.
pub(super) fn activity(input: &EpochInput) -> Vec<bool> {
    input
        .last_update
        .iter()
        .map(|u| u.saturating_add(input.activity_cutoff) >= input.block)
        .collect()
}

/// Step 3: the new permits, the top `max_allowed_validators` of the normalised stake `stake`
/// (step 2; ties: the lower uid loses; Yuma 3: nonzero stake only).
pub(super) fn new_permits(input: &EpochInput, stake: &[I32F32]) -> Vec<bool> {
    let k = usize::from(input.max_allowed_validators);
    if input.yuma3.enabled {
        is_topk_nonzero(stake, k)
    } else {
        is_topk(stake, k)
    }
}

/// Step 4: the active stake `a_i = s_i` if uid `i` is `active` and holds a (previous) `permit`,
/// else 0, normalised.
pub(super) fn active_stake(stake: &[I32F32], active: &[bool], permit: &[bool]) -> Vec<I32F32> {
    let mut active_stake = stake.to_vec();
    let forbidden: Vec<bool> = active.iter().zip(permit).map(|(a, p)| !*a || !*p).collect();
    mask_vector(&forbidden, &mut active_stake);
    normalize(&mut active_stake);
    active_stake
}

/// Whether the pair `(i, j)` is outdated: validator `i` last set weights at or before uid `j`
/// was registered (steps 5 and 11 drop such pairs).
fn outdated(input: &EpochInput, i: usize, j: u16) -> bool {
    let updated = input.last_update.get(i).copied().unwrap_or(0);
    let registered = input.block_at_registration.get(usize::from(j)).copied().unwrap_or(0);
    updated <= registered
}

/// Step 5: the weights `W`, read as integers; rows without a (previous) permit, self-weights and
/// outdated pairs dropped; rows normalised.
pub(super) fn weights(input: &EpochInput) -> SparseMatrix {
    let n = usize::from(input.n);
    let permit = &input.validator_permit;
    let mut weights =
        SparseMatrix::from_u16_rows_masked(&input.weights, n, u16_to_fixed, |i, j| {
            permit.get(i).copied().unwrap_or(false) && usize::from(j) != i && !outdated(input, i, j)
        });
    row_normalize(&mut weights);
    weights
}

/// Step 7: the consensus `C_j`, the stake-weighted median of column `j` at `kappa` by the
/// chain's pivot recursion, over the validators with active stake (their stake re-normalised
/// over them; a missing entry is a score of 0). All 0 without such validators.
fn consensus(active_stake: &[I32F32], weights: &SparseMatrix, kappa: I32F32) -> Vec<I32F32> {
    let columns = weights.columns();
    let voters: Vec<usize> =
        active_stake.iter().enumerate().filter(|(_, s)| **s > ZERO).map(|(i, _)| i).collect();
    if voters.is_empty() {
        return vec![ZERO; columns];
    }
    let mut voter_stake: Vec<I32F32> =
        voters.iter().map(|i| active_stake.get(*i).copied().unwrap_or(ZERO)).collect();
    normalize(&mut voter_stake);
    // Each voter's row as a dense list of scores.
    let scores: Vec<Vec<I32F32>> = voters
        .iter()
        .map(|i| {
            let mut dense = vec![ZERO; columns];
            for (j, v) in weights.row(*i) {
                if let Some(score) = dense.get_mut(usize::from(*j)) {
                    *score = *v;
                }
            }
            dense
        })
        .collect();
    (0..columns)
        .map(|j| {
            let column: Vec<I32F32> =
                scores.iter().map(|row| row.get(j).copied().unwrap_or(ZERO)).collect();
            weighted_median(&voter_stake, &column, kappa)
        })
        .collect()
}

/// Step 10 from the ranks `R = Wc^T a` and the pre-ranks `R0` (step 6): the trust
/// `T = R / R0` and the incentive `I = R / sum(R)` (the stored rank is the incentive, as on
/// chain).
pub(super) fn trust_and_incentive(
    ranks: Vec<I32F32>,
    preranks: &[I32F32],
) -> (Vec<I32F32>, Vec<I32F32>) {
    let trust = vec_div(&ranks, preranks);
    let mut incentive = ranks;
    normalize(&mut incentive);
    (trust, incentive)
}

/// Steps 11 to 14 of the Finney-era epoch: the dividends and the new bond rows (column
/// max-upscaled, as stored by step 17).
fn finney_bonds(
    input: &EpochInput,
    clipped: SparseMatrix,
    active_stake: &[I32F32],
    incentive: &[I32F32],
) -> (Vec<I32F32>, Vec<Vec<(u16, u16)>>) {
    let previous = previous_bonds(input);
    let delta = bond_delta(clipped, active_stake);
    let mut ema = bond_ema(&delta, &previous, input.bonds_moving_average);
    let dividends = finney_dividends(&ema, incentive);
    col_max_upscale(&mut ema);
    (dividends, u16_rows(&ema))
}

/// Step 11 (Finney-era): the previous bonds `B`, read as integers, outdated pairs dropped,
/// columns normalised.
fn previous_bonds(input: &EpochInput) -> SparseMatrix {
    let n = usize::from(input.n);
    let mut bonds = SparseMatrix::from_u16_rows_masked(&input.bonds, n, u16_to_fixed, |i, j| {
        !outdated(input, i, j)
    });
    col_normalize(&mut bonds);
    bonds
}

/// Step 12: the bond delta `dB_ij = Wc_ij a_i`, columns normalised.
fn bond_delta(clipped: SparseMatrix, active_stake: &[I32F32]) -> SparseMatrix {
    let mut delta = clipped;
    row_hadamard(&mut delta, active_stake);
    col_normalize(&mut delta);
    delta
}

/// Step 13 (Finney-era): `B' = alpha dB + (1 - alpha) B` with
/// `alpha = 1 - bonds_moving_average / 1e6`, entries `> 0`, columns normalised.
fn bond_ema(
    delta: &SparseMatrix,
    previous: &SparseMatrix,
    bonds_moving_average: u64,
) -> SparseMatrix {
    let mut ema = mat_ema(delta, previous, bonds_ema_alpha(bonds_moving_average));
    col_normalize(&mut ema);
    ema
}

/// Step 14 (Finney-era): the dividends `D = B'^T I`, normalised.
fn finney_dividends(ema: &SparseMatrix, incentive: &[I32F32]) -> Vec<I32F32> {
    let mut dividends = matmul_transpose(ema, incentive);
    normalize(&mut dividends);
    dividends
}

/// Steps 11 to 14 of Yuma 3 (see [`super::yuma3`]): the dividends and the new (absolute) bond
/// rows.
fn yuma3_bonds(
    input: &EpochInput,
    weights: &SparseMatrix,
    consensus: &[I32F32],
    incentive: &[I32F32],
    active_stake: &[I32F32],
) -> (Vec<I32F32>, Vec<Vec<(u16, u16)>>) {
    let previous = yuma3_previous_bonds(input);
    let ema = yuma3_bond_ema(input, weights, &previous, consensus);
    // 14. D_i = a_i (B'^T I)_i, normalised.
    let dividends = yuma3::dividends(&ema, incentive, active_stake);
    (dividends, u16_rows(&ema))
}

/// Step 11 (Yuma 3): the previous bonds as absolute proportions, without those toward uids
/// registered at or after `last_epoch_block`.
pub(super) fn yuma3_previous_bonds(input: &EpochInput) -> SparseMatrix {
    let n = usize::from(input.n);
    let registered = &input.block_at_registration;
    SparseMatrix::from_u16_rows_masked(&input.bonds, n, u16_proportion_to_fixed, |_, j| {
        input.last_epoch_block > registered.get(usize::from(j)).copied().unwrap_or(0)
    })
}

/// Steps 12 and 13 (Yuma 3): the bonds penalty and the (liquid) EMA of
/// [`yuma3::compute_bonds`] on the weights `W` (step 5) and the consensus `C` (step 7).
pub(super) fn yuma3_bond_ema(
    input: &EpochInput,
    weights: &SparseMatrix,
    previous: &SparseMatrix,
    consensus: &[I32F32],
) -> SparseMatrix {
    let params = yuma3::BondParams::from_hyperparameters(&input.yuma3, input.bonds_moving_average);
    yuma3::compute_bonds(weights, previous, consensus, &params)
}

/// The rows of a matrix of proportions as stored: `u16` proportions (step 17).
pub(super) fn u16_rows(m: &SparseMatrix) -> Vec<Vec<(u16, u16)>> {
    m.iter_rows()
        .map(|row| row.iter().map(|(j, v)| (*j, fixed_proportion_to_u16(*v))).collect())
        .collect()
}

/// The per-uid results of steps 1 to 14 that steps 15 to 17 read.
pub(super) struct Scores {
    /// Step 1.
    pub active: Vec<bool>,
    /// Step 3.
    pub new_permit: Vec<bool>,
    /// Step 2: `s`.
    pub stake: Vec<I32F32>,
    /// Step 4: `a`.
    pub active_stake: Vec<I32F32>,
    /// Step 10: `T`.
    pub trust: Vec<I32F32>,
    /// Step 7: `C`.
    pub consensus: Vec<I32F32>,
    /// Step 10: `I` (also the stored rank).
    pub incentive: Vec<I32F32>,
    /// Step 14: `D`.
    pub dividends: Vec<I32F32>,
    /// Step 9: `VT`.
    pub validator_trust: Vec<I32F32>,
}

/// The emission shares of step 15, proportions per uid.
struct Shares {
    /// `I / sum(I + D)`.
    server: Vec<I32F32>,
    /// `D / sum(I + D)`.
    validator: Vec<I32F32>,
    /// `normalise(I + D)`.
    combined: Vec<I32F32>,
}

/// Step 15: the emission shares. When `sum(I + D) = 0` the validators get everything by active
/// stake (by stake if no stake is active).
fn emission_shares(scores: &Scores) -> Shares {
    let Scores { incentive, dividends, stake, active_stake, .. } = scores;
    let combined: Vec<I32F32> =
        incentive.iter().zip(dividends).map(|(i, d)| i.saturating_add(*d)).collect();
    let emission_sum = sum(&combined);
    let mut server = incentive.clone();
    let mut validator = dividends.clone();
    let mut combined = combined;
    normalize_using_sum(&mut server, emission_sum);
    normalize_using_sum(&mut validator, emission_sum);
    normalize(&mut combined);
    if emission_sum == ZERO {
        let fallback = if is_zero(active_stake) { stake } else { active_stake };
        validator.clone_from(fallback);
        combined.clone_from(fallback);
    }
    Shares { server, validator, combined }
}

/// Step 16: `floor(share * rao_emission)` per uid; the dust is not minted.
fn rao_amounts(shares: &[I32F32], rao_emission: u64) -> Vec<u64> {
    shares.iter().map(|x| rao_share(*x, rao_emission)).collect()
}

/// Step 17 for the bonds: the whole bonds matrix after the epoch, `new_bonds[i]` (steps 11 to
/// 14, as stored) for each new permit holder, an empty row for a lost permit, the input row
/// otherwise. `new_bonds` need only hold the rows of the new permit holders.
fn stored_bonds(
    input: &EpochInput,
    new_permit: &[bool],
    mut new_bonds: Vec<Vec<(u16, u16)>>,
) -> Vec<Vec<(u16, u16)>> {
    input
        .bonds
        .iter()
        .enumerate()
        .map(|(i, row)| {
            if new_permit.get(i).copied().unwrap_or(false) {
                new_bonds.get_mut(i).map(core::mem::take).unwrap_or_default()
            } else if input.validator_permit.get(i).copied().unwrap_or(false) {
                Vec::new()
            } else {
                row.clone()
            }
        })
        .collect()
}

/// Steps 15 to 17: the emission shares and amounts, and every stored value (`u16`
/// proportions, pruning scores `normalise(I + D)` max-upscaled, the bonds of
/// [`stored_bonds`]).
pub(super) fn store(
    input: &EpochInput,
    scores: Scores,
    new_bonds: Vec<Vec<(u16, u16)>>,
) -> EpochOutput {
    // 15. Shares.
    let shares = emission_shares(&scores);
    // 16. Rao.
    let rao = |v: &[I32F32]| rao_amounts(v, input.rao_emission);
    // 17. Stored values.
    let to_u16 = |v: &[I32F32]| v.iter().map(|x| fixed_proportion_to_u16(*x)).collect();
    let bonds = stored_bonds(input, &scores.new_permit, new_bonds);
    EpochOutput {
        rank: to_u16(&scores.incentive),
        trust: to_u16(&scores.trust),
        consensus: to_u16(&scores.consensus),
        incentive: to_u16(&scores.incentive),
        dividends: to_u16(&scores.dividends),
        validator_trust: to_u16(&scores.validator_trust),
        pruning_scores: vec_max_upscale_to_u16(&shares.combined),
        emission: rao(&shares.combined),
        server_emission: rao(&shares.server),
        validator_emission: rao(&shares.validator),
        bonds,
        active: scores.active,
        validator_permit: scores.new_permit,
    }
}
