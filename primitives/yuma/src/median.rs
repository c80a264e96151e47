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
    let mut items = vec![(0_i64, 0_i64); starts.last().copied().unwrap_or(0)];
    for (j, v, s) in voter_rows() {
        if let Some(c) = cursor.get_mut(usize::from(j)) {
            if let Some(slot) = items.get_mut(*c) {
                *slot = (v.to_bits(), s.to_bits());
            }
            *c = c.saturating_add(1);
        }
    }

    let mut rule = ColumnConsensus::new(stake_sum, minority, voters);
    for (j, c) in median.iter_mut().enumerate() {
        let (Some(a), Some(b)) = (starts.get(j), starts.get(j.saturating_add(1))) else {
            continue;
        };
        let Some(bucket) = items.get_mut(*a..*b) else { continue };
        let positive_stake = bucket.iter().fold(0_i64, |acc, (_, s)| acc.saturating_add(*s));
        *c = rule.of(bucket, positive_stake);
    }
    median
}

/// The consensus rule, applied to one column at a time by [`ColumnConsensus::of`], with
/// partition space reused so that a column allocates nothing.
///
/// Validators with stake that give the column no score (or 0) count as a score of 0 holding the
/// rest of the stake, so a column costs in proportion to its entries.
#[derive(Clone, Debug)]
pub(crate) struct ColumnConsensus {
    /// Sum of the re-normalised stake of all voters (raw `I32F32` bits).
    stake_sum: i64,
    /// `stake_sum - kappa`.
    minority: i64,
    /// Number of validators with stake.
    voters: usize,
    /// Partition space of [`weighted_select`].
    scratch: Vec<(i64, i64)>,
    /// The items of one bucket, for [`Self::of_buckets`].
    bucket: Vec<(i64, i64)>,
}

/// Buckets summed at once by [`ColumnConsensus::of_histogram`] before they are scanned one by
/// one.
const GROUP: usize = 16;

/// What [`ColumnConsensus::of_buckets`] needs of a column besides its buckets.
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ColumnItems {
    /// Number of items (voters with a positive score).
    pub count: usize,
    /// Sum of their stakes (raw, at most `2^32`).
    pub stake: i64,
    /// Their largest score (raw).
    pub largest: i64,
}

/// What [`ColumnConsensus::of_histogram`] needs of a column besides its buckets.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Histogram {
    /// Whether there is an item (a voter with a positive score).
    pub any: bool,
    /// Sum of the items' stakes (raw, at most `2^32`).
    pub stake: i64,
    /// Whether some voter gives the column a score of 0 (or none).
    pub zero_present: bool,
}

impl ColumnConsensus {
    /// The rule for `voters` validators whose normalised stake sums to `stake_sum`, at
    /// `minority = stake_sum - kappa`.
    pub fn new(stake_sum: I32F32, minority: I32F32, voters: usize) -> Self {
        Self {
            stake_sum: stake_sum.to_bits(),
            minority: minority.to_bits(),
            voters,
            scratch: Vec::new(),
            bucket: Vec::new(),
        }
    }

    /// [`Self::of`] for a column whose items were summed by value range: `buckets[b]` is the
    /// stake of the items whose scores fall in the `b`-th of consecutive ranges (increasing, so
    /// every score of a bucket is below every score of a later one), `items` sums them up, and
    /// `bucket_items(b, out)` pushes the `(score, stake)` items of bucket `b` to `out`.
    ///
    /// The same value as [`Self::of`]: the first non-empty bucket at which `zero_stake` plus the
    /// cumulative stake passes `minority` holds the smallest score that passes (every score of an
    /// earlier bucket has at most the stake before this bucket; the largest score of this one
    /// passes), which [`weighted_select`] finds among its items after the earlier stake; if no
    /// bucket passes, the answer is the largest score.
    #[cfg(test)]
    pub fn of_buckets(
        &mut self,
        buckets: &[i64],
        items: ColumnItems,
        bucket_items: impl FnOnce(usize, &mut Vec<(i64, i64)>),
    ) -> I32F32 {
        let summary = Histogram {
            any: items.count > 0,
            stake: items.stake,
            zero_present: items.count < self.voters,
        };
        self.of_histogram(buckets, summary, || items.largest, bucket_items)
    }

