//! Sparse matrices (weights, bonds) and the matrix building blocks of an epoch.
//!
//! A [`SparseMatrix`] keeps each row's `(column, value)` entries in the order they were given
//! (stored weight rows are not sorted), in one contiguous buffer with row offsets, so an epoch over
//! `n` neurons costs in proportion to the number of entries and never allocates `n` rows.
//! Row `i` is a validator, column `j` a neuron it scores.

use crate::fixed::{mul, FractionDivisor, ONE, ZERO};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::I32F32;

/// One sparse entry: the column (uid) and its value.
pub type Entry = (u16, I32F32);

/// A row-major sparse matrix of `I32F32` with `u16` column indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SparseMatrix {
    columns: usize,
    /// `offsets[i]..offsets[i + 1]` are the entries of row `i`; `offsets[0] == 0`.
    offsets: Vec<usize>,
    entries: Vec<Entry>,
}

impl SparseMatrix {
    /// A matrix with no rows and `columns` columns.
    pub fn empty(columns: usize) -> Self {
        Self::with_capacity(columns, 0, 0)
    }

    /// A matrix with no rows yet, with room for `rows` rows and `entries` entries.
    pub fn with_capacity(columns: usize, rows: usize, entries: usize) -> Self {
        let mut offsets = Vec::with_capacity(rows.saturating_add(1));
        offsets.push(0);
        Self { columns, offsets, entries: Vec::with_capacity(entries) }
    }

    /// Builds a matrix from rows of entries; entries whose column is `>= columns` are dropped.
    pub fn from_rows<R: AsRef<[Entry]>>(rows: &[R], columns: usize) -> Self {
        let total = rows.iter().map(|r| r.as_ref().len()).fold(0_usize, usize::saturating_add);
        let mut m = Self::with_capacity(columns, rows.len(), total);
        for row in rows {
            m.push_row(row.as_ref().iter().copied());
        }
        m
    }

    /// Builds a matrix from stored `u16` rows read back as integers (`I32F32::from_num(v)`),
    /// dropping columns `>= columns`. This is how the chain reads weights and Finney-era bonds.
    pub fn from_u16_rows<R: AsRef<[(u16, u16)]>>(rows: &[R], columns: usize) -> Self {
        Self::from_u16_rows_masked(rows, columns, u16_to_fixed, |_, _| true)
    }

    /// Builds a matrix from stored `u16` proportions (`v / 65535`, floored), dropping columns
    /// `>= columns`. This is how Yuma 3 reads its absolute bonds.
    pub fn from_u16_proportion_rows<R: AsRef<[(u16, u16)]>>(rows: &[R], columns: usize) -> Self {
        Self::from_u16_rows_masked(rows, columns, crate::fixed::u16_proportion_to_fixed, |_, _| {
            true
        })
    }

    /// Builds a matrix from stored `u16` rows in one pass: each value goes through `convert`,
    /// and an entry is kept only if its column is `< columns` and `keep(row, column)` holds.
    pub fn from_u16_rows_masked<R: AsRef<[(u16, u16)]>>(
        rows: &[R],
        columns: usize,
        convert: impl Fn(u16) -> I32F32,
        mut keep: impl FnMut(usize, u16) -> bool,
    ) -> Self {
        let total = rows.iter().map(|r| r.as_ref().len()).fold(0_usize, usize::saturating_add);
        let mut m = Self::with_capacity(columns, rows.len(), total);
        for (i, row) in rows.iter().enumerate() {
            for (j, v) in row.as_ref() {
                if usize::from(*j) < columns && keep(i, *j) {
                    m.entries.push((*j, convert(*v)));
                }
            }
            m.end_row();
        }
        m
    }

    /// Appends a row; entries whose column is `>= columns` are dropped.
    pub fn push_row(&mut self, entries: impl IntoIterator<Item = Entry>) {
        let columns = self.columns;
        self.entries.extend(entries.into_iter().filter(|(j, _)| usize::from(*j) < columns));
        self.offsets.push(self.entries.len());
    }

    /// Appends one entry to the row being built (finish it with [`Self::end_row`]).
    fn push_entry(&mut self, entry: Entry) {
        if usize::from(entry.0) < self.columns {
            self.entries.push(entry);
        }
    }

