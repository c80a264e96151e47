//! The stake-weighted median of each column: Yuma's consensus weight.
//!
//! The chain computes it with a deterministic pivot recursion over all validators with stake
//! (pivot = the element at index `len / 2` of the candidate list, split by strict comparison, recurse
//! into the side that holds the minority point, return the pivot when it falls between). Because
//! fixed-point additions are exact, that recursion always returns the same value, which does not
//! depend on the order of the candidates:
//!
//! > the smallest score `v` whose cumulative stake `S(<= v)` exceeds `minority = sum(stake) - kappa`,
//! > or the largest score if no score does, or 0 if there is no validator with stake.
//!
//! This module computes exactly that value per column, looking only at the nonzero entries of the
//! column (validators without an entry count as a score of 0), so a column costs in proportion to
//! its entries instead of to the number of validators.

use crate::{
    fixed::ZERO,
    sparse::SparseMatrix,
    vector::{normalize, sum},
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Stake-weighted median of `score` values (one per candidate, `stake` normalised over the
/// candidates) at the `(1 - majority)` point, by the chain's pivot recursion.
///
/// Reference form of the consensus rule over a dense candidate list; the epoch uses
/// [`weighted_median_col`], which returns the same values.
pub fn weighted_median(stake: &[I32F32], score: &[I32F32], majority: I32F32) -> I32F32 {
    let total = sum(stake);
    let minority = total.saturating_sub(majority);
    let candidates: Vec<usize> = (0..stake.len().min(score.len())).collect();
    pivot_median(stake, score, &candidates, minority, ZERO, total)
}

/// The chain's recursion on the candidate indices `partition`, whose stake occupies
/// `[lo, hi]` of the cumulative stake.
fn pivot_median(
    stake: &[I32F32],
    score: &[I32F32],
    partition: &[usize],
    minority: I32F32,
    lo: I32F32,
    hi: I32F32,
) -> I32F32 {
    let value = |i: &usize| score.get(*i).copied().unwrap_or(ZERO);
    let weight = |i: &usize| stake.get(*i).copied().unwrap_or(ZERO);
    let Some(pivot) = partition.get(partition.len() / 2).map(value) else {
        return ZERO;
    };
    if partition.len() == 1 {
        return pivot;
    }
    let (mut lo_stake, mut hi_stake) = (ZERO, ZERO);
    let (mut lower, mut upper) = (Vec::new(), Vec::new());
    for i in partition {
        if value(i) < pivot {
            lo_stake = lo_stake.saturating_add(weight(i));
            lower.push(*i);
        } else if value(i) > pivot {
            hi_stake = hi_stake.saturating_add(weight(i));
            upper.push(*i);
        }
    }
    let below = lo.saturating_add(lo_stake);
    let upto = hi.saturating_sub(hi_stake);
    if below <= minority && minority < upto {
        pivot
    } else if minority < below && !lower.is_empty() {
        pivot_median(stake, score, &lower, minority, lo, below)
    } else if upto <= minority && !upper.is_empty() {
        pivot_median(stake, score, &upper, minority, upto, hi)
    } else {
        pivot
    }
}

/// Consensus `C_j`: the stake-weighted median of each column of `weights` over the rows with
/// `stake_i > 0` (their stake re-normalised to sum 1, missing entries counting as 0), at the
/// `1 - kappa` point: the largest weight that validators holding at least `kappa` of the stake
/// give to `j` or more. Bit-identical to the chain's pivot recursion (see the module docs).
///
/// Each `(row, column)` must appear at most once (the epoch checks this).
pub fn weighted_median_col(stake: &[I32F32], weights: &SparseMatrix, kappa: I32F32) -> Vec<I32F32> {
    let columns = weights.columns();
    let mut median = vec![ZERO; columns];
    let mut use_stake: Vec<I32F32> =
        stake.iter().map(|s| if *s > ZERO { *s } else { ZERO }).collect();
    let voters = use_stake.iter().filter(|s| **s > ZERO).count();
    if voters == 0 {
        return median;
    }
    normalize(&mut use_stake);
    let stake_sum = sum(&use_stake);
    let minority = stake_sum.saturating_sub(kappa);

    // Bucket the positive entries of voters by column: (score, stake) pairs.
    let voter_rows = || {
        weights.iter_rows().zip(use_stake.iter()).filter(|(_, s)| **s > ZERO).flat_map(
            |(row, s)| row.iter().filter(|(_, v)| *v > ZERO).map(move |(j, v)| (*j, *v, *s)),
        )
    };
    let mut starts = vec![0_usize; columns.saturating_add(1)];
    for (j, _, _) in voter_rows() {
        if let Some(c) = starts.get_mut(usize::from(j).saturating_add(1)) {
            *c = c.saturating_add(1);
        }
    }
    for k in 1..starts.len() {
        let previous = starts.get(k.saturating_sub(1)).copied().unwrap_or(0);
        if let Some(c) = starts.get_mut(k) {
            *c = c.saturating_add(previous);
        }
    }
    let mut cursor = starts.clone();
    let mut items = vec![(ZERO, ZERO); starts.last().copied().unwrap_or(0)];
    for (j, v, s) in voter_rows() {
        if let Some(c) = cursor.get_mut(usize::from(j)) {
            if let Some(slot) = items.get_mut(*c) {
                *slot = (v, s);
            }
            *c = c.saturating_add(1);
        }
    }

    for (j, c) in median.iter_mut().enumerate() {
        let (Some(a), Some(b)) = (starts.get(j), starts.get(j.saturating_add(1))) else {
            continue;
        };
        let Some(bucket) = items.get_mut(*a..*b) else { continue };
        let positive_stake = bucket.iter().fold(ZERO, |acc, (_, s)| acc.saturating_add(*s));
        // Cumulative stake of the validators scoring this column 0 (or not at all).
        let zero_stake = stake_sum.saturating_sub(positive_stake);
        let zero_present = bucket.len() < voters;
        if zero_present && zero_stake > minority {
            *c = ZERO;
            continue;
        }
        *c = match weighted_select(bucket, zero_stake, minority) {
            Some(v) => v,
            None => bucket.iter().map(|(v, _)| *v).max().unwrap_or(ZERO),
        };
    }
    median
}

/// The smallest value `v` in `items` with `base + stake(items <= v) > minority`, found by a
/// three-way quickselect around the middle element; `None` if even the whole of `items` does not
/// get past `minority`. Reorders `items`.
fn weighted_select(
    mut items: &mut [(I32F32, I32F32)],
    mut base: I32F32,
    minority: I32F32,
) -> Option<I32F32> {
    loop {
        let len = items.len();
        let pivot = items.get(len / 2)?.0;
        // Dutch-flag partition: [0, lt) < pivot, [lt, i) == pivot, [gt, len) > pivot.
        let (mut lt, mut i, mut gt) = (0_usize, 0_usize, len);
        let (mut lo_stake, mut eq_stake) = (ZERO, ZERO);
        while i < gt {
            let Some((v, s)) = items.get(i).copied() else { break };
            if v < pivot {
                lo_stake = lo_stake.saturating_add(s);
                items.swap(lt, i);
                lt = lt.saturating_add(1);
                i = i.saturating_add(1);
            } else if v > pivot {
                gt = gt.saturating_sub(1);
                items.swap(i, gt);
            } else {
                eq_stake = eq_stake.saturating_add(s);
                i = i.saturating_add(1);
            }
        }
        let below = base.saturating_add(lo_stake);
        if below > minority {
            if lt == 0 {
                // Nothing below the pivot and the stake before it already exceeds the minority
                // point (kappa = 1 makes `minority` negative): the pivot is the smallest item,
                // the answer, as in the chain's recursion, which stops when `lower` is empty.
                return Some(pivot);
            }
            items = core::mem::take(&mut items).get_mut(..lt)?;
            continue;
        }
        let upto = below.saturating_add(eq_stake);
        if upto > minority {
            return Some(pivot);
        }
        base = upto;
        items = core::mem::take(&mut items).get_mut(gt..)?;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;
    use crate::{fixed::ONE, sparse::Entry};
    use proptest::prelude::*;

    fn fx(x: f64) -> I32F32 {
        I32F32::from_num(x)
    }

    /// Dense reference: the chain's recursion per column, over the rows with stake.
    fn reference(stake: &[I32F32], w: &SparseMatrix, kappa: I32F32) -> Vec<I32F32> {
        let mut use_stake: Vec<I32F32> = stake.iter().copied().filter(|s| *s > ZERO).collect();
        normalize(&mut use_stake);
        (0..w.columns())
            .map(|j| {
                let scores: Vec<I32F32> = stake
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| **s > ZERO)
                    .map(|(i, _)| {
                        w.row(i).iter().find(|(c, _)| usize::from(*c) == j).map_or(ZERO, |e| e.1)
                    })
                    .collect();
                weighted_median(&use_stake, &scores, kappa)
            })
            .collect()
    }

    #[test]
    fn hand_checked_median() {
        // Three validators with stake 0.5, 0.3, 0.2 score one column 0.1, 0.4, 0.9.
        // kappa = 0.5: minority = 1 - 0.5 = 0.5. Cumulative: S(<=0.1) = 0.5 (not > 0.5),
        // S(<=0.4) = 0.8 > 0.5 -> consensus 0.4: validators with 0.5 of the stake give >= 0.4.
        let stake = [fx(0.5), fx(0.3), fx(0.2)];
        let w = SparseMatrix::from_rows(
            &[vec![(0_u16, fx(0.1))], vec![(0, fx(0.4))], vec![(0, fx(0.9))]],
            1,
        );
        assert_eq!(weighted_median_col(&stake, &w, fx(0.5)), vec![fx(0.4)]);
        assert_eq!(weighted_median(&stake, &[fx(0.1), fx(0.4), fx(0.9)], fx(0.5)), fx(0.4));
        // kappa = 0.6: minority 0.4 -> S(<=0.1) = 0.5 > 0.4 -> 0.1.
        assert_eq!(weighted_median_col(&stake, &w, fx(0.6)), vec![fx(0.1)]);
        // kappa = 0: minority 1.0 is never exceeded -> the largest score, 0.9.
        assert_eq!(weighted_median_col(&stake, &w, ZERO), vec![fx(0.9)]);
        // A missing entry counts as 0: drop validator 0's score -> S(<=0) = 0.5 -> with
        // kappa 0.6 (minority 0.4) the consensus is 0.
        let w = SparseMatrix::from_rows(&[vec![], vec![(0_u16, fx(0.4))], vec![(0, fx(0.9))]], 1);
        assert_eq!(weighted_median_col(&stake, &w, fx(0.6)), vec![ZERO]);
        // No stake: 0.
        assert_eq!(weighted_median_col(&[ZERO; 3], &w, fx(0.5)), vec![ZERO]);
        // kappa = 1 with stake [1/3, 2/3] floored (sum 1 - 2^-32): minority = -2^-32, below
        // any cumulative stake, so the consensus is the smallest score. The chain's recursion:
        // pivot = index 1 (0.2), nothing lower, below = 0 > minority -> 0.2.
        let mut stake = [fx(1.0), fx(2.0)];
        normalize(&mut stake);
        let w = SparseMatrix::from_rows(&[vec![(0_u16, fx(0.8))], vec![(0, fx(0.2))]], 1);
        assert_eq!(weighted_median(&stake, &[fx(0.8), fx(0.2)], ONE), fx(0.2));
        assert_eq!(weighted_median_col(&stake, &w, ONE), vec![fx(0.2)]);
    }

    proptest! {
        #[test]
        fn matches_chain_recursion(
            stake in proptest::collection::vec(0_u32..5, 1..12),
            cells in proptest::collection::vec((0_u16..4, 0_u8..6), 0..40),
            kappa in 0_u16..=u16::MAX,
        ) {
            let n = stake.len();
            let mut s: Vec<I32F32> = stake.iter().map(|x| I32F32::from_num(*x)).collect();
            normalize(&mut s);
            let mut rows: Vec<Vec<Entry>> = vec![Vec::new(); n];
            for (k, (j, v)) in cells.iter().enumerate() {
                let row = &mut rows[k % n];
                if row.iter().all(|(c, _)| c != j) {
                    row.push((*j, I32F32::from_num(*v) / I32F32::from_num(5)));
                }
            }
            let w = SparseMatrix::from_rows(&rows, 4);
            let kappa = crate::fixed::u16_proportion_to_fixed(kappa);
            prop_assert_eq!(weighted_median_col(&s, &w, kappa), reference(&s, &w, kappa));
        }

        /// kappa near 1: `minority = sum(stake) - kappa` is negative when the normalised stake
        /// sums to less than 1.
        #[test]
        fn matches_chain_recursion_at_high_kappa(
            stake in proptest::collection::vec(0_u32..1000, 1..12),
            cells in proptest::collection::vec((0_u16..4, 0_u8..6), 0..40),
            kappa in 65_500_u16..=u16::MAX,
        ) {
            let n = stake.len();
            let mut s: Vec<I32F32> = stake.iter().map(|x| I32F32::from_num(*x)).collect();
            normalize(&mut s);
            let mut rows: Vec<Vec<Entry>> = vec![Vec::new(); n];
            for (k, (j, v)) in cells.iter().enumerate() {
                let row = &mut rows[k % n];
                if row.iter().all(|(c, _)| c != j) {
                    row.push((*j, I32F32::from_num(*v) / I32F32::from_num(5)));
                }
            }
            let w = SparseMatrix::from_rows(&rows, 4);
            let kappa = crate::fixed::u16_proportion_to_fixed(kappa);
            prop_assert_eq!(weighted_median_col(&s, &w, kappa), reference(&s, &w, kappa));
        }
    }
}
