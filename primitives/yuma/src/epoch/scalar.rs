//! The two scalar formulas both paths of the epoch share: the EMA rate of the Finney-era bonds
//! ([`bonds_ema_alpha`]) and a rao amount from a proportion ([`rao_share`]).

use crate::fixed::ONE;
use substrate_fixed::types::{I32F32, I64F64, I96F32};

/// `rao * x`, floored, in `I96F32` as the chain computes it (`x` a proportion).
pub fn rao_share(x: I32F32, rao: u64) -> u64 {
    I96F32::saturating_from_num(x)
        .saturating_mul(I96F32::saturating_from_num(rao))
        .saturating_to_num::<u64>()
}

/// The EMA rate of the Finney-era bonds: `alpha = 1 - bonds_moving_average / 1_000_000`,
/// divided in `I64F64` and narrowed to `I32F32` (both floors).
pub fn bonds_ema_alpha(bonds_moving_average: u64) -> I32F32 {
    let kept = I64F64::saturating_from_num(bonds_moving_average)
        .checked_div(I64F64::from_num(1_000_000))
        .unwrap_or(I64F64::max_value());
    ONE.saturating_sub(I32F32::saturating_from_num(kept))
}
