//! Fixed-point conversions and the exact division kernel used by every normalisation.
//!
//! All proportions are `I32F32` (32 fractional bits). A multiply floors (`floor(a * b / 2^32)` on
//! the raw bits), a divide floors (`floor(a * 2^32 / b)` for non-negative operands), and converting
//! a proportion to `u16` is `floor(x * 65535)`. These are exactly the rules of `substrate-fixed`,
//! which the Finney-era chain used; [`Divisor`] reproduces its division bit for bit, only faster
//! when the same divisor is used many times (a column sum, a row sum).

use alloc::vec::Vec;
use substrate_fixed::types::I32F32;

/// `0` as `I32F32`.
pub const ZERO: I32F32 = I32F32::from_bits(0);
/// `1` as `I32F32`.
pub const ONE: I32F32 = I32F32::from_bits(1 << 32);
/// `65535` (`u16::MAX`) as `I32F32`.
pub const U16_MAX: I32F32 = I32F32::from_bits(65_535 << 32);

/// `x / 65535` as `I32F32`, floored: the value of a stored `u16` proportion.
pub fn u16_proportion_to_fixed(x: u16) -> I32F32 {
    I32F32::from_num(x).saturating_div(U16_MAX)
}

/// `floor(x * 65535)` clamped to `0..=65535`: a proportion stored as `u16`.
///
/// Same result as `x.saturating_mul(65535).saturating_to_num::<u16>()`.
#[inline]
pub fn fixed_proportion_to_u16(x: I32F32) -> u16 {
    let raw = x.to_bits();
    if raw <= 0 {
        return 0;
    }
    let scaled = (u128::from(raw.unsigned_abs()).wrapping_mul(65_535)) >> 32;
    u16::try_from(scaled).unwrap_or(u16::MAX)
}

/// `a * b` floored (`floor(a * b / 2^32)` on the raw bits), saturating: bit for bit
/// `a.saturating_mul(b)` of `substrate-fixed`, without its 128-bit overflow-checked multiply.
#[inline]
pub fn mul(a: I32F32, b: I32F32) -> I32F32 {
    // |a * b| < 2^126, so the 128-bit product cannot overflow.
    let product = i128::from(a.to_bits()).wrapping_mul(i128::from(b.to_bits())) >> 32;
    match i64::try_from(product) {
        Ok(bits) => I32F32::from_bits(bits),
        Err(_) if product < 0 => I32F32::min_value(),
        Err(_) => I32F32::max_value(),
    }
}

/// [`fixed_proportion_to_u16`] over a vector.
pub fn vec_fixed_proportions_to_u16(v: &[I32F32]) -> Vec<u16> {
    v.iter().map(|x| fixed_proportion_to_u16(*x)).collect()
}

/// Max-upscale a vector to `u16` so that its largest element becomes 65535.
///
/// With `m = max(v)`: if `m == 0` each element is `floor(x * 65535)`; if `m > 32768`,
/// `round(x * q)` with `q = 65535 / m` computed first; otherwise `round(x * 65535 / m)`. Round is
/// to nearest with ties away from zero, then the value is clamped to `0..=65535`. Used for the
/// stored weights (on `u16` input) and for the pruning scores.
pub fn vec_max_upscale_to_u16(v: &[I32F32]) -> Vec<u16> {
    let threshold = I32F32::from_num(32_768);
    let Some(max) = v.iter().copied().max() else {
        return Vec::new();
    };
    if max == ZERO {
        return v.iter().map(|x| x.saturating_mul(U16_MAX).saturating_to_num::<u16>()).collect();
    }
    if max > threshold {
        let q = U16_MAX.checked_div(max).unwrap_or(ZERO);
        return v
            .iter()
            .map(|x| x.saturating_mul(q).saturating_round().saturating_to_num::<u16>())
            .collect();
    }
    v.iter()
        .map(|x| {
            x.saturating_mul(U16_MAX)
                .checked_div(max)
                .unwrap_or(ZERO)
                .saturating_round()
                .saturating_to_num::<u16>()
        })
        .collect()
}

