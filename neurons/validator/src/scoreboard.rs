//! What a validator remembers between rounds: an EMA of each miner's mean reciprocal rank,
//! and recent (query features, reciprocal ranks per miner) rows for the gate. Saved as JSON.

use std::collections::BTreeMap;

use finney_neuron_chain::weights_to_u16;
use serde::{Deserialize, Serialize};

/// The most gate rows kept (the most recent).
pub const GATE_ROWS: usize = 1024;

/// A validator's memory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scoreboard {
    /// EMA of the mean reciprocal rank, by miner hotkey (SS58).
    pub ema: BTreeMap<String, f64>,
    /// The hotkeys the gate rows' columns refer to, in order.
    pub gate_miners: Vec<String>,
    /// Recent rows: the query's features and each miner's reciprocal rank.
    pub gate_rows: Vec<(Vec<f64>, Vec<f64>)>,
    /// Rounds played.
    pub rounds: u64,
    /// The block of the last round.
    pub last_block: u64,
    /// Weights committed (on a subnet with commit-reveal) and not revealed yet, oldest first.
    #[serde(default)]
    pub pending: Vec<PendingCommit>,
}

/// Weights committed as a hash, to reveal in their window: what `reveal_weights` needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PendingCommit {
    /// The uids.
    pub uids: Vec<u16>,
    /// Their weights.
    pub values: Vec<u16>,
    /// The random salt hashed with them.
    pub salt: Vec<u16>,
    /// The version key.
    pub version_key: u64,
    /// The first block the chain accepts the reveal in.
    pub first_reveal_block: u64,
    /// The last block the chain accepts the reveal in.
    pub last_reveal_block: u64,
}

impl Scoreboard {
    /// Removes and returns the pending commits whose reveal window contains `block`, and
    /// forgets those whose window has passed (they can no longer be revealed).
    pub fn take_revealable(&mut self, block: u64) -> Vec<PendingCommit> {
        self.pending.retain(|c| block <= c.last_reveal_block);
        let (ready, later) =
            self.pending.drain(..).partition(|c: &PendingCommit| c.first_reveal_block <= block);
        self.pending = later;
        ready
    }
}

impl Scoreboard {
    /// Folds one round's score of `miner` (its mean reciprocal rank above chance, in -1..=1)
    /// into its EMA with weight `alpha` (a miner seen for the first time starts at its first
    /// score). Negative rounds count, so a lucky round of a random miner is cancelled by its
    /// unlucky ones; only the weights clip at 0.
    pub fn update(&mut self, miner: &str, score: f64, alpha: f64) {
        let score = if score.is_finite() { score.clamp(-1.0, 1.0) } else { 0.0 };
        let alpha = alpha.clamp(0.0, 1.0);
        self.ema
            .entry(miner.to_owned())
            .and_modify(|e| *e = (1.0 - alpha) * *e + alpha * score)
            .or_insert(score);
    }

    /// Forgets the miners not in `present` (deregistered or replaced).
    pub fn retain(&mut self, present: &[String]) {
        self.ema.retain(|k, _| present.contains(k));
    }

    /// Adds a round's gate rows for `miners`; a change in the miners resets the rows.
    pub fn add_gate_rows(&mut self, miners: &[String], rows: Vec<(Vec<f64>, Vec<f64>)>) {
        if self.gate_miners != miners {
            self.gate_miners = miners.to_vec();
            self.gate_rows.clear();
        }
        self.gate_rows.extend(rows);
        let excess = self.gate_rows.len().saturating_sub(GATE_ROWS);
        self.gate_rows.drain(..excess);
    }

    /// The weights of `miners` (hotkey, uid) as `u16`, max-upscaled from their EMAs; miners
    /// without a score, or with an EMA at or below 0, get 0.
    pub fn weights(&self, miners: &[(String, u16)]) -> (Vec<u16>, Vec<u16>) {
        let scores: Vec<f64> =
            miners.iter().map(|(k, _)| self.ema.get(k).copied().unwrap_or(0.0)).collect();
        (miners.iter().map(|(_, uid)| *uid).collect(), weights_to_u16(&scores))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn commits_are_revealed_in_their_window_and_expire_after_it() {
        let commit = |first, last| PendingCommit {
            first_reveal_block: first,
            last_reveal_block: last,
            ..PendingCommit::default()
        };
        let mut board = Scoreboard {
            pending: vec![commit(10, 19), commit(20, 29), commit(30, 39)],
            ..Scoreboard::default()
        };
        assert!(board.take_revealable(9).is_empty(), "too early for all");
        assert_eq!(board.pending.len(), 3);
        // At block 25 the first has expired, the second is due, the third waits.
        assert_eq!(board.take_revealable(25), vec![commit(20, 29)]);
        assert_eq!(board.pending, vec![commit(30, 39)]);
    }

    #[test]
    fn the_ema_starts_at_the_first_score_and_moves_by_alpha() {
        let mut s = Scoreboard::default();
        s.update("a", 0.8, 0.25);
        assert_eq!(s.ema["a"], 0.8);
        s.update("a", 0.0, 0.25);
        assert!((s.ema["a"] - 0.6).abs() < 1e-12);
        s.update("b", f64::NAN, 0.25);
        assert_eq!(s.ema["b"], 0.0);
        s.update("b", -0.4, 0.5);
        assert_eq!(s.ema["b"], -0.2);
        let (_, w) = s.weights(&[("a".into(), 0), ("b".into(), 1)]);
        assert_eq!(w, vec![65535, 0]);
        s.retain(&["b".into()]);
        assert!(!s.ema.contains_key("a"));
    }

    #[test]
    fn weights_are_max_upscaled_emas() {
        let mut s = Scoreboard::default();
        s.update("good", 0.9, 1.0);
        s.update("half", 0.45, 1.0);
        let (uids, w) = s.weights(&[("good".into(), 3), ("half".into(), 5), ("new".into(), 7)]);
        assert_eq!(uids, vec![3, 5, 7]);
        assert_eq!(w, vec![65535, 32768, 0]);
    }

    #[test]
    fn gate_rows_are_bounded_and_reset_with_the_miners() {
        let mut s = Scoreboard::default();
        let miners = vec!["a".to_owned(), "b".to_owned()];
        s.add_gate_rows(&miners, vec![(vec![1.0], vec![0.5, 0.5]); GATE_ROWS + 10]);
        assert_eq!(s.gate_rows.len(), GATE_ROWS);
        s.add_gate_rows(&["a".to_owned()], vec![(vec![1.0], vec![1.0])]);
        assert_eq!(s.gate_rows.len(), 1);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Scoreboard>(&json).unwrap(), s);
    }
}
