//! One epoch of one subnet: Yuma consensus (DESIGN 4.4).
//!
//! [`run_epoch`] takes everything the chain reads for the subnet ([`EpochInput`]) and returns
//! everything it stores ([`EpochOutput`]). The numbered steps below follow the specification.

use crate::{
    fixed::{fixed_proportion_to_u16, u16_proportion_to_fixed, vec_max_upscale_to_u16, ONE, ZERO},
    median::weighted_median_col,
    sparse::{
        col_clip, find_duplicate, matmul, row_normalize, row_sum, u16_to_fixed, SparseMatrix,
    },
    sweep::{self, FinneyBonds, Matrices},
    vector::{
        is_topk, is_topk_nonzero, is_zero, mask_vector, normalize, normalize_using_sum,
        stake_weights, sum, vec_div,
    },
    yuma3,
};
use alloc::vec::Vec;
use core::fmt;
use substrate_fixed::types::{I32F32, I64F64, I96F32};

/// Default `bonds_penalty` (1.0).
pub const DEFAULT_BONDS_PENALTY: u16 = 65_535;
/// Default `alpha_low` (0.7).
pub const DEFAULT_ALPHA_LOW: u16 = 45_875;
/// Default `alpha_high` (0.9).
pub const DEFAULT_ALPHA_HIGH: u16 = 58_982;
/// Default `alpha_sigmoid_steepness`.
pub const DEFAULT_ALPHA_SIGMOID_STEEPNESS: u16 = 1_000;
/// Default subnet tempo, used for the default `last_epoch_block` of the simulator.
pub const DEFAULT_TEMPO: u64 = 360;

/// Yuma 3 hyperparameters of a subnet (all off by default: the Finney-era Yuma runs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Yuma3Params {
    /// `yuma3_enabled`: absolute bonds, bonds penalty, stake-weighted dividends.
    pub enabled: bool,
    /// `bonds_penalty` as a `u16` proportion: how much of the clipping applies to bonds.
    pub bonds_penalty: u16,
    /// `liquid_alpha_enabled`: a per-bond EMA rate between `alpha_low` and `alpha_high`.
    pub liquid_alpha_enabled: bool,
    /// `alpha_low` as a `u16` proportion.
    pub alpha_low: u16,
    /// `alpha_high` as a `u16` proportion.
    pub alpha_high: u16,
    /// `alpha_sigmoid_steepness`; the sigmoid's slope is this divided by 100.
    pub alpha_sigmoid_steepness: u16,
}

impl Default for Yuma3Params {
    fn default() -> Self {
        Self {
            enabled: false,
            bonds_penalty: DEFAULT_BONDS_PENALTY,
            liquid_alpha_enabled: false,
            alpha_low: DEFAULT_ALPHA_LOW,
            alpha_high: DEFAULT_ALPHA_HIGH,
            alpha_sigmoid_steepness: DEFAULT_ALPHA_SIGMOID_STEEPNESS,
        }
    }
}

/// Everything one epoch of a subnet reads. Per-uid vectors have length `n`; `weights` and
/// `bonds` have `n` rows of `(uid, u16)` in stored order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EpochInput {
    /// The current block `t`.
    pub block: u64,
    /// Number of neurons (uids `0..n`).
    pub n: u16,
    /// Total stake of each uid's hotkey, in rao.
    pub stake: Vec<u64>,
    /// Block of each uid's last weight update.
    pub last_update: Vec<u64>,
    /// Block at which each uid was (last) registered.
    pub block_at_registration: Vec<u64>,
    /// Validator permits stored by the previous epoch.
    pub validator_permit: Vec<bool>,
    /// Stored weights, max-upscaled `u16` rows.
    pub weights: Vec<Vec<(u16, u16)>>,
    /// Stored bonds, `u16` rows (column max-upscaled in Finney-era Yuma, absolute in Yuma 3).
    pub bonds: Vec<Vec<(u16, u16)>>,
    /// `kappa`, the consensus majority as a `u16` proportion.
    pub kappa: u16,
    /// `bonds_moving_average` in millionths: the EMA keeps this much of the old bonds.
    pub bonds_moving_average: u64,
    /// `activity_cutoff` in blocks.
    pub activity_cutoff: u64,
    /// `max_allowed_validators`, the number of validator permits `K`.
    pub max_allowed_validators: u16,
    /// Rao to distribute this epoch.
    pub rao_emission: u64,
    /// Yuma 3 hyperparameters.
    pub yuma3: Yuma3Params,
    /// First block of the current epoch window; Yuma 3 drops bonds toward uids registered at or
    /// after it.
    pub last_epoch_block: u64,
}

