//! The fused fast path: the matrix steps of a Finney-era epoch (DESIGN 4.4 steps 5 to 14)
//! column by column.
//!
//! The reference ([`super::reference`]) computes one step at a time over row-major matrices,
//! with the building blocks ([`crate::sparse`], [`crate::median`]). Most steps are per column
//! (the consensus, the column normalisations of the bonds, the column maximum), so here the
//! stored `u16` weights and bonds are laid out by column once, and each column then goes through
//! every step while it is in cache (the step numbers are those of [`super`]):
//!
//! * step 5: `W_ij = v_ij / sum_j v_ij` (row normalisation, the divisor of each row prepared
//!   once);
//! * steps 6 and 7: the pre-rank `R0_j = sum_i a_i W_ij` and the consensus `C_j` of the column;
//! * steps 8 to 10 and 12: `Wc_ij = min(W_ij, C_j)`, validator trust `VT_i += Wc_ij`, bond delta
//!   `dB_ij = Wc_ij a_i` and rank `R_j = sum_i dB_ij`;
//! * steps 11, 13 and 17: the previous bonds `B_ij = b_ij / sum_i b_ij`, the EMA
//!   `alpha dB_ij / R_j + (1 - alpha) B_ij` over the union of both, entries `> 0`, normalised,
//!   max-upscaled to `u16` for the rows that store them;
//! * step 14, once all the ranks (so the incentive) are known: the dividends.
//!
//! Two layouts (chosen by [`Layout::for_counts`]): [`sparse`] keeps the `(row, value)` entries
//! of each column, so the cost follows the number of entries; [`dense`] keeps every row that has
//! an entry as a slot of every column, so that every loop runs over plain arrays, which is
//! faster once the matrices are at least half full (validators weighting every uid).
//!
//! The values are bit for bit those of the reference (compared on random subnets by
//! `tests/equivalence.rs`, and the two layouts with each other by the tests below), because:
//! * every value is computed by the same floor operations on the same operands: products of two
//!   proportions in `[0, 1]` with [`mul_proportions`] (equal to [`mul`] there), of an EMA rate
//!   with [`mul`] unless the rate is a proportion, quotients of a part of a sum (or of a value by
//!   a maximum) with [`Reciprocal`] (equal to `saturating_div` there, see
//!   [`crate::fixed::FractionDivisor`]). The bounds that make each operand a proportion are
//!   stated where they are used;
//! * the sums whose order differs (validator trust, dividends) are sums of non-negative terms
//!   bounded by 1 (see each one), so they never saturate and exact integer addition does not
//!   depend on the order; column sums of positive values are the same whatever the order even
//!   when they saturate (the minimum of the true sum and the bound);
//! * an entry that clipping removes (above a zero consensus) is kept here with the value 0, and a
//!   0 adds nothing to any sum, gives a zero bond delta and an EMA term of 0, and the EMA keeps
//!   only values above 0. For the same reason a stored zero (weight or bond), or a missing entry
//!   (a slot of the dense layout without one), is the same as no entry: it is not a score for
//!   the consensus either;
//! * the order of the entries within a column is not observable: the stored bond rows are
//!   built column by column, so each is ordered by column as `mat_ema` orders them.

mod dense;
mod sparse;

use super::{
    scalar::bonds_ema_alpha,
    types::{EpochError, EpochInput},
};
use crate::{
    fixed::{mul, mul_proportions, Reciprocal, ONE, ZERO},
    median::ColumnConsensus,
    vector::{normalize, sum},
};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Steps 5 to 13 of an epoch: raw vectors indexed by uid, and the new bonds (`B`: their form
/// depends on the mode).
pub(super) struct Matrices<B> {
    /// `R0_j`.
    pub preranks: Vec<I32F32>,
    /// `C_j`.
    pub consensus: Vec<I32F32>,
    /// `VT_i`.
    pub validator_trust: Vec<I32F32>,
    /// `R_j`, not normalised.
    pub ranks: Vec<I32F32>,
    /// The bonds after the EMA.
    pub bonds: B,
}

impl<B> Matrices<B> {
    /// The same steps with the bonds wrapped by `f`.
    pub fn with_bonds<C>(self, f: impl FnOnce(B) -> C) -> Matrices<C> {
        Matrices {
            preranks: self.preranks,
            consensus: self.consensus,
            validator_trust: self.validator_trust,
            ranks: self.ranks,
            bonds: f(self.bonds),
        }
    }
}

/// The Finney-era bonds after the EMA.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct FinneyBonds {
    /// Dividends `D_i = sum_j B'_ij I_j`, normalised (step 14).
    pub dividends: Vec<I32F32>,
    /// The bonds as stored (column max-upscaled, `u16`, ordered by column), by row; only the
    /// rows with a new permit hold theirs.
    pub stored: Vec<Vec<(u16, u16)>>,
}

