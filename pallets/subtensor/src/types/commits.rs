//! Weight commits (DESIGN 4.1, commit-reveal): a [`WeightCommit`] and how many a hotkey may
//! hold. When a commit may be revealed is the epoch schedule's ([`super::schedule`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The most unrevealed weight commits a hotkey may have on a subnet.
pub const MAX_UNREVEALED_COMMITS: usize = 10;

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
