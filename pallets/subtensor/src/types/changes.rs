//! Changing a subnet hyperparameter: the typed change [`Hyperparameter`] (the argument of
//! `set_hyperparameter`), who may make it ([`ChangeLevel`]) and its bounds
//! ([`Hyperparameter::apply`], [`HyperparameterError`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use super::{Modality, SubnetHyperparams};

/// Who may change a hyperparameter.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChangeLevel {
    /// The subnet owner, or governance.
    Owner,
    /// Governance only.
    Governance,
}

/// One subnet hyperparameter and its new value: the argument of `set_hyperparameter`.
#[derive(
    Encode,
    Decode,
    DecodeWithMemTracking,
    MaxEncodedLen,
    TypeInfo,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Debug,
    Serialize,
    Deserialize,
)]
pub enum Hyperparameter {
    /// Governance. `tempo`, at most [`MAX_TEMPO`].
    Tempo(u16),
    /// Governance. `max_allowed_uids`, at least the current neuron count and the validator
    /// count, at most the runtime's limit.
    MaxAllowedUids(u16),
    /// Governance. `max_allowed_validators`, at most `max_allowed_uids`.
    MaxAllowedValidators(u16),
    /// Owner. `min_allowed_weights`, at most `max_allowed_uids`.
    MinAllowedWeights(u16),
    /// Owner. `max_weights_limit`.
    MaxWeightsLimit(u16),
    /// Owner. `immunity_period`.
    ImmunityPeriod(u16),
    /// Owner. `activity_cutoff`.
    ActivityCutoff(u16),
    /// Governance. `weights_rate_limit`.
    WeightsRateLimit(u64),
    /// Owner. `weights_version_key`.
    WeightsVersionKey(u64),
    /// Governance. `kappa`.
    Kappa(u16),
    /// Owner. `rho`.
    Rho(u16),
    /// Governance. `bonds_moving_average`, at most 1 000 000.
    BondsMovingAverage(u64),
    /// Governance. `adjustment_interval`, at least 1.
    AdjustmentInterval(u16),
    /// Governance. `target_registrations_per_interval`, at least 1.
    TargetRegistrationsPerInterval(u16),
    /// Governance. `max_registrations_per_block`.
    MaxRegistrationsPerBlock(u16),
    /// Governance. The current `Burn`, within `[min_burn, max_burn]`.
    Burn(u64),
    /// Owner. `min_burn`, at most `max_burn`.
    MinBurn(u64),
    /// Owner. `max_burn`, at least `min_burn`.
    MaxBurn(u64),
    /// Governance. The current `Difficulty`, within `[min_difficulty, max_difficulty]`.
    Difficulty(u64),
    /// Owner. `min_difficulty`, at most `max_difficulty`.
    MinDifficulty(u64),
    /// Owner. `max_difficulty`, at least `min_difficulty`.
    MaxDifficulty(u64),
    /// Governance. `adjustment_alpha`.
    AdjustmentAlpha(u64),
    /// Owner. `network_registration_allowed`.
    NetworkRegistrationAllowed(bool),
    /// Owner. `pow_registration_allowed`.
    PowRegistrationAllowed(bool),
    /// Owner. `serving_rate_limit`.
    ServingRateLimit(u64),
    /// Owner. `commit_reveal_weights_enabled`.
    CommitRevealWeightsEnabled(bool),
    /// Owner. `commit_reveal_period` in epochs, 1 to [`MAX_COMMIT_REVEAL_PERIOD`].
    CommitRevealPeriod(u64),
    /// Owner. `yuma3_enabled`.
    Yuma3Enabled(bool),
    /// Owner. `bonds_penalty`.
    BondsPenalty(u16),
    /// Owner. `liquid_alpha_enabled`.
    LiquidAlphaEnabled(bool),
    /// Owner. `alpha_low` and `alpha_high`, with `0 < low <= high`.
    AlphaValues {
        /// `alpha_low`.
        low: u16,
        /// `alpha_high`.
        high: u16,
    },
    /// Owner. `alpha_sigmoid_steepness`.
    AlphaSigmoidSteepness(u16),
    /// Owner. The subnet's modality.
    Modality(Modality),
}

