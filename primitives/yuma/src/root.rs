//! The root epoch: how block emission is split between subnets (DESIGN 5.4).

use crate::{fixed::ZERO, vector::stake_weights_64};
use alloc::{vec, vec::Vec};
use core::fmt;
use substrate_fixed::{
    transcendental::exp,
    types::{I32F32, I64F64},
};

/// Everything the root epoch reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RootInput {
    /// Total stake of each root uid's hotkey, in rao.
    pub stake: Vec<u64>,
    /// Root weights, one row per root uid, entries `(position, u16)` where `position` indexes
    /// `netuids`. Entries with a position out of range are ignored (the chain ignores weights to
    /// networks that no longer exist); a repeated position keeps its last value.
    pub weights: Vec<Vec<(u16, u16)>>,
    /// All networks, root included, ascending.
    pub netuids: Vec<u16>,
    /// The block emission to split, in rao.
    pub block_emission: u64,
    /// `rho`, the steepness of the consensus sigmoid.
    pub rho: u16,
    /// `kappa`, the sigmoid's midpoint as a `u16` proportion.
    pub kappa: u16,
}

/// Why the root epoch produces no emission values (the chain then keeps the previous ones).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RootError {
    /// `weights` does not have one row per stake entry.
    LengthMismatch {
        /// The input field.
        field: &'static str,
        /// The number of root uids.
        expected: usize,
        /// Its actual length.
        actual: usize,
    },
    /// There are no root validators.
    NoValidators,
    /// There are no networks.
    NoNetworks,
    /// The root validators hold no stake.
    NoStake,
}

