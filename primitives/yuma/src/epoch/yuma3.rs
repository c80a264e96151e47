//! Yuma 3: absolute bonds with a bonds penalty and an optional liquid (per-bond) EMA rate.
//!
//! Bonds are `u16` proportions of the bond pool of a miner, read back as `b / 65535`. For every
//! weight entry `(i, j)` of the masked, row-normalised weights `W`:
//!
//! * `Wb_ij = W_ij + p (Wc_ij - W_ij)` with `p = bonds_penalty / 65535` and `Wc` the clipped
//!   weights (an entry removed by clipping counts as 0 in `Wc`). With `p = 0` every weight entry is
//!   kept, with `p = 1` the clipped entries are, otherwise entries with `Wb > 0`;
//! * `B'_ij = min(1, (1 - alpha_ij) B_ij + max(0, alpha_ij Wb_ij))`, kept if `> 0`.
//!
//! Bonds are updated only where a weight entry exists: a bond toward a uid the validator no longer
//! weights is dropped. `alpha_ij` is `1 - bonds_moving_average / 1e6`, or with liquid alpha (and
//! any nonzero consensus) `alpha_low + sigmoid((steepness / 100) (d_ij - 1/2)) (alpha_high -
//! alpha_low)` with `d = clamp01(W - C)` if `W >= B` else `clamp01(B - W)`.

use super::{scalar::bonds_ema_alpha, types::Yuma3Params};
use crate::{
    fixed::{mul, u16_proportion_to_fixed, ONE, ZERO},
    sparse::{col_normalize, matmul_transpose, SparseMatrix},
    vector::normalize,
};
use alloc::{vec, vec::Vec};
use substrate_fixed::{transcendental::exp, types::I32F32};

/// The bond-update parameters of a Yuma 3 subnet, as fixed-point numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BondParams {
    /// `bonds_penalty / 65535`.
    pub bonds_penalty: I32F32,
    /// Whether liquid alpha is enabled.
    pub liquid_alpha: bool,
    /// `alpha_low / 65535`.
    pub alpha_low: I32F32,
    /// `alpha_high / 65535`.
    pub alpha_high: I32F32,
    /// `alpha_sigmoid_steepness` as a number.
    pub steepness: I32F32,
    /// The fixed rate `1 - bonds_moving_average / 1e6`, used without liquid alpha.
    pub alpha: I32F32,
}

impl BondParams {
    /// Converts the subnet's hyperparameters.
    pub fn from_hyperparameters(p: &Yuma3Params, bonds_moving_average: u64) -> Self {
        Self {
            bonds_penalty: u16_proportion_to_fixed(p.bonds_penalty),
            liquid_alpha: p.liquid_alpha_enabled,
            alpha_low: u16_proportion_to_fixed(p.alpha_low),
            alpha_high: u16_proportion_to_fixed(p.alpha_high),
            steepness: I32F32::from_num(p.alpha_sigmoid_steepness),
            alpha: bonds_ema_alpha(bonds_moving_average),
        }
    }
}

/// `e^x` in `I32F32` with `substrate-fixed`'s series, the argument clamped to `[-20, 20]` so it
/// never overflows (`e^20 < 2^29`).
pub fn exp_safe(x: I32F32) -> I32F32 {
    let bound = I32F32::from_num(20);
    let x = x.clamp(bound.saturating_neg(), bound);
    exp::<I32F32, I32F32>(x).unwrap_or(if x <= ZERO { ZERO } else { I32F32::max_value() })
}

/// The liquid EMA rate of one bond:
/// `alpha_low + sigmoid((steepness / 100) (d - 1/2)) (alpha_high - alpha_low)`, clamped to
/// `[alpha_low, alpha_high]`, where `d = clamp01(weight - consensus)` when `weight >= bond`
/// (buying) and `d = clamp01(bond - weight)` otherwise (selling), and
/// `sigmoid(x) = 1 / (1 + e^-x)`.
pub fn alpha_sigmoid(
    consensus: I32F32,
    weight: I32F32,
    bond: I32F32,
    alpha_low: I32F32,
    alpha_high: I32F32,
    steepness: I32F32,
) -> I32F32 {
    let clamp01 = |x: I32F32| x.clamp(ZERO, ONE);
    let d = if weight >= bond {
        clamp01(weight.saturating_sub(consensus))
    } else {
        clamp01(bond.saturating_sub(weight))
    };
    let half = I32F32::from_num(0.5);
    let slope = steepness.checked_div(I32F32::from_num(-100)).unwrap_or(ZERO);
    let e = exp_safe(mul(slope, d.saturating_sub(half)));
    let sigmoid = ONE.checked_div(ONE.saturating_add(e)).unwrap_or(ZERO);
    let alpha = alpha_low.saturating_add(mul(sigmoid, alpha_high.saturating_sub(alpha_low)));
    alpha.max(alpha_low).min(alpha_high)
}

