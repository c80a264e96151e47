//! A subnet's hyperparameters: [`SubnetHyperparams`], stored as one value per subnet, with the
//! defaults of a new subnet and of the root network (DESIGN 4), and the subnet's [`Modality`].
//! How each one may change is in [`super::changes`].

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use super::TAO;

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