    /// Closes the row being built by [`Self::push_entry`].
    fn end_row(&mut self) {
        self.offsets.push(self.entries.len());
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Number of columns.
    pub fn columns(&self) -> usize {
        self.columns
    }

    /// Number of stored entries.
    pub fn nnz(&self) -> usize {
        self.entries.len()
    }

    /// The entries of row `i` in stored order (empty if `i` is out of range).
    pub fn row(&self, i: usize) -> &[Entry] {
        match (self.offsets.get(i), self.offsets.get(i.saturating_add(1))) {
            (Some(a), Some(b)) => self.entries.get(*a..*b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The rows in order.
    pub fn iter_rows(&self) -> impl Iterator<Item = &[Entry]> + '_ {
        self.offsets.windows(2).map(move |w| match w {
            [a, b] => self.entries.get(*a..*b).unwrap_or(&[]),
            _ => &[],
        })
    }

    /// Calls `f(i, row)` with mutable access to every row.
    pub fn for_each_row_mut(&mut self, mut f: impl FnMut(usize, &mut [Entry])) {
        let entries = &mut self.entries;
        for (i, w) in self.offsets.windows(2).enumerate() {
            if let [a, b] = w {
                if let Some(row) = entries.get_mut(*a..*b) {
                    f(i, row);
                }
            }
        }
    }

    /// The matrix as one vector of entries per row.
    pub fn to_rows(&self) -> Vec<Vec<Entry>> {
        self.iter_rows().map(<[Entry]>::to_vec).collect()
    }

    /// A copy keeping only the entries for which `keep(row, column, value)` is true, in order.
    pub fn retain(&self, mut keep: impl FnMut(usize, u16, I32F32) -> bool) -> Self {
        let mut m = Self::with_capacity(self.columns, self.rows(), self.nnz());
        for (i, row) in self.iter_rows().enumerate() {
            m.push_row(row.iter().copied().filter(|(j, v)| keep(i, *j, *v)));
        }
        m
    }

    /// Keeps only the entries for which `keep(row, column, value)` is true, in place and in
    /// order.
    pub fn retain_in_place(&mut self, mut keep: impl FnMut(usize, u16, I32F32) -> bool) {
        let mut write = 0_usize;
        let mut start = 0_usize;
        for i in 0..self.rows() {
            let end = self.offsets.get(i.saturating_add(1)).copied().unwrap_or(start);
            for k in start..end {
                if let Some(entry) = self.entries.get(k).copied() {
                    if keep(i, entry.0, entry.1) {
                        if let Some(slot) = self.entries.get_mut(write) {
                            *slot = entry;
                        }
                        write = write.saturating_add(1);
                    }
                }
            }
            start = end;
            if let Some(o) = self.offsets.get_mut(i.saturating_add(1)) {
                *o = write;
            }
        }
        self.entries.truncate(write);
    }
}

/// The first `(row, uid)` pair that appears twice among `rows`, ignoring uids `>= columns`.
pub fn find_duplicate<R: AsRef<[(u16, u16)]>>(rows: &[R], columns: usize) -> Option<(usize, u16)> {
    // seen[j] holds 1 + the last row that named j, so no reset is needed between rows.
    let mut seen = vec![0_usize; columns];
    for (i, row) in rows.iter().enumerate() {
        let stamp = i.saturating_add(1);
        for (j, _) in row.as_ref() {
            if let Some(s) = seen.get_mut(usize::from(*j)) {
                if *s == stamp {
                    return Some((i, *j));
                }
                *s = stamp;
            }
        }
    }
    None
}

/// `v` as an integer-valued `I32F32` (`v * 2^32` raw), exactly `I32F32::from_num(v)`.
pub fn u16_to_fixed(v: u16) -> I32F32 {
    I32F32::from_bits(i64::from(v) << 32)
}

/// Normalises each row to sum 1: `m_ij <- floor(m_ij / sum_j m_ij)`; rows summing to 0 are kept.
pub fn row_normalize(m: &mut SparseMatrix) {
    m.for_each_row_mut(|_, row| {
        let total = row.iter().fold(ZERO, |acc, (_, v)| acc.saturating_add(*v));
        if total > ZERO {
            if let Some(d) = FractionDivisor::new(total) {
                row.iter_mut().for_each(|(_, v)| *v = d.divide(*v));
            }
        }
    });
}

/// Column sums `c_j = sum_i m_ij` (saturating), one per column.
pub fn col_sum(m: &SparseMatrix) -> Vec<I32F32> {
    let mut sums = vec![ZERO; m.columns()];
    for (j, v) in m.entries.iter() {
        if let Some(s) = sums.get_mut(usize::from(*j)) {
            *s = s.saturating_add(*v);
        }
    }
    sums
}

/// Row sums `r_i = sum_j m_ij` (saturating), one per row: validator trust of clipped weights.
pub fn row_sum(m: &SparseMatrix) -> Vec<I32F32> {
    m.iter_rows().map(|row| row.iter().fold(ZERO, |acc, (_, v)| acc.saturating_add(*v))).collect()
}

/// Divides every entry by a per-column divisor (entries of columns without one are unchanged).
fn divide_columns(m: &mut SparseMatrix, divisors: &[I32F32]) {
    let prepared: Vec<Option<FractionDivisor>> =
        divisors.iter().map(|d| FractionDivisor::new(*d)).collect();
    for (j, v) in m.entries.iter_mut() {
        if let Some(Some(d)) = prepared.get(usize::from(*j)) {
            *v = d.divide(*v);
        }
    }
}

/// Normalises each column to sum 1: `m_ij <- floor(m_ij / sum_i m_ij)`; zero columns are kept.
pub fn col_normalize(m: &mut SparseMatrix) {
    let sums = col_sum(m);
    divide_columns(m, &sums);
}

/// Max-upscales each column: `m_ij <- floor(m_ij / max_i m_ij)` so each column's largest entry
/// becomes 1 (columns whose maximum is 0 are kept). Bonds are stored this way (Finney-era Yuma).
pub fn col_max_upscale(m: &mut SparseMatrix) {
    let mut max = vec![ZERO; m.columns()];
    for (j, v) in m.entries.iter() {
        if let Some(c) = max.get_mut(usize::from(*j)) {
            if *c < *v {
                *c = *v;
            }
        }
    }
    divide_columns(m, &max);
}

/// `r_j = sum_i v_i * m_ij` (each product floored, sums saturating): pre-ranks and ranks.
pub fn matmul(m: &SparseMatrix, v: &[I32F32]) -> Vec<I32F32> {
    let mut result = vec![ZERO; m.columns()];
    for (row, vi) in m.iter_rows().zip(v) {
        for (j, value) in row {
            if let Some(r) = result.get_mut(usize::from(*j)) {
                *r = r.saturating_add(mul(*vi, *value));
            }
        }
    }
    result
}

/// `d_i = sum_j v_j * m_ij` (each product floored, sums saturating): dividends from bonds.
pub fn matmul_transpose(m: &SparseMatrix, v: &[I32F32]) -> Vec<I32F32> {
    m.iter_rows()
        .map(|row| {
            row.iter().fold(ZERO, |acc, (j, value)| {
                let vj = v.get(usize::from(*j)).copied().unwrap_or(ZERO);
                acc.saturating_add(mul(vj, *value))
            })
        })
        .collect()
}

/// `m_ij <- floor(m_ij * v_i)` in place: the bond delta `W o S` of each validator row.
pub fn row_hadamard(m: &mut SparseMatrix, v: &[I32F32]) {
    m.for_each_row_mut(|i, row| {
        let vi = v.get(i).copied().unwrap_or(ZERO);
        row.iter_mut().for_each(|(_, x)| *x = mul(*x, vi));
    });
}

/// Clips each entry at its column's threshold: `min(m_ij, c_j)`, except that an entry above a
/// threshold of 0 is removed rather than set to 0. Entries keep their order.
pub fn col_clip(m: &SparseMatrix, thresholds: &[I32F32]) -> SparseMatrix {
    let mut out = SparseMatrix::with_capacity(m.columns(), m.rows(), m.nnz());
    for row in m.iter_rows() {
        for (j, v) in row {
            let c = thresholds.get(usize::from(*j)).copied().unwrap_or(ZERO);
            if c < *v {
                if ZERO < c {
                    out.push_entry((*j, c));
                }
            } else {
                out.push_entry((*j, *v));
            }
        }
        out.end_row();
    }
    out
}

/// [`col_clip`] in place.
pub fn col_clip_in_place(m: &mut SparseMatrix, thresholds: &[I32F32]) {
    let threshold = |j: u16| thresholds.get(usize::from(j)).copied().unwrap_or(ZERO);
    let mut removed = false;
    for (j, v) in m.entries.iter_mut() {
        let c = threshold(*j);
        if c < *v {
            if ZERO < c {
                *v = c;
            } else {
                removed = true;
            }
        }
    }
    if removed {
        // Entries above a zero threshold were left as they were: drop them now.
        m.retain_in_place(|_, j, v| {
            let c = threshold(j);
            !(c < v && c <= ZERO)
        });
    }
}

/// Reusable dense scratch row that accumulates sparse values and emits them by ascending column.
struct RowAccumulator {
    values: Vec<I32F32>,
    seen: Vec<bool>,
    touched: Vec<u16>,
}

impl RowAccumulator {
    fn new(columns: usize) -> Self {
        Self { values: vec![ZERO; columns], seen: vec![false; columns], touched: Vec::new() }
    }

    fn add(&mut self, j: u16, x: I32F32) {
        if let (Some(v), Some(s)) =
            (self.values.get_mut(usize::from(j)), self.seen.get_mut(usize::from(j)))
        {
            if !*s {
                *s = true;
                self.touched.push(j);
            }
            *v = v.saturating_add(x);
        }
    }

    /// Emits `(j, value)` for every touched column with `value > 0`, by ascending column, and
    /// resets the scratch row.
    fn drain_positive_into(&mut self, out: &mut SparseMatrix) {
        let columns = self.values.len();
        if self.touched.len().saturating_mul(8) >= columns {
            // Dense row: a scan is cheaper than a sort.
            for (j, (v, s)) in self.values.iter_mut().zip(self.seen.iter_mut()).enumerate() {
                if *s {
                    if *v > ZERO {
                        out.push_entry((j as u16, *v));
                    }
                    *v = ZERO;
                    *s = false;
                }
            }
        } else {
            self.touched.sort_unstable();
            for j in self.touched.iter() {
                if let (Some(v), Some(s)) =
                    (self.values.get_mut(usize::from(*j)), self.seen.get_mut(usize::from(*j)))
                {
                    if *v > ZERO {
                        out.push_entry((*j, *v));
                    }
                    *v = ZERO;
                    *s = false;
                }
            }
        }
        self.touched.clear();
        out.end_row();
    }
}

/// Exponential moving average of two sparse matrices: `alpha * new_ij + (1 - alpha) * old_ij`,
/// each product floored, over the union of their entries. Only entries `> 0` are kept, and each
/// row of the result is ordered by column (the Finney-era bond update).
pub fn mat_ema(new: &SparseMatrix, old: &SparseMatrix, alpha: I32F32) -> SparseMatrix {
    let columns = new.columns().max(old.columns());
    let rows = new.rows().max(old.rows());
    let one_minus_alpha = ONE.saturating_sub(alpha);
    let mut out = SparseMatrix::with_capacity(columns, rows, new.nnz().max(old.nnz()));
    let mut acc = RowAccumulator::new(columns);
    for i in 0..rows {
        for (j, v) in new.row(i) {
            acc.add(*j, mul(alpha, *v));
        }
        for (j, v) in old.row(i) {
            acc.add(*j, mul(one_minus_alpha, *v));
        }
        acc.drain_positive_into(&mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;

    fn fx(x: f64) -> I32F32 {
        I32F32::from_num(x)
    }

    fn m(rows: &[&[(u16, f64)]], columns: usize) -> SparseMatrix {
        let rows: Vec<Vec<Entry>> =
            rows.iter().map(|r| r.iter().map(|(j, v)| (*j, fx(*v))).collect()).collect();
        SparseMatrix::from_rows(&rows, columns)
    }

    #[test]
    fn construction_drops_out_of_range_columns() {
        let a = SparseMatrix::from_u16_rows(&[vec![(0, 1), (5, 2), (1, 3)], vec![]], 2);
        assert_eq!(a.rows(), 2);
        assert_eq!(a.row(0), &[(0, fx(1.0)), (1, fx(3.0))]);
        assert_eq!(a.row(1), &[]);
        assert_eq!(a.row(7), &[]);
        assert_eq!(find_duplicate(&[vec![(0, 1), (5, 2), (5, 3)]], 2), None);
        assert_eq!(find_duplicate(&[vec![(1, 1)], vec![(0, 1), (1, 1), (0, 2)]], 2), Some((1, 0)));
        // In-place retain and clip match the copying versions.
        let mut r = a.clone();
        r.retain_in_place(|_, j, _| j == 1);
        assert_eq!(r, a.retain(|_, j, _| j == 1));
        let w = SparseMatrix::from_u16_rows(&[vec![(0, 3), (1, 1)], vec![(1, 4), (0, 0)]], 2);
        let mut c = w.clone();
        col_clip_in_place(&mut c, &[ZERO, fx(2.0)]);
        assert_eq!(c, col_clip(&w, &[ZERO, fx(2.0)]));
    }

    #[test]
    fn normalisations() {
        // Row [1, 3] -> [0.25, 0.75]; the zero row stays.
        let mut a = m(&[&[(0, 1.0), (1, 3.0)], &[(0, 0.0)]], 2);
        row_normalize(&mut a);
        assert_eq!(a.row(0), &[(0, fx(0.25)), (1, fx(0.75))]);
        assert_eq!(a.row(1), &[(0, ZERO)]);
        // Column 0 holds 1 and 3 -> 0.25, 0.75; column 1 holds 2 alone -> 1.
        let mut b = m(&[&[(0, 1.0), (1, 2.0)], &[(0, 3.0)]], 2);
        col_normalize(&mut b);
        assert_eq!(b.to_rows(), vec![vec![(0, fx(0.25)), (1, fx(1.0))], vec![(0, fx(0.75))]]);
        // Max-upscale: column 0 max 3 -> 1/3 = floor(2^32/3) raw, 1; column 1 -> 1.
        let mut c = m(&[&[(0, 1.0), (1, 2.0)], &[(0, 3.0)]], 2);
        col_max_upscale(&mut c);
        assert_eq!(c.row(0)[0].1.to_bits(), 1_431_655_765);
        assert_eq!(c.row(1)[0].1, fx(1.0));
        assert_eq!(c.row(0)[1].1, fx(1.0));
    }

    #[test]
    fn products_and_sums() {
        // W = [[0: 0.5, 1: 0.5], [1: 1]], s = [0.25, 0.75]
        // matmul: r_0 = 0.25*0.5 = 0.125, r_1 = 0.25*0.5 + 0.75*1 = 0.875.
        let w = m(&[&[(0, 0.5), (1, 0.5)], &[(1, 1.0)]], 2);
        let s = [fx(0.25), fx(0.75)];
        assert_eq!(matmul(&w, &s), vec![fx(0.125), fx(0.875)]);
        // transpose with v = [0.25, 0.75]: d_0 = 0.5*0.25 + 0.5*0.75 = 0.5, d_1 = 0.75.
        assert_eq!(matmul_transpose(&w, &s), vec![fx(0.5), fx(0.75)]);
        assert_eq!(row_sum(&w), vec![fx(1.0), fx(1.0)]);
        assert_eq!(col_sum(&w), vec![fx(0.5), fx(1.5)]);
        let mut h = w.clone();
        row_hadamard(&mut h, &s);
        assert_eq!(h.to_rows(), vec![vec![(0, fx(0.125)), (1, fx(0.125))], vec![(1, fx(0.75))]]);
    }

    #[test]
    fn clip_removes_above_zero_consensus() {
        // c = [0, 0.3]: (0, 0.5) is above a zero threshold -> removed; (0, 0) stays;
        // (1, 0.5) -> 0.3; (1, 0.2) stays.
        let w = m(&[&[(0, 0.5), (1, 0.5)], &[(0, 0.0), (1, 0.2)]], 2);
        let c = col_clip(&w, &[ZERO, fx(0.3)]);
        let want = vec![vec![(1, fx(0.3))], vec![(0, ZERO), (1, fx(0.2))]];
        assert_eq!(c.to_rows(), want);
    }

    #[test]
    fn ema_union_sorted_positive() {
        // alpha = 0.25: new row [(1, 1.0)], old row [(2, 0.5), (0, 0.0)] ->
        // col 1: 0.25, col 2: 0.75 * 0.5 = 0.375, col 0: 0 dropped; ordered 1, 2.
        let new = m(&[&[(1, 1.0)]], 3);
        let old = m(&[&[(2, 0.5), (0, 0.0)]], 3);
        let e = mat_ema(&new, &old, fx(0.25));
        assert_eq!(e.to_rows(), vec![vec![(1, fx(0.25)), (2, fx(0.375))]]);
        // A dense row (scan path) gives the same ordering.
        let new = m(&[&[(2, 1.0), (0, 1.0), (1, 1.0)]], 3);
        let e = mat_ema(&new, &SparseMatrix::empty(3), fx(0.5));
        assert_eq!(e.to_rows(), vec![vec![(0, fx(0.5)), (1, fx(0.5)), (2, fx(0.5))]]);
    }
}
