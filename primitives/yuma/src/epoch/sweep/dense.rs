//! The dense layout: every row with stored weights (and a permit) or stored bonds is a slot of
//! every column, so each column is a plain array of `u32` cells, each holding the slot's `u16`
//! weight and previous bond (0 where the row has no kept entry, which is the same as no entry,
//! see [`super`]), and every loop zips it with per-slot arrays.
//!
//! The stored rows are first read once each for the repeated-uid check, the mask and the row
//! sums; a row that names its uids in increasing order and none of whose pairs is outdated (the
//! usual row) is then used as it is, any other is copied with only its kept entries, sorted.
//! The bond rows none of whose pairs is outdated are not read then but checked while the
//! columns are filled; if one turns out not to name its uids in increasing order, the sweep is
//! done again with every row read first (see [`Reader::row`]). Then
//! one sweep over the columns computes, per column, the weights, the pre-rank, the consensus, the
//! clipping, the validator trust, the rank, the EMA bonds, their normalisation and the stored
//! values. The cells are filled [`BLOCK`] columns at a time from one cursor per slot into each
//! row (see [`Block`]), so that the rows are read in order and the cells stay in cache. The
//! normalised EMA bonds (as `u32`, the rare value 1 aside) go to a buffer of `4 * width * n`
//! bytes for the dividends, which need the incentive (all the ranks) and take a last pass of one
//! product per entry.
//!
//! The consensus of a column is found from a histogram of its scores, summed while the weights
//! are computed: a bucket for zero scores and 255 of equal power-of-two width covering the
//! largest weight any voter can give (see [`crate::median::ColumnConsensus::of_histogram`]), each
//! with the list of its slots, so only the items of the crossing bucket are selected among.

use super::{
    duplicate, integer_sum_reciprocal, masks, or_unit, proportion_to_u16, Context, FinneyBonds,
    Mask, Matrices, Rate, Row,
};
use crate::{
    epoch::types::{EpochError, EpochInput},
    fixed::{mul_proportions, Reciprocal, SmallReciprocal, ZERO},
    median::{ColumnConsensus, Histogram},
    vector::normalize,
};
use alloc::{borrow::Cow, vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// Number of buckets of the consensus histogram (the first for zero scores).
const BUCKETS: usize = 256;

/// What a [`Reader`] finds of stored rows in the dense layout.
struct Dense<'a> {
    /// Per slot: the kept entries of its row, ordered by uid (see [`Reader::row`]).
    sources: Vec<Cow<'a, [(u16, u16)]>>,
    /// Per slot: the sum of its kept values (for a row left unchecked, see [`Reader::row`],
    /// only whether it has entries).
    sums: Vec<u64>,
    /// Per slot: its largest kept value (if asked for, see [`Reader::row`]; else possibly 0).
    largest: Vec<u16>,
    /// Whether any value is kept (or, for a row left unchecked, stored).
    any: bool,
}

/// Reads stored rows, one at a time, once: checks every row for a repeated uid `< n`
/// (`n = registered.len()`), and keeps, for the rows with a slot (`slot_of[i] < width`), the
/// source of the column sweep's values (see [`Reader::row`]) with the sum of its kept values.
struct Reader<'a> {
    /// `block_at_registration` of each uid.
    registered: &'a [u64],
    /// The entries kept.
    mask: Mask<'a>,
    /// The slot of each row, and the slots per column.
    slotting: (&'a [usize], usize),
    /// The largest `registered`.
    latest: u64,
    /// Whether the rows that need no mask are left unchecked (see [`Reader::row`]).
    unchecked: bool,
    /// Per uid: the stamp of the last row that named it (1 + the row).
    seen: Vec<u32>,
    /// What the rows read so far hold.
    dense: Dense<'a>,
}

