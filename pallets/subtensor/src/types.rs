//! The state types of subnets and neurons, with their own rules: the hyperparameters and their
//! bounds, who may change each one, endpoints and weight commits. Tested without storage.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// One TAO in rao.
pub const TAO: u64 = 1_000_000_000;

/// What a subnet's miners produce, set by the subnet owner.
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
    Default,
    Debug,
    Serialize,
    Deserialize,
)]
pub enum Modality {
    /// Text (the default).
    #[default]
    Text,
    /// Audio.
    Audio,
    /// Images.
    Image,
    /// Anything else.
    Other,
}

/// A miner's published endpoint (`serve_axon`).
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
    Default,
    Debug,
)]
pub struct AxonInfo {
    /// The block it was published at (0: never).
    pub block: u64,
    /// The miner software's version.
    pub version: u32,
    /// The IP address (an IPv4 address in the low 32 bits, or IPv6).
    pub ip: u128,
    /// The port.
    pub port: u16,
    /// 4 or 6.
    pub ip_type: u8,
    /// The protocol (Bittensor: 0 TCP, 1 UDP, ...).
    pub protocol: u8,
    /// Reserved.
    pub placeholder1: u8,
    /// Reserved.
    pub placeholder2: u8,
}

/// A neuron's published metrics endpoint (`serve_prometheus`).
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
    Default,
    Debug,
)]
pub struct PrometheusInfo {
    /// The block it was published at (0: never).
    pub block: u64,
    /// The software's version.
    pub version: u32,
    /// The IP address.
    pub ip: u128,
    /// The port.
    pub port: u16,
    /// 4 or 6.
    pub ip_type: u8,
}

/// Why an IP endpoint is rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EndpointError {
    /// The IP type is neither 4 nor 6.
    InvalidIpType,
    /// 0, loopback, broadcast, or an IPv4 address that does not fit 32 bits.
    InvalidIpAddress,
    /// Port 0.
    InvalidPort,
}

/// Checks an endpoint as Bittensor does: the type is 4 or 6; the address is not 0; an IPv4
/// address fits 32 bits and is neither 255.255.255.255 (broadcast) nor 127.0.0.1 (loopback); an
/// IPv6 address is neither all ones nor `::1` (loopback); the port is not 0.
pub fn check_endpoint(ip: u128, port: u16, ip_type: u8) -> Result<(), EndpointError> {
    match ip_type {
        4 => {
            if ip == 0 || ip >= u128::from(u32::MAX) || ip == 0x7f00_0001 {
                return Err(EndpointError::InvalidIpAddress);
            }
        }
        6 => {
            if ip == 0 || ip == u128::MAX || ip == 1 {
                return Err(EndpointError::InvalidIpAddress);
            }
        }
        _ => return Err(EndpointError::InvalidIpType),
    }
    if port == 0 {
        return Err(EndpointError::InvalidPort);
    }
    Ok(())
}

