//! The dense layout: every row with a kept weight or bond is a slot of every column, so each
//! column is a plain array of `u16` values (0 where the row has no entry, which is the same as no
//! entry, see [`super`]) and every loop zips it with per-slot arrays.
//!
//! Two sweeps over the columns: the first computes the weights, pre-ranks, consensus, clipping,
//! validator trust and ranks; with the ranks the incentive is known, so the second computes the
//! EMA bonds and adds each to the dividends as it goes, instead of keeping the whole EMA matrix
//! for a third pass. It recomputes `W_ij` and the bond delta, exactly as the first did.

use super::{
    integer_sum_reciprocal, or_unit, proportion_to_u16, Context, Counted, FinneyBonds, Mask,
    Matrices, Rate, Row,
};
use crate::{
    fixed::{mul_proportions, Reciprocal, ZERO},
    vector::normalize,
    EpochInput,
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// The kept entries of `rows` by `mask` in the dense layout: `values[j * slots.len() + s]` is
/// the value of row `slots[s]` at column `j` (0 without one). `n` columns.
fn fill(rows: &[Vec<(u16, u16)>], registered: &[u64], mask: Mask<'_>, slots: &[usize]) -> Vec<u16> {
    let width = slots.len();
    let mut values = vec![0_u16; width.saturating_mul(registered.len())];
    for (s, &i) in slots.iter().enumerate() {
        if !mask.includes(i) {
            continue;
        }
        let (Some(row), limit) = (rows.get(i), mask.limit(i)) else { continue };
        for &(j, v) in row {
            let Some(r) = registered.get(usize::from(j)) else { continue };
            if mask.keeps(i, limit, j, v, *r) {
                // j < n and s < width: below width * n.
                let at = usize::from(j).wrapping_mul(width).wrapping_add(s);
                if let Some(slot) = values.get_mut(at) {
                    *slot = v;
                }
            }
        }
    }
    values
}

/// `W_ij` of a slot: its value read as an integer, divided by the row's sum (in `[0, 2^32]`,
/// see [`integer_sum_reciprocal`]; the unit reciprocal maps the zeros of rows without weights
/// to 0).
#[inline]
fn weight(row: &Row, v: u16) -> u64 {
    row.divisor.fraction_bits(u64::from(v) << 32)
}

/// Steps 5 to 7 for one column: `W_ij` of each slot into `weights`, the voters' `(W_ij, stake)`
/// into the front of `candidates` (at least as long as the column). Returns the pre-rank
/// `R0_j`, the number of candidates and their stake.
#[inline(never)]
fn weigh(
    column: &[u16],
    rows: &[Row],
    weights: &mut [u64],
    candidates: &mut [(i64, i64)],
) -> (u64, usize, i64) {
    let (mut prerank, mut count, mut stake) = (0_u64, 0_usize, 0_i64);
    for ((&v, row), w_slot) in column.iter().zip(rows).zip(weights.iter_mut()) {
        let w = weight(row, v);
        // R0_j <= sum_i a_i <= 2^32: no wrap.
        prerank = prerank.wrapping_add(mul_proportions(row.stake, w));
        *w_slot = w;
        // Written in any case, kept (by counting it) only for a voter with a positive weight;
        // count <= slots seen < candidates.len(). Both values are at most 2^32.
        if let Some(slot) = candidates.get_mut(count) {
            *slot = (w as i64, row.voter as i64);
        }
        let voter = row.voter > 0 && w > 0;
        count = count.wrapping_add(usize::from(voter));
        // The voters' stakes sum to at most 2^32.
        stake = stake.wrapping_add(if voter { row.voter as i64 } else { 0 });
    }
    (prerank, count, stake)
}

/// Steps 8 to 10 for one column: clip at `c`, add to the validator trust. Returns the rank
/// `R_j = sum_i Wc_ij a_i`.
#[inline(never)]
fn clip(weights: &[u64], rows: &[Row], c: u64, validator_trust: &mut [u64]) -> u64 {
    let mut rank = 0_u64;
    for ((w, row), t) in weights.iter().zip(rows).zip(validator_trust) {
        let clipped = if c < *w { c } else { *w };
        // VT_i <= sum_j W_ij <= 2^32: no wrap.
        *t = t.wrapping_add(clipped);
        // Wc_ij a_i <= a_i and R_j <= sum_i a_i <= 2^32: no wrap.
        rank = rank.wrapping_add(mul_proportions(clipped, row.stake));
    }
    rank
}

/// The column being updated in the second sweep.
struct BondColumn<'a> {
    /// Stored weights of the column's slots.
    weights: &'a [u16],
    /// Stored previous bonds of the column's slots, if any row has one.
    bonds: Option<&'a [u16]>,
    /// `C_j` raw.
    consensus: u64,
    /// Reciprocal of `R_j` (unit for `R_j = 0`, whose bond deltas are all 0).
    rank: Reciprocal,
}

