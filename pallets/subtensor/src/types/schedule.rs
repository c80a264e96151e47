//! The epoch schedule of a subnet, in the pallet's types (DESIGN 4.3 and 4.1): whether its epoch
//! is due at a block, which epoch a block is in, and when a weight commit may be revealed. The
//! block step (the root epoch and the subnet epochs, [`crate::coinbase`]) and commit-reveal
//! (`commit_weights`) decide with these functions and nothing else.
//!
//! The arithmetic is [`yuma_consensus::schedule`]'s, with the protocol's other pure functions,
//! where it is tested without a runtime and tools can compute the same blocks. An epoch is due
//! when `(block + netuid + 1) % (tempo + 1) == 0`; tempo 0 disables the epoch, while every block
//! then counts as an epoch of its own for commit-reveal.

use super::SubnetHyperparams;
use finney_support::NetUid;
use yuma_consensus::schedule;

pub use yuma_consensus::schedule::{epoch_index, first_block_of_epoch};

/// Whether the epoch of `netuid` with `tempo` is due at block `now`:
/// `(now + netuid + 1) % (tempo + 1) == 0`; never with tempo 0.
pub fn epoch_is_due(netuid: NetUid, tempo: u16, now: u64) -> bool {
    schedule::epoch_is_due(netuid.get(), tempo, now)
}

/// The blocks in which a weight commit made on `netuid` at `now` may be revealed,
/// `(first, last)` both included: the whole epoch `commit_reveal_period` epochs after the
/// current one.
pub fn reveal_window(netuid: NetUid, params: &SubnetHyperparams, now: u64) -> (u64, u64) {
    schedule::reveal_window(netuid.get(), params.tempo, now, params.commit_reveal_period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs() {
        // netuid 1, tempo 9: due where (b + 2) % 10 == 0, at 8, 18, 28, the first blocks of
        // epochs 1, 2, 3.
        assert_eq!(epoch_index(1, 9, 7), 0);
        assert_eq!(epoch_index(1, 9, 8), 1);
        assert_eq!(epoch_index(1, 9, 17), 1);
        assert_eq!(first_block_of_epoch(1, 9, 1), 8);
        assert_eq!(first_block_of_epoch(1, 9, 2), 18);
        assert!(epoch_is_due(NetUid(1), 9, 8) && !epoch_is_due(NetUid(1), 9, 9));
    }

    #[test]
    fn reveal_windows_follow_the_subnet_parameters() {
        let params =
            SubnetHyperparams { tempo: 9, commit_reveal_period: 1, ..SubnetHyperparams::default() };
        assert_eq!(reveal_window(NetUid(1), &params, 101), (108, 117));
        let params = SubnetHyperparams { commit_reveal_period: 2, ..params };
        assert_eq!(reveal_window(NetUid(1), &params, 101), (118, 127));
        // Tempo 0: no epoch runs, and a commit is revealable in exactly one block.
        let params = SubnetHyperparams { tempo: 0, commit_reveal_period: 3, ..params };
        assert!((0..100).all(|block| !epoch_is_due(NetUid(1), 0, block)));
        assert_eq!(reveal_window(NetUid(1), &params, 101), (104, 104));
    }
}
