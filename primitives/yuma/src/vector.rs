//! Vector building blocks: stake normalisation, sum-to-one normalisation, top-k permits.

use crate::fixed::{divide_all, ZERO};
use alloc::{vec, vec::Vec};
use substrate_fixed::types::{I32F32, I64F64};

/// Sum of a vector; saturates instead of wrapping (proportions never come near the bound).
pub fn sum(x: &[I32F32]) -> I32F32 {
    x.iter().fold(ZERO, |acc, v| acc.saturating_add(*v))
}

/// True when the (saturating) sum of `x` is zero.
pub fn is_zero(x: &[I32F32]) -> bool {
    sum(x) == ZERO
}

/// Normalises `x` in place to sum to 1: `x_i <- floor(x_i / sum(x))`; unchanged if the sum is 0.
pub fn normalize(x: &mut [I32F32]) {
    let total = sum(x);
    normalize_using_sum(x, total);
}

/// `x_i <- floor(x_i / total)` in place; unchanged if `total` is 0.
pub fn normalize_using_sum(x: &mut [I32F32], total: I32F32) {
    divide_all(x, total);
}

/// Stake normalised to sum 1 in `I64F64`: `s_i = floor(stake_i * 2^64 / sum(stake))` on the raw
/// bits, all zero when the total is 0.
///
/// This is `I64F64::from_num(stake_i) / I64F64::from_num(total)` of the chain, computed on
/// 128-bit integers so that even `u64::MAX` stakes (whose sum does not fit in `I64F64`) give a
/// defined, exact result.
pub fn stake_weights_64(stake: &[u64]) -> Vec<I64F64> {
    let total: u128 = stake.iter().fold(0_u128, |acc, s| acc.saturating_add(u128::from(*s)));
    if total == 0 {
        return vec![I64F64::from_bits(0); stake.len()];
    }
    stake
        .iter()
        .map(|s| {
            let q = (u128::from(*s) << 64).checked_div(total).unwrap_or(0);
            // q <= 2^64 (s <= total), which fits the 127 value bits of I64F64.
            I64F64::from_bits(i128::try_from(q).unwrap_or(i128::MAX))
        })
        .collect()
}

/// Narrows `I64F64` to `I32F32` by dropping the low 32 fractional bits (floor), saturating.
pub fn fixed64_to_fixed32(x: I64F64) -> I32F32 {
    I32F32::saturating_from_num(x)
}

/// Stake normalised to sum 1 (see [`stake_weights_64`]) and narrowed to `I32F32`.
pub fn stake_weights(stake: &[u64]) -> Vec<I32F32> {
    stake_weights_64(stake).into_iter().map(fixed64_to_fixed32).collect()
}

/// `x_i / y_i` floored, or 0 where `y_i == 0` (server trust = rank / pre-rank). Extra elements of
/// the longer vector are ignored.
pub fn vec_div(x: &[I32F32], y: &[I32F32]) -> Vec<I32F32> {
    x.iter()
        .zip(y)
        .map(
            |(a, b)| {
                if *b == ZERO {
                    ZERO
                } else {
                    a.checked_div(*b).unwrap_or(I32F32::max_value())
                }
            },
        )
        .collect()
}

/// Zeroes `x_i` wherever `mask_i` is true.
pub fn mask_vector(mask: &[bool], x: &mut [I32F32]) {
    x.iter_mut().zip(mask).filter(|(_, m)| **m).for_each(|(v, _)| *v = ZERO);
}

/// Top-k by value: `true` for the `k` largest elements, all `true` if `len <= k`.
///
/// Indices are sorted ascending by value with a stable sort and the first `len - k` lose, so among
/// equal values the lower index loses (is treated as smaller).
pub fn is_topk(x: &[I32F32], k: usize) -> Vec<bool> {
    let n = x.len();
    let mut result = vec![true; n];
    if n <= k {
        return result;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|i| x.get(*i).copied().unwrap_or(ZERO));
    for i in order.iter().take(n.saturating_sub(k)) {
        if let Some(r) = result.get_mut(*i) {
            *r = false;
        }
    }
    result
}