/// Steps 11 to 13 for one column: the EMA `alpha dB_ij / R_j + (1 - alpha) B_ij` of each slot
/// into `values`, from the bond delta recomputed as in the first sweep and the previous bonds
/// normalised by their column sum. Returns the sum and maximum of the values `> 0`.
#[inline(never)]
fn ema(
    column: &BondColumn<'_>,
    rows: &[Row],
    (new, old): (Rate, Rate),
    values: &mut [i64],
) -> (i64, i64) {
    let (mut total, mut max) = (0_i64, 0_i64);
    let delta = |row: &Row, v: u16| {
        let w = weight(row, v);
        let clipped = if column.consensus < w { column.consensus } else { w };
        // dB_ij <= R_j (a part of the rank computed by `clip`): in [0, 2^32].
        column.rank.fraction_bits(mul_proportions(clipped, row.stake))
    };
    match column.bonds {
        None => {
            for ((&v, row), value) in column.weights.iter().zip(rows).zip(values) {
                *value = new.times(delta(row, v));
                total = total.saturating_add((*value).max(0));
                max = max.max(*value);
            }
        }
        Some(bonds) => {
            // At most 65535 values of at most 65535.
            let bond_sum = bonds.iter().fold(0_u64, |acc, b| acc.wrapping_add(u64::from(*b)));
            let bond_divisor = or_unit(integer_sum_reciprocal(bond_sum));
            for (((&v, &b), row), value) in column.weights.iter().zip(bonds).zip(rows).zip(values) {
                // b * 2^32 is at most the column's sum.
                let previous = old.times(bond_divisor.fraction_bits(u64::from(b) << 32));
                *value = new.times(delta(row, v)).saturating_add(previous);
                total = total.saturating_add((*value).max(0));
                max = max.max(*value);
            }
        }
    }
    (total, max)
}

/// What the second sweep produces per slot.
#[derive(Default)]
struct SlotBonds {
    /// Stored bonds, ordered by column.
    stored: Vec<(u16, u16)>,
    /// `sum_j B'_ij I_j` raw, at most `2^32`.
    dividend: u64,
}

/// Steps 13, 14 and 17 for one column: the EMA values `> 0` normalised by their `sum`, added to
/// the dividends with the column's `incentive`, max-upscaled by their `max` and stored.
#[inline(never)]
fn store(
    values: &[i64],
    (sum, max): (i64, i64),
    incentive: u64,
    column: u16,
    slots: &mut [SlotBonds],
) {
    // Each value > 0 is a part of the sum (at most I32F32::MAX), so it normalises to [0, 2^32].
    // Flooring is monotonic, so the largest normalised value is the normalised maximum; a zero
    // maximum (all values normalised to 0) leaves them as they are.
    let divisor = or_unit(Reciprocal::new(sum.unsigned_abs()));
    let max_divisor = Reciprocal::new(divisor.fraction_bits(max.unsigned_abs()));
    for (value, slot) in values.iter().zip(slots) {
        if *value > 0 {
            let normalised = divisor.fraction_bits(value.unsigned_abs());
            let upscaled = max_divisor.map_or(normalised, |r| r.fraction_bits(normalised));
            slot.stored.push((column, proportion_to_u16(upscaled)));
            // Each term is at most I_j (B'_ij <= 1) and the incentive sums to at most 1:
            // D_i <= 2^32, so the sum neither wraps nor saturates, and the order of the terms
            // does not matter.
            slot.dividend = slot.dividend.wrapping_add(mul_proportions(incentive, normalised));
        }
    }
}

/// Column `j` of dense `values` with `width` slots per column.
fn column_of(values: &[u16], width: usize, j: usize) -> &[u16] {
    let start = j.saturating_mul(width);
    values.get(start..start.saturating_add(width)).unwrap_or(&[])
}