/// Max-upscale `u16` values (a weight row as submitted) so the largest becomes 65535; see
/// [`vec_max_upscale_to_u16`].
pub fn vec_u16_max_upscale_to_u16(v: &[u16]) -> Vec<u16> {
    let fixed: Vec<I32F32> = v.iter().map(|x| I32F32::from_num(*x)).collect();
    vec_max_upscale_to_u16(&fixed)
}

/// True when `v`, normalised to sum 1, has no element above `max_limit / 65535`.
///
/// This is the `max_weights_limit` admission check of `set_weights` (an empty vector passes).
pub fn check_vec_max_limited(v: &[u16], max_limit: u16) -> bool {
    let limit = u16_proportion_to_fixed(max_limit);
    let mut fixed: Vec<I32F32> = v.iter().map(|x| I32F32::from_num(*x)).collect();
    // Normalised as `vector::normalize` does (this module is below `vector`).
    let total = fixed.iter().fold(ZERO, |acc, x| acc.saturating_add(*x));
    divide_all(&mut fixed, total);
    fixed.iter().all(|x| *x <= limit)
}

/// `x_i <- floor(x_i / total)` in place, exactly as `saturating_div`; unchanged if `total` is 0.
/// The kernel of `vector::normalize_using_sum`.
pub(crate) fn divide_all(x: &mut [I32F32], total: I32F32) {
    if total == ZERO {
        return;
    }
    match FractionDivisor::new(total) {
        Some(d) => x.iter_mut().for_each(|v| *v = d.divide(*v)),
        None => x.iter_mut().for_each(|v| *v = v.checked_div(total).unwrap_or(ZERO)),
    }
}

/// A positive `I32F32` divisor prepared for many exact divisions.
///
/// `Divisor::new(d).divide(x)` equals `x.saturating_div(d)` of `substrate-fixed` bit for bit:
/// `floor(x * 2^32 / d)` on the raw bits for `x >= 0`, saturated to `I32F32::max_value()`. It uses the
/// division-by-invariant-integer method of Möller and Granlund (a pre-computed reciprocal, two
/// multiplications and at most two corrections), which is several times faster than a 128-bit
/// hardware division; a negative `x` falls back to the library division.
#[derive(Clone, Copy, Debug)]
pub struct Divisor {
    /// The divisor as given.
    divisor: I32F32,
    /// Raw bits of the divisor shifted left so the top bit is set.
    norm: u64,
    /// The shift applied to get `norm`.
    shift: u32,
    /// `floor((2^128 - 1) / norm) - 2^64`.
    inverse: u64,
}

impl Divisor {
    /// Prepares `d` for division; `None` unless `d > 0`.
    pub fn new(d: I32F32) -> Option<Self> {
        let raw = d.to_bits();
        if raw <= 0 {
            return None;
        }
        let raw = raw.unsigned_abs();
        let shift = raw.leading_zeros();
        let norm = raw.wrapping_shl(shift);
        // norm >= 2^63, so (2^128 - 1) / norm lies in [2^64, 2^65): the low 64 bits are the
        // quotient minus 2^64.
        let inverse = u128::MAX.checked_div(u128::from(norm)).unwrap_or(0) as u64;
        Some(Self { divisor: d, norm, shift, inverse })
    }

    /// The divisor this was built from.
    pub fn value(&self) -> I32F32 {
        self.divisor
    }

    /// `x / d`, floored, exactly as `x.saturating_div(d)`.
    #[inline]
    pub fn divide(&self, x: I32F32) -> I32F32 {
        let raw = x.to_bits();
        if raw < 0 {
            return x.saturating_div(self.divisor);
        }
        let a = u128::from(raw.unsigned_abs());
        let d = u128::from(self.divisor.to_bits().unsigned_abs());
        // The quotient floor(a * 2^32 / d) reaches 2^63 exactly when a >= d * 2^31: saturate.
        if a >= d.wrapping_shl(31) {
            return I32F32::max_value();
        }
        // a < d * 2^31, so a * 2^(32 + shift) < norm * 2^63 < 2^127: no overflow, and the high
        // word is below `norm`, as the 2-by-1 division requires.
        let numerator = a.wrapping_shl(32_u32.wrapping_add(self.shift));
        let quotient =
            div_2by1((numerator >> 64) as u64, numerator as u64, self.norm, self.inverse);
        I32F32::from_bits(quotient as i64)
    }
}

