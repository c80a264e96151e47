//! The epoch schedule: when a subnet's epoch runs, which epoch a block is in, and the reveal
//! window of a weight commit (DESIGN 4.3 and 4.1).
//!
//! A subnet's epoch is due at block `b` when `(b + netuid + 1) % (tempo + 1) == 0`, as on
//! Bittensor; the offset by netuid spreads subnets of equal tempo over different blocks. Epochs
//! are numbered by `floor((b + netuid + 1) / (tempo + 1))`: the block at which an epoch is due is
//! the first block of the next epoch number.
//!
//! **Tempo 0** disables the epoch ([`epoch_is_due`] is never true), while the numbering still
//! applies with a period of one block: every block is an epoch of its own, so a commit is
//! revealable exactly `commit_reveal_period` blocks after it was made ([`reveal_window`]).
//!
//! Every function saturates instead of overflowing, and none panics.

/// The blocks of one epoch of a subnet with `tempo`: `tempo + 1`.
pub fn period(tempo: u16) -> u64 {
    u64::from(tempo).saturating_add(1)
}

/// `block + netuid + 1`, the block as the schedule counts it.
fn offset_block(netuid: u16, block: u64) -> u64 {
    block.saturating_add(u64::from(netuid)).saturating_add(1)
}

/// Whether the epoch of subnet `netuid` with `tempo` is due at `block`:
/// `(block + netuid + 1) % (tempo + 1) == 0`; never with tempo 0.
pub fn epoch_is_due(netuid: u16, tempo: u16, block: u64) -> bool {
    if tempo == 0 {
        return false;
    }
    offset_block(netuid, block).checked_rem(period(tempo)) == Some(0)
}

/// The epoch `block` falls in for subnet `netuid` with `tempo`:
/// `floor((block + netuid + 1) / (tempo + 1))`. It changes exactly at the blocks where the
/// epoch is due ([`epoch_is_due`]); with tempo 0, every block is an epoch.
pub fn epoch_index(netuid: u16, tempo: u16, block: u64) -> u64 {
    offset_block(netuid, block).checked_div(period(tempo)).unwrap_or(0)
}

/// The first block of epoch `epoch` of subnet `netuid` with `tempo` (the inverse of
/// [`epoch_index`]): `epoch * (tempo + 1) - netuid - 1`, or 0 for an epoch that started before
/// block 0.
pub fn first_block_of_epoch(netuid: u16, tempo: u16, epoch: u64) -> u64 {
    epoch.saturating_mul(period(tempo)).saturating_sub(u64::from(netuid).saturating_add(1))
}

/// The blocks in which a weight commit made at `commit_block` may be revealed, `(first, last)`
/// both included: the whole epoch `commit_reveal_period` epochs after the commit's (DESIGN
/// 4.1). With tempo 0 that is the single block `commit_block + commit_reveal_period`.
pub fn reveal_window(
    netuid: u16,
    tempo: u16,
    commit_block: u64,
    commit_reveal_period: u64,
) -> (u64, u64) {
    let reveal_epoch =
        epoch_index(netuid, tempo, commit_block).saturating_add(commit_reveal_period);
    let first = first_block_of_epoch(netuid, tempo, reveal_epoch);
    let last =
        first_block_of_epoch(netuid, tempo, reveal_epoch.saturating_add(1)).saturating_sub(1);
    (first, last)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

    #[test]
    fn due_blocks_follow_bittensor() {
        // (block + netuid + 1) % (tempo + 1) == 0.
        assert!(epoch_is_due(1, 10, 9));
        assert!(!epoch_is_due(1, 10, 10));
        assert!(epoch_is_due(1, 10, 20));
        // DESIGN 4.3's examples: netuid 1, tempo 360 at 359, 720, 1081; root, tempo 100, at
        // 100, 201, 302.
        let due =
            |netuid, tempo| (0..1200u64).filter(move |b| epoch_is_due(netuid, tempo, *b)).take(3);
        assert!(due(1, 360).eq([359, 720, 1081]));
        assert!(due(0, 100).eq([100, 201, 302]));
    }

    #[test]
    fn tempo_zero_runs_no_epoch_and_makes_every_block_an_epoch() {
        for netuid in [0u16, 1, 7, u16::MAX] {
            for block in (0..50u64).chain([u64::MAX - 1, u64::MAX]) {
                assert!(!epoch_is_due(netuid, 0, block), "{netuid} {block}");
            }
            for block in 0..50u64 {
                // Each block is an epoch of its own, numbered block + netuid + 1 ...
                let epoch = epoch_index(netuid, 0, block);
                assert_eq!(epoch, block + u64::from(netuid) + 1);
                assert_eq!(first_block_of_epoch(netuid, 0, epoch), block);
                // ... so a commit is revealable in one block, `commit_reveal_period` later.
                for commit_reveal_period in [1u64, 3] {
                    let window = reveal_window(netuid, 0, block, commit_reveal_period);
                    let reveal = block + commit_reveal_period;
                    assert_eq!(window, (reveal, reveal));
                }
            }
        }
        assert_eq!(period(0), 1);
    }

    #[test]
    fn epochs_change_exactly_at_due_blocks() {
        for netuid in 0..6u16 {
            for tempo in 1..12u16 {
                for block in 0..200u64 {
                    let epoch = epoch_index(netuid, tempo, block);
                    // The block is in its epoch's blocks ...
                    assert!(first_block_of_epoch(netuid, tempo, epoch) <= block);
                    assert!(block < first_block_of_epoch(netuid, tempo, epoch + 1));
                    // ... and the epoch number moves on exactly where the epoch is due.
                    if block > 0 {
                        let moved = epoch != epoch_index(netuid, tempo, block - 1);
                        assert_eq!(moved, epoch_is_due(netuid, tempo, block), "{netuid} {tempo}");
                    }
                }
            }
        }
    }

    #[test]
    fn epochs_and_reveal_windows() {
        // netuid 1, tempo 9: due where (b + 2) % 10 == 0, at 8, 18, 28: the first blocks of
        // epochs 1, 2, 3.
        assert_eq!(epoch_index(1, 9, 7), 0);
        assert_eq!(epoch_index(1, 9, 8), 1);
        assert_eq!(epoch_index(1, 9, 17), 1);
        assert_eq!(first_block_of_epoch(1, 9, 0), 0);
        assert_eq!(first_block_of_epoch(1, 9, 1), 8);
        assert_eq!(first_block_of_epoch(1, 9, 2), 18);
        // A commit in epoch 1 with a period of 1 is revealable during epoch 2, 18 ..= 27.
        assert_eq!(reveal_window(1, 9, 8, 1), (18, 27));
        assert_eq!(reveal_window(1, 9, 17, 1), (18, 27));
        assert_eq!(reveal_window(1, 9, 17, 2), (28, 37));
        assert_eq!(reveal_window(1, 9, 18, 1), (28, 37));
    }

    #[test]
    fn saturates_instead_of_overflowing() {
        assert_eq!(period(u16::MAX), 65_536);
        assert_eq!(epoch_index(u16::MAX, 0, u64::MAX), u64::MAX);
        assert_eq!(first_block_of_epoch(0, u16::MAX, u64::MAX), u64::MAX - 1);
        // At the very end of `u64` the window saturates to nothing; no chain gets there.
        assert_eq!(reveal_window(3, 100, u64::MAX, 100), (u64::MAX - 4, u64::MAX - 5));
    }
}