/// The Yuma 3 bond update (see the module docs) from the masked, row-normalised `weights`, the
/// `consensus` and the previous absolute `bonds` (already masked). Rows are ordered by column.
pub fn compute_bonds(
    weights: &SparseMatrix,
    bonds: &SparseMatrix,
    consensus: &[I32F32],
    params: &BondParams,
) -> SparseMatrix {
    let columns = weights.columns();
    let liquid = params.liquid_alpha && consensus.iter().any(|c| *c != ZERO);
    let p = params.bonds_penalty;
    let mut previous = vec![ZERO; columns];
    let mut out = SparseMatrix::with_capacity(columns, weights.rows(), weights.nnz());
    let mut row_out: Vec<(u16, I32F32)> = Vec::new();
    for i in 0..weights.rows() {
        for (j, b) in bonds.row(i) {
            if let Some(slot) = previous.get_mut(usize::from(*j)) {
                *slot = *b;
            }
        }
        row_out.clear();
        for (j, w) in weights.row(i) {
            let c = consensus.get(usize::from(*j)).copied().unwrap_or(ZERO);
            // Clipped weight, and whether clipping kept the entry.
            let (wc, clipped_kept) = if c < *w { (c, ZERO < c) } else { (*w, true) };
            let (wb, present) = if p == ZERO {
                (*w, true)
            } else if p == ONE {
                (wc, clipped_kept)
            } else {
                let x = w.saturating_add(mul(p, wc.saturating_sub(*w)));
                (x, ZERO < x)
            };
            if !present {
                continue;
            }
            let b = previous.get(usize::from(*j)).copied().unwrap_or(ZERO);
            let alpha = if liquid {
                alpha_sigmoid(c, *w, b, params.alpha_low, params.alpha_high, params.steepness)
            } else {
                params.alpha
            };
            let decayed = mul(ONE.saturating_sub(alpha), b);
            let value = decayed.saturating_add(mul(alpha, wb).max(ZERO)).min(ONE);
            if value > ZERO {
                row_out.push((*j, value));
            }
        }
        for (j, _) in bonds.row(i) {
            if let Some(slot) = previous.get_mut(usize::from(*j)) {
                *slot = ZERO;
            }
        }
        row_out.sort_unstable_by_key(|(j, _)| *j);
        out.push_row(row_out.iter().copied());
    }
    out
}