/// A positive `I32F32` divisor prepared for dividing its own fractions: the parts of a sum by
/// the sum (a row or column normalisation), a value by a maximum.
///
/// `FractionDivisor::new(d).divide(x)` equals `x.saturating_div(d)` of `substrate-fixed` bit for
/// bit, for every `x`. When `0 <= x <= d` (always, for the parts of a sum of non-negative values,
/// even a saturated one) it costs a shift, one 64 x 64 -> 128-bit multiplication, one 64-bit
/// multiplication and one correction; any other `x` goes to [`Divisor`].
///
/// Method (the quotient `q = floor(x * 2^32 / d)` of raw bits; `L` is the bit length of `d`, so
/// `2^(L-1) <= d < 2^L`, `1 <= L <= 63`):
/// * `magic = floor((2^(32+L) - 1) / d)`, below `2^(32+L) / 2^(L-1) = 2^33`;
/// * `q0 = floor((x * 2^(64-L)) * magic / 2^64) = floor(x * magic / 2^L)`, where `x * 2^(64-L)`
///   fits 64 bits because `x <= d < 2^L`, and the product is the high word of one
///   64 x 64 -> 128-bit multiplication;
/// * `q0 <= q`: `magic <= (2^(32+L) - 1) / d < 2^(32+L) / d`, so `x * magic / 2^L < x * 2^32 / d`;
/// * `q0 >= q - 1`: `magic > (2^(32+L) - 1) / d - 1`, so `x * magic / 2^L > x * 2^32 / d -
///   x * (1 + d) / (d * 2^L) >= x * 2^32 / d - (1 + d) / 2^L >= x * 2^32 / d - 1` (using
///   `x <= d <= 2^L - 1`), and flooring keeps the order;
/// * the remainder `r = x * 2^32 - q0 * d` is then in `[0, 2d)`, below `2^64`, so it is exact when
///   computed modulo `2^64`; `q = q0 + 1` if `r >= d`, else `q0`. `q <= 2^32` fits the result.
///
/// The property tests below compare it with `saturating_div` on the full `i64` range, on
/// fractions of every bit length of `d` and on `u16` weight sums.
#[derive(Clone, Copy, Debug)]
pub struct FractionDivisor {
    /// The fast division of numerators in `[0, d]`.
    reciprocal: Reciprocal,
    /// The general division, for other numerators.
    general: Divisor,
}

impl FractionDivisor {
    /// Prepares `d` for division; `None` unless `d > 0`.
    pub fn new(d: I32F32) -> Option<Self> {
        let general = Divisor::new(d)?;
        let reciprocal = Reciprocal::new(d.to_bits().unsigned_abs())?;
        Some(Self { reciprocal, general })
    }

    /// The reciprocal, for dividing raw numerators known to be in `[0, d]`.
    pub fn reciprocal(&self) -> Reciprocal {
        self.reciprocal
    }

    /// `x / d`, floored, exactly as `x.saturating_div(d)`.
    #[inline]
    pub fn divide(&self, x: I32F32) -> I32F32 {
        match u64::try_from(x.to_bits()) {
            Ok(raw) if raw <= self.reciprocal.bits => {
                // <= 2^32, see the method above.
                I32F32::from_bits(self.reciprocal.fraction_bits(raw) as i64)
            }
            _ => self.general.divide(x),
        }
    }
}

/// The precomputed reciprocal of a divisor `d` (raw bits, `1 <= d < 2^63`) for the quotients
/// `floor(x * 2^32 / d)` of numerators `0 <= x <= d`: the fast half of [`FractionDivisor`], whose
/// docs give the method and its proof.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reciprocal {
    /// Raw bits of the divisor.
    bits: u64,
    /// `floor((2^(32+L) - 1) / bits)`.
    magic: u64,
    /// `64 - L`.
    shift: u32,
}