/// The column layout of the sweep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    /// The `(row, value)` entries of each column.
    Sparse,
    /// Every row with an entry is a slot of every column.
    Dense,
}

impl Layout {
    /// Dense when the slots of all columns are at most twice the entries.
    fn for_counts(slots: usize, columns: usize, entries: usize) -> Self {
        if slots.saturating_mul(columns) <= entries.saturating_mul(2) {
            Self::Dense
        } else {
            Self::Sparse
        }
    }
}

/// What the first pass of the sparse layout over stored rows finds.
struct Counted {
    /// Per column: `block_at_registration`, then the number of kept entries (`cursor`).
    slots: Vec<ColumnSlot>,
    /// Per row: the sum of its kept values.
    row_sums: Vec<u64>,
    /// Per row: the number of its kept values.
    row_counts: Vec<usize>,
}

/// What the first pass keeps of each column.
#[derive(Clone, Copy, Default)]
struct ColumnSlot {
    /// `block_at_registration` of the uid.
    registered: u64,
    /// Entries counted (then, for the sparse layout, the next free position of the column).
    cursor: usize,
    /// 1 + the last row that named the uid (duplicate check).
    seen: u32,
}

/// Which entries of stored rows the epoch reads.
#[derive(Clone, Copy)]
struct Mask<'a> {
    /// Rows read (`None`: every row).
    rows: Option<&'a [bool]>,
    /// `last_update` of each row: `(i, j)` is outdated when `last_update_i <= registered_j`.
    last_update: &'a [u64],
    /// Whether `(i, i)` is dropped.
    skip_diagonal: bool,
}