impl<'a> Reader<'a> {
    /// A reader of the rows of `mask` with the slots of `slotting`, leaving the rows that need
    /// no mask `unchecked` if asked to.
    fn new(
        registered: &'a [u64],
        mask: Mask<'a>,
        slotting: (&'a [usize], usize),
        unchecked: bool,
    ) -> Self {
        let width = slotting.1;
        Self {
            registered,
            mask,
            slotting,
            latest: registered.iter().copied().max().unwrap_or(0),
            unchecked,
            seen: vec![0; registered.len()],
            dense: Dense {
                sources: vec![Cow::Borrowed(&[]); width],
                sums: vec![0_u64; width],
                largest: vec![0_u16; width],
                any: false,
            },
        }
    }

    /// Reads row `i` (the rows are read in increasing order, each once): fails with the first
    /// uid it names twice, as [`crate::sparse::find_duplicate`] does for the first row that
    /// does. The largest kept value is found only if `LARGEST`.
    ///
    /// The source of a row with a slot names the uids of its kept entries in increasing order,
    /// all below `n`, each value 0 where it is not kept: the row itself (up to its first uid
    /// `>= n`) when its uids increase and none of its pairs is outdated (the dropped diagonal
    /// entry, if any, is then still in it, see [`Block::fill`]); otherwise a copy of its kept
    /// entries, sorted.
    ///
    /// If the reader leaves rows unchecked, a row with a slot none of whose pairs is outdated and
    /// without a dropped diagonal entry is not read here: its source is the whole row, assumed
    /// to name its uids in increasing order, which [`Block::fill`] checks as it reads it (and the
    /// sweep is done again without unchecked rows if it does not).
    fn row<const LARGEST: bool>(&mut self, i: usize, row: &'a [(u16, u16)]) -> Result<(), u16> {
        let ((slot_of, width), mask) = (self.slotting, self.mask);
        // Rows are at most n <= 65535.
        let stamp = u32::try_from(i).unwrap_or(u32::MAX).wrapping_add(1);
        let slot = slot_of.get(i).copied().filter(|s| *s < width && mask.includes(i));
        let Some(s) = slot else {
            if increasing(row) {
                return Ok(());
            }
            for &(j, _) in row {
                let Some(mark) = self.seen.get_mut(usize::from(j)) else { continue };
                if *mark == stamp {
                    return Err(j);
                }
                *mark = stamp;
            }
            return Ok(());
        };
        let limit = mask.limit(i);
        // The diagonal entry's uid, if it is dropped (i < n <= 65535; none otherwise).
        let diagonal = if mask.skip_diagonal { i } else { usize::MAX };
        let n = self.registered.len();
        // Most rows were updated after every registration (no pair of theirs is outdated), and
        // name their uids in increasing order (none twice); the others are copied with every
        // check.
        let read = if self.latest < limit && self.unchecked && !mask.skip_diagonal {
            (Cow::Borrowed(row), u64::from(!row.is_empty()), 0)
        } else if self.latest < limit && increasing(row) {
            let (source, total, largest) = kept_increasing::<LARGEST>(row, n, diagonal);
            (Cow::Borrowed(source), total, largest)
        } else {
            let (source, total, largest) =
                kept(row, (stamp, diagonal), (&mut self.seen, self.registered, limit))?;
            (Cow::Owned(source), total, largest)
        };
        let dense = &mut self.dense;
        if let (Some(source), Some(sum), Some(max)) =
            (dense.sources.get_mut(s), dense.sums.get_mut(s), dense.largest.get_mut(s))
        {
            dense.any |= read.1 > 0;
            (*source, *sum, *max) = read;
        }
        Ok(())
    }
}

/// The source of a row (see [`Reader::row`]), the sum and the largest of its kept values.
type Kept<S> = (S, u64, u16);

/// Whether the uids of `row` increase strictly (so that none is named twice).
fn increasing(row: &[(u16, u16)]) -> bool {
    // Without stopping at the first pair that does not (most rows increase): vectorised.
    row.iter().zip(row.iter().skip(1)).fold(true, |all, (a, b)| all & (a.0 < b.0))
}

/// The source of a row whose uids increase and none of whose pairs is outdated (see
/// [`Reader::row`]): its entries with uids below `n`, the sum and (if `LARGEST`) the largest of
/// their values but that of the uid `diagonal`.
fn kept_increasing<const LARGEST: bool>(
    row: &[(u16, u16)],
    n: usize,
    diagonal: usize,
) -> Kept<&[(u16, u16)]> {
    let below_n = row.get(..row.partition_point(|(j, _)| usize::from(*j) < n)).unwrap_or(&[]);
    let split = below_n.partition_point(|(j, _)| usize::from(*j) < diagonal);
    let (before, rest) = below_n.split_at(split);
    // If the uids increase, the diagonal entry can only be the first of the rest.
    let after = match rest.split_first() {
        Some((&(j, _), after)) if usize::from(j) == diagonal => after,
        _ => rest,
    };
    // At most 65535 values (distinct uids < n) of at most 65535: below 2^32.
    let sum = |part: &[(u16, u16)]| part.iter().fold(0_u64, |t, e| t.wrapping_add(u64::from(e.1)));
    let max = |part: &[(u16, u16)]| part.iter().fold(0_u16, |m, e| m.max(e.1));
    let total = sum(before).wrapping_add(sum(after));
    let largest = if LARGEST { max(before).max(max(after)) } else { 0 };
    (below_n, total, largest)
}

/// The source of any other row with a slot (see [`Reader::row`]): each `(j, v)` with `j < n` is
/// checked against `seen` (fails with `j` if the row named it before, `stamp` marking the row),
/// and kept if `registered_j < limit` and `j != diagonal`. Returns the kept entries ordered by
/// uid, the sum and the largest of their values.
fn kept(
    row: &[(u16, u16)],
    (stamp, diagonal): (u32, usize),
    (seen, registered, limit): (&mut [u32], &[u64], u64),
) -> Result<Kept<Vec<(u16, u16)>>, u16> {
    // At most 65535 kept values (distinct uids < n) of at most 65535: below 2^32.
    let (mut total, mut largest) = (0_u64, 0_u16);
    let mut entries = Vec::with_capacity(row.len());
    for &(j, v) in row {
        let ju = usize::from(j);
        let Some(mark) = seen.get_mut(ju) else { continue };
        if *mark == stamp {
            return Err(j);
        }
        *mark = stamp;
        let current = registered.get(ju).is_some_and(|r| *r < limit);
        if current && ju != diagonal && v > 0 {
            entries.push((j, v));
            total = total.wrapping_add(u64::from(v));
            largest = largest.max(v);
        }
    }
    // No uid is repeated: the order is total.
    entries.sort_unstable_by_key(|(j, _)| *j);
    Ok((entries, total, largest))
}

/// Columns per block of the sweep (see [`Block`]).
const BLOCK: usize = 32;

/// The cells of a block of at most [`BLOCK`] consecutive columns, `width` slots each: the
/// weight of each slot in the low half of its cell and the previous bond in the high half,
/// taken from the slots' sources (see [`Reader::row`]) a block at a time, so that each source
/// is read in order, a few entries at a time, and the cells stay in cache while the block's
/// columns are swept.
struct Block<'s> {
    /// Per slot: the weight entries not yet placed.
    weights: Vec<&'s [(u16, u16)]>,
    /// Per slot: the bond entries not yet placed.
    bonds: Vec<&'s [(u16, u16)]>,
    /// Slots per column.
    width: usize,
    /// The cells, column after column.
    cells: Vec<u32>,
    /// Whether a bond source was found not to name its uids in increasing order.
    unordered: bool,
}