/// The largest tempo governance may set (about a week of 12 s blocks).
pub const MAX_TEMPO: u16 = 50_400;
/// The longest commit-reveal period, in epochs.
pub const MAX_COMMIT_REVEAL_PERIOD: u64 = 100;
/// The largest `bonds_moving_average`.
pub const MAX_BONDS_MOVING_AVERAGE: u64 = 1_000_000;
/// The most `max_allowed_validators * max_allowed_uids`: the weight entries an epoch may read
/// (a row per validator permit, an entry per uid), 64 validators on the largest subnet. An
/// epoch reads its validators' weights and bonds whole, and more than this would not fit in
/// one block's proof size.
pub const MAX_EPOCH_WEIGHT_ENTRIES: u32 = 64 * 4096;

/// Why a hyperparameter value is rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HyperparameterError {
    /// The value is outside the parameter's bounds.
    OutOfBounds,
    /// `max_allowed_uids` below the current neuron count.
    BelowCurrentNeurons,
    /// `max_allowed_uids` above the runtime's limit.
    AboveUidLimit,
    /// `max_allowed_validators * max_allowed_uids` above [`MAX_EPOCH_WEIGHT_ENTRIES`].
    EpochTooLarge,
}

impl Hyperparameter {
    /// Who may change this parameter (Bittensor's split between owner and root). The consensus
    /// parameters `kappa` and `bonds_moving_average` and the controller's `adjustment_alpha` are
    /// governance-only (DESIGN 4), as on Bittensor.
    pub fn level(&self) -> ChangeLevel {
        use Hyperparameter::*;
        match self {
            Tempo(_)
            | MaxAllowedUids(_)
            | MaxAllowedValidators(_)
            | WeightsRateLimit(_)
            | Kappa(_)
            | BondsMovingAverage(_)
            | AdjustmentAlpha(_)
            | AdjustmentInterval(_)
            | TargetRegistrationsPerInterval(_)
            | MaxRegistrationsPerBlock(_)
            | Burn(_)
            | Difficulty(_) => ChangeLevel::Governance,
            _ => ChangeLevel::Owner,
        }
    }