/// [`is_topk`] restricted to nonzero elements: a zero never gets a permit (Yuma 3).
pub fn is_topk_nonzero(x: &[I32F32], k: usize) -> Vec<bool> {
    is_topk(x, k).into_iter().zip(x).map(|(top, v)| top && *v != ZERO).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;

    fn fx(x: f64) -> I32F32 {
        I32F32::from_num(x)
    }

    #[test]
    fn normalize_floors() {
        // [1, 1, 1] / 3: each floor(2^32 / 3) raw = 1431655765, sum is 1 - 1 raw.
        let mut v = vec![fx(1.0), fx(1.0), fx(1.0)];
        normalize(&mut v);
        assert!(v.iter().all(|x| x.to_bits() == 1_431_655_765));
        assert_eq!(sum(&v).to_bits(), (1_i64 << 32) - 1);
        // All zero stays zero.
        let mut z = vec![ZERO; 3];
        normalize(&mut z);
        assert_eq!(z, vec![ZERO; 3]);
    }

    #[test]
    fn stake_normalisation() {
        // [1, 3] -> I64F64 [0.25, 0.75] exactly, I32F32 the same.
        let s = stake_weights(&[1, 3]);
        assert_eq!(s, vec![fx(0.25), fx(0.75)]);
        // Zero total: all zero.
        assert_eq!(stake_weights(&[0, 0]), vec![ZERO, ZERO]);
        // [1, 2]: I64F64 1/3 = floor(2^64/3) raw, narrowed: floor(2^32/3) = 1431655765 raw;
        // 2/3 = floor(2^65/3) raw narrowed = 2863311530 raw.
        let s = stake_weights(&[1, 2]);
        assert_eq!(s[0].to_bits(), 1_431_655_765);
        assert_eq!(s[1].to_bits(), 2_863_311_530);
        // u64::MAX stakes do not overflow: two equal stakes give exactly one half each.
        assert_eq!(stake_weights(&[u64::MAX, u64::MAX]), vec![fx(0.5), fx(0.5)]);
        // 21e15 total: 2^-32 of it is 4889443.5 rao, so 4889443 rao narrows to 0 raw and
        // 4889444 rao to 1 raw (floor(4889444 * 2^64 / 21e15) >> 32 = 1).
        let s = stake_weights(&[1, 4_889_443, 21_000_000_000_000_000 - 4_889_444]);
        assert_eq!(s[0], ZERO);
        assert_eq!(s[1].to_bits(), 0);
        let s = stake_weights(&[4_889_444, 21_000_000_000_000_000 - 4_889_444]);
        assert_eq!(s[0].to_bits(), 1);
    }

    #[test]
    fn topk_ties_lower_uid_loses() {
        // Values [3, 1, 3, 2], k = 2: ascending stable order is 1(1), 3(2), 0(3), 2(3);
        // the first two lose -> permits for uids 0 and 2.
        let v = [fx(3.0), fx(1.0), fx(3.0), fx(2.0)];
        assert_eq!(is_topk(&v, 2), vec![true, false, true, false]);
        // Tie at the cut: [1, 1, 1], k = 2: uid 0 loses.
        assert_eq!(is_topk(&[fx(1.0); 3], 2), vec![false, true, true]);
        // n <= k: everyone.
        assert_eq!(is_topk(&[ZERO; 2], 2), vec![true, true]);
        assert_eq!(is_topk(&[ZERO; 2], 0), vec![false, false]);
        // Nonzero variant drops zero stake even when n <= k.
        assert_eq!(is_topk_nonzero(&[ZERO, fx(1.0)], 4), vec![false, true]);
    }

    #[test]
    fn vec_div_zero_denominator() {
        // 0.5 / 0.25 = 2, x / 0 = 0.
        assert_eq!(vec_div(&[fx(0.5), fx(0.5)], &[fx(0.25), ZERO]), vec![fx(2.0), ZERO]);
    }
}
