//! The epoch's input and output: what the chain reads for a subnet ([`EpochInput`], with its
//! Yuma 3 hyperparameters [`Yuma3Params`]), what it stores ([`EpochOutput`]), and why an input
//! is rejected ([`EpochError`]).

use crate::sparse::find_duplicate;
use alloc::vec::Vec;
use core::fmt;

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
    pub(super) fn validate_lengths(&self) -> Result<(), EpochError> {
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

    /// The repeated-uid checks of [`Self::validate`] (the fused Finney-era sweep makes them
    /// while it reads the rows).
    pub(super) fn validate_rows(&self) -> Result<(), EpochError> {
        let n = usize::from(self.n);
        for (field, rows) in [("weights", &self.weights), ("bonds", &self.bonds)] {
            if let Some((row, uid)) = find_duplicate(rows, n) {
                return Err(EpochError::DuplicateUid { field, row, uid });
            }
        }
        Ok(())
    }
}