impl Reciprocal {
    /// The reciprocal of `d` raw; `None` unless `1 <= d < 2^63` (a positive `I32F32`).
    pub fn new(d: u64) -> Option<Self> {
        if d == 0 || d > i64::MAX.unsigned_abs() {
            return None;
        }
        // 1 <= len <= 63.
        let len = 64_u32.saturating_sub(d.leading_zeros());
        let top = 1_u128.checked_shl(32_u32.saturating_add(len))?.saturating_sub(1);
        let magic = u64::try_from(top.checked_div(u128::from(d))?).ok()?;
        Some(Self { bits: d, magic, shift: 64_u32.saturating_sub(len) })
    }

    /// The divisor's raw bits.
    pub fn bits(&self) -> u64 {
        self.bits
    }

    /// `floor(x * 2^32 / d)` on raw bits, at most `2^32`, for `x <= d`. The caller guarantees
    /// `x <= d`; otherwise the result is unspecified (but there is no panic).
    #[inline]
    pub fn fraction_bits(&self, x: u64) -> u64 {
        // x < 2^L, so x * 2^(64-L) < 2^64; the product with magic < 2^33 is below 2^97.
        let scaled = u128::from(x.wrapping_shl(self.shift));
        let q0 = (scaled.wrapping_mul(u128::from(self.magic)) >> 64) as u64;
        // The true remainder is in [0, 2d), below 2^64: exact modulo 2^64.
        let r = x.wrapping_shl(32).wrapping_sub(q0.wrapping_mul(self.bits));
        q0.wrapping_add(u64::from(r >= self.bits))
    }
}

/// The reciprocal of a small divisor `d` (`1 <= d < 2^32`, raw bits or an integer) for the
/// quotients `floor(x * 2^32 / d)` of numerators `0 <= x <= d`: [`Reciprocal`] without its
/// variable shift, for sums of proportions below 1 and integer sums of `u16` values.
///
/// Method (`q = floor(x * 2^32 / d)`, `x * 2^32 < 2^64` as `x < 2^32`):
/// * `magic = floor((2^64 - 1) / d)`, below `2^64`, and at least `(2^64 - d) / d`;
/// * `q0 = floor(x * 2^32 * magic / 2^64)` (the high word of one 64 x 64 -> 128-bit
///   multiplication) is at most `q`, as `magic < 2^64 / d`, and at least
///   `floor(x * 2^32 / d - x / 2^32) >= q - 1`, as `x / 2^32 < 1`;
/// * the remainder `x * 2^32 - q0 * d` is in `[0, 2d)`, below `2^64`: `q = q0 + 1` if it is at
///   least `d`, else `q0`.
#[derive(Clone, Copy, Debug)]
pub struct SmallReciprocal {
    /// The divisor.
    bits: u64,
    /// `floor((2^64 - 1) / bits)`.
    magic: u64,
}

impl Default for SmallReciprocal {
    /// The reciprocal of 1, which maps 0 to 0.
    fn default() -> Self {
        Self { bits: 1, magic: u64::MAX }
    }
}

impl SmallReciprocal {
    /// The reciprocal of `d`; `None` unless `1 <= d < 2^32`.
    pub fn new(d: u64) -> Option<Self> {
        if d == 0 || d > u64::from(u32::MAX) {
            return None;
        }
        Some(Self { bits: d, magic: u64::MAX.checked_div(d)? })
    }

    /// `floor(x * 2^32 / d)`, at most `2^32`, for `x <= d`. The caller guarantees `x <= d`;
    /// otherwise the result is unspecified (but there is no panic).
    #[inline]
    pub fn fraction_bits(&self, x: u64) -> u64 {
        let scaled = x.wrapping_shl(32);
        let q0 = (u128::from(scaled).wrapping_mul(u128::from(self.magic)) >> 64) as u64;
        // The true remainder is in [0, 2d), below 2^64: exact modulo 2^64.
        let r = scaled.wrapping_sub(q0.wrapping_mul(self.bits));
        q0.wrapping_add(u64::from(r >= self.bits))
    }
}

