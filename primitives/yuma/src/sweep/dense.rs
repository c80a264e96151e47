//! The dense layout: every row with stored weights (and a permit) or stored bonds is a slot of
//! every column, so each column is a plain array of `u16` values (0 where the row has no kept
//! entry, which is the same as no entry, see [`super`]) and every loop zips it with per-slot
//! arrays.
//!
//! The stored rows are read once each: the repeated-uid check, the mask, the row sums and the
//! placement of the kept values in their columns in one pass. Then one sweep over the columns
//! computes, per column, the weights, the pre-rank, the consensus, the clipping, the validator
//! trust, the rank, the EMA bonds, their normalisation and the stored values, and keeps the
//! normalised EMA bonds for the dividends, which need the incentive (all the ranks) and take a
//! last pass of one product per entry.
//!
//! The consensus of a column is found from a histogram of its scores, summed while the weights
//! are computed: 256 buckets of equal power-of-two width covering the largest weight any voter
//! can give (see [`ColumnConsensus::of_buckets`]), so only the items of the crossing bucket are
//! selected among.

use super::{
    duplicate, integer_sum_reciprocal, masks, or_unit, proportion_to_u16, Context, FinneyBonds,
    Mask, Matrices, Rate, Row,
};
use crate::{
    fixed::{mul_proportions, Reciprocal, ZERO},
    median::ColumnItems,
    vector::normalize,
    EpochError, EpochInput,
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Number of buckets of the consensus histogram.
const BUCKETS: usize = 256;

/// Stored rows in the dense layout.
struct Dense {
    /// `values[j * width + s]` is the kept value of slot `s` at column `j` (0 without one).
    values: Vec<u16>,
    /// Per slot: the sum of its kept values.
    sums: Vec<u64>,
    /// Per slot: its largest kept value.
    largest: Vec<u16>,
    /// Per slot: the number of its kept values.
    counts: Vec<usize>,
    /// Whether any value is kept.
    any: bool,
}

/// Reads stored `rows` once: checks every row for a repeated uid `< n` (`n = registered.len()`,
/// the first `(row, uid)` found, as [`crate::sparse::find_duplicate`]), and places the entries
/// kept by `mask` of the rows with a slot (`slot_of[i] < width`) in their columns.
/// `seen` (`n` long) must hold no value `1..=rows.len()`.
fn fill(
    rows: &[Vec<(u16, u16)>],
    registered: &[u64],
    mask: Mask<'_>,
    (slot_of, width): (&[usize], usize),
    seen: &mut [u32],
) -> Result<Dense, (usize, u16)> {
    let mut dense = Dense {
        values: vec![0_u16; width.saturating_mul(registered.len())],
        sums: vec![0_u64; width],
        largest: vec![0_u16; width],
        counts: vec![0_usize; width],
        any: false,
    };
    let latest = registered.iter().copied().max().unwrap_or(0);
    for (i, row) in rows.iter().enumerate() {
        // Rows are at most n <= 65535.
        let stamp = u32::try_from(i).unwrap_or(u32::MAX).wrapping_add(1);
        let slot = slot_of.get(i).copied().filter(|s| *s < width && mask.includes(i));
        let Some(s) = slot else {
            for &(j, _) in row {
                let Some(mark) = seen.get_mut(usize::from(j)) else { continue };
                if *mark == stamp {
                    return Err((i, j));
                }
                *mark = stamp;
            }
            continue;
        };
        let limit = mask.limit(i);
        // The diagonal entry's uid, if it is dropped (i < n <= 65535; none otherwise).
        let diagonal = if mask.skip_diagonal { i } else { usize::MAX };
        let values = dense.values.get_mut(s..).unwrap_or(&mut []);
        let target = Target { stamp, diagonal, width };
        // Most rows were updated after every registration: no pair of theirs is outdated.
        let (total, largest, count) = if latest < limit {
            place::<false>(row, target, (seen, registered, limit), values)
        } else {
            place::<true>(row, target, (seen, registered, limit), values)
        }
        .map_err(|j| (i, j))?;
        if let (Some(sum), Some(max), Some(c)) =
            (dense.sums.get_mut(s), dense.largest.get_mut(s), dense.counts.get_mut(s))
        {
            (*sum, *max, *c) = (total, largest, count);
        }
        dense.any |= total > 0;
    }
    Ok(dense)
}

/// Where [`place`] puts a row's entries.
#[derive(Clone, Copy)]
struct Target {
    /// The row's duplicate-check stamp.
    stamp: u32,
    /// The uid of the dropped diagonal entry (`usize::MAX`: none).
    diagonal: usize,
    /// Slots per column.
    width: usize,
}

/// The entries of one row read by [`fill`]: each `(j, v)` with `j < n` is checked against
/// `seen` (fails with `j` if the row named it before), and written at `values[j * width]` if
/// kept (`OUTDATED`: only when `registered_j < limit`; without, the caller knows it is), else
/// 0. Returns the sum, the largest and the number of the kept values.
#[inline(always)]
fn place<const OUTDATED: bool>(
    row: &[(u16, u16)],
    target: Target,
    (seen, registered, limit): (&mut [u32], &[u64], u64),
    values: &mut [u16],
) -> Result<(u64, u16, usize), u16> {
    // At most 65535 kept values (distinct uids < n) of at most 65535: below 2^32, and as many
    // entries.
    let (mut total, mut largest, mut count) = (0_u64, 0_u16, 0_usize);
    for &(j, v) in row {
        let ju = usize::from(j);
        let Some(mark) = seen.get_mut(ju) else { continue };
        if *mark == target.stamp {
            return Err(j);
        }
        *mark = target.stamp;
        let current = !OUTDATED || registered.get(ju).is_some_and(|r| *r < limit);
        // Written in any case (each position at most once, as the uid is not repeated): a
        // value not kept (`Mask::keeps`) is written as 0, which is no entry.
        let kept = if current && ju != target.diagonal { v } else { 0 };
        // j < n: position s + j * width is below width * n.
        if let Some(value) = values.get_mut(ju.wrapping_mul(target.width)) {
            *value = kept;
        }
        total = total.wrapping_add(u64::from(kept));
        largest = largest.max(kept);
        count = count.wrapping_add(usize::from(kept > 0));
    }
    Ok((total, largest, count))
}

/// Column `j` of dense `values` with `width` slots per column.
fn column_of(values: &[u16], width: usize, j: usize) -> &[u16] {
    let start = j.saturating_mul(width);
    values.get(start..start.saturating_add(width)).unwrap_or(&[])
}

/// `W_ij` of a slot: its value read as an integer, divided by the row's sum (in `[0, 2^32]`,
/// see [`integer_sum_reciprocal`]; the unit reciprocal maps the zeros of rows without weights
/// to 0).
#[inline]
fn weight(row: &Row, v: u16) -> u64 {
    row.divisor.fraction_bits(u64::from(v) << 32)
}

/// The histogram bucket of a score (at most the largest weight a voter gives, so below
/// [`BUCKETS`]).
#[inline]
fn bucket(w: u64, shift: u32) -> usize {
    w.wrapping_shr(shift) as usize
}

/// Steps 5 to 7 for one column: `W_ij` of each slot into `weights`, the stake of the voters'
/// positive scores into `buckets` by score. Returns the pre-rank `R0_j` and the items.
#[inline(never)]
fn weigh(
    column: &[u16],
    rows: &[Row],
    weights: &mut [u64],
    (buckets, shift): (&mut [i64], u32),
) -> (u64, ColumnItems) {
    let (mut prerank, mut items) = (0_u64, ColumnItems::default());
    for ((&v, row), w_slot) in column.iter().zip(rows).zip(weights.iter_mut()) {
        let w = weight(row, v);
        // R0_j <= sum_i a_i <= 2^32: no wrap.
        prerank = prerank.wrapping_add(mul_proportions(row.stake, w));
        *w_slot = w;
        // An item: a voter with a positive score. Scores and stakes are at most 2^32, the
        // voters' stakes sum to at most 2^32, and there are at most 65535 items.
        let item = row.voter > 0 && w > 0;
        let stake = if item { row.voter as i64 } else { 0 };
        if let Some(b) = buckets.get_mut(bucket(w, shift)) {
            *b = b.wrapping_add(stake);
        }
        items.count = items.count.wrapping_add(usize::from(item));
        items.stake = items.stake.wrapping_add(stake);
        items.largest = items.largest.max(if item { w as i64 } else { 0 });
    }
    (prerank, items)
}

/// The items of bucket `b` of a column (see [`weigh`]).
fn bucket_items(
    weights: &[u64],
    rows: &[Row],
    (b, shift): (usize, u32),
    out: &mut Vec<(i64, i64)>,
) {
    for (w, row) in weights.iter().zip(rows) {
        if row.voter > 0 && *w > 0 && bucket(*w, shift) == b {
            // Both at most 2^32.
            out.push((*w as i64, row.voter as i64));
        }
    }
}

/// Steps 8 to 10 and 12 for one column: clip at `c`, add to the validator trust, bond delta
/// `dB_ij = Wc_ij a_i` into `deltas`. Returns the rank `R_j = sum_i dB_ij`.
#[inline(never)]
fn clip(weights: &[u64], rows: &[Row], c: u64, trust: &mut [u64], deltas: &mut [u64]) -> u64 {
    let mut rank = 0_u64;
    for (((w, row), t), d) in weights.iter().zip(rows).zip(trust).zip(deltas) {
        let clipped = if c < *w { c } else { *w };
        // VT_i <= sum_j W_ij <= 2^32: no wrap.
        *t = t.wrapping_add(clipped);
        // Wc_ij a_i <= a_i and R_j <= sum_i a_i <= 2^32: no wrap.
        let delta = mul_proportions(clipped, row.stake);
        *d = delta;
        rank = rank.wrapping_add(delta);
    }
    rank
}

/// Steps 11 to 13 for one column: the EMA `alpha dB_ij / R_j + (1 - alpha) B_ij` of each slot
/// into `values`, from the bond deltas and the previous bonds (`u16` read as integers)
/// normalised by their column sum. Returns the sum and maximum of the values `> 0`.
#[inline(never)]
fn ema(
    deltas: &[u64],
    rank: u64,
    bonds: Option<&[u16]>,
    (new, old): (Rate, Rate),
    values: &mut [i64],
) -> (i64, i64) {
    // dB_ij <= R_j (a part of the rank): in [0, 2^32]; R_j = 0 leaves the zero deltas as they
    // are.
    let rank = or_unit(Reciprocal::new(rank));
    let (mut total, mut max) = (0_i64, 0_i64);
    match bonds {
        None => {
            for (d, value) in deltas.iter().zip(values) {
                *value = new.times(rank.fraction_bits(*d));
                total = total.saturating_add((*value).max(0));
                max = max.max(*value);
            }
        }
        Some(bonds) => {
            // At most 65535 values of at most 65535.
            let bond_sum = bonds.iter().fold(0_u64, |acc, b| acc.wrapping_add(u64::from(*b)));
            let bond_divisor = or_unit(integer_sum_reciprocal(bond_sum));
            for ((d, &b), value) in deltas.iter().zip(bonds).zip(values) {
                // b * 2^32 is at most the column's sum.
                let previous = old.times(bond_divisor.fraction_bits(u64::from(b) << 32));
                *value = new.times(rank.fraction_bits(*d)).saturating_add(previous);
                total = total.saturating_add((*value).max(0));
                max = max.max(*value);
            }
        }
    }
    (total, max)
}

/// Steps 13 and 17 for one column: the EMA values `> 0` normalised by their `sum` into
/// `normalised` (0 for the others), max-upscaled by their `max` and pushed to the stored rows
/// of the slots that store them (`stored[s]`, `Some` for those).
#[inline(never)]
fn store(
    values: &[i64],
    (sum, max): (i64, i64),
    column: u16,
    normalised: &mut [u64],
    stored: &mut [Option<Vec<(u16, u16)>>],
) {
    // Each value > 0 is a part of the sum (at most I32F32::MAX), so it normalises to [0, 2^32].
    // Flooring is monotonic, so the largest normalised value is the normalised maximum; a zero
    // maximum (all values normalised to 0) leaves them as they are.
    let divisor = or_unit(Reciprocal::new(sum.unsigned_abs()));
    let max_divisor = Reciprocal::new(divisor.fraction_bits(max.unsigned_abs()));
    for ((value, out), row) in values.iter().zip(normalised).zip(stored) {
        if *value > 0 {
            let x = divisor.fraction_bits(value.unsigned_abs());
            *out = x;
            if let Some(row) = row {
                let upscaled = max_divisor.map_or(x, |r| r.fraction_bits(x));
                row.push((column, proportion_to_u16(upscaled)));
            }
        } else {
            *out = 0;
        }
    }
}

/// Steps 5 to 14 in the dense layout (see the module docs).
pub(super) fn sweep(
    context: Context,
    input: &EpochInput,
    new_permit: &[bool],
) -> Result<Matrices<FinneyBonds>, EpochError> {
    let n = context.n;
    let registered = &input.block_at_registration;
    let (weight_mask, bond_mask) = masks(input);

    // The slots: rows read with stored entries.
    let stored_in =
        |rows: &[Vec<(u16, u16)>], i: usize| rows.get(i).is_some_and(|row| !row.is_empty());
    let slots: Vec<usize> = (0..n)
        .filter(|i| {
            (weight_mask.includes(*i) && stored_in(&input.weights, *i))
                || stored_in(&input.bonds, *i)
        })
        .collect();
    let width = slots.len();
    let mut slot_of = vec![usize::MAX; n];
    for (s, i) in slots.iter().enumerate() {
        if let Some(slot) = slot_of.get_mut(*i) {
            *slot = s;
        }
    }
    let mut seen = vec![0_u32; n];
    let weights = fill(&input.weights, registered, weight_mask, (&slot_of, width), &mut seen)
        .map_err(duplicate("weights"))?;
    seen.iter_mut().for_each(|m| *m = 0);
    let bonds = fill(&input.bonds, registered, bond_mask, (&slot_of, width), &mut seen)
        .map_err(duplicate("bonds"))?;

    let rows: Vec<Row> =
        slots.iter().zip(&weights.sums).map(|(i, total)| context.row(*i, *total)).collect();
    // The largest weight of a voter: the histogram's range.
    let top = rows
        .iter()
        .zip(&weights.largest)
        .filter(|(row, _)| row.voter > 0)
        .map(|(row, v)| weight(row, *v))
        .max()
        .unwrap_or(0);
    let shift = 64_u32.saturating_sub(top.leading_zeros()).saturating_sub(8);
    let Context { mut rule, rates, .. } = context;
    let bond_values = bonds.any.then_some(&bonds.values);

    let mut preranks = vec![ZERO; n];
    let mut consensus = vec![ZERO; n];
    let mut ranks = vec![ZERO; n];
    let mut trust = vec![0_u64; width];
    let mut column_weights = vec![0_u64; width];
    let mut deltas = vec![0_u64; width];
    let mut values = vec![0_i64; width];
    let mut buckets = [0_i64; BUCKETS];
    // The normalised EMA bonds, by column like the values, for the dividends.
    let mut ema_bonds = vec![0_u64; width.saturating_mul(n)];
    // Room for every entry a stored row can get.
    let mut stored: Vec<Option<Vec<(u16, u16)>>> = slots
        .iter()
        .zip(weights.counts.iter().zip(&bonds.counts))
        .map(|(i, (w, b))| {
            let stores = new_permit.get(*i).copied().unwrap_or(false);
            stores.then(|| Vec::with_capacity(w.saturating_add(*b)))
        })
        .collect();

    for (j, ((p, c), r)) in
        preranks.iter_mut().zip(consensus.iter_mut()).zip(ranks.iter_mut()).enumerate()
    {
        let (prerank, items) = weigh(
            column_of(&weights.values, width, j),
            &rows,
            &mut column_weights,
            (&mut buckets, shift),
        );
        *c = rule.of_buckets(&buckets, items, |b, out| {
            bucket_items(&column_weights, &rows, (b, shift), out)
        });
        buckets.iter_mut().for_each(|b| *b = 0);
        // A weight or 0: in [0, 2^32]. The pre-rank and rank are at most 2^32.
        let rank =
            clip(&column_weights, &rows, c.to_bits().unsigned_abs(), &mut trust, &mut deltas);
        *p = I32F32::from_bits(prerank as i64);
        *r = I32F32::from_bits(rank as i64);

        let bonds = bond_values.map(|b| column_of(b, width, j));
        let extremes = ema(&deltas, rank, bonds, rates, &mut values);
        let start = j.saturating_mul(width);
        if let Some(out) = ema_bonds.get_mut(start..start.saturating_add(width)) {
            // j < n <= 65535.
            let j = u16::try_from(j).unwrap_or(u16::MAX);
            store(&values, extremes, j, out, &mut stored);
        }
    }

    // 10. The incentive; 14. the dividends.
    let mut incentive = ranks.clone();
    normalize(&mut incentive);
    let mut slot_dividends = vec![0_u64; width];
    for (ij, column) in incentive.iter().zip(ema_bonds.chunks_exact(width.max(1))) {
        // A normalised incentive is in [0, 2^32] raw.
        let ij = u64::try_from(ij.to_bits()).unwrap_or(0);
        for (d, b) in slot_dividends.iter_mut().zip(column) {
            // Each term is at most I_j (B'_ij <= 1) and the incentive sums to at most 1:
            // D_i <= 2^32, so the sum neither wraps nor saturates, and the order of the terms
            // does not matter.
            *d = d.wrapping_add(mul_proportions(ij, *b));
        }
    }

    // Back from slots to uids.
    let mut validator_trust = vec![ZERO; n];
    let mut dividends = vec![ZERO; n];
    let mut stored_rows: Vec<Vec<(u16, u16)>> = vec![Vec::new(); n];
    for (((i, t), d), b) in slots.iter().zip(trust).zip(slot_dividends).zip(stored) {
        if let (Some(vt), Some(di), Some(s)) =
            (validator_trust.get_mut(*i), dividends.get_mut(*i), stored_rows.get_mut(*i))
        {
            // Both at most 2^32.
            *vt = I32F32::from_bits(t as i64);
            *di = I32F32::from_bits(d as i64);
            *s = b.unwrap_or_default();
        }
    }
    normalize(&mut dividends);
    Ok(Matrices {
        preranks,
        consensus,
        validator_trust,
        ranks,
        bonds: FinneyBonds { dividends, stored: stored_rows },
    })
}