/// The hyperparameters of one subnet (DESIGN section 4), stored as one value per subnet. The
/// registration terms the controller moves every interval (`Burn`, `Difficulty`) are stored
/// separately.
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
)]
pub struct SubnetHyperparams {
    /// Blocks between epochs; 0 disables epochs.
    pub tempo: u16,
    /// The most neurons the subnet holds.
    pub max_allowed_uids: u16,
    /// The most validator permits (top stakers).
    pub max_allowed_validators: u16,
    /// The fewest weights a validator must set.
    pub min_allowed_weights: u16,
    /// The largest normalised weight, as a proportion of 65535.
    pub max_weights_limit: u16,
    /// Blocks after registration during which a neuron is not pruned (unless all are immune).
    pub immunity_period: u16,
    /// Blocks without weights after which a validator is inactive.
    pub activity_cutoff: u16,
    /// Blocks between two `set_weights` of a neuron.
    pub weights_rate_limit: u64,
    /// The lowest weights version key accepted (0 accepts all).
    pub weights_version_key: u64,
    /// The consensus majority, as a proportion of 65535.
    pub kappa: u16,
    /// The steepness of the root consensus sigmoid.
    pub rho: u16,
    /// The bonds' EMA constant, out of 1 000 000.
    pub bonds_moving_average: u64,
    /// Blocks between adjustments of difficulty and burn.
    pub adjustment_interval: u16,
    /// The registrations per interval the controller aims for.
    pub target_registrations_per_interval: u16,
    /// The most registrations per block.
    pub max_registrations_per_block: u16,
    /// The smallest burn, in rao.
    pub min_burn: u64,
    /// The largest burn, in rao.
    pub max_burn: u64,
    /// The smallest proof-of-work difficulty.
    pub min_difficulty: u64,
    /// The largest proof-of-work difficulty.
    pub max_difficulty: u64,
    /// The controller's smoothing `a = adjustment_alpha / u64::MAX`.
    pub adjustment_alpha: u64,
    /// Whether neurons may register at all.
    pub network_registration_allowed: bool,
    /// Whether proof-of-work registration is allowed.
    pub pow_registration_allowed: bool,
    /// Blocks between two `serve_axon` (or two `serve_prometheus`) of a neuron.
    pub serving_rate_limit: u64,
    /// Whether weights go through commit-reveal.
    pub commit_reveal_weights_enabled: bool,
    /// Epochs after the commit's epoch in which a commit is revealed.
    pub commit_reveal_period: u64,
    /// Whether the epoch uses Yuma 3.
    pub yuma3_enabled: bool,
    /// Yuma 3 bonds penalty, as a proportion of 65535.
    pub bonds_penalty: u16,
    /// Yuma 3 liquid alpha.
    pub liquid_alpha_enabled: bool,
    /// Yuma 3 liquid alpha, lower bound, as a proportion of 65535.
    pub alpha_low: u16,
    /// Yuma 3 liquid alpha, upper bound, as a proportion of 65535.
    pub alpha_high: u16,
    /// Yuma 3 liquid alpha sigmoid steepness.
    pub alpha_sigmoid_steepness: u16,
    /// What the subnet's miners produce.
    pub modality: Modality,
}

impl Default for SubnetHyperparams {
    /// The defaults of a new subnet (DESIGN section 4, Bittensor's values).
    fn default() -> Self {
        Self {
            tempo: 360,
            max_allowed_uids: 256,
            max_allowed_validators: 64,
            min_allowed_weights: 1,
            max_weights_limit: u16::MAX,
            immunity_period: 5000,
            activity_cutoff: 5000,
            weights_rate_limit: 100,
            weights_version_key: 0,
            kappa: 32_767,
            rho: 10,
            bonds_moving_average: 900_000,
            adjustment_interval: 360,
            target_registrations_per_interval: 1,
            max_registrations_per_block: 1,
            min_burn: 1,
            max_burn: 100 * TAO,
            min_difficulty: 10_000_000,
            max_difficulty: u64::MAX / 4,
            adjustment_alpha: 0,
            network_registration_allowed: true,
            pow_registration_allowed: false,
            serving_rate_limit: 50,
            commit_reveal_weights_enabled: false,
            commit_reveal_period: 1,
            yuma3_enabled: false,
            bonds_penalty: u16::MAX,
            liquid_alpha_enabled: false,
            alpha_low: 45_875,
            alpha_high: 58_982,
            alpha_sigmoid_steepness: 1000,
            modality: Modality::Text,
        }
    }
}

impl SubnetHyperparams {
    /// The hyperparameters of the root network: 64 uids (all validators), tempo 100.
    pub fn root() -> Self {
        Self { tempo: 100, max_allowed_uids: 64, max_allowed_validators: 64, ..Self::default() }
    }
}

/// The default `Burn` of a new subnet: 1 TAO.
pub const DEFAULT_BURN: u64 = TAO;
/// The default `Difficulty` of a new subnet.
pub const DEFAULT_DIFFICULTY: u64 = 10_000_000;
/// The most unrevealed weight commits a hotkey may have on a subnet.
pub const MAX_UNREVEALED_COMMITS: usize = 10;
/// How many recent blocks a proof of work may be computed on: the last 3 before the current one
/// (DESIGN 4.2; the block being built has no hash yet, so work on it would prove nothing).
pub const POW_BLOCK_WINDOW: u64 = 3;
/// The most expired entries of [`crate::UsedWork`] one proof-of-work registration prunes: more
/// than the one entry it adds, so the stored works shrink back to those still in the window.
pub const MAX_USED_WORKS_PRUNED_PER_REGISTRATION: u32 = 2;

