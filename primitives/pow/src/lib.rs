//! # Finney proof of work
//!
//! The proof of work of neuron registration (DESIGN section 4.2), as pure `no_std` functions that
//! the pallet, tests and tools share.
//!
//! Design: docs/design.md, section 4.2.
//!
//! ## The seal
//!
//! ```text
//! pre  = keccak256( block_hash || hotkey )                  // 32 + 32 bytes
//! seal = keccak256( sha256( nonce as 8 bytes little-endian || pre ) )
//! ```
//!
//! `block_hash` is the hash of the block the miner worked on (one of the last 3 blocks) and
//! `hotkey` the 32-byte public key being registered. Keccak is the original Keccak-256 (as in
//! Ethereum), not SHA3-256.
//!
//! ## The difficulty check
//!
//! A seal passes difficulty `d` when the seal read as a **big-endian** 256-bit integer, times
//! `d`, does not overflow 2^256: on average one seal in `d` passes. Difficulty 0 and 1 accept
//! every seal.
//!
//! ## Solving
//!
//! [`solve`] tries nonces from a start value until a seal passes; the `finney-pow` binary wraps
//! it for scripts (`finney-pow solve --block-hash 0x.. --hotkey 0x.. --difficulty N`).

#![cfg_attr(not(feature = "std"), no_std)]

use sha2::{Digest, Sha256};
use sha3::Keccak256;

/// A 32-byte hash (block hash, seal).
pub type Hash = [u8; 32];

/// `keccak256(block_hash || hotkey)`: the part of the seal that does not depend on the nonce.
pub fn pre_seal(block_hash: &Hash, hotkey: &[u8; 32]) -> Hash {
    let mut hasher = Keccak256::new();
    hasher.update(block_hash);
    hasher.update(hotkey);
    hasher.finalize().into()
}

/// The seal of `nonce` for a [`pre_seal`]: `keccak256(sha256(nonce_le || pre_seal))`.
pub fn seal_with_pre(pre_seal: &Hash, nonce: u64) -> Hash {
    let mut sha = Sha256::new();
    sha.update(nonce.to_le_bytes());
    sha.update(pre_seal);
    let inner: Hash = sha.finalize().into();
    Keccak256::digest(inner).into()
}

/// The seal of `nonce` for `block_hash` and `hotkey` (see the crate docs).
pub fn seal(block_hash: &Hash, hotkey: &[u8; 32], nonce: u64) -> Hash {
    seal_with_pre(&pre_seal(block_hash, hotkey), nonce)
}

/// Whether `seal`, read as a big-endian 256-bit integer, times `difficulty` stays below 2^256.
pub fn seal_meets_difficulty(seal: &Hash, difficulty: u64) -> bool {
    // Multiply limb by limb from the least significant end; the product overflows exactly when
    // a carry is left over the most significant limb.
    let mut carry: u128 = 0;
    for chunk in seal.rchunks_exact(8) {
        let mut limb_bytes = [0u8; 8];
        limb_bytes.copy_from_slice(chunk);
        let limb = u128::from(u64::from_be_bytes(limb_bytes));
        // limb * difficulty + carry < 2^128: (2^64 - 1)^2 + (2^64 - 1) = 2^128 - 2^64.
        let product = limb.wrapping_mul(u128::from(difficulty)).wrapping_add(carry);
        carry = product >> 64;
    }
    carry == 0
}

/// Whether `nonce` solves `block_hash` and `hotkey` at `difficulty`; returns its seal if so.
pub fn verify(block_hash: &Hash, hotkey: &[u8; 32], nonce: u64, difficulty: u64) -> Option<Hash> {
    let seal = seal(block_hash, hotkey, nonce);
    seal_meets_difficulty(&seal, difficulty).then_some(seal)
}

/// A solution: the nonce and its seal (the `work` of the `register` call).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Solution {
    /// The nonce that solves the puzzle.
    pub nonce: u64,
    /// The seal of the nonce.
    pub work: Hash,
}