impl Mask<'_> {
    /// Whether row `i` is read.
    fn includes(&self, i: usize) -> bool {
        self.rows.is_none_or(|rows| rows.get(i).copied().unwrap_or(false))
    }

    /// The bound of row `i`: its entry `(j, v)` is kept when `registered_j` is below it (and, if
    /// the diagonal is skipped, `j != i`); 0 (nothing is below) for a row not read.
    fn limit(&self, i: usize) -> u64 {
        if self.includes(i) {
            self.last_update.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Whether the entry `(j, v)` of row `i`, with `registered_j`, is kept (`limit` from
    /// [`Self::limit`]).
    #[inline]
    fn keeps(&self, i: usize, limit: u64, j: u16, v: u16, registered: u64) -> bool {
        v > 0 && registered < limit && !(self.skip_diagonal && usize::from(j) == i)
    }
}

/// The first pass over stored rows: the entries kept by `mask`, counted per column, summed and
/// counted per row. An entry `(j, v)` with `j >= n` (`n = registered.len()`) is ignored, a
/// stored zero is not kept. Fails with the first `(row, uid)` named twice by a row, among all
/// rows and uids `< n`, as [`crate::sparse::find_duplicate`].
fn count(
    rows: &[Vec<(u16, u16)>],
    registered: &[u64],
    mask: Mask<'_>,
) -> Result<Counted, (usize, u16)> {
    let mut slots: Vec<ColumnSlot> =
        registered.iter().map(|r| ColumnSlot { registered: *r, cursor: 0, seen: 0 }).collect();
    let mut row_sums = vec![0_u64; rows.len()];
    let mut row_counts = vec![0_usize; rows.len()];
    for (i, row) in rows.iter().enumerate() {
        // Rows are at most n <= 65535.
        let stamp = u32::try_from(i).unwrap_or(u32::MAX).wrapping_add(1);
        let limit = mask.limit(i);
        // At most 65535 kept values (distinct uids < n) of at most 65535: below 2^32, and a
        // count of at most 65535; a column counts at most one entry per row.
        let (mut total, mut count) = (0_u64, 0_usize);
        for &(j, v) in row {
            let Some(slot) = slots.get_mut(usize::from(j)) else { continue };
            if slot.seen == stamp {
                return Err((i, j));
            }
            slot.seen = stamp;
            if mask.keeps(i, limit, j, v, slot.registered) {
                slot.cursor = slot.cursor.wrapping_add(1);
                total = total.wrapping_add(u64::from(v));
                count = count.wrapping_add(1);
            }
        }
        if let (Some(s), Some(c)) = (row_sums.get_mut(i), row_counts.get_mut(i)) {
            (*s, *c) = (total, count);
        }
    }
    Ok(Counted { slots, row_sums, row_counts })
}

/// The reciprocal of a row or column of `u16` values read as integers (`v * 2^32` raw): of
/// their `I32F32` sum, which saturates at `I32F32::MAX`. `None` for a zero sum. Each value
/// `v * 2^32` is at most that sum (even saturated, as `v * 2^32 < 2^48`), so it normalises to at
/// most `2^32`.
fn integer_sum_reciprocal(total: u64) -> Option<Reciprocal> {
    let bits = i64::try_from(total.saturating_mul(1 << 32)).unwrap_or(i64::MAX);
    Reciprocal::new(bits.unsigned_abs())
}

/// A reciprocal for sums that may be 0: `None` (a zero sum, whose parts are all 0) becomes the
/// reciprocal of 1 raw, which maps 0 to 0.
fn or_unit(reciprocal: Option<Reciprocal>) -> Reciprocal {
    reciprocal.or_else(|| Reciprocal::new(1)).unwrap_or_default()
}

/// `floor(x * 65535 / 2^32)` for `x <= 2^32`: [`crate::fixed::fixed_proportion_to_u16`] of a
/// proportion in `[0, 1]`.
#[inline]
fn proportion_to_u16(x: u64) -> u16 {
    // x * 65535 < 2^48, and the result is at most 65535.
    (x.wrapping_mul(65_535) >> 32) as u16
}

/// An EMA rate: multiplied with [`mul_proportions`] when it is in `[0, 1]`
/// (`bonds_moving_average <= 1_000_000`), with [`mul`] otherwise.
#[derive(Clone, Copy)]
struct Rate {
    factor: I32F32,
    proportion: Option<u64>,
}

impl Rate {
    fn new(factor: I32F32) -> Self {
        let proportion = u64::try_from(factor.to_bits()).ok().filter(|b| *b <= 1 << 32);
        Self { factor, proportion }
    }

    /// `floor(factor * x / 2^32)` saturated, as `mul`, for a proportion `x <= 2^32`.
    #[inline]
    fn times(&self, x: u64) -> i64 {
        match self.proportion {
            // Both in [0, 2^32]: the product is at most 2^32.
            Some(f) => mul_proportions(f, x) as i64,
            None => mul(self.factor, I32F32::from_bits(x as i64)).to_bits(),
        }
    }
}

/// What the column loops read of each row (uid).
#[derive(Clone, Copy, Default)]
struct Row {
    /// Reciprocal of the row's weight sum (row normalisation); the unit reciprocal for a row
    /// without weights, all of whose values are 0.
    divisor: Reciprocal,
    /// The active stake `a_i`, raw, in `[0, 2^32]` (normalised, all of them sum to at most 1).
    stake: u64,
    /// The consensus stake (`a_i` re-normalised), raw, in `[0, 2^32]`; 0 for non-voters.
    voter: u64,
}

/// What both layouts share: the stakes, the consensus rule, the EMA rates.
struct Context {
    /// Number of uids.
    n: usize,
    /// Per uid: the active stake `a_i` and the consensus stake (`a_i` re-normalised), raw, in
    /// `[0, 2^32]`.
    stakes: Vec<(u64, u64)>,
    /// The consensus rule (step 7).
    rule: ColumnConsensus,
    /// `alpha` and `1 - alpha` (step 13).
    rates: (Rate, Rate),
}

impl Context {
    /// What the column loops read of row `i`, whose kept weights sum to `weight_sum`.
    fn row(&self, i: usize, weight_sum: u64) -> Row {
        let (stake, voter) = self.stakes.get(i).copied().unwrap_or((0, 0));
        Row { divisor: or_unit(integer_sum_reciprocal(weight_sum)), stake, voter }
    }
}

/// The error for the first `(row, uid)` named twice by a row of `field`.
fn duplicate(field: &'static str) -> impl Fn((usize, u16)) -> EpochError {
    move |(row, uid)| EpochError::DuplicateUid { field, row, uid }
}

/// The masks of step 5 (weights: rows with a permit, no self-weight, no outdated pair) and
/// step 11 (previous bonds: every row, no outdated pair).
fn masks(input: &EpochInput) -> (Mask<'_>, Mask<'_>) {
    let weights = Mask {
        rows: Some(&input.validator_permit),
        last_update: &input.last_update,
        skip_diagonal: true,
    };
    let bonds = Mask { rows: None, last_update: &input.last_update, skip_diagonal: false };
    (weights, bonds)
}

/// Steps 5 to 14 of a Finney-era epoch (see the module docs) for `active_stake` (normalised,
/// step 4), bond rows ready to be stored for the rows of `new_permit`. Checks the rows for
/// repeated uids (the rest of the input must be valid).
pub(super) fn finney(
    input: &EpochInput,
    active_stake: &[I32F32],
    new_permit: &[bool],
) -> Result<Matrices<FinneyBonds>, EpochError> {
    finney_with(input, active_stake, new_permit, None)
}

/// [`finney`] in the given layout (`None`: chosen by [`Layout::for_counts`] on the stored
/// entries of the rows read, before masking, which only affects the speed).
fn finney_with(
    input: &EpochInput,
    active_stake: &[I32F32],
    new_permit: &[bool],
    layout: Option<Layout>,
) -> Result<Matrices<FinneyBonds>, EpochError> {
    let n = usize::from(input.n);

    // 7. The consensus stake: validators with stake, re-normalised (as `weighted_median_col`).
    let mut voter_stake: Vec<I32F32> =
        active_stake.iter().map(|s| if *s > ZERO { *s } else { ZERO }).collect();
    let voters = voter_stake.iter().filter(|s| **s > ZERO).count();
    normalize(&mut voter_stake);
    let voter_sum = sum(&voter_stake);
    let kappa = crate::fixed::u16_proportion_to_fixed(input.kappa);
    let rule = ColumnConsensus::new(voter_sum, voter_sum.saturating_sub(kappa), voters);

    let raw = |x: Option<&I32F32>| x.and_then(|x| u64::try_from(x.to_bits()).ok()).unwrap_or(0);
    let stakes: Vec<(u64, u64)> =
        (0..n).map(|i| (raw(active_stake.get(i)), raw(voter_stake.get(i)))).collect();
    let alpha = bonds_ema_alpha(input.bonds_moving_average);
    let rates = (Rate::new(alpha), Rate::new(ONE.saturating_sub(alpha)));
    let context = Context { n, stakes, rule, rates };

    let layout = layout.unwrap_or_else(|| {
        let (weight_mask, _) = masks(input);
        let (mut slots, mut entries) = (0_usize, 0_usize);
        for i in 0..n {
            let stored = |rows: &[Vec<(u16, u16)>]| rows.get(i).map_or(0, Vec::len);
            let weights = if weight_mask.includes(i) { stored(&input.weights) } else { 0 };
            let row = weights.saturating_add(stored(&input.bonds));
            slots = slots.saturating_add(usize::from(row > 0));
            entries = entries.saturating_add(row);
        }
        Layout::for_counts(slots, n, entries)
    });
    match layout {
        Layout::Sparse => sparse::sweep(context, input, new_permit),
        Layout::Dense => dense::sweep(context, input, new_permit),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;
    use crate::vector::{mask_vector, stake_weights};
    use proptest::prelude::*;

    /// A random subnet of up to 24 uids, rows from empty to full, every mask.
    fn subnet() -> impl Strategy<Value = (EpochInput, Vec<bool>, Vec<bool>)> {
        subnet_of(1..=24)
    }

    /// A random subnet of `sizes` uids, rows from empty to full, every mask.
    fn subnet_of(
        sizes: core::ops::RangeInclusive<u16>,
    ) -> impl Strategy<Value = (EpochInput, Vec<bool>, Vec<bool>)> {
        sizes.prop_flat_map(|n| {
            let len = usize::from(n);
            let value = prop_oneof![Just(0_u16), Just(u16::MAX), any::<u16>(), 0_u16..4];
            let sparse_row = proptest::collection::btree_map(0..n + 2, value.clone(), 0..=3);
            let full_row = proptest::collection::btree_map(0..n + 2, value, 0..=len + 2);
            let row = prop_oneof![sparse_row, full_row]
                .prop_map(|m| m.into_iter().collect::<Vec<(u16, u16)>>());
            let stake = prop_oneof![Just(0_u64), 1_u64..1_000, any::<u64>()];
            (
                proptest::collection::vec(stake, len),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(any::<bool>(), len),
                proptest::collection::vec(any::<bool>(), len),
                proptest::collection::vec(any::<bool>(), len),
                proptest::collection::vec(row.clone(), len),
                proptest::collection::vec(row, len),
                (any::<u16>(), prop_oneof![0_u64..=1_000_000, 1_000_000_u64..3_000_000]),
            )
                .prop_map(
                    move |(stake, update, registered, permit, active, new, w, b, (kappa, bma))| {
                        let input = EpochInput {
                            block: 200,
                            n,
                            stake,
                            last_update: update,
                            block_at_registration: registered,
                            validator_permit: permit,
                            weights: w,
                            bonds: b,
                            kappa,
                            bonds_moving_average: bma,
                            ..EpochInput::default()
                        };
                        (input, active, new)
                    },
                )
        })
    }

    /// Both layouts on `input`, compared.
    fn compare_layouts(
        input: &EpochInput,
        active: &[bool],
        new_permit: &[bool],
    ) -> Result<(), TestCaseError> {
        let mut a = stake_weights(&input.stake);
        let masked: Vec<bool> = active.iter().map(|x| !x).collect();
        mask_vector(&masked, &mut a);
        normalize(&mut a);
        let run = |layout| finney_with(input, &a, new_permit, Some(layout)).unwrap();
        let (s, d) = (run(Layout::Sparse), run(Layout::Dense));
        prop_assert_eq!(&s.preranks, &d.preranks);
        prop_assert_eq!(&s.consensus, &d.consensus);
        prop_assert_eq!(&s.validator_trust, &d.validator_trust);
        prop_assert_eq!(&s.ranks, &d.ranks);
        prop_assert_eq!(&s.bonds.dividends, &d.bonds.dividends);
        for (i, stores) in new_permit.iter().enumerate() {
            if *stores {
                prop_assert_eq!(&s.bonds.stored[i], &d.bonds.stored[i]);
            }
        }
        Ok(())
    }

    proptest! {
        /// The two layouts give the same bits.
        #[test]
        fn layouts_agree((input, active, new_permit) in subnet()) {
            compare_layouts(&input, &active, &new_permit)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The two layouts give the same bits on subnets of several blocks of columns.
        #[test]
        fn layouts_agree_across_blocks((input, active, new_permit) in subnet_of(33..=100)) {
            compare_layouts(&input, &active, &new_permit)?;
        }
    }

    #[test]
    fn repeated_uids_are_found_in_any_order() {
        // Rows that increase, then name a uid >= n (ignored), then one of theirs again; or
        // that are out of order without repeating a uid.
        let n = 6_u16;
        let full = |i: u16| (0..n).filter(|j| *j != i).map(|j| (j, 7)).collect::<Vec<_>>();
        let mut input = EpochInput {
            block: 200,
            n,
            stake: vec![1_000; 6],
            last_update: vec![100; 6],
            block_at_registration: vec![0; 6],
            validator_permit: vec![true; 6],
            weights: (0..n).map(full).collect(),
            bonds: (0..n).map(full).collect(),
            kappa: 32_767,
            bonds_moving_average: 900_000,
            ..EpochInput::default()
        };
        let a = stake_weights(&input.stake);
        let permits = vec![true; 6];
        let run = |input: &EpochInput, layout| finney_with(input, &a, &permits, Some(layout));
        let ordered = run(&input, Layout::Dense).unwrap();
        for field in ["weights", "bonds"] {
            let mut unordered = input.clone();
            let rows =
                if field == "weights" { &mut unordered.weights } else { &mut unordered.bonds };
            rows[2].reverse();
            for layout in [Layout::Sparse, Layout::Dense] {
                let out = run(&unordered, layout).unwrap();
                assert_eq!(out.consensus, ordered.consensus);
                assert_eq!(out.bonds, ordered.bonds);
            }
            let mut repeated = input.clone();
            let rows = if field == "weights" { &mut repeated.weights } else { &mut repeated.bonds };
            rows[3] = vec![(1, 5), (4, 5), (n + 3, 5), (n + 1, 5), (4, 9)];
            for layout in [Layout::Sparse, Layout::Dense] {
                let error = EpochError::DuplicateUid { field, row: 3, uid: 4 };
                assert_eq!(run(&repeated, layout).err(), Some(error));
            }
        }
        input.weights[1] = vec![(0, 1), (n + 2, 1), (n + 2, 1)];
        assert!(run(&input, Layout::Dense).is_ok());
    }

    #[test]
    fn bond_rows_in_any_order_across_blocks() {
        // Bond rows read while the columns are filled (none of their pairs outdated): out of
        // order from the second block on, with uids >= n in between and repeated, or in order;
        // the dense layout gives the sparse layout's bits, and a uid < n named twice is found.
        let n = 70_u16;
        let full = |i: u16| (0..n).filter(|j| *j != i).map(|j| (j, 7 + j)).collect::<Vec<_>>();
        let mut input = EpochInput {
            block: 200,
            n,
            stake: (0..n).map(|i| 1_000 + u64::from(i)).collect(),
            last_update: vec![100; 70],
            block_at_registration: vec![0; 70],
            validator_permit: vec![true; 70],
            weights: (0..n).map(full).collect(),
            bonds: (0..n).map(full).collect(),
            kappa: 32_767,
            bonds_moving_average: 900_000,
            ..EpochInput::default()
        };
        input.bonds[3].swap(40, 50);
        input.bonds[5].insert(45, (n + 9, 3));
        input.bonds[5].insert(46, (n + 9, 3));
        input.bonds[6].truncate(60);
        input.bonds[6].push((n + 1, 4));
        input.bonds[6].push((65, 4));
        let a = stake_weights(&input.stake);
        let permits = vec![true; 70];
        let run = |input: &EpochInput, layout| finney_with(input, &a, &permits, Some(layout));
        let (s, d) = (run(&input, Layout::Sparse).unwrap(), run(&input, Layout::Dense).unwrap());
        assert_eq!(s.consensus, d.consensus);
        assert_eq!(s.ranks, d.ranks);
        assert_eq!(s.bonds, d.bonds);
        input.bonds[8].push((33, 1));
        let error = EpochError::DuplicateUid { field: "bonds", row: 8, uid: 33 };
        assert_eq!(run(&input, Layout::Dense).err(), Some(error));
    }

    #[test]
    fn layout_choice() {
        // 128 validators weighting 4096 uids (themselves excluded): dense; a handful of
        // entries each: sparse.
        assert_eq!(Layout::for_counts(128, 4096, 128 * 4095), Layout::Dense);
        assert_eq!(Layout::for_counts(128, 4096, 128 * 10), Layout::Sparse);
        assert_eq!(Layout::for_counts(0, 0, 0), Layout::Dense);
    }
}
