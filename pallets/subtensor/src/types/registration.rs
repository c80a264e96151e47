//! Registration constants and the proof-of-work window (DESIGN 4.2): the registration terms of
//! a new subnet, which blocks a work may be computed on, and when a used work may be forgotten.

use super::TAO;

/// The default `Burn` of a new subnet: 1 TAO.
pub const DEFAULT_BURN: u64 = TAO;
/// The default `Difficulty` of a new subnet.
pub const DEFAULT_DIFFICULTY: u64 = 10_000_000;
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

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

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
}