/// Everything one epoch stores. `u16` values are proportions (`floor(x * 65535)`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EpochOutput {
    /// `active_i = last_update_i + activity_cutoff >= block`.
    pub active: Vec<bool>,
    /// New validator permits (top `K` by stake).
    pub validator_permit: Vec<bool>,
    /// Rank, normalised: `R_j / sum(R)` (equal to the incentive, as on chain).
    pub rank: Vec<u16>,
    /// Server trust `R_j / R0_j`.
    pub trust: Vec<u16>,
    /// Consensus weight `C_j`.
    pub consensus: Vec<u16>,
    /// Incentive `I_j = R_j / sum(R)`.
    pub incentive: Vec<u16>,
    /// Dividends `D_i`.
    pub dividends: Vec<u16>,
    /// Validator trust `sum_j Wc_ij`.
    pub validator_trust: Vec<u16>,
    /// Pruning scores: `normalise(I + D)` max-upscaled.
    pub pruning_scores: Vec<u16>,
    /// Combined emission `floor(normalise(I + D)_i * rao)`, the `Emission` storage value.
    pub emission: Vec<u64>,
    /// Server part `floor(I_i / sum(I + D) * rao)`, paid to the uid's hotkey.
    pub server_emission: Vec<u64>,
    /// Validator part `floor(D_i / sum(I + D) * rao)`, paid to the uid's hotkey.
    pub validator_emission: Vec<u64>,
    /// The whole bonds matrix after the epoch: a new row for each new permit, an empty row for
    /// a lost permit, the input row otherwise.
    pub bonds: Vec<Vec<(u16, u16)>>,
}

/// Why an epoch input is rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EpochError {
    /// A per-uid vector or a matrix does not have `n` elements (rows).
    LengthMismatch {
        /// The input field.
        field: &'static str,
        /// `n`.
        expected: usize,
        /// Its actual length.
        actual: usize,
    },
    /// A row names the same uid twice (the chain never stores that).
    DuplicateUid {
        /// `weights` or `bonds`.
        field: &'static str,
        /// The row (uid of the validator).
        row: usize,
        /// The repeated uid.
        uid: u16,
    },
}