impl<'s> Block<'s> {
    /// A block before the first column, with the sources of the weights and of the bonds.
    fn new(
        weights: &'s [Cow<'_, [(u16, u16)]>],
        bonds: &'s [Cow<'_, [(u16, u16)]>],
        width: usize,
    ) -> Self {
        let rests = |sources: &'s [Cow<'_, [(u16, u16)]>]| {
            sources.iter().map(|source| &**source).collect::<Vec<_>>()
        };
        Self {
            weights: rests(weights),
            bonds: rests(bonds),
            width,
            cells: vec![0; width.saturating_mul(BLOCK)],
            unordered: false,
        }
    }

    /// Fills the cells of the columns `start..start + BLOCK` (those below `n` hold values),
    /// which follow those of the previous fill. The weight of slot `diagonal[j]` in column `j`,
    /// if any, is set to 0 (the dropped diagonal entry of a borrowed source).
    ///
    /// The bond sources are checked as they are read (a row left unchecked by its [`Reader`]
    /// may name its uids in any order): an entry below the block or not above the one before it
    /// in the block marks the block [`Self::unordered`] (the cells are then not all filled),
    /// and so does an entry for a uid below `n` left after the last fill
    /// ([`Self::ordered_to_the_end`]).
    #[inline(never)]
    fn fill(&mut self, start: usize, diagonal: &[usize]) {
        let width = self.width;
        let cells = &mut self.cells;
        for (s, (weights, bonds)) in self.weights.iter_mut().zip(&mut self.bonds).enumerate() {
            // Each cell of the slot written once when both sources have an entry for every
            // column of the block, else cleared and then written with the entries there are.
            let Some(slot) = cells.get_mut(s..) else { continue };
            let mut unordered = false;
            match (run::<false>(weights, start), run::<true>(bonds, start)) {
                (Some((w, w_later)), Some((b, b_later))) => {
                    set_slot(slot, width, w.iter().zip(b).map(|(w, b)| cell(w.1, b.1)));
                    (*weights, *bonds) = (w_later, b_later);
                }
                (Some((w, w_later)), None) => {
                    set_slot(slot, width, w.iter().map(|w| cell(w.1, 0)));
                    *weights = w_later;
                    (*bonds, unordered) = place::<true>(bonds, (start, s, width), 16, cells);
                }
                (None, Some((b, b_later))) => {
                    set_slot(slot, width, b.iter().map(|b| cell(0, b.1)));
                    *bonds = b_later;
                    (*weights, _) = place::<false>(weights, (start, s, width), 0, cells);
                }
                (None, None) => {
                    set_slot(slot, width, [0; BLOCK].into_iter());
                    (*weights, _) = place::<false>(weights, (start, s, width), 0, cells);
                    (*bonds, unordered) = place::<true>(bonds, (start, s, width), 16, cells);
                }
            }
            self.unordered |= unordered;
        }
        let diagonal = diagonal.get(start..).unwrap_or(&[]);
        for (c, slot) in diagonal.iter().take(BLOCK).enumerate() {
            // c < BLOCK and slot < width: below BLOCK * width.
            let cell = (*slot < width).then(|| c.wrapping_mul(width).wrapping_add(*slot));
            if let Some(cell) = cell.and_then(|at| self.cells.get_mut(at)) {
                *cell &= 0xFFFF_0000;
            }
        }
    }

    /// Whether the bond sources named their uids in increasing order (see [`Self::fill`]) once
    /// every column below `n` is filled.
    fn ordered_to_the_end(&self, n: usize) -> bool {
        let left = |rest: &&[(u16, u16)]| rest.iter().any(|(j, _)| usize::from(*j) < n);
        !self.unordered && !self.bonds.iter().any(left)
    }

    /// The cells of column `start + c`.
    fn column(&self, c: usize) -> &[u32] {
        let first = c.saturating_mul(self.width);
        self.cells.get(first..first.saturating_add(self.width)).unwrap_or(&[])
    }
}

/// The entries of a source for the columns of a block.
type Entries = [(u16, u16); BLOCK];

/// A cell holding the weight `w` and the previous bond `b`.
#[inline(always)]
fn cell(w: u16, b: u16) -> u32 {
    u32::from(w) | u32::from(b) << 16
}

/// The entries of `rest` (ordered by uid, none below `start`) for the columns
/// `start..start + BLOCK` and those after them, if it has one for each of these columns: it
/// does if it has one for the last, since the uids increase from `start` (if `CHECK`, `rest`
/// may be in any order, and each of its first `BLOCK` uids is compared with its column).
#[inline(always)]
fn run<const CHECK: bool>(rest: &[(u16, u16)], start: usize) -> Option<(&Entries, &[(u16, u16)])> {
    let last = start.wrapping_add(BLOCK).wrapping_sub(1);
    let full = rest.get(BLOCK.wrapping_sub(1)).is_some_and(|(j, _)| usize::from(*j) == last);
    rest.split_first_chunk::<BLOCK>().filter(|(now, _)| {
        // Without stopping at the first that differs: vectorised.
        let each = |(c, (j, _)): (usize, &(u16, u16))| usize::from(*j) == start.wrapping_add(c);
        full && (!CHECK || now.iter().enumerate().fold(true, |all, e| all & each(e)))
    })
}

/// Writes `values` to the cells of one slot in the block's columns, `slot` starting with the
/// slot's cell in the first column (the cell in column `c` is at `c * width`).
#[inline(always)]
fn set_slot(slot: &mut [u32], width: usize, values: impl Iterator<Item = u32>) {
    let mut at = 0_usize;
    for value in values {
        if let Some(cell) = slot.get_mut(at) {
            *cell = value;
        }
        // At most BLOCK * width.
        at = at.wrapping_add(width);
    }
}

/// Places the entries of `rest` (ordered by uid, none below `start`) with uids below
/// `start + BLOCK` in the cells of slot `s` of the block, at bit `shift` (0 or 16) of each
/// (which must be 0); returns the entries after them. If `CHECK`, `rest` may be in any order:
/// placing stops at the first entry of the block not above the one before it (or below
/// `start`, where it is left), and the second value returned tells whether that happened.
#[inline(always)]
fn place<'r, const CHECK: bool>(
    rest: &'r [(u16, u16)],
    (start, s, width): (usize, usize, usize),
    shift: u32,
    cells: &mut [u32],
) -> (&'r [(u16, u16)], bool) {
    let (mut taken, mut next) = (0_usize, start);
    for &(j, v) in rest {
        // No uid is below start (unless `CHECK`: then it is left, and found after the sweep).
        let c = usize::from(j).wrapping_sub(start);
        if c >= BLOCK {
            break;
        }
        if CHECK && usize::from(j) < next {
            return (rest.get(taken..).unwrap_or(&[]), true);
        }
        // c < BLOCK and s < width: below BLOCK * width.
        if let Some(cell) = cells.get_mut(c.wrapping_mul(width).wrapping_add(s)) {
            *cell |= u32::from(v) << shift;
        }
        // At most rest.len(), and j + 1 <= 65536.
        taken = taken.wrapping_add(1);
        next = usize::from(j).wrapping_add(1);
    }
    (rest.get(taken..).unwrap_or(&[]), false)
}

/// Column `j` of column-major `cells` with `width` slots per column.
fn column_of(cells: &mut [u32], width: usize, j: usize) -> &mut [u32] {
    let start = j.saturating_mul(width);
    cells.get_mut(start..start.saturating_add(width)).unwrap_or(&mut [])
}

/// The weight (`u16`) of a cell before its column is swept.
#[inline(always)]
fn weight_of(cell: u32) -> u16 {
    cell as u16
}

/// The previous bond (`u16`) of a cell before its column is swept.
#[inline(always)]
fn bond_of(cell: u32) -> u16 {
    (cell >> 16) as u16
}

/// `W_ij` of a slot: its value read as an integer, divided by the row's sum (in `[0, 2^32]`,
/// see [`integer_sum_reciprocal`]; the unit reciprocal maps the zeros of rows without weights
/// to 0).
#[inline]
fn weight(row: &Row, v: u16) -> u64 {
    row.divisor.fraction_bits(u64::from(v) << 32)
}

