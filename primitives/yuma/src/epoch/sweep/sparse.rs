//! The sparse layout: each column keeps its `(row, value)` entries, by ascending row, so the
//! cost follows the number of entries.

use super::{
    count, duplicate, integer_sum_reciprocal, masks, proportion_to_u16, Context, Counted,
    FinneyBonds, Mask, Matrices, Rate, Row,
};
use crate::{
    epoch::types::{EpochError, EpochInput},
    fixed::{mul_proportions, Reciprocal, ZERO},
    vector::normalize,
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Stored `u16` entries transposed to columns.
struct Columns {
    /// `entries[starts[j]..starts[j + 1]]` are the `(row, value)` entries of column `j`, by
    /// ascending row.
    starts: Vec<usize>,
    entries: Vec<(u16, u16)>,
}

impl Columns {
    fn column(&self, j: usize) -> &[(u16, u16)] {
        match (self.starts.get(j), self.starts.get(j.saturating_add(1))) {
            (Some(a), Some(b)) => self.entries.get(*a..*b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The number of entries of the longest column.
    fn longest(&self) -> usize {
        self.starts
            .windows(2)
            .map(|w| match w {
                [a, b] => b.saturating_sub(*a),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }
}

/// The second pass over stored rows: the entries kept by `mask` (as counted by
/// [`super::count`]) placed by column, each column by ascending row.
fn scatter(rows: &[Vec<(u16, u16)>], counted: Counted, mask: Mask<'_>) -> Columns {
    let mut slots = counted.slots;
    // Column starts: the total is the number of kept entries.
    let mut starts = Vec::with_capacity(slots.len().saturating_add(1));
    let mut acc = 0_usize;
    for slot in slots.iter_mut() {
        starts.push(acc);
        acc = acc.wrapping_add(slot.cursor);
        slot.cursor = starts.last().copied().unwrap_or(0);
    }
    starts.push(acc);
    let mut entries = vec![(0_u16, 0_u16); acc];
    for (i, row) in rows.iter().enumerate() {
        if !mask.includes(i) {
            continue;
        }
        let limit = mask.limit(i);
        // i < rows.len() = n <= 65535.
        let row_index = u16::try_from(i).unwrap_or(u16::MAX);
        for &(j, v) in row {
            let Some(slot) = slots.get_mut(usize::from(j)) else { continue };
            if mask.keeps(i, limit, j, v, slot.registered) {
                if let Some(entry) = entries.get_mut(slot.cursor) {
                    *entry = (row_index, v);
                }
                // Below the start of the next column.
                slot.cursor = slot.cursor.wrapping_add(1);
            }
        }
    }
    Columns { starts, entries }
}

/// The Finney-era bonds after the EMA, as the sweep leaves them.
struct BondColumns {
    /// The column-normalised EMA bonds (raw, at most `2^32`), column by column, for the
    /// dividends: the entries of column `j` are `starts[j]..starts[j + 1]`.
    starts: Vec<usize>,
    rows: Vec<u16>,
    values: Vec<u64>,
}

impl BondColumns {
    /// Dividends `D_i = sum_j B'_ij I_j`, normalised (step 14), for the incentive `I`
    /// (normalised, so each `I_j` is in `[0, 1]` and they sum to at most 1).
    fn dividends(&self, incentive: &[I32F32], n: usize) -> Vec<I32F32> {
        let mut dividends = vec![0_u64; n];
        for (j, ij) in incentive.iter().enumerate() {
            let (Some(a), Some(b)) = (self.starts.get(j), self.starts.get(j.saturating_add(1)))
            else {
                continue;
            };
            let (Some(rows), Some(values)) = (self.rows.get(*a..*b), self.values.get(*a..*b))
            else {
                continue;
            };
            // A normalised incentive is in [0, 2^32] raw.
            let ij = u64::try_from(ij.to_bits()).unwrap_or(0);
            for (i, b) in rows.iter().zip(values) {
                if let Some(d) = dividends.get_mut(usize::from(*i)) {
                    // Each term is at most I_j (B'_ij <= 1) and the incentive sums to at most
                    // 1: D_i <= 2^32, so the sum neither wraps nor saturates, and the order of
                    // the terms does not matter.
                    *d = d.wrapping_add(mul_proportions(ij, *b));
                }
            }
        }
        let mut dividends: Vec<I32F32> =
            dividends.into_iter().map(|d| I32F32::from_bits(d as i64)).collect();
        normalize(&mut dividends);
        dividends
    }
}

/// Steps 5 to 7 for one column: `W_ij` and `a_i` of each entry into `weights` and `stakes`,
/// the voters' `(W_ij, stake)` into the front of `candidates`. Returns the pre-rank `R0_j`, the
/// number of candidates and their stake. The slices are as long as the column.
#[inline(never)]
fn weigh_column(
    entries: &[(u16, u16)],
    rows: &[Row],
    weights: &mut [u64],
    stakes: &mut [u64],
    candidates: &mut [(i64, i64)],
) -> (u64, usize, i64) {
    let (mut prerank, mut count, mut stake) = (0_u64, 0_usize, 0_i64);
    for ((&(i, v), w_slot), a_slot) in entries.iter().zip(weights.iter_mut()).zip(stakes) {
        let Some(row) = rows.get(usize::from(i)) else { continue };
        // W_ij = v * 2^32 / row sum, in [0, 2^32] (integer_sum_reciprocal).
        let w = row.divisor.fraction_bits(u64::from(v) << 32);
        // R0_j <= sum_i a_i <= 2^32: no wrap.
        prerank = prerank.wrapping_add(mul_proportions(row.stake, w));
        (*w_slot, *a_slot) = (w, row.stake);
        // Written in any case, kept (by counting it) only for a voter with a positive weight.
        // count <= entries seen < candidates.len().
        if let Some(slot) = candidates.get_mut(count) {
            // Both at most 2^32.
            *slot = (w as i64, row.voter as i64);
        }
        let voter = row.voter > 0 && w > 0;
        count = count.wrapping_add(usize::from(voter));
        // The voters' stakes sum to at most 2^32.
        stake = stake.wrapping_add(if voter { row.voter as i64 } else { 0 });
    }
    (prerank, count, stake)
}

/// Steps 8 to 10 and 12 for one column: clip at `c`, add to the validator trust, bond delta
/// `dB_ij = Wc_ij a_i` into `deltas`. Returns the rank `R_j = sum_i dB_ij`.
#[inline(never)]
fn clip_column(
    entries: &[(u16, u16)],
    weights: &[u64],
    stakes: &[u64],
    c: u64,
    validator_trust: &mut [u64],
    deltas: &mut [u64],
) -> u64 {
    let mut rank = 0_u64;
    for (((&(i, _), w), a), d) in entries.iter().zip(weights).zip(stakes).zip(deltas) {
        let clipped = if c < *w { c } else { *w };
        if let Some(t) = validator_trust.get_mut(usize::from(i)) {
            // VT_i <= sum_j W_ij <= 2^32: no wrap.
            *t = t.wrapping_add(clipped);
        }
        // dB_ij <= a_i, and R_j = sum_i a_i Wc_ij <= sum_i a_i <= 2^32: no wrap.
        let delta = mul_proportions(clipped, *a);
        rank = rank.wrapping_add(delta);
        *d = delta;
    }
    rank
}

/// Steps 11 to 13 for one column: the EMA `alpha dB_ij / R_j + (1 - alpha) B_ij` over the union
/// of the column's weight entries (`entries`, their bond deltas `deltas`, `rank = R_j`) and its
/// previous bonds (`bonds`, `u16` read as integers), entries `> 0` into the front of `ema`.
/// Returns their number, sum and maximum. `previous` and `mark` are per-row scratch, `mark`
/// all different from `column_mark` on entry and on return.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn ema_column(
    entries: &[(u16, u16)],
    deltas: &[u64],
    rank: u64,
    bonds: &[(u16, u16)],
    (new_rate, old_rate): (Rate, Rate),
    (previous, mark, column_mark): (&mut [i64], &mut [u32], u32),
    ema: &mut [(u16, i64)],
) -> (usize, i64, i64) {
    // 11. The previous bonds, column-normalised (parts of the column sum, so in [0, 2^32]),
    // times (1 - alpha). At most 65535 values of at most 65535 in the sum.
    let bond_sum = bonds.iter().fold(0_u64, |acc, (_, b)| acc.wrapping_add(u64::from(*b)));
    let bond_divisor = integer_sum_reciprocal(bond_sum).unwrap_or_default();
    for &(i, b) in bonds {
        let iu = usize::from(i);
        if let (Some(p), Some(m)) = (previous.get_mut(iu), mark.get_mut(iu)) {
            *p = old_rate.times(bond_divisor.fraction_bits(u64::from(b) << 32));
            *m = column_mark;
        }
    }
    // 12.-13. The normalised delta (dB_ij <= R_j, a part of the sum; R_j = 0 leaves the zero
    // deltas as they are), then the EMA. ema.len() >= entries + bonds, and count is at most the
    // number of values seen.
    let delta_divisor = Reciprocal::new(rank);
    let (mut count, mut total, mut max) = (0_usize, 0_i64, 0_i64);
    let mut keep = |i: u16, value: i64| {
        if let Some(slot) = ema.get_mut(count) {
            *slot = (i, value);
        }
        let positive = value > 0;
        count = count.wrapping_add(usize::from(positive));
        total = total.saturating_add(if positive { value } else { 0 });
        max = max.max(value);
    };
    for (&(i, _), d) in entries.iter().zip(deltas) {
        let delta = delta_divisor.map_or(*d, |r| r.fraction_bits(*d));
        let mut value = new_rate.times(delta);
        let iu = usize::from(i);
        if let (Some(p), Some(m)) = (previous.get(iu), mark.get_mut(iu)) {
            if *m == column_mark {
                *m = 0;
                value = value.saturating_add(*p);
            }
        }
        keep(i, value);
    }
    for &(i, _) in bonds {
        let iu = usize::from(i);
        if let (Some(p), Some(m)) = (previous.get(iu), mark.get_mut(iu)) {
            if *m == column_mark {
                *m = 0;
                keep(i, *p);
            }
        }
    }
    (count, total, max)
}

/// Step 13's column normalisation and 17's max-upscale for one column's EMA entries: the
/// normalised values into `rows` and `values` (as long as `ema`), the stored `u16` pushed to
/// the bond rows. `sum` and `max` are the EMA's sum and maximum.
#[inline(never)]
fn store_column(
    ema: &[(u16, i64)],
    (sum, max): (i64, i64),
    column: u16,
    rows: &mut [u16],
    values: &mut [u64],
    stored: &mut [Vec<(u16, u16)>],
) {
    // Each value is a positive part of the sum (itself positive whenever there is a value, at
    // most I32F32::MAX), so it normalises to [0, 2^32]. Flooring is monotonic, so the largest
    // normalised value is the normalised maximum; a zero maximum (all values normalised to 0)
    // leaves them as they are.
    let divisor = Reciprocal::new(sum.unsigned_abs()).unwrap_or_default();
    let max_divisor = Reciprocal::new(divisor.fraction_bits(max.unsigned_abs()));
    for ((&(i, value), row_slot), value_slot) in ema.iter().zip(rows).zip(values) {
        let normalised = divisor.fraction_bits(value.unsigned_abs());
        (*row_slot, *value_slot) = (i, normalised);
        let upscaled = max_divisor.map_or(normalised, |r| r.fraction_bits(normalised));
        if let Some(row) = stored.get_mut(usize::from(i)) {
            row.push((column, proportion_to_u16(upscaled)));
        }
    }
}

/// Steps 5 to 14 in the sparse layout (see the module docs of [`super`]).
pub(super) fn sweep(
    context: Context,
    input: &EpochInput,
    new_permit: &[bool],
) -> Result<Matrices<FinneyBonds>, EpochError> {
    let registered = &input.block_at_registration;
    let (weight_mask, bond_mask) = masks(input);
    let weights = count(&input.weights, registered, weight_mask).map_err(duplicate("weights"))?;
    let bonds = count(&input.bonds, registered, bond_mask).map_err(duplicate("bonds"))?;
    let rows: Vec<Row> = (0..context.n)
        .map(|i| context.row(i, weights.row_sums.get(i).copied().unwrap_or(0)))
        .collect();
    let Context { n, mut rule, rates, .. } = context;
    let weight_counts = weights.row_counts.clone();
    let bond_counts = bonds.row_counts.clone();
    let weights = scatter(&input.weights, weights, weight_mask);
    let bonds = scatter(&input.bonds, bonds, bond_mask);

    let mut preranks = vec![ZERO; n];
    let mut consensus = vec![ZERO; n];
    let mut ranks = vec![ZERO; n];
    let mut validator_trust = vec![0_u64; n];
    // Bond rows for the new permits, with room for every entry they can get.
    let mut stored: Vec<Vec<(u16, u16)>> = (0..n)
        .map(|i| {
            if new_permit.get(i).copied().unwrap_or(false) {
                let w = weight_counts.get(i).copied().unwrap_or(0);
                Vec::with_capacity(w.saturating_add(bond_counts.get(i).copied().unwrap_or(0)))
            } else {
                Vec::new()
            }
        })
        .collect();
    // The normalised EMA for the dividends, at most one entry per weight or bond entry.
    let capacity = weights.entries.len().saturating_add(bonds.entries.len());
    let mut bond_starts = Vec::with_capacity(n.saturating_add(1));
    bond_starts.push(0);
    let mut bond_rows = vec![0_u16; capacity];
    let mut bond_values = vec![0_u64; capacity];
    let mut bond_len = 0_usize;

    // Per-column scratch, as long as the longest column (the EMA: weights and bonds).
    let longest = weights.longest();
    let mut column_weights = vec![0_u64; longest];
    let mut column_stakes = vec![0_u64; longest];
    let mut column_deltas = vec![0_u64; longest];
    let mut candidates = vec![(0_i64, 0_i64); longest];
    let mut column_ema = vec![(0_u16, 0_i64); longest.saturating_add(bonds.longest())];
    let mut previous = vec![0_i64; n];
    let mut mark = vec![0_u32; n];

    for j in 0..n {
        let entries = weights.column(j);
        let len = entries.len();
        let (Some(w), Some(a), Some(d)) = (
            column_weights.get_mut(..len),
            column_stakes.get_mut(..len),
            column_deltas.get_mut(..len),
        ) else {
            continue;
        };
        let (prerank, voting, voting_stake) = weigh_column(entries, &rows, w, a, &mut candidates);
        let c = rule.of(candidates.get_mut(..voting).unwrap_or(&mut []), voting_stake);
        // A weight or 0: in [0, 2^32].
        let c_raw = c.to_bits().unsigned_abs();
        let rank = clip_column(entries, w, a, c_raw, &mut validator_trust, d);

        let bond_column = bonds.column(j);
        // j < n <= 65535.
        let column_mark = u32::try_from(j).unwrap_or(u32::MAX).wrapping_add(1);
        let (kept, ema_sum, ema_max) = ema_column(
            entries,
            d,
            rank,
            bond_column,
            rates,
            (&mut previous, &mut mark, column_mark),
            &mut column_ema,
        );
        let end = bond_len.saturating_add(kept);
        if let (Some(ema), Some(rows_out), Some(values_out)) = (
            column_ema.get(..kept),
            bond_rows.get_mut(bond_len..end),
            bond_values.get_mut(bond_len..end),
        ) {
            let column = u16::try_from(j).unwrap_or(u16::MAX);
            store_column(ema, (ema_sum, ema_max), column, rows_out, values_out, &mut stored);
        }
        bond_len = end;
        bond_starts.push(bond_len);

        if let (Some(p), Some(cj), Some(r)) =
            (preranks.get_mut(j), consensus.get_mut(j), ranks.get_mut(j))
        {
            // The pre-rank and rank are at most 2^32.
            *p = I32F32::from_bits(prerank as i64);
            *cj = c;
            *r = I32F32::from_bits(rank as i64);
        }
    }
    bond_rows.truncate(bond_len);
    bond_values.truncate(bond_len);

    // 14. Dividends from the incentive (step 10).
    let mut incentive = ranks.clone();
    normalize(&mut incentive);
    let columns = BondColumns { starts: bond_starts, rows: bond_rows, values: bond_values };
    let dividends = columns.dividends(&incentive, n);
    Ok(Matrices {
        preranks,
        consensus,
        validator_trust: validator_trust.into_iter().map(|t| I32F32::from_bits(t as i64)).collect(),
        ranks,
        bonds: FinneyBonds { dividends, stored },
    })
}