impl fmt::Display for RootError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LengthMismatch { field, expected, actual } => {
                write!(f, "{field}: expected {expected} rows (one per stake entry), found {actual}")
            }
            Self::NoValidators => write!(f, "stake: the root network has no validators"),
            Self::NoNetworks => write!(f, "netuids: there are no networks"),
            Self::NoStake => write!(f, "stake: the root validators hold no stake"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for RootError {}

/// `1 / (1 + e^(-x))` in `I64F64`, the exponent clamped to `[-40, 40]` (the chain's `exp` only
/// fails beyond that, where it panicked).
pub fn sigmoid_64(x: I64F64) -> I64F64 {
    let bound = I64F64::from_num(40);
    let arg = x.saturating_neg().clamp(bound.saturating_neg(), bound);
    let one = I64F64::from_num(1);
    let e = exp::<I64F64, I64F64>(arg).unwrap_or(if arg <= 0 {
        I64F64::from_num(0)
    } else {
        I64F64::max_value()
    });
    one.checked_div(one.saturating_add(e)).unwrap_or(I64F64::from_num(0))
}

/// Emission value of each network, in the order of `netuids`.
///
/// With `s` the root stake normalised in `I64F64` and `W` the raw `u16` root weights:
/// `rank_j = sum_i W_ij s_i`; `trust_j = (sum of s_i over validators with W_ij > 0) / sum(s)`;
/// `consensus_j = 1 / (1 + exp(-rho (trust_j - kappa)))` with `kappa = Kappa / 65535` (divided in
/// `I32F32`); `e = normalise(consensus * rank)`; `emission_j = floor(e_j * block_emission)`.
/// The root network's own value is computed like the others; the chain never mints it.
pub fn root_epoch(input: &RootInput) -> Result<Vec<u64>, RootError> {
    let n = input.stake.len();
    let k = input.netuids.len();
    if input.weights.len() != n {
        return Err(RootError::LengthMismatch {
            field: "weights",
            expected: n,
            actual: input.weights.len(),
        });
    }
    if n == 0 {
        return Err(RootError::NoValidators);
    }
    if k == 0 {
        return Err(RootError::NoNetworks);
    }
    let zero = I64F64::from_num(0);
    let stake = stake_weights_64(&input.stake);
    let total_stake = stake.iter().fold(zero, |acc, s| acc.saturating_add(*s));
    if total_stake == zero {
        return Err(RootError::NoStake);
    }

    let mut ranks = vec![zero; k];
    let mut trust = vec![zero; k];
    let mut row = vec![0_u16; k];
    for (weights, s) in input.weights.iter().zip(&stake) {
        for (position, w) in weights {
            if let Some(cell) = row.get_mut(usize::from(*position)) {
                *cell = *w;
            }
        }
        for ((cell, rank), trust) in row.iter_mut().zip(ranks.iter_mut()).zip(trust.iter_mut()) {
            *rank = rank.saturating_add(s.saturating_mul(I64F64::from_num(*cell)));
            if *cell > 0 {
                *trust = trust.saturating_add(*s);
            }
            *cell = 0;
        }
    }

    let kappa = I64F64::from_num(
        I32F32::from_num(input.kappa).checked_div(I32F32::from_num(u16::MAX)).unwrap_or(ZERO),
    );
    let rho = I64F64::from_num(input.rho);
    let mut weighted: Vec<I64F64> = trust
        .iter()
        .zip(&ranks)
        .map(|(t, r)| {
            let t = t.checked_div(total_stake).unwrap_or(*t);
            let consensus = sigmoid_64(t.saturating_sub(kappa).saturating_mul(rho));
            consensus.saturating_mul(*r)
        })
        .collect();
    let total = weighted.iter().fold(zero, |acc, x| acc.saturating_add(*x));
    if total != zero {
        weighted.iter_mut().for_each(|x| *x = x.checked_div(total).unwrap_or(zero));
    }
    let emission = I64F64::saturating_from_num(input.block_emission);
    Ok(weighted.iter().map(|e| e.saturating_mul(emission).saturating_to_num::<u64>()).collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;

    #[test]
    fn errors() {
        let base = RootInput {
            stake: vec![1],
            weights: vec![vec![]],
            netuids: vec![0, 1],
            block_emission: 1_000_000_000,
            rho: 10,
            kappa: 32_767,
        };
        assert_eq!(
            root_epoch(&RootInput { stake: vec![], weights: vec![], ..base.clone() }),
            Err(RootError::NoValidators)
        );
        assert_eq!(
            root_epoch(&RootInput { netuids: vec![], ..base.clone() }),
            Err(RootError::NoNetworks)
        );
        assert_eq!(
            root_epoch(&RootInput { stake: vec![0], ..base.clone() }),
            Err(RootError::NoStake)
        );
        assert!(matches!(
            root_epoch(&RootInput { weights: vec![], ..base.clone() }),
            Err(RootError::LengthMismatch { field: "weights", .. })
        ));
        // No weights at all: ranks are 0, nothing is emitted.
        assert_eq!(root_epoch(&base), Ok(vec![0, 0]));
    }

    #[test]
    fn two_subnets_hand_checked() {
        // Two validators with stake 3:1 -> s = [0.75, 0.25]. Netuids [0, 1, 2].
        // Validator 0 weights subnet 1 with 65535; validator 1 weights subnets 1 and 2 with 65535.
        // rank_1 = 65535 * 1 = 65535, rank_2 = 65535 * 0.25 = 16383.75.
        // trust_1 = 1, trust_2 = 0.25. kappa = 0.5 (32767/65535 ~ 0.49999), rho = 10:
        // c_1 = 1/(1+e^-5) ~ 0.99331, c_2 = 1/(1+e^2.5) ~ 0.07586.
        // e ~ [0, 65096.5, 1242.9] / 66339.4 -> [0, 0.98126, 0.01874] -> ~ [0, 981264000, 18736000].
        let input = RootInput {
            stake: vec![3, 1],
            weights: vec![vec![(1, 65_535)], vec![(1, 65_535), (2, 65_535)]],
            netuids: vec![0, 1, 2],
            block_emission: 1_000_000_000,
            rho: 10,
            kappa: 32_767,
        };
        let e = root_epoch(&input).unwrap();
        assert_eq!(e[0], 0);
        assert!((e[1] as i64 - 981_264_000).abs() < 100_000, "{e:?}");
        assert!((e[2] as i64 - 18_736_000).abs() < 100_000, "{e:?}");
        // Floors: the sum never exceeds the block emission.
        assert!(e.iter().sum::<u64>() <= 1_000_000_000);
        // Out-of-range positions are ignored; a repeated position keeps the last value.
        let mut odd = input.clone();
        odd.weights[0] = vec![(1, 1), (9, 65_535), (1, 65_535)];
        assert_eq!(root_epoch(&odd).unwrap(), e);
    }
}