/// A prepared divisor of the column loops: `floor(x * 2^32 / d)` for `0 <= x <= d`, by
/// [`Reciprocal`] in general and by [`SmallReciprocal`] (no variable shift, fewer registers)
/// when `d < 2^32`, with the same results.
trait Fraction: Copy {
    /// `floor(x * 2^32 / d)` for `x <= d`.
    fn of(&self, x: u64) -> u64;
}

impl Fraction for Reciprocal {
    #[inline(always)]
    fn of(&self, x: u64) -> u64 {
        self.fraction_bits(x)
    }
}

impl Fraction for SmallReciprocal {
    #[inline(always)]
    fn of(&self, x: u64) -> u64 {
        self.fraction_bits(x)
    }
}

/// The divisors of the stored integer sums `sums` of `u16` values for [`weigh`]: of their
/// `I32F32` sums as [`integer_sum_reciprocal`] prepares them (`Ok`, for numerators `v * 2^32`),
/// or of the integer sums themselves when all are below `2^31` (`Err`, for numerators `v`): the
/// `I32F32` sum `S * 2^32` does not saturate then, and `floor(v * 2^32 * 2^32 / (S * 2^32)) =
/// floor(v * 2^32 / S)`. A zero sum (all its values 0) gets the reciprocal of 1, which maps 0 to
/// 0.
fn sum_divisors(sums: &[u64]) -> Result<Vec<Reciprocal>, Vec<SmallReciprocal>> {
    if sums.iter().all(|s| *s < 1 << 31) {
        Err(sums.iter().map(|s| SmallReciprocal::new(*s).unwrap_or_default()).collect())
    } else {
        Ok(sums.iter().map(|s| or_unit(integer_sum_reciprocal(*s))).collect())
    }
}

/// The histogram bucket of a score: 0 for a zero score, `1 + (w >> shift)` for a positive one
/// (below [`BUCKETS`] for the scores of voters, which are at most the largest weight a voter
/// gives).
#[inline]
fn bucket(w: u64, shift: u32) -> usize {
    (w.wrapping_shr(shift) as usize).wrapping_add(usize::from(w > 0))
}

/// The consensus histogram of a column: per bucket, the stake of its scores, and the slots
/// with a score in it, as a list (see [`Buckets::items`]).
///
/// A list entry is `stamp << 32 | (1 + slot)`, 0 for the end: entries with another stamp than
/// the column's are from earlier columns, so the lists need no clearing.
struct Buckets {
    /// Per bucket: the stake.
    stakes: [i64; BUCKETS],
    /// Per bucket: the entry of the last slot added to it.
    heads: [u64; BUCKETS],
    /// Per slot: the entry of the slot added to its bucket before it.
    links: Vec<u64>,
    /// The bucket of a score `w` is [`bucket`]`(w, shift)`.
    shift: u32,
    /// The stamp of the column (1 + its index).
    stamp: u64,
}

impl Buckets {
    /// Empties the buckets for the next column.
    fn next_column(&mut self) {
        self.stakes.iter_mut().for_each(|b| *b = 0);
        self.stamp = self.stamp.wrapping_add(1);
    }

    /// Pushes to `out` the items (voters with a positive score) in positive bucket `b`
    /// (bucket `1 + b`), from the scores `weights` and the consensus stakes `voters` of the
    /// slots.
    fn items(&self, b: usize, (weights, voters): (&[u64], &[u64]), out: &mut Vec<(i64, i64)>) {
        let mut at = self.heads.get(b.wrapping_add(1)).copied().unwrap_or(0);
        // Each slot is in one list once: at most as many steps as slots.
        for _ in 0..self.links.len() {
            if at >> 32 != self.stamp {
                break;
            }
            // 1 + slot, below 2^32.
            let s = ((at & u64::from(u32::MAX)) as usize).wrapping_sub(1);
            if let (Some(w), Some(voter)) = (weights.get(s), voters.get(s)) {
                // A positive bucket holds positive scores. Both at most 2^32.
                if *voter > 0 {
                    out.push((*w as i64, *voter as i64));
                }
            }
            at = self.links.get(s).copied().unwrap_or(0);
        }
    }
}

/// Steps 5 to 7 for one column: `W_ij` of each slot into `weights` (numerators `v << SCALE`
/// for the divisors of [`sum_divisors`]), the consensus stake of each score into the bucket of
/// the score (0 for a non-voter), and each slot to the list of its bucket. Returns the
/// pre-rank `R0_j`.
#[inline(never)]
fn weigh<D: Fraction, const SCALE: u32>(
    (column, divisors): (&[u32], &[D]),
    rows: &[Row],
    weights: &mut [u64],
    histogram: &mut Buckets,
) -> u64 {
    let mut prerank = 0_u64;
    let (shift, stamp) = (histogram.shift, histogram.stamp << 32);
    let slots = column.iter().zip(divisors).zip(rows).zip(weights.iter_mut());
    for (s, ((((&cell, divisor), row), w_slot), link)) in
        slots.zip(histogram.links.iter_mut()).enumerate()
    {
        // As `weight`, with the divisors of `sum_divisors`.
        let w = divisor.of(u64::from(weight_of(cell)) << SCALE);
        // R0_j <= sum_i a_i <= 2^32: no wrap.
        prerank = prerank.wrapping_add(mul_proportions(row.stake, w));
        *w_slot = w;
        // The voters' stakes are at most 2^32 and sum to at most 2^32. A non-voter's score
        // may fall beyond the buckets; it adds nothing anyway. Slots are fewer than 2^32 - 1, and
        // columns than 2^32.
        let b = bucket(w, shift);
        if let (Some(stake), Some(head)) = (histogram.stakes.get_mut(b), histogram.heads.get_mut(b))
        {
            *stake = stake.wrapping_add(row.voter as i64);
            *link = *head;
            *head = stamp | (s as u64).wrapping_add(1);
        }
    }
    prerank
}