    /// Number of validators with stake.
    pub fn voters(&self) -> usize {
        self.voters
    }

    /// [`Self::of_buckets`] with the items summed up by `items` and their largest score given
    /// by `largest` (called only if no bucket passes the minority point). The buckets are
    /// scanned [`GROUP`] at a time up to the group where the minority point is passed.
    pub fn of_histogram(
        &mut self,
        buckets: &[i64],
        items: Histogram,
        largest: impl FnOnce() -> i64,
        bucket_items: impl FnOnce(usize, &mut Vec<(i64, i64)>),
    ) -> I32F32 {
        let zero_stake = self.stake_sum.saturating_sub(items.stake);
        if !items.any || (items.zero_present && zero_stake > self.minority) {
            return ZERO;
        }
        let mut before = zero_stake;
        // Whole groups of buckets first: a group of stakes in [0, 2^58) (their sum fits, and
        // the cumulative stake only grows through it, saturating at the end of the group as it
        // would bucket by bucket) that does not take the cumulative stake past the minority
        // point has no bucket that passes.
        let mut skipped = 0_usize;
        for group in buckets.chunks_exact(GROUP) {
            let (total, bits) =
                group.iter().fold((0_i64, 0_u64), |(t, b), s| (t.wrapping_add(*s), b | *s as u64));
            let upto = before.saturating_add(total);
            if bits >= 1 << 58 || upto > self.minority {
                break;
            }
            before = upto;
            // At most the number of buckets.
            skipped = skipped.wrapping_add(GROUP);
        }
        let rest = buckets.get(skipped..).unwrap_or(&[]);
        for (b, stake) in (skipped..).zip(rest) {
            let upto = before.saturating_add(*stake);
            // Items have a positive stake: a bucket with items has a positive sum. The bucket
            // passes if its stake and `upto - minority` are both positive (the difference
            // saturates on the same side of 0): one test, so that the loop has one branch, taken
            // once, rather than one on whether each bucket is empty.
            if (*stake).min(upto.saturating_sub(self.minority)) > 0 {
                let mut bucket = core::mem::take(&mut self.bucket);
                bucket.clear();
                bucket_items(b, &mut bucket);
                let value = weighted_select(&mut bucket, &mut self.scratch, before, self.minority);
                self.bucket = bucket;
                return I32F32::from_bits(value.unwrap_or(0));
            }
            before = upto;
        }
        I32F32::from_bits(largest())
    }

    /// The consensus of a column whose positive scores are `items`: raw `(score, stake)` pairs
    /// of the voters giving one, each with its positive normalised stake, `positive_stake` their
    /// sum (at most the normalised total, `2^32` raw). Reorders `items`.
    pub fn of(&mut self, items: &mut [(i64, i64)], positive_stake: i64) -> I32F32 {
        // Cumulative stake of the validators scoring this column 0 (or not at all).
        let zero_stake = self.stake_sum.saturating_sub(positive_stake);
        let zero_present = items.len() < self.voters;
        let value = if zero_present && zero_stake > self.minority {
            0
        } else {
            weighted_select(items, &mut self.scratch, zero_stake, self.minority).unwrap_or(0)
        };
        I32F32::from_bits(value)
    }
}

