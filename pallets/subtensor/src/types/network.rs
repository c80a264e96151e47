//! The network-wide parameters: the typed change [`NetworkParameter`] (the argument of
//! `set_network_parameter`, governance only) and their defaults ([`network_defaults`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

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
    use crate::types::TAO;
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