impl fmt::Display for EpochError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LengthMismatch { field, expected, actual } => {
                write!(f, "{field}: expected {expected} elements (n), found {actual}")
            }
            Self::DuplicateUid { field, row, uid } => {
                write!(f, "{field}[{row}]: uid {uid} appears more than once")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for EpochError {}

impl EpochInput {
    /// Checks that every per-uid vector and matrix has `n` entries and that no row repeats a uid.
    /// Uids `>= n` inside rows are not an error: they are ignored, as the chain ignores them.
    pub fn validate(&self) -> Result<(), EpochError> {
        self.validate_lengths()?;
        self.validate_rows()
    }

    /// The length checks of [`Self::validate`].
    fn validate_lengths(&self) -> Result<(), EpochError> {
        let n = usize::from(self.n);
        let lengths = [
            ("stake", self.stake.len()),
            ("last_update", self.last_update.len()),
            ("block_at_registration", self.block_at_registration.len()),
            ("validator_permit", self.validator_permit.len()),
            ("weights", self.weights.len()),
            ("bonds", self.bonds.len()),
        ];
        for (field, actual) in lengths {
            if actual != n {
                return Err(EpochError::LengthMismatch { field, expected: n, actual });
            }
        }
        Ok(())
    }

    /// The repeated-uid checks of [`Self::validate`] (the Finney-era epoch makes them while it
    /// reads the rows).
    fn validate_rows(&self) -> Result<(), EpochError> {
        let n = usize::from(self.n);
        for (field, rows) in [("weights", &self.weights), ("bonds", &self.bonds)] {
            if let Some((row, uid)) = find_duplicate(rows, n) {
                return Err(EpochError::DuplicateUid { field, row, uid });
            }
        }
        Ok(())
    }
}

/// `rao * x`, floored, in `I96F32` as the chain computes it (`x` a proportion).
pub fn rao_share(x: I32F32, rao: u64) -> u64 {
    I96F32::saturating_from_num(x)
        .saturating_mul(I96F32::saturating_from_num(rao))
        .saturating_to_num::<u64>()
}

/// The EMA rate of the Finney-era bonds: `alpha = 1 - bonds_moving_average / 1_000_000`,
/// divided in `I64F64` and narrowed to `I32F32` (both floors).
pub fn bonds_ema_alpha(bonds_moving_average: u64) -> I32F32 {
    let kept = I64F64::saturating_from_num(bonds_moving_average)
        .checked_div(I64F64::from_num(1_000_000))
        .unwrap_or(I64F64::max_value());
    ONE.saturating_sub(I32F32::saturating_from_num(kept))
}

/// The bonds after steps 11 to 13, by mode.
enum Bonds {
    /// Finney-era: the column sweep's dividends and stored rows.
    Finney(FinneyBonds),
    /// Yuma 3: the absolute bonds.
    Yuma3(SparseMatrix),
}

/// Steps 5 to 13 of a Yuma 3 epoch with the building blocks: pre-ranks, consensus, validator
/// trust, ranks (not normalised) and the new bonds.
fn yuma3_matrices(
    input: &EpochInput,
    active_stake: &[I32F32],
    kappa: I32F32,
) -> Matrices<SparseMatrix> {
    let n = usize::from(input.n);
    let permit = &input.validator_permit;
    let outdated = |i: usize, j: u16| {
        let updated = input.last_update.get(i).copied().unwrap_or(0);
        let registered = input.block_at_registration.get(usize::from(j)).copied().unwrap_or(0);
        updated <= registered
    };
    // 5. Weights.
    let mut weights =
        SparseMatrix::from_u16_rows_masked(&input.weights, n, u16_to_fixed, |i, j| {
            permit.get(i).copied().unwrap_or(false) && usize::from(j) != i && !outdated(i, j)
        });
    row_normalize(&mut weights);
    // 6.-9. Pre-ranks, consensus, clipping, validator trust.
    let preranks = matmul(&weights, active_stake);
    let consensus = weighted_median_col(active_stake, &weights, kappa);
    let clipped = col_clip(&weights, &consensus);
    let validator_trust = row_sum(&clipped);
    // 10. Ranks.
    let ranks = matmul(&clipped, active_stake);
    // 11.-13. Bonds.
    let bonds =
        SparseMatrix::from_u16_rows_masked(&input.bonds, n, u16_proportion_to_fixed, |_, j| {
            let registered = input.block_at_registration.get(usize::from(j)).copied();
            input.last_epoch_block > registered.unwrap_or(0)
        });
    let params = yuma3::BondParams::from_hyperparameters(&input.yuma3, input.bonds_moving_average);
    let ema = yuma3::compute_bonds(&weights, &bonds, &consensus, &params);
    Matrices { preranks, consensus, validator_trust, ranks, bonds: ema }
}

/// Runs one epoch.
///
/// Steps (DESIGN 4.4), with `s` the normalised stake, `a` the active stake, `W` the weights:
/// 1. `active_i = last_update_i + activity_cutoff >= block`;
/// 2. `s = stake / sum(stake)` (`I64F64`, narrowed to `I32F32`);
/// 3. new permits: top `K` of `s` (ties: lower uid loses; Yuma 3: nonzero stake only); this epoch
///    still uses the previous permits `P`;
/// 4. `a_i = s_i` if active and permitted, else 0, normalised;
/// 5. `W`: rows without a permit dropped, self-weights dropped, `(i, j)` dropped when
///    `last_update_i <= block_at_registration_j`, rows normalised;
/// 6. pre-ranks `R0 = W^T a`;
/// 7. consensus `C_j`: stake-weighted median of column `j` at `kappa`;
/// 8. clipped weights `Wc_ij = min(W_ij, C_j)` (removed above a zero consensus);
/// 9. validator trust `VT_i = sum_j Wc_ij`;
/// 10. ranks `R = Wc^T a`, trust `T = R / R0`, incentive `I = R / sum(R)`;
/// 11. bonds `B`: masked like `W`, column-normalised;
/// 12. bond delta `dB = Wc o a`, column-normalised;
/// 13. `B' = alpha dB + (1 - alpha) B`, entries `> 0`, column-normalised (Yuma 3: see
///     [`crate::yuma3`]);
/// 14. dividends `D = B'^T I`, normalised (Yuma 3: `D_i = a_i (B^ I)_i`, normalised);
/// 15. emission shares `I / sum(I + D)` and `D / sum(I + D)`; validators get everything by
///     (active) stake when `sum(I + D) = 0`;
/// 16. rao: `floor(share * rao_emission)`, the dust is not minted;
/// 17. stored values, and bonds column-max-upscaled (Yuma 3: absolute) for new permit holders,
///     cleared for lost permits.
pub fn run_epoch(input: &EpochInput) -> Result<EpochOutput, EpochError> {
    input.validate_lengths()?;
    let y3 = input.yuma3.enabled;
    if y3 {
        input.validate_rows()?;
    }

    // 1. Activity.
    let active: Vec<bool> = input
        .last_update
        .iter()
        .map(|u| u.saturating_add(input.activity_cutoff) >= input.block)
        .collect();

    // 2. Stake.
    let stake = stake_weights(&input.stake);

    // 3. New permits.
    let k = usize::from(input.max_allowed_validators);
    let new_permit = if y3 { is_topk_nonzero(&stake, k) } else { is_topk(&stake, k) };
    let permit = &input.validator_permit;

    // 4. Active stake.
    let mut active_stake = stake.clone();
    let forbidden: Vec<bool> = active.iter().zip(permit).map(|(act, p)| !*act || !*p).collect();
    mask_vector(&forbidden, &mut active_stake);
    normalize(&mut active_stake);

    // 5.-14. The matrices: the Finney-era epoch as one sweep over the columns, Yuma 3 step by
    // step with the building blocks.
    let kappa = u16_proportion_to_fixed(input.kappa);
    let Matrices { preranks, consensus, validator_trust, ranks, bonds } = if y3 {
        yuma3_matrices(input, &active_stake, kappa).with_bonds(Bonds::Yuma3)
    } else {
        sweep::finney(input, &active_stake, &new_permit)?.with_bonds(Bonds::Finney)
    };

    // 10. Trust, incentive.
    let trust = vec_div(&ranks, &preranks);
    let mut ranks = ranks;
    normalize(&mut ranks);
    let incentive = ranks.clone();

    // 14. Dividends.
    let (dividends, mut stored_bonds) = match bonds {
        Bonds::Yuma3(ema) => {
            let dividends = yuma3::dividends(&ema, &incentive, &active_stake);
            let stored: Vec<Vec<(u16, u16)>> = ema
                .iter_rows()
                .map(|row| row.iter().map(|(j, v)| (*j, fixed_proportion_to_u16(*v))).collect())
                .collect();
            (dividends, stored)
        }
        Bonds::Finney(bonds) => (bonds.dividends, bonds.stored),
    };

    // 15.-16. Emission.
    let combined: Vec<I32F32> =
        incentive.iter().zip(&dividends).map(|(i, d)| i.saturating_add(*d)).collect();
    let emission_sum = sum(&combined);
    let mut server_share = incentive.clone();
    let mut validator_share = dividends.clone();
    let mut combined_share = combined;
    normalize_using_sum(&mut server_share, emission_sum);
    normalize_using_sum(&mut validator_share, emission_sum);
    normalize(&mut combined_share);
    if emission_sum == ZERO {
        let fallback = if is_zero(&active_stake) { &stake } else { &active_stake };
        validator_share.clone_from(fallback);
        combined_share.clone_from(fallback);
    }
    let rao = |v: &[I32F32]| v.iter().map(|x| rao_share(*x, input.rao_emission)).collect();

    // 17. Stored values.
    let to_u16 = |v: &[I32F32]| v.iter().map(|x| fixed_proportion_to_u16(*x)).collect();
    let bonds_out = input
        .bonds
        .iter()
        .enumerate()
        .map(|(i, row)| {
            if new_permit.get(i).copied().unwrap_or(false) {
                stored_bonds.get_mut(i).map(core::mem::take).unwrap_or_default()
            } else if permit.get(i).copied().unwrap_or(false) {
                Vec::new()
            } else {
                row.clone()
            }
        })
        .collect();
    Ok(EpochOutput {
        active,
        validator_permit: new_permit,
        rank: to_u16(&ranks),
        trust: to_u16(&trust),
        consensus: to_u16(&consensus),
        incentive: to_u16(&incentive),
        dividends: to_u16(&dividends),
        validator_trust: to_u16(&validator_trust),
        pruning_scores: vec_max_upscale_to_u16(&combined_share),
        emission: rao(&combined_share),
        server_emission: rao(&server_share),
        validator_emission: rao(&validator_share),
        bonds: bonds_out,
    })
}