/// Steps 5 to 14 in the dense layout (see the module docs).
pub(super) fn sweep(
    context: Context,
    input: &EpochInput,
    (weights, weight_mask): (Counted, Mask<'_>),
    (bonds, bond_mask): (Counted, Mask<'_>),
    new_permit: &[bool],
) -> Matrices<FinneyBonds> {
    let Context { n, rows, mut rule, rates } = context;
    let registered = &input.block_at_registration;
    let has = |c: &Counted, i: usize| c.row_counts.get(i).is_some_and(|k| *k > 0);
    let slots: Vec<usize> = (0..n).filter(|i| has(&weights, *i) || has(&bonds, *i)).collect();
    let width = slots.len();
    let weight_values = fill(&input.weights, registered, weight_mask, &slots);
    let bond_values = (bonds.total > 0).then(|| fill(&input.bonds, registered, bond_mask, &slots));
    let slot_rows: Vec<Row> =
        slots.iter().map(|i| rows.get(*i).copied().unwrap_or_default()).collect();

    // First sweep: steps 5 to 10.
    let mut preranks = vec![ZERO; n];
    let mut consensus = vec![ZERO; n];
    let mut ranks = vec![ZERO; n];
    let mut trust = vec![0_u64; width];
    let mut column_weights = vec![0_u64; width];
    let mut candidates = vec![(0_i64, 0_i64); width];
    for (j, ((p, c), r)) in
        preranks.iter_mut().zip(consensus.iter_mut()).zip(ranks.iter_mut()).enumerate()
    {
        let values = column_of(&weight_values, width, j);
        let (prerank, voting, voting_stake) =
            weigh(values, &slot_rows, &mut column_weights, &mut candidates);
        *c = rule.of(candidates.get_mut(..voting).unwrap_or(&mut []), voting_stake);
        // A weight or 0: in [0, 2^32]. The pre-rank and rank are at most 2^32.
        let rank = clip(&column_weights, &slot_rows, c.to_bits().unsigned_abs(), &mut trust);
        *p = I32F32::from_bits(prerank as i64);
        *r = I32F32::from_bits(rank as i64);
    }

    // 10. The incentive, then the second sweep: steps 11 to 14.
    let mut incentive = ranks.clone();
    normalize(&mut incentive);
    let mut slot_bonds: Vec<SlotBonds> = slots
        .iter()
        .map(|i| {
            let stores = new_permit.get(*i).copied().unwrap_or(false);
            let room = |c: &Counted| c.row_counts.get(*i).copied().unwrap_or(0);
            let capacity = if stores { room(&weights).saturating_add(room(&bonds)) } else { 0 };
            SlotBonds { stored: Vec::with_capacity(capacity), dividend: 0 }
        })
        .collect();
    let mut values = vec![0_i64; width];
    for (j, ((c, r), ij)) in consensus.iter().zip(ranks.iter()).zip(incentive.iter()).enumerate() {
        let bond_column = BondColumn {
            weights: column_of(&weight_values, width, j),
            bonds: bond_values.as_deref().map(|b| column_of(b, width, j)),
            consensus: c.to_bits().unsigned_abs(),
            rank: or_unit(Reciprocal::new(r.to_bits().unsigned_abs())),
        };
        let extremes = ema(&bond_column, &slot_rows, rates, &mut values);
        // A normalised incentive is in [0, 2^32] raw; j < n <= 65535.
        let ij = u64::try_from(ij.to_bits()).unwrap_or(0);
        let j = u16::try_from(j).unwrap_or(u16::MAX);
        store(&values, extremes, ij, j, &mut slot_bonds);
    }

    // Back from slots to uids.
    let mut validator_trust = vec![ZERO; n];
    let mut dividends = vec![ZERO; n];
    let mut stored: Vec<Vec<(u16, u16)>> = vec![Vec::new(); n];
    for ((i, t), b) in slots.iter().zip(trust).zip(slot_bonds) {
        if let (Some(vt), Some(d), Some(s)) =
            (validator_trust.get_mut(*i), dividends.get_mut(*i), stored.get_mut(*i))
        {
            // Both at most 2^32.
            *vt = I32F32::from_bits(t as i64);
            *d = I32F32::from_bits(b.dividend as i64);
            *s = b.stored;
        }
    }
    normalize(&mut dividends);
    Matrices {
        preranks,
        consensus,
        validator_trust,
        ranks,
        bonds: FinneyBonds { dividends, stored },
    }
}