/// The smallest value `v` in `items` (raw `(value, stake)` pairs, stakes non-negative) with
/// `base + stake(items <= v) > minority`, or the largest value if there is none; `None` if
/// `items` is empty. Reorders `items`; `scratch` is working space.
///
/// By rounds: the values are spread over at most 64 buckets of equal power-of-two width
/// between the smallest and the largest (bucket `(v - min) >> shift`, so the buckets are ordered
/// like the values); the stake of each bucket is summed, and the first bucket at which the
/// cumulative stake (after `base`) passes `minority` holds the answer: every value of an earlier
/// bucket has at most the cumulative stake before this bucket, and the largest value of this
/// bucket passes. Its items are copied out (without branching on the data) and the next round
/// looks for the same point among them, after the stake of the earlier buckets. Each round
/// divides the range of values by at least 32 and keeps at most all but the largest item, so
/// there are at most 13 rounds; a handful of items is sorted and scanned. The result is the
/// value defined above (module docs), so it is the chain's.
fn weighted_select(
    items: &mut [(i64, i64)],
    scratch: &mut Vec<(i64, i64)>,
    mut base: i64,
    minority: i64,
) -> Option<i64> {
    const BUCKETS: usize = 64;
    if scratch.len() < items.len() {
        scratch.resize(items.len(), (0, 0));
    }
    let (mut src, mut dst) = (items, scratch.as_mut_slice());
    loop {
        if src.len() <= 8 {
            return sorted_select(src, base, minority);
        }
        let (min, max) =
            src.iter().fold((i64::MAX, i64::MIN), |(lo, hi), (v, _)| (lo.min(*v), hi.max(*v)));
        if min == max {
            // All equal: the answer if the stake passes, else the largest; the same value.
            return Some(min);
        }
        // max > min, so the difference as unsigned is exact and positive; the shift leaves
        // it below 64.
        let range = max.wrapping_sub(min) as u64;
        let shift = 64_u32.saturating_sub(range.leading_zeros()).saturating_sub(6);
        let bucket = |v: i64| (v.wrapping_sub(min) as u64).wrapping_shr(shift) as usize;
        let mut stake = [0_i64; BUCKETS];
        for &(v, s) in src.iter() {
            if let Some(b) = stake.get_mut(bucket(v)) {
                *b = b.saturating_add(s);
            }
        }
        let mut before = base;
        let mut crossing = None;
        for (b, s) in stake.iter().enumerate() {
            let upto = before.saturating_add(*s);
            if upto > minority {
                crossing = Some(b);
                break;
            }
            before = upto;
        }
        let Some(crossing) = crossing else { return Some(max) };
        // Copy the crossing bucket to the front of `dst` (at least as long as `src`); `kept`
        // is at most the number of items seen.
        let mut kept = 0_usize;
        for &(v, s) in src.iter() {
            if let Some(slot) = dst.get_mut(kept) {
                *slot = (v, s);
            }
            kept = kept.wrapping_add(usize::from(bucket(v) == crossing));
        }
        base = before;
        let next = core::mem::take(&mut dst).get_mut(..kept)?;
        dst = core::mem::take(&mut src);
        src = next;
    }
}