/// Yuma 3 dividends: `D_i = a_i sum_j B^_ij I_j`, normalised, with `B^` the column-normalised
/// bonds `bonds`, `I` the incentive and `a` the active stake.
pub fn dividends(
    bonds: &SparseMatrix,
    incentive: &[I32F32],
    active_stake: &[I32F32],
) -> Vec<I32F32> {
    let mut normalized = bonds.clone();
    col_normalize(&mut normalized);
    let mut d: Vec<I32F32> = matmul_transpose(&normalized, incentive)
        .into_iter()
        .zip(active_stake)
        .map(|(t, a)| t.checked_mul(*a).unwrap_or(ZERO))
        .collect();
    d.resize(bonds.rows(), ZERO);
    normalize(&mut d);
    d
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;

    fn fx(x: f64) -> I32F32 {
        I32F32::from_num(x)
    }

    #[test]
    fn exp_is_clamped() {
        assert_eq!(exp_safe(ZERO), ONE);
        // Arguments beyond +-20 are clamped, so e^100 is computed as e^20. The series of
        // substrate-fixed stops after 31 terms, so it is accurate on the range the epoch uses
        // (|x| <= 5 with the default steepness) and an underestimate far out, like on chain.
        assert_eq!(exp_safe(fx(100.0)), exp_safe(fx(20.0)));
        assert_eq!(exp_safe(fx(-100.0)), exp_safe(fx(-20.0)));
        // e^5 = 148.4131591...
        assert!((exp_safe(fx(5.0)) - fx(148.413_159_1)).abs() < fx(0.000_001));
        // e^-5 = 0.006737947 (1 / e^5, floored).
        assert!((exp_safe(fx(-5.0)) - fx(0.006_737_947)).abs() < fx(0.000_000_01));
    }

    #[test]
    fn alpha_sigmoid_midpoint_and_bounds() {
        let (low, high, k) = (fx(0.7), fx(0.9), fx(1000.0));
        // d = 0.5 (weight 0.5 >= bond 0, consensus 0): sigmoid(0) = 1/(1+e^0) = 0.5 ->
        // alpha = 0.7 + 0.5 * 0.2 = 0.8 (within a few raw units of floor error).
        let a = alpha_sigmoid(ZERO, fx(0.5), ZERO, low, high, k);
        assert!((a - fx(0.8)).abs() < fx(0.000_001));
        // d = 1 (weight 1, consensus 0): sigmoid(10 * 0.5) = 1/(1+e^-5) ~ 0.9933 -> ~0.8987.
        let a = alpha_sigmoid(ZERO, ONE, ZERO, low, high, k);
        assert!(a > fx(0.898) && a <= high);
        // d = 0 (weight equals consensus): sigmoid(-5) ~ 0.0067 -> ~0.7013.
        let a = alpha_sigmoid(fx(0.3), fx(0.3), ZERO, low, high, k);
        assert!(a >= low && a < fx(0.702));
    }

    #[test]
    fn bonds_follow_weight_entries_only() {
        // One validator, W row [(0, 0.5), (1, 0.5)], consensus [0.5, 0] -> uid 1 is clipped
        // away (zero consensus). Previous bonds [(1, 0.4), (2, 0.2)].
        // p = 1, alpha = 0.1: B'_0 = 0.9 * 0 + 0.1 * 0.5 = 0.05; uid 1 has no Wb entry and
        // uid 2 no weight entry: both dropped.
        let w = SparseMatrix::from_rows(&[vec![(0_u16, fx(0.5)), (1, fx(0.5))]], 3);
        let b = SparseMatrix::from_rows(&[vec![(1_u16, fx(0.4)), (2, fx(0.2))]], 3);
        let params = BondParams {
            bonds_penalty: ONE,
            liquid_alpha: false,
            alpha_low: fx(0.7),
            alpha_high: fx(0.9),
            steepness: fx(1000.0),
            alpha: bonds_ema_alpha(900_000),
        };
        let out = compute_bonds(&w, &b, &[fx(0.5), ZERO, ZERO], &params);
        // alpha = 1 - floor(0.9 in I64F64) narrowed; 0.5 * alpha floors to 0.05 - 1 raw at most.
        assert_eq!(out.rows(), 1);
        assert_eq!(out.row(0).len(), 1);
        assert_eq!(out.row(0)[0].0, 0);
        assert!((out.row(0)[0].1 - fx(0.05)).abs() <= fx(0.000_000_001));
        // p = 0: Wb = W, uid 1 kept: B'_1 = 0.9 * 0.4 + 0.1 * 0.5 = 0.41.
        let out = compute_bonds(
            &w,
            &b,
            &[fx(0.5), ZERO, ZERO],
            &BondParams { bonds_penalty: ZERO, ..params },
        );
        assert_eq!(out.row(0).len(), 2);
        assert!((out.row(0)[1].1 - fx(0.41)).abs() <= fx(0.000_000_01));
    }

    #[test]
    fn dividends_weighted_by_active_stake() {
        // Two validators with equal bonds on uid 0 (incentive 1): B^ = [0.5, 0.5];
        // a = [0.75, 0.25] -> D ~ [0.375, 0.125] -> normalised [0.75, 0.25].
        let b = SparseMatrix::from_rows(&[vec![(0_u16, fx(0.3))], vec![(0, fx(0.3))]], 2);
        let d = dividends(&b, &[ONE, ZERO], &[fx(0.75), fx(0.25)]);
        assert_eq!(d, vec![fx(0.75), fx(0.25)]);
    }
}