/// Tries `max_tries` nonces from `start_nonce` (wrapping at `u64::MAX`) and returns the first
/// that passes `difficulty`, or `None`. About `difficulty` tries are needed on average.
pub fn solve(
    block_hash: &Hash,
    hotkey: &[u8; 32],
    difficulty: u64,
    start_nonce: u64,
    max_tries: u64,
) -> Option<Solution> {
    let pre = pre_seal(block_hash, hotkey);
    let mut nonce = start_nonce;
    for _ in 0..max_tries {
        let work = seal_with_pre(&pre, nonce);
        if seal_meets_difficulty(&work, difficulty) {
            return Some(Solution { nonce, work });
        }
        nonce = nonce.wrapping_add(1);
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::arithmetic_side_effects)]
    use super::*;

    fn hex32(s: &str) -> Hash {
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap();
        }
        out
    }

    /// Computed independently from the formula with another implementation of Keccak-256 and
    /// SHA-256 (`@noble/hashes`): block hash 0x00..00, hotkey 0x01 repeated, nonce 0 and 7.
    #[test]
    fn known_vector() {
        let block_hash = [0u8; 32];
        let hotkey = [1u8; 32];
        assert_eq!(pre_seal(&block_hash, &hotkey), hex32(PRE_SEAL_0_1));
        assert_eq!(seal(&block_hash, &hotkey, 0), hex32(SEAL_0_1_NONCE_0));
        assert_eq!(seal(&block_hash, &hotkey, 7), hex32(SEAL_0_1_NONCE_7));
    }

    const PRE_SEAL_0_1: &str = "d5f4f7e1d989848480236fb0a5f808d5877abf778364ae50845234dd6c1e80fc";
    const SEAL_0_1_NONCE_0: &str =
        "0c01140c2140983c69a6bf1c009d2f6b66ca9e60cf53b7783e5cd1ac070c5d46";
    const SEAL_0_1_NONCE_7: &str =
        "3db4ffab9580d3300e63594701789c5c48ca746f52d984d542162da5ed31e24f";

    #[test]
    fn keccak_is_not_sha3() {
        // keccak256("") from the Keccak reference, not SHA3-256("").
        let empty: Hash = Keccak256::digest([]).into();
        assert_eq!(
            empty,
            hex32("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
        );
    }

    #[test]
    fn difficulty_check_is_big_endian() {
        // 2^255 (top bit set, big endian): times 2 overflows, times 1 does not.
        let mut high = [0u8; 32];
        high[0] = 0x80;
        assert!(seal_meets_difficulty(&high, 1));
        assert!(!seal_meets_difficulty(&high, 2));
        // The same byte at the little end is the number 128: fine up to 2^256 / 128.
        let mut low = [0u8; 32];
        low[31] = 0x80;
        assert!(seal_meets_difficulty(&low, u64::MAX));
        // Exactly 2^192 (one at byte 7): times 2^64 - 1 stays below 2^256; a seal of 2^192 + 1
        // limb carry shows the carry between limbs counts.
        let mut mid = [0u8; 32];
        mid[7] = 1;
        assert!(seal_meets_difficulty(&mid, u64::MAX));
        let mut just_over = [0u8; 32];
        just_over[7] = 1;
        just_over[8] = 0xff;
        // (2^192 + 255 * 2^184) * (2^64 - 1) >= 2^256.
        assert!(!seal_meets_difficulty(&just_over, u64::MAX));
        // All ones passes only difficulty 0 and 1.
        let ones = [0xffu8; 32];
        assert!(seal_meets_difficulty(&ones, 0));
        assert!(seal_meets_difficulty(&ones, 1));
        assert!(!seal_meets_difficulty(&ones, 2));
    }

    #[test]
    fn difficulty_boundary_matches_division() {
        // With only the top limb set, a seal passes d exactly when that limb is at most
        // floor((2^64 - 1) / d).
        for d in [2u64, 3, 10, 1_000, 10_000_000, u64::MAX / 4, u64::MAX] {
            let top_max = u64::MAX / d;
            let mut at = [0u8; 32];
            at[..8].copy_from_slice(&top_max.to_be_bytes());
            assert!(seal_meets_difficulty(&at, d), "d = {d}");
            let mut above = [0u8; 32];
            above[..8].copy_from_slice(&(top_max + 1).to_be_bytes());
            assert!(!seal_meets_difficulty(&above, d), "d = {d}");
        }
    }

    #[test]
    fn solve_finds_a_verifiable_nonce() {
        let block_hash = [7u8; 32];
        let hotkey = [9u8; 32];
        let solution = solve(&block_hash, &hotkey, 1_000, 0, 1_000_000).unwrap();
        assert_eq!(verify(&block_hash, &hotkey, solution.nonce, 1_000), Some(solution.work));
        // Every earlier nonce fails.
        for nonce in 0..solution.nonce {
            assert_eq!(verify(&block_hash, &hotkey, nonce, 1_000), None);
        }
        // The work is bound to the hotkey and the block.
        assert_ne!(seal(&block_hash, &[8u8; 32], solution.nonce), solution.work);
        assert_ne!(seal(&[6u8; 32], &hotkey, solution.nonce), solution.work);
    }

    #[test]
    fn solve_gives_up() {
        assert_eq!(solve(&[0u8; 32], &[0u8; 32], u64::MAX, 0, 10), None);
        assert_eq!(solve(&[0u8; 32], &[0u8; 32], 1, 5, 0), None);
        assert_eq!(solve(&[0u8; 32], &[0u8; 32], 1, u64::MAX, 1).map(|s| s.nonce), Some(u64::MAX));
    }
}