/// [`weighted_select`] by sorting, for a few items.
fn sorted_select(items: &mut [(i64, i64)], base: i64, minority: i64) -> Option<i64> {
    items.sort_unstable_by_key(|(v, _)| *v);
    let mut cumulative = base;
    let mut rest = items.iter().peekable();
    while let Some((v, s)) = rest.next() {
        cumulative = cumulative.saturating_add(*s);
        let last_of_value = rest.peek().is_none_or(|(next, _)| next != v);
        if last_of_value && cumulative > minority {
            return Some(*v);
        }
    }
    items.last().map(|(v, _)| *v)
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

    fn fx_bits(x: i64) -> I32F32 {
        I32F32::from_bits(x)
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

        /// Columns long enough for the sampled first pivot, with many equal scores.
        #[test]
        fn matches_chain_recursion_on_long_columns(
            stake in proptest::collection::vec(prop_oneof![Just(0_u32), 1_u32..4, 0_u32..1_000_000], 1..150),
            scores in proptest::collection::vec((0_u8..4, any::<u32>()), 450),
            kappa in prop_oneof![any::<u16>(), Just(32_767_u16), Just(0), Just(u16::MAX)],
        ) {
            let n = stake.len();
            let mut s: Vec<I32F32> = stake.iter().map(|x| I32F32::from_num(*x)).collect();
            normalize(&mut s);
            // Three columns: scores from a handful of values, from the whole range, or zeros
            // and missing entries.
            let rows: Vec<Vec<Entry>> = (0..n)
                .map(|i| {
                    let (kind, x) = scores[i * 3 % 450];
                    let (_, y) = scores[(i * 3 + 1) % 450];
                    let (_, z) = scores[(i * 3 + 2) % 450];
                    let mut row = vec![(0_u16, I32F32::from_bits(i64::from(x % 5) << 28))];
                    row.push((1, I32F32::from_bits(i64::from(y))));
                    if kind != 0 {
                        row.push((2, I32F32::from_bits(i64::from(z % 3) * i64::from(kind))));
                    }
                    row
                })
                .collect();
            let w = SparseMatrix::from_rows(&rows, 3);
            let kappa = crate::fixed::u16_proportion_to_fixed(kappa);
            prop_assert_eq!(weighted_median_col(&s, &w, kappa), reference(&s, &w, kappa));
        }

        /// The selection against its definition, by sorting: the smallest value whose
        /// cumulative stake (after `base`) passes `minority`, else the largest.
        #[test]
        fn select_matches_definition(
            items in proptest::collection::vec(
                (
                    prop_oneof![
                        0_i64..20,
                        0_i64..=(1 << 33),
                        (0_u32..34, 0_i64..3).prop_map(|(e, d)| (1_i64 << e) + d),
                        Just(i64::MAX),
                        any::<i64>(),
                    ],
                    0_i64..1_000,
                ),
                0..200,
            ),
            base in 0_i64..20_000,
            minority in -10_i64..150_000,
        ) {
            let mut sorted = items.clone();
            sorted.sort_unstable();
            let mut want = sorted.last().map(|e| e.0);
            let mut cumulative = base;
            for (k, (v, s)) in sorted.iter().enumerate() {
                cumulative += s;
                let last_of_value = sorted.get(k + 1).is_none_or(|next| next.0 != *v);
                if last_of_value && cumulative > minority {
                    want = Some(*v);
                    break;
                }
            }
            let (mut a, mut b) = (items.clone(), Vec::new());
            prop_assert_eq!(weighted_select(&mut a[..], &mut b, base, minority), want);
        }

        /// The bucketed consensus gives the value of [`ColumnConsensus::of`] for any bucket
        /// width that keeps every score in the 256 buckets.
        #[test]
        fn buckets_match_of(
            items in proptest::collection::vec(
                (prop_oneof![1_i64..50, 1_i64..=(1 << 32)], 1_i64..1_000),
                0..60,
            ),
            shift in 0_u32..34,
            extra_voters in 0_usize..3,
            zero_stake in 0_i64..20_000,
            minority in -10_i64..80_000,
        ) {
            let positive: i64 = items.iter().map(|(_, s)| s).sum();
            let voters = items.len() + extra_voters;
            let stake_sum = positive + if extra_voters > 0 { zero_stake } else { 0 };
            let mut rule = ColumnConsensus::new(fx_bits(stake_sum), fx_bits(minority), voters);
            let want = rule.of(&mut items.clone(), positive);
            let mut buckets = vec![0_i64; 256];
            for (v, s) in &items {
                if let Some(b) = buckets.get_mut((*v >> shift) as usize) {
                    *b += s;
                }
            }
            let summary = ColumnItems {
                count: items.len(),
                stake: positive,
                largest: items.iter().map(|(v, _)| *v).max().unwrap_or(0),
            };
            let got = rule.of_buckets(&buckets, summary, |b, out| {
                out.extend(items.iter().filter(|(v, _)| (*v >> shift) as usize == b));
            });
            if items.iter().all(|(v, _)| ((*v >> shift) as usize) < 256) {
                prop_assert_eq!(got, want);
            }
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