/// Whether a proof of work computed on `block_number` may be submitted at block `now`: the block
/// is one of the [`POW_BLOCK_WINDOW`] blocks before `now`.
pub fn pow_block_in_window(block_number: u64, now: u64) -> bool {
    block_number < now && now.saturating_sub(block_number) <= POW_BLOCK_WINDOW
}

/// Whether a work used at block `used_at` may be forgotten at block `now`: its block was before
/// `used_at` (see [`pow_block_in_window`]), so from `used_at + POW_BLOCK_WINDOW` on it is out of
/// the window and can never be submitted again; the seal binds it to its block's hash, so it is
/// not the work of any other block.
pub fn used_work_expired(used_at: u64, now: u64) -> bool {
    now >= used_at.saturating_add(POW_BLOCK_WINDOW)
}

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

/// A network-wide parameter and its new value: the argument of `set_network_parameter`
/// (governance only).
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
)]
pub enum NetworkParameter {
    /// The most networks, the root network included; at least 1.
    SubnetLimit(u16),
    /// The smallest network lock, in rao.
    NetworkMinLockCost(u64),
    /// Blocks over which the lock decays back to the minimum (0: no decay).
    NetworkLockReductionInterval(u64),
    /// Blocks between two network registrations (0: no limit).
    NetworkRateLimit(u64),
    /// Blocks after its registration during which a subnet is not pruned.
    NetworkImmunityPeriod(u64),
    /// The subnet owner's cut of the subnet's emission, as a proportion of 65535.
    SubnetOwnerCut(u16),
    /// The least total stake, in rao, a hotkey must have to join the root network (0: none).
    RootRegistrationMinStake(u64),
    /// The rao a coldkey burns to swap a hotkey ([`crate::KeySwapCost`]).
    KeySwapCost(u64),
    /// Blocks before a hotkey that received a swap may be swapped again (0: no limit;
    /// [`crate::HotkeySwapRateLimit`]).
    HotkeySwapRateLimit(u64),
}

/// The network-wide defaults (DESIGN section 4).
pub mod network_defaults {
    use super::TAO;
    /// `subnet_limit`.
    pub const SUBNET_LIMIT: u16 = 12;
    /// `network_min_lock_cost`: 1000 TAO.
    pub const NETWORK_MIN_LOCK_COST: u64 = 1_000 * TAO;
    /// `network_lock_reduction_interval`: 14 days.
    pub const NETWORK_LOCK_REDUCTION_INTERVAL: u64 = 100_800;
    /// `network_rate_limit`: a day.
    pub const NETWORK_RATE_LIMIT: u64 = 7_200;
    /// `network_immunity_period`: a week.
    pub const NETWORK_IMMUNITY_PERIOD: u64 = 50_400;
    /// `subnet_owner_cut`: 18 %.
    pub const SUBNET_OWNER_CUT: u16 = 11_796;
    /// `root_registration_min_stake`: 1000 TAO, as much as a network lock. Without a minimum,
    /// hotkeys without stake could take the root network's few registrations per interval (and
    /// its free uids) from the validators it is for.
    pub const ROOT_REGISTRATION_MIN_STAKE: u64 = 1_000 * TAO;
}

/// A weight commit: its hash and the block it was made at.
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
)]
pub struct WeightCommit<Hash> {
    /// `blake2_256(SCALE(hotkey, netuid, uids, values, salt, version_key))`.
    pub hash: Hash,
    /// The block of the commit.
    pub commit_block: u64,
    /// The first block it may be revealed at.
    pub first_reveal_block: u64,
    /// The last block it may be revealed at; expired after.
    pub last_reveal_block: u64,
}

/// The epoch `block` falls in for a subnet with `tempo`: epochs end on the blocks where
/// `(block + netuid + 1) % (tempo + 1) == 0` (DESIGN 4.3).
pub fn epoch_index(netuid: u16, tempo: u16, block: u64) -> u64 {
    let period = u64::from(tempo).saturating_add(1);
    block.saturating_add(u64::from(netuid)).saturating_add(1).checked_div(period).unwrap_or(0)
}