/// `floor(a * b / 2^32)` for raw `a, b <= 2^32` (proportions in `[0, 1]`): the result is at
/// most `2^32`, so it equals `mul(a, b)` (and `saturating_mul`) without any range check.
#[inline]
pub fn mul_proportions(a: u64, b: u64) -> u64 {
    // a * b <= 2^64 < 2^128.
    (u128::from(a).wrapping_mul(u128::from(b)) >> 32) as u64
}

/// Quotient of the two-word number `(hi, lo)` by a normalised `d` (top bit set, `hi < d`), given
/// `inverse = floor((2^128 - 1) / d) - 2^64` (Möller and Granlund, "Improved division by
/// invariant integers", algorithm 4).
#[inline]
fn div_2by1(hi: u64, lo: u64, d: u64, inverse: u64) -> u64 {
    let product = u128::from(inverse).wrapping_mul(u128::from(hi));
    let q = product.wrapping_add((u128::from(hi) << 64) | u128::from(lo));
    let mut q1 = ((q >> 64) as u64).wrapping_add(1);
    let q0 = q as u64;
    let mut r = lo.wrapping_sub(q1.wrapping_mul(d));
    if r > q0 {
        q1 = q1.wrapping_sub(1);
        r = r.wrapping_add(d);
    }
    if r >= d {
        q1 = q1.wrapping_add(1);
    }
    q1
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;
    use proptest::prelude::*;

    fn fx(bits: i64) -> I32F32 {
        I32F32::from_bits(bits)
    }

    #[test]
    fn u16_round_trip() {
        // 65535 / 65535 = 1 exactly; 1 * 65535 = 65535.
        assert_eq!(u16_proportion_to_fixed(65_535), ONE);
        assert_eq!(fixed_proportion_to_u16(ONE), 65_535);
        // 32767 / 65535 = 0.49999237... -> raw floor(32767 * 2^32 / 65535) = 2147450879;
        // back: floor(2147450879 * 65535 / 2^32) = floor(32766.99998...) = 32766 (one lost).
        let k = u16_proportion_to_fixed(32_767);
        assert_eq!(k.to_bits(), 2_147_450_879);
        assert_eq!(fixed_proportion_to_u16(k), 32_766);
        // Out of range values clamp.
        assert_eq!(fixed_proportion_to_u16(I32F32::from_num(2)), 65_535);
        assert_eq!(fixed_proportion_to_u16(I32F32::from_num(-1)), 0);
    }

    #[test]
    fn max_upscale_cases() {
        // Empty and all-zero vectors.
        assert_eq!(vec_max_upscale_to_u16(&[]), Vec::<u16>::new());
        assert_eq!(vec_max_upscale_to_u16(&[ZERO, ZERO]), vec![0, 0]);
        // [0.25, 0.5]: max 0.5 <= 32768, round(0.25 * 65535 / 0.5) = round(32767.5) = 32768
        // (tie away from zero), round(0.5 * 65535 / 0.5) = 65535.
        let v = [I32F32::from_num(0.25), I32F32::from_num(0.5)];
        assert_eq!(vec_max_upscale_to_u16(&v), vec![32_768, 65_535]);
        // u16 input [1, 2, 3]: round(65535/3) = round(21845) = 21845, round(43690) = 43690.
        assert_eq!(vec_u16_max_upscale_to_u16(&[1, 2, 3]), vec![21_845, 43_690, 65_535]);
        // Above the 32768 threshold q = 65535 / m first: [32769, 1] -> q = 65535/32769 =
        // 1.99990844... floored to 32 bits; 1 * q rounds to 2, 32769 * q rounds to 65535.
        let v = [I32F32::from_num(32_769), I32F32::from_num(1)];
        assert_eq!(vec_max_upscale_to_u16(&v), vec![65_535, 2]);
        // [0, 0.5, 1, 1.5, 2, 32768] -> round(x * 65535 / 32768) = [0, 1, 2, 3, 4, 65535].
        let v: Vec<I32F32> =
            [0.0, 0.5, 1.0, 1.5, 2.0, 32768.0].iter().map(|x| I32F32::from_num(*x)).collect();
        assert_eq!(vec_max_upscale_to_u16(&v), vec![0, 1, 2, 3, 4, 65_535]);
    }

    #[test]
    fn max_limited() {
        assert!(check_vec_max_limited(&[], 0));
        assert!(check_vec_max_limited(&[65_535], 65_535));
        assert!(!check_vec_max_limited(&[65_535], 65_534));
        // [0, 1, 1] normalises to [0, 0.5, 0.5]; 0.5 <= 32768/65535 but not <= 32767/65535.
        assert!(check_vec_max_limited(&[0, 65_535, 65_535], 32_768));
        assert!(!check_vec_max_limited(&[0, 65_535, 65_535], 32_767));
    }

    #[test]
    fn divisor_edges() {
        assert!(Divisor::new(ZERO).is_none());
        assert!(Divisor::new(I32F32::from_num(-1)).is_none());
        let d = Divisor::new(fx(1)).unwrap();
        // 1 raw / 1 raw = 1.0; 2^31 raw / 1 raw = 2^31 saturates (I32F32 max is 2^31 - 2^-32).
        assert_eq!(d.divide(fx(1)), ONE);
        assert_eq!(d.divide(fx(1 << 31)), I32F32::max_value());
        assert_eq!(d.divide(fx((1 << 31) - 1)), fx(((1_i64 << 31) - 1) << 32));
        let three = Divisor::new(I32F32::from_num(3)).unwrap();
        // 1 / 3 = floor(2^32 / 3) raw = 1431655765.
        assert_eq!(three.divide(ONE).to_bits(), 1_431_655_765);
        assert_eq!(three.divide(fx(-5)), fx(-5).saturating_div(I32F32::from_num(3)));
    }

    #[test]
    fn fraction_divisor_edges() {
        assert!(FractionDivisor::new(ZERO).is_none());
        assert!(FractionDivisor::new(fx(-1)).is_none());
        // Every bit length of d, each with x = 0, 1, d - 1, d and out of range x.
        for len in 1..=63 {
            for d in [1_i64 << (len - 1), (1_i64 << (len - 1)) + 1, ((1_i128 << len) - 1) as i64] {
                let f = FractionDivisor::new(fx(d)).unwrap();
                for x in [0, 1, d - 1, d, d.saturating_add(1), -1, i64::MIN, i64::MAX] {
                    assert_eq!(f.divide(fx(x)), fx(x).saturating_div(fx(d)), "{x} / {d}");
                }
            }
        }
        assert!(SmallReciprocal::new(0).is_none());
        assert!(SmallReciprocal::new(1 << 32).is_none());
        assert_eq!(SmallReciprocal::default().fraction_bits(0), 0);
        for d in (1..=300).chain([u64::from(u32::MAX), u64::from(u32::MAX) - 1, 1 << 31]) {
            let (small, general) = (SmallReciprocal::new(d).unwrap(), Reciprocal::new(d).unwrap());
            for x in (0..=d.min(300)).chain([d - 1, d]) {
                assert_eq!(small.fraction_bits(x), general.fraction_bits(x), "{x} / {d}");
            }
        }
        assert!(Reciprocal::new(0).is_none());
        assert!(Reciprocal::new(1 << 63).is_none());
        assert_eq!(mul_proportions(1 << 32, 1 << 32), 1 << 32);
        // Every fraction of the small divisors.
        for d in 1..=300_i64 {
            let f = FractionDivisor::new(fx(d)).unwrap();
            for x in 0..=d {
                assert_eq!(f.divide(fx(x)), fx(x).saturating_div(fx(d)), "{x} / {d}");
            }
        }
        // 1 / 3 = floor(2^32 / 3) raw.
        let three = FractionDivisor::new(I32F32::from_num(3)).unwrap();
        assert_eq!(three.divide(ONE).to_bits(), 1_431_655_765);
    }

    proptest! {
        #[test]
        fn divisor_matches_library(x in any::<i64>(), d in 1..i64::MAX) {
            let (x, d) = (fx(x), fx(d));
            prop_assert_eq!(Divisor::new(d).unwrap().divide(x), x.saturating_div(d));
        }

        #[test]
        fn mul_matches_library(a in any::<i64>(), b in any::<i64>()) {
            prop_assert_eq!(mul(fx(a), fx(b)), fx(a).saturating_mul(fx(b)));
        }

        #[test]
        fn mul_matches_library_on_proportions(a in 0..=(1_i64 << 33), b in 0..=(1_i64 << 33)) {
            prop_assert_eq!(mul(fx(a), fx(b)), fx(a).saturating_mul(fx(b)));
        }

        #[test]
        fn mul_proportions_matches_library(a in 0..=(1_u64 << 32), b in 0..=(1_u64 << 32)) {
            let want = fx(a as i64).saturating_mul(fx(b as i64));
            prop_assert_eq!(mul_proportions(a, b), want.to_bits() as u64);
        }

        #[test]
        fn to_u16_matches_library(x in any::<i64>()) {
            let want = fx(x).saturating_mul(U16_MAX).saturating_to_num::<u16>();
            prop_assert_eq!(fixed_proportion_to_u16(fx(x)), want);
        }

        #[test]
        fn fraction_divisor_matches_library(x in any::<i64>(), d in 1..i64::MAX) {
            let (x, d) = (fx(x), fx(d));
            prop_assert_eq!(FractionDivisor::new(d).unwrap().divide(x), x.saturating_div(d));
        }

        #[test]
        fn fraction_divisor_matches_library_on_fractions(
            d in prop_oneof![1..=(1_i64 << 40), 1..i64::MAX, (1_i64 << 62)..i64::MAX],
            num in any::<u64>(),
        ) {
            // x uniformly in [0, d], and the ends.
            let x = i64::try_from((u128::from(num) * (d as u128 + 1)) >> 64).unwrap();
            let f = FractionDivisor::new(fx(d)).unwrap();
            for x in [x, 0, d, d - 1, d / 2, (d - 1) / 2 + 1] {
                prop_assert_eq!(f.divide(fx(x)), fx(x).saturating_div(fx(d)));
            }
        }

        #[test]
        fn fraction_divisor_matches_library_on_u16_sums(v in any::<u16>(), rest in 0_u64..(1 << 33)) {
            // A row of u16 weights read as integers: x = v * 2^32, d = saturated sum.
            let sum = (u64::from(v) + rest) << 32;
            let d = fx(i64::try_from(sum).unwrap_or(i64::MAX));
            let x = fx(i64::from(v) << 32);
            prop_assert_eq!(FractionDivisor::new(d).unwrap().divide(x), x.saturating_div(d));
        }

        #[test]
        fn small_reciprocal_matches_reciprocal(
            d in prop_oneof![1_u64..=300, 1_u64..(1 << 32), ((1_u64 << 32) - 300)..(1 << 32)],
            num in any::<u64>(),
        ) {
            // x uniformly in [0, d], and the ends.
            let x = u64::try_from((u128::from(num) * u128::from(d + 1)) >> 64).unwrap();
            let (small, general) = (SmallReciprocal::new(d).unwrap(), Reciprocal::new(d).unwrap());
            for x in [x, 0, 1.min(d), d, d - 1, d / 2] {
                prop_assert_eq!(small.fraction_bits(x), general.fraction_bits(x));
            }
        }

        #[test]
        fn divisor_matches_library_on_proportions(x in 0..=(1_i64 << 32), d in 1..=(1_i64 << 40)) {
            let (x, d) = (fx(x), fx(d));
            prop_assert_eq!(Divisor::new(d).unwrap().divide(x), x.saturating_div(d));
        }
    }
}
