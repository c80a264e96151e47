//! The emission bookkeeping types: why a root epoch set no emission values
//! ([`RootEpochSkip`]) and the pallet's emission accounting since genesis ([`EmissionTotals`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

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