/// The first block of epoch `epoch` of a subnet (the inverse of [`epoch_index`]).
pub fn first_block_of_epoch(netuid: u16, tempo: u16, epoch: u64) -> u64 {
    let period = u64::from(tempo).saturating_add(1);
    epoch.saturating_mul(period).saturating_sub(u64::from(netuid).saturating_add(1))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

    #[test]
    fn endpoints() {
        assert_eq!(check_endpoint(0x0a00_0001, 8091, 4), Ok(()));
        assert_eq!(check_endpoint(0x0a00_0001, 8091, 5), Err(EndpointError::InvalidIpType));
        assert_eq!(check_endpoint(0, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(0x7f00_0001, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(
            check_endpoint(u128::from(u32::MAX), 8091, 4),
            Err(EndpointError::InvalidIpAddress)
        );
        assert_eq!(check_endpoint(1 << 40, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(1 << 40, 8091, 6), Ok(()));
        assert_eq!(check_endpoint(1, 8091, 6), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(u128::MAX, 8091, 6), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(0x0a00_0001, 0, 4), Err(EndpointError::InvalidPort));
    }

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

    #[test]
    fn the_pow_window_is_the_last_three_blocks_and_expired_works_stay_out_of_it() {
        // At block 10: blocks 7, 8 and 9; not the current block, not the future, not block 6.
        assert!((7..=9).all(|b| pow_block_in_window(b, 10)));
        assert!(![6, 10, 11].into_iter().any(|b| pow_block_in_window(b, 10)));
        assert!(!pow_block_in_window(0, 0));
        // A work used at block u (so computed on a block <= u - 1) expires at u + 3, exactly
        // when no block it could have been computed on is in the window any more.
        for used_at in 1..20u64 {
            for now in used_at..used_at + 10 {
                let could_be_resubmitted = (used_at.saturating_sub(POW_BLOCK_WINDOW)..used_at)
                    .any(|block| pow_block_in_window(block, now));
                assert_eq!(
                    used_work_expired(used_at, now),
                    !could_be_resubmitted,
                    "{used_at} {now}"
                );
            }
        }
    }

    #[test]
    fn epochs() {
        // netuid 1, tempo 9: epochs end where (b + 2) % 10 == 0, i.e. at 8, 18, 28.
        assert_eq!(epoch_index(1, 9, 7), 0);
        assert_eq!(epoch_index(1, 9, 8), 1);
        assert_eq!(epoch_index(1, 9, 17), 1);
        assert_eq!(first_block_of_epoch(1, 9, 1), 8);
        assert_eq!(first_block_of_epoch(1, 9, 2), 18);
    }
}

/// Why a root epoch set no emission values (the previous ones stay).
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
)]
pub enum RootEpochSkip {
    /// The root network has no members.
    NoValidators,
    /// The root network's members hold no stake.
    NoStake,
    /// There are no networks.
    NoNetworks,
    /// The root weights do not have one row per member (never happens while the uid maps are
    /// consistent).
    InconsistentState,
}

/// The emission accounting of the pallet since genesis, in rao. Every rao assigned from block
/// emission is, at any time, in exactly one place: minted (owner cuts and epoch payouts),
/// pending in a subnet ([`crate::PendingEmission`]), loaded for the next payout
/// ([`crate::LoadedEmission`]), epoch rounding dust, or unpaid. `try_state` checks that
/// `minted + pending + loaded + dust + unpaid == assigned <= available` and that the last
/// block assigned no more than its block emission.
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
    Default,
    Debug,
)]
pub struct EmissionTotals {
    /// Sum over blocks of the block emission (the halving schedule at that block's issuance).
    pub available: u128,
    /// Sum over blocks of what was assigned to subnets: owner cuts and pending accruals.
    pub assigned: u128,
    /// Minted by this pallet: owner cuts and epoch payouts.
    pub minted: u128,
    /// Epoch rounding dust: assigned but never minted.
    pub dust: u128,
    /// Assigned but never minted: rewards that could not be paid (a hotkey without owner, a
    /// recipient that cannot hold funds) and the pending emission of removed subnets.
    pub unpaid: u128,
    /// The last block that accrued emission.
    pub last_block: u64,
    /// That block's emission.
    pub last_block_emission: u64,
    /// What that block assigned (never above `last_block_emission`).
    pub last_block_assigned: u64,
}