    /// Applies the change to `params` (and to the current `burn` and `difficulty`) after checking
    /// its bounds; `neurons` is the subnet's neuron count and `uid_limit` the runtime's cap on
    /// `max_allowed_uids`. Changes nothing on error.
    pub fn apply(
        &self,
        params: &mut SubnetHyperparams,
        burn: &mut u64,
        difficulty: &mut u64,
        neurons: u16,
        uid_limit: u16,
    ) -> Result<(), HyperparameterError> {
        use Hyperparameter::*;
        use HyperparameterError::*;
        let check = |ok: bool| if ok { Ok(()) } else { Err(OutOfBounds) };
        let epoch_fits = |validators: u16, uids: u16| {
            if u32::from(validators).saturating_mul(u32::from(uids)) <= MAX_EPOCH_WEIGHT_ENTRIES {
                Ok(())
            } else {
                Err(EpochTooLarge)
            }
        };
        match *self {
            Tempo(v) => {
                check(v <= MAX_TEMPO)?;
                params.tempo = v;
            }
            MaxAllowedUids(v) => {
                if v > uid_limit {
                    return Err(AboveUidLimit);
                }
                if v < neurons {
                    return Err(BelowCurrentNeurons);
                }
                check(
                    v >= 1 && v >= params.max_allowed_validators && v >= params.min_allowed_weights,
                )?;
                epoch_fits(params.max_allowed_validators, v)?;
                params.max_allowed_uids = v;
            }
            MaxAllowedValidators(v) => {
                check(v <= params.max_allowed_uids)?;
                epoch_fits(v, params.max_allowed_uids)?;
                params.max_allowed_validators = v;
            }
            MinAllowedWeights(v) => {
                check(v <= params.max_allowed_uids)?;
                params.min_allowed_weights = v;
            }
            MaxWeightsLimit(v) => params.max_weights_limit = v,
            ImmunityPeriod(v) => params.immunity_period = v,
            ActivityCutoff(v) => params.activity_cutoff = v,
            WeightsRateLimit(v) => params.weights_rate_limit = v,
            WeightsVersionKey(v) => params.weights_version_key = v,
            Kappa(v) => params.kappa = v,
            Rho(v) => params.rho = v,
            BondsMovingAverage(v) => {
                check(v <= MAX_BONDS_MOVING_AVERAGE)?;
                params.bonds_moving_average = v;
            }
            AdjustmentInterval(v) => {
                check(v >= 1)?;
                params.adjustment_interval = v;
            }
            TargetRegistrationsPerInterval(v) => {
                check(v >= 1)?;
                params.target_registrations_per_interval = v;
            }
            MaxRegistrationsPerBlock(v) => params.max_registrations_per_block = v,
            Burn(v) => {
                check(params.min_burn <= v && v <= params.max_burn)?;
                *burn = v;
            }
            MinBurn(v) => {
                check(v <= params.max_burn)?;
                params.min_burn = v;
                *burn = (*burn).max(v);
            }
            MaxBurn(v) => {
                check(v >= params.min_burn)?;
                params.max_burn = v;
                *burn = (*burn).min(v);
            }
            Difficulty(v) => {
                check(params.min_difficulty <= v && v <= params.max_difficulty)?;
                *difficulty = v;
            }
            MinDifficulty(v) => {
                check(v <= params.max_difficulty)?;
                params.min_difficulty = v;
                *difficulty = (*difficulty).max(v);
            }
            MaxDifficulty(v) => {
                check(v >= params.min_difficulty)?;
                params.max_difficulty = v;
                *difficulty = (*difficulty).min(v);
            }
            AdjustmentAlpha(v) => params.adjustment_alpha = v,
            NetworkRegistrationAllowed(v) => params.network_registration_allowed = v,
            PowRegistrationAllowed(v) => params.pow_registration_allowed = v,
            ServingRateLimit(v) => params.serving_rate_limit = v,
            CommitRevealWeightsEnabled(v) => params.commit_reveal_weights_enabled = v,
            CommitRevealPeriod(v) => {
                check((1..=MAX_COMMIT_REVEAL_PERIOD).contains(&v))?;
                params.commit_reveal_period = v;
            }
            Yuma3Enabled(v) => params.yuma3_enabled = v,
            BondsPenalty(v) => params.bonds_penalty = v,
            LiquidAlphaEnabled(v) => params.liquid_alpha_enabled = v,
            AlphaValues { low, high } => {
                check(low > 0 && low <= high)?;
                params.alpha_low = low;
                params.alpha_high = high;
            }
            AlphaSigmoidSteepness(v) => params.alpha_sigmoid_steepness = v,
            Modality(v) => params.modality = v,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;
    use crate::types::{DEFAULT_BURN, DEFAULT_DIFFICULTY};

    #[test]
    fn bounds_and_levels() {
        let mut p = SubnetHyperparams::default();
        let (mut burn, mut difficulty) = (DEFAULT_BURN, DEFAULT_DIFFICULTY);
        assert_eq!(Hyperparameter::Tempo(5).level(), ChangeLevel::Governance);
        // The consensus parameters are governance-only (DESIGN 4).
        assert_eq!(Hyperparameter::Kappa(5).level(), ChangeLevel::Governance);
        assert_eq!(Hyperparameter::BondsMovingAverage(5).level(), ChangeLevel::Governance);
        assert_eq!(Hyperparameter::AdjustmentAlpha(5).level(), ChangeLevel::Governance);
        assert_eq!(Hyperparameter::Rho(5).level(), ChangeLevel::Owner);
        assert_eq!(
            Hyperparameter::MaxAllowedUids(10).apply(&mut p, &mut burn, &mut difficulty, 11, 4096),
            Err(HyperparameterError::BelowCurrentNeurons)
        );
        assert_eq!(
            Hyperparameter::MaxAllowedUids(5000).apply(&mut p, &mut burn, &mut difficulty, 0, 4096),
            Err(HyperparameterError::AboveUidLimit)
        );
        assert_eq!(
            Hyperparameter::Burn(0).apply(&mut p, &mut burn, &mut difficulty, 0, 4096),
            Err(HyperparameterError::OutOfBounds)
        );
        // Lowering max_burn pulls the current burn down with it.
        assert_eq!(
            Hyperparameter::MaxBurn(10).apply(&mut p, &mut burn, &mut difficulty, 0, 4096),
            Ok(())
        );
        assert_eq!((p.max_burn, burn), (10, 10));
        assert_eq!(
            Hyperparameter::AlphaValues { low: 2, high: 1 }.apply(
                &mut p,
                &mut burn,
                &mut difficulty,
                0,
                4096
            ),
            Err(HyperparameterError::OutOfBounds)
        );
    }
}