/// The largest item score of a column (0 without items).
fn largest_item(weights: &[u64], voters: &[u64]) -> i64 {
    let items = weights.iter().zip(voters).filter(|(w, voter)| **w > 0 && **voter > 0);
    // At most 2^32.
    items.map(|(w, _)| *w as i64).max().unwrap_or(0)
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

/// How the EMA of step 13 combines its two terms.
trait Ema: Copy {
    /// `alpha x + (1 - alpha) y` for proportions `x, y` in `[0, 2^32]` (each product floored).
    fn combine(self, x: u64, y: u64) -> i64;
    /// `total` plus `value` if it is `> 0`.
    fn add(total: i64, value: i64) -> i64;
}

/// Both rates in `[0, 1]` (`bonds_moving_average <= 1_000_000`), raw, and summing to 1: every
/// value is in `[0, 2^32]`, and at most 65535 of them sum to below `2^48`.
#[derive(Clone, Copy)]
struct Proportions(u64, u64);

impl Ema for Proportions {
    #[inline(always)]
    fn combine(self, x: u64, y: u64) -> i64 {
        // Each product is at most its rate, and the rates sum to 2^32.
        mul_proportions(self.0, x).wrapping_add(mul_proportions(self.1, y)) as i64
    }

    #[inline(always)]
    fn add(total: i64, value: i64) -> i64 {
        total.wrapping_add(value)
    }
}

/// Any rates, multiplied and added with saturation.
impl Ema for (Rate, Rate) {
    #[inline(always)]
    fn combine(self, x: u64, y: u64) -> i64 {
        self.0.times(x).saturating_add(self.1.times(y))
    }

    #[inline(always)]
    fn add(total: i64, value: i64) -> i64 {
        total.saturating_add(value.max(0))
    }
}

/// Steps 11 to 13 for one column: the EMA `alpha dB_ij / R_j + (1 - alpha) B_ij` of each slot
/// into `values`, from the bond deltas and the previous bonds (the `u16` of [`bond_of`] read
/// as integers)
/// normalised by their column sum. Returns the sum and maximum of the values `> 0`.
#[inline(never)]
fn ema(
    deltas: &[u64],
    rank: u64,
    bonds: Option<&[u32]>,
    rates: (Rate, Rate),
    values: &mut [i64],
) -> (i64, i64) {
    match rates {
        (Rate { proportion: Some(new), .. }, Rate { proportion: Some(old), .. })
            if new.checked_add(old) == Some(1 << 32) =>
        {
            ema_by(deltas, rank, bonds, Proportions(new, old), values)
        }
        _ => ema_by(deltas, rank, bonds, rates, values),
    }
}

/// [`ema`] with the rates `E`, and the divisors of the rank and of the bonds' column sum.
#[inline(always)]
fn ema_by<E: Ema>(
    deltas: &[u64],
    rank: u64,
    bonds: Option<&[u32]>,
    e: E,
    values: &mut [i64],
) -> (i64, i64) {
    // dB_ij <= R_j (a part of the rank): in [0, 2^32]; R_j = 0 leaves the zero deltas as they
    // are (the reciprocal of 1 maps 0 to 0).
    let small_rank = SmallReciprocal::new(rank).or_else(|| (rank == 0).then(Default::default));
    let Some(bonds) = bonds else {
        return match small_rank {
            Some(r) => ema_with(deltas, r, None::<(&[u32], SmallReciprocal, u32)>, e, values),
            None => {
                let r = or_unit(Reciprocal::new(rank));
                ema_with(deltas, r, None::<(&[u32], SmallReciprocal, u32)>, e, values)
            }
        };
    };
    // At most 65535 values of at most 65535. As for the weights (see `sum_divisors`): the
    // integer sum itself when below 2^31, with numerators b.
    let bond_sum = bonds.iter().fold(0_u64, |acc, b| acc.wrapping_add(u64::from(bond_of(*b))));
    let small_bonds =
        SmallReciprocal::new(bond_sum).or_else(|| (bond_sum == 0).then(Default::default));
    match (small_rank, small_bonds.filter(|_| bond_sum < 1 << 31)) {
        (Some(r), Some(b)) => ema_with(deltas, r, Some((bonds, b, 0)), e, values),
        _ => {
            let r = or_unit(Reciprocal::new(rank));
            let b = or_unit(integer_sum_reciprocal(bond_sum));
            ema_with(deltas, r, Some((bonds, b, 32)), e, values)
        }
    }
}

/// [`ema`] with the rates `E`, the rank's divisor `rank`, and the previous bonds with the
/// divisor of their column and the shift of their numerators.
#[inline(always)]
fn ema_with<E: Ema, R: Fraction, B: Fraction>(
    deltas: &[u64],
    rank: R,
    bonds: Option<(&[u32], B, u32)>,
    e: E,
    values: &mut [i64],
) -> (i64, i64) {
    let (mut total, mut max) = (0_i64, 0_i64);
    match bonds {
        None => {
            for (d, value) in deltas.iter().zip(values) {
                *value = e.combine(rank.of(*d), 0);
                total = E::add(total, *value);
                max = max.max(*value);
            }
        }
        Some((bonds, divisor, scale)) => {
            for ((d, &cell), value) in deltas.iter().zip(bonds).zip(values) {
                // b (b * 2^32) is at most the column's sum.
                let previous = divisor.of(u64::from(bond_of(cell)) << scale);
                *value = e.combine(rank.of(*d), previous);
                total = E::add(total, *value);
                max = max.max(*value);
            }
        }
    }
    (total, max)
}

/// Steps 13 and 17 for one column: the EMA values `> 0` normalised by their `sum` (`B'_ij`,
/// 0 for the others) into `normalised` as `u32`, max-upscaled by the normalised `max` and
/// written to the stored rows of the slots (see [`StoredRow`]).
///
/// `B'_ij` is at most 1, and 1 (`2^32` raw, one more than a `u32` holds) only for the one
/// positive value of a column: that slot is returned, and its `B'_ij` left at 0.
#[inline(never)]
fn store(
    values: &[i64],
    (sum, max): (i64, i64),
    column: u16,
    normalised: &mut [u32],
    stored: &mut [StoredRow],
) -> Option<usize> {
    // Each value > 0 is a part of the sum (at most I32F32::MAX), so it normalises to [0, 2^32].
    // Flooring is monotonic, so the largest normalised value is the normalised maximum.
    let divisor = or_unit(Reciprocal::new(sum.unsigned_abs()));
    let top = divisor.fraction_bits(max.unsigned_abs());
    // A zero maximum (all values normalised to 0) leaves them as they are: the unit reciprocal.
    let max_divisor = or_unit(Reciprocal::new(top));
    let small = |d: u64| SmallReciprocal::new(d).or_else(|| (d == 0).then(Default::default));
    match (small(sum.unsigned_abs()), small(top)) {
        (Some(divisor), Some(max_divisor)) => {
            normalise(values, (divisor, max_divisor), column, normalised, stored);
        }
        _ => normalise(values, (divisor, max_divisor), column, normalised, stored),
    }
    // The largest value is then the sum of the values > 0: it is the only one.
    if top > u64::from(u32::MAX) {
        values.iter().position(|v| *v > 0)
    } else {
        None
    }
}

/// The loop of [`store`] with the divisors of the sum and of the normalised maximum, without
/// branches on the values.
#[inline(always)]
fn normalise<D: Fraction, M: Fraction>(
    values: &[i64],
    (divisor, max_divisor): (D, M),
    column: u16,
    normalised: &mut [u32],
    stored: &mut [StoredRow],
) {
    for ((value, out), row) in values.iter().zip(normalised.iter_mut()).zip(stored) {
        // A value <= 0 normalises to 0 here, and is not stored.
        let x = divisor.of((*value).max(0).unsigned_abs());
        // At most 2^32, which (the case of `store`) the truncation makes 0.
        *out = x as u32;
        row.put(*value > 0, (column, proportion_to_u16(max_divisor.of(x))));
    }
}

/// The bonds stored for a slot: room for as many entries as the row can get (none if it
/// stores none), filled up to `len`.
struct StoredRow {
    /// The entries, then room.
    entries: Vec<(u16, u16)>,
    /// Entries kept.
    len: usize,
}

impl StoredRow {
    /// A row that stores bonds, with room for at most `room` of them.
    fn with_room(room: usize) -> Self {
        Self { entries: vec![(0, 0); room], len: 0 }
    }

    /// Keeps `entry` if `keep` (without a branch: it is written in any case, where the next
    /// entry kept will go, if there is room; there is room for every entry kept).
    #[inline(always)]
    fn put(&mut self, keep: bool, entry: (u16, u16)) {
        if let Some(e) = self.entries.get_mut(self.len) {
            *e = entry;
        }
        // At most one per column: no wrap.
        self.len = self.len.wrapping_add(usize::from(keep));
    }

    /// The entries kept.
    fn into_entries(self) -> Vec<(u16, u16)> {
        let mut entries = self.entries;
        entries.truncate(self.len);
        entries
    }
}

/// Step 14 for one column: `B'_ij I_j` added to the dividends `D_i` of the slots, from the
/// normalised `B'_ij` held as `u32` (see [`store`]) and `I_j` in `[0, 2^32]`.
#[inline(never)]
fn add_dividends(incentive: u64, normalised: &[u32], dividends: &mut [u64]) {
    // Each term is at most I_j (B'_ij <= 1) and the incentive sums to at most 1: D_i <= 2^32,
    // so the sum neither wraps nor saturates, and the order of the terms does not matter.
    match u32::try_from(incentive) {
        // floor(I_j B'_ij / 2^32), both below 2^32: the product fits 64 bits.
        Ok(ij) => {
            for (d, b) in dividends.iter_mut().zip(normalised) {
                *d = d.wrapping_add(u64::from(ij).wrapping_mul(u64::from(*b)) >> 32);
            }
        }
        // I_j = 1: the term is B'_ij.
        Err(_) => {
            for (d, b) in dividends.iter_mut().zip(normalised) {
                *d = d.wrapping_add(u64::from(*b));
            }
        }
    }
}

/// Steps 5 to 14 in the dense layout (see the module docs).
pub(super) fn sweep(
    context: Context,
    input: &EpochInput,
    new_permit: &[bool],
) -> Result<Matrices<FinneyBonds>, EpochError> {
    // The stored bonds, ordered by column, are checked as the columns are filled; a row that
    // is not (or names a uid twice) is found by reading every row first.
    let (matrices, ordered) = sweep_with(&context, input, new_permit, true)?;
    if ordered {
        return Ok(matrices);
    }
    sweep_with(&context, input, new_permit, false).map(|(matrices, _)| matrices)
}

/// [`sweep`], with the bond rows that need no mask left `unchecked` (see [`Reader::row`]) if
/// asked to; `false` with the matrices (then meaningless) if one of them turns out not to name
/// its uids in increasing order.
fn sweep_with(
    context: &Context,
    input: &EpochInput,
    new_permit: &[bool],
    unchecked: bool,
) -> Result<(Matrices<FinneyBonds>, bool), EpochError> {
    let n = context.n;
    // The slots, and the stored rows read once each (repeated uids, masks 5 and 11, row sums).
    let (weight_mask, bond_mask) = masks(input);
    let Slotting { slots, slot_of } = slotting(input, weight_mask, n);
    let width = slots.len();
    let (weights, bonds) =
        read_rows(input, (weight_mask, bond_mask), (&slot_of, width), unchecked)?;
    // What the columns read of each slot, and room for the bonds it stores.
    let prepared = prepare(context, &slots, &weights);
    let stored = stored_rows(input, new_permit, &slots, weight_mask, n);
    // Steps 5 to 13 and 17, column by column.
    let mut state = Sweep::new(context, prepared, stored, (width, n));
    let mut block = Block::new(&weights.sources, &bonds.sources, width);
    let columns = sweep_columns(&mut block, &slot_of, (context.rates, bonds.any), &mut state);
    let ordered = block.ordered_to_the_end(n);
    // Steps 10 and 14: the incentive, the dividends; then from slots back to uids.
    let slot_dividends = slot_dividends(&columns.ranks, &state);
    let (validator_trust, bonds) = to_uids(&slots, state, slot_dividends, n);
    let Columns { preranks, consensus, ranks } = columns;
    let matrices = Matrices { preranks, consensus, validator_trust, ranks, bonds };
    Ok((matrices, ordered))
}

/// The slots of the dense layout.
struct Slotting {
    /// The row (uid) of each slot, increasing.
    slots: Vec<usize>,
    /// The slot of each row, `usize::MAX` for a row without one.
    slot_of: Vec<usize>,
}

/// The slots: the rows with stored weights that are read (`weight_mask`: with a permit), and
/// the rows with stored bonds.
fn slotting(input: &EpochInput, weight_mask: Mask<'_>, n: usize) -> Slotting {
    let stored_in =
        |rows: &[Vec<(u16, u16)>], i: usize| rows.get(i).is_some_and(|row| !row.is_empty());
    let slots: Vec<usize> = (0..n)
        .filter(|i| {
            (weight_mask.includes(*i) && stored_in(&input.weights, *i))
                || stored_in(&input.bonds, *i)
        })
        .collect();
    let mut slot_of = vec![usize::MAX; n];
    for (s, i) in slots.iter().enumerate() {
        if let Some(slot) = slot_of.get_mut(*i) {
            *slot = s;
        }
    }
    Slotting { slots, slot_of }
}

/// Reads the stored rows once each (see [`Reader`]): the weights and the bonds of each row one
/// after the other, into the sources of the slots of `slotting`. The first repeated uid of the
/// weights is the error if there is one, else that of the bonds (the bonds are not read further
/// after it).
fn read_rows<'a>(
    input: &'a EpochInput,
    (weight_mask, bond_mask): (Mask<'a>, Mask<'a>),
    slotting: (&'a [usize], usize),
    unchecked: bool,
) -> Result<(Dense<'a>, Dense<'a>), EpochError> {
    let registered = &input.block_at_registration;
    let mut weight_reader = Reader::new(registered, weight_mask, slotting, false);
    let mut bond_reader = Reader::new(registered, bond_mask, slotting, unchecked);
    let mut bond_error = None;
    for i in 0..input.weights.len().max(input.bonds.len()) {
        if let Some(row) = input.weights.get(i) {
            let read = weight_reader.row::<true>(i, row);
            read.map_err(|j| duplicate("weights")((i, j)))?;
        }
        if let (Some(row), None) = (input.bonds.get(i), bond_error) {
            let read = bond_reader.row::<false>(i, row);
            bond_error = read.err().map(|j| (i, j));
        }
    }
    if let Some(error) = bond_error {
        return Err(duplicate("bonds")(error));
    }
    Ok((weight_reader.dense, bond_reader.dense))
}

/// What the column loops read of the slots, prepared once before the sweep.
struct Prepared {
    /// Per slot: what the column loops read of its row.
    rows: Vec<Row>,
    /// Per slot: the divisor of its weight sum (see [`sum_divisors`]).
    divisors: Result<Vec<Reciprocal>, Vec<SmallReciprocal>>,
    /// Per slot: the consensus stake of its row (0 for a non-voter).
    voters: Vec<u64>,
    /// The consensus stakes of the slots summed (at most that of all voters, `2^32`).
    slot_voters: i64,
    /// Whether some voter has no slot.
    unslotted: bool,
    /// The shift of the consensus histogram (see [`histogram_shift`]).
    shift: u32,
}

/// Prepares what the column loops read of the `slots`, from the `weights` read of their rows.
fn prepare(context: &Context, slots: &[usize], weights: &Dense<'_>) -> Prepared {
    let rows: Vec<Row> =
        slots.iter().zip(&weights.sums).map(|(i, total)| context.row(*i, *total)).collect();
    let shift = histogram_shift(&rows, &weights.largest);
    let divisors = sum_divisors(&weights.sums);
    let voters: Vec<u64> = rows.iter().map(|row| row.voter).collect();
    let slot_voters = voters.iter().fold(0_i64, |acc, v| acc.wrapping_add(*v as i64));
    let unslotted = voters.iter().filter(|v| **v > 0).count() < context.rule.voters();
    Prepared { rows, divisors, voters, slot_voters, unslotted, shift }
}

/// The shift of the consensus histogram (see [`bucket`]): the smallest that leaves
/// `top >> shift` below `BUCKETS - 1`, `top` the largest weight a voter gives (from the
/// `largest` value of each slot), so that each score of a voter has a bucket, zero included.
fn histogram_shift(rows: &[Row], largest: &[u16]) -> u32 {
    let top = rows
        .iter()
        .zip(largest)
        .filter(|(row, _)| row.voter > 0)
        .map(|(row, v)| weight(row, *v))
        .max()
        .unwrap_or(0);
    // top < 2^33: the shift is below 64.
    let shift = 64_u32.saturating_sub(top.leading_zeros()).saturating_sub(8);
    shift.saturating_add(u32::from(top.wrapping_shr(shift) >= (BUCKETS as u64).wrapping_sub(1)))
}

/// Room for the bonds each slot stores (step 17): one entry per column at most, and one per
/// entry of the rows read; none for a slot whose row gets no new permit.
fn stored_rows(
    input: &EpochInput,
    new_permit: &[bool],
    slots: &[usize],
    weight_mask: Mask<'_>,
    n: usize,
) -> Vec<StoredRow> {
    let stored_len = |rows: &[Vec<(u16, u16)>], i: usize| rows.get(i).map_or(0, Vec::len);
    slots
        .iter()
        .map(|i| {
            let stores = new_permit.get(*i).copied().unwrap_or(false);
            let weights = if weight_mask.includes(*i) { stored_len(&input.weights, *i) } else { 0 };
            let entries = weights.saturating_add(stored_len(&input.bonds, *i)).min(n);
            StoredRow::with_room(if stores { entries } else { 0 })
        })
        .collect()
}

/// The state of the column sweep: the slots' prepared values, the scratch of one column, and
/// what the columns accumulate per slot.
struct Sweep {
    /// What the column loops read of the slots.
    prepared: Prepared,
    /// The consensus rule (with the partition space it reuses from column to column).
    rule: ColumnConsensus,
    /// Slots per column.
    width: usize,
    /// The column's `W_ij`, per slot.
    weights: Vec<u64>,
    /// The column's bond deltas `dB_ij`, per slot.
    deltas: Vec<u64>,
    /// The column's EMA values, per slot.
    values: Vec<i64>,
    /// The column's consensus histogram.
    histogram: Buckets,
    /// Per slot: the validator trust `VT_i`, raw.
    trust: Vec<u64>,
    /// Per column and slot, the normalised EMA bond `B'_ij` (see [`store`]), for the dividends.
    normalised: Vec<u32>,
    /// The `(j, slot)` of each `B'_ij = 1` (not held in `normalised`, see [`store`]).
    ones: Vec<(usize, usize)>,
    /// Per slot: the bonds it stores.
    stored: Vec<StoredRow>,
}

impl Sweep {
    /// The state before the first of `n` columns of `width` slots.
    fn new(
        context: &Context,
        prepared: Prepared,
        stored: Vec<StoredRow>,
        (width, n): (usize, usize),
    ) -> Self {
        let histogram = Buckets {
            stakes: [0; BUCKETS],
            heads: [0; BUCKETS],
            links: vec![0; width],
            shift: prepared.shift,
            stamp: 1,
        };
        Self {
            prepared,
            rule: context.rule.clone(),
            width,
            weights: vec![0_u64; width],
            deltas: vec![0_u64; width],
            values: vec![0_i64; width],
            histogram,
            trust: vec![0_u64; width],
            normalised: vec![0_u32; width.saturating_mul(n)],
            ones: Vec::new(),
            stored,
        }
    }

    /// Steps 5 to 13 and 17 for column `j`, whose cells are `column`, with the EMA `rates` (the
    /// previous bonds read only if there are `any_bonds`): returns the pre-rank, the consensus
    /// and the rank of the column.
    fn column(
        &mut self,
        j: usize,
        column: &[u32],
        (rates, any_bonds): ((Rate, Rate), bool),
    ) -> (I32F32, I32F32, I32F32) {
        // 5.-6. Weights, pre-rank (and the consensus histogram).
        let prerank = self.weigh(column);
        // 7. Consensus.
        let c = self.consensus();
        // 8.-10., 12. Clipping, validator trust, bond deltas, rank. A consensus is a weight or
        // 0: in [0, 2^32].
        let (weights, rows) = (&self.weights, &self.prepared.rows);
        let c_raw = c.to_bits().unsigned_abs();
        let rank = clip(weights, rows, c_raw, &mut self.trust, &mut self.deltas);
        // 11., 13., 17. The EMA bonds, normalised, and those stored.
        let bonds = any_bonds.then_some(column);
        let extremes = ema(&self.deltas, rank, bonds, rates, &mut self.values);
        // j < n <= 65535.
        let index = u16::try_from(j).unwrap_or(u16::MAX);
        let out = column_of(&mut self.normalised, self.width, j);
        if let Some(s) = store(&self.values, extremes, index, out, &mut self.stored) {
            self.ones.push((j, s));
        }
        // The pre-rank and the rank are at most 2^32.
        (I32F32::from_bits(prerank as i64), c, I32F32::from_bits(rank as i64))
    }

    /// Steps 5 and 6 for a column (see [`weigh`]): its weights and its histogram; returns its
    /// pre-rank.
    fn weigh(&mut self, column: &[u32]) -> u64 {
        let (rows, weights, histogram) =
            (&self.prepared.rows, &mut self.weights, &mut self.histogram);
        match &self.prepared.divisors {
            Err(small) => weigh::<_, 0>((column, small), rows, weights, histogram),
            Ok(general) => weigh::<_, 32>((column, general), rows, weights, histogram),
        }
    }

    /// Step 7 for the column just weighed: its consensus from its histogram. Empties the
    /// histogram for the next column.
    fn consensus(&mut self) -> I32F32 {
        let Prepared { voters, slot_voters, unslotted, .. } = &self.prepared;
        let (weights, histogram) = (&self.weights, &self.histogram);
        // Bucket 0 holds the stake of the slots' voters giving a zero score; the voters
        // without a slot give none.
        let zero = histogram.stakes.first().copied().unwrap_or(0);
        let positive = histogram.stakes.get(1..).unwrap_or(&[]);
        let stake = slot_voters.wrapping_sub(zero);
        // Every voter has a positive stake: items exist when their stake is positive, and a
        // voter gives a zero score when bucket 0 has stake.
        let items = Histogram { any: stake > 0, stake, zero_present: *unslotted || zero > 0 };
        let c = self.rule.of_histogram(
            positive,
            items,
            || largest_item(weights, voters),
            |b, out| histogram.items(b, (weights, voters), out),
        );
        self.histogram.next_column();
        c
    }
}

/// The pre-ranks, the consensus and the ranks (not normalised) of the columns, by uid.
struct Columns {
    /// `R0_j`.
    preranks: Vec<I32F32>,
    /// `C_j`.
    consensus: Vec<I32F32>,
    /// `R_j`.
    ranks: Vec<I32F32>,
}

/// Steps 5 to 13 and 17 over every column (see [`Sweep::column`]), the cells filled [`BLOCK`]
/// columns at a time (the slot of row `j`, from `slot_of`, holds its dropped diagonal weight,
/// if any). Stops at the first block whose bond sources are found not to be ordered (see
/// [`Block::fill`]).
fn sweep_columns(
    block: &mut Block<'_>,
    slot_of: &[usize],
    rates: ((Rate, Rate), bool),
    state: &mut Sweep,
) -> Columns {
    let n = slot_of.len();
    let mut columns =
        Columns { preranks: vec![ZERO; n], consensus: vec![ZERO; n], ranks: vec![ZERO; n] };
    let Columns { preranks, consensus, ranks } = &mut columns;
    for (j, ((p, c), r)) in
        preranks.iter_mut().zip(consensus.iter_mut()).zip(ranks.iter_mut()).enumerate()
    {
        if j.is_multiple_of(BLOCK) {
            block.fill(j, slot_of);
            if block.unordered {
                break;
            }
        }
        (*p, *c, *r) = state.column(j, block.column(j.wrapping_rem(BLOCK)), rates);
    }
    columns
}

/// Steps 10 and 14 per slot: the incentive (the `ranks` normalised) and the dividends
/// `D_i = sum_j B'_ij I_j` (not normalised) from the normalised EMA bonds of the sweep.
fn slot_dividends(ranks: &[I32F32], state: &Sweep) -> Vec<u64> {
    let mut incentive = ranks.to_vec();
    normalize(&mut incentive);
    // A normalised incentive is in [0, 2^32] raw.
    let raw = |x: Option<&I32F32>| x.map_or(0, |x| x.to_bits().unsigned_abs());
    let mut dividends = vec![0_u64; state.width];
    for (ij, column) in incentive.iter().zip(state.normalised.chunks_exact(state.width.max(1))) {
        add_dividends(raw(Some(ij)), column, &mut dividends);
    }
    for (j, s) in &state.ones {
        // B'_ij = 1: the term is I_j (see `add_dividends`).
        if let Some(d) = dividends.get_mut(*s) {
            *d = d.wrapping_add(raw(incentive.get(*j)));
        }
    }
    dividends
}

/// Back from the `slots` to the `n` uids: the validator trust, and the bonds: the dividends
/// (normalised, from the `slot_dividends`) and the stored bond rows.
fn to_uids(
    slots: &[usize],
    state: Sweep,
    slot_dividends: Vec<u64>,
    n: usize,
) -> (Vec<I32F32>, FinneyBonds) {
    let mut validator_trust = vec![ZERO; n];
    let mut dividends = vec![ZERO; n];
    let mut stored_rows: Vec<Vec<(u16, u16)>> = vec![Vec::new(); n];
    for (((i, t), d), b) in slots.iter().zip(state.trust).zip(slot_dividends).zip(state.stored) {
        if let (Some(vt), Some(di), Some(s)) =
            (validator_trust.get_mut(*i), dividends.get_mut(*i), stored_rows.get_mut(*i))
        {
            // Both at most 2^32.
            *vt = I32F32::from_bits(t as i64);
            *di = I32F32::from_bits(d as i64);
            *s = b.into_entries();
        }
    }
    normalize(&mut dividends);
    (validator_trust, FinneyBonds { dividends, stored: stored_rows })
}
