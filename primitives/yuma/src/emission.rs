//! Supply cap and halvings (DESIGN 5.6).

use substrate_fixed::{transcendental::log2, types::I96F32};

/// Total supply: 21 000 000 TAO in rao.
pub const TOTAL_SUPPLY: u64 = 21_000_000_000_000_000;
/// Block emission before the first halving: 1 TAO in rao.
pub const INITIAL_BLOCK_EMISSION: u64 = 1_000_000_000;

/// Rao minted per block at a total issuance of `issuance` rao.
///
/// With `h = floor(log2(1 / (1 - issuance / 21e15)))` the emission is `floor(1e9 * 2^-h)`, and 0
/// once `issuance >= 21e15`. Computed in `I96F32` with `substrate-fixed`'s `log2`, as the chain
/// does: the first halving is at 10.5 M TAO, the next at 15.75 M, 18.375 M, ...
pub fn block_emission(issuance: u128) -> u64 {
    let Ok(issuance) = u64::try_from(issuance) else {
        return 0;
    };
    if issuance >= TOTAL_SUPPLY {
        return 0;
    }
    let one = I96F32::from_num(1);
    let supply = I96F32::from_num(2).saturating_mul(I96F32::from_num(TOTAL_SUPPLY / 2));
    let residual = I96F32::from_num(issuance)
        .checked_div(supply)
        .and_then(|fraction| one.checked_sub(fraction))
        .and_then(|remaining| one.checked_div(remaining))
        .and_then(|inverse| log2::<I96F32, I96F32>(inverse).ok());
    let Some(residual) = residual else {
        return 0;
    };
    let halvings = residual.floor().saturating_to_num::<u64>();
    // 2^-h in I96F32: exact for h <= 32, zero beyond (as repeated doubling then 1 / x gives).
    let mut multiplier = one;
    for _ in 0..halvings.min(96) {
        multiplier = multiplier.saturating_mul(I96F32::from_num(2));
    }
    one.checked_div(multiplier)
        .unwrap_or(I96F32::from_num(0))
        .saturating_mul(I96F32::from_num(INITIAL_BLOCK_EMISSION))
        .saturating_to_num::<u64>()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

    const TAO: u128 = 1_000_000_000;

    #[test]
    fn halving_table_turning_points() {
        // issuance / supply = 1 - 2^-h at the h-th halving.
        assert_eq!(block_emission(0), 1_000_000_000);
        assert_eq!(block_emission(10_500_000 * TAO - 1), 1_000_000_000);
        assert_eq!(block_emission(10_500_000 * TAO), 500_000_000);
        assert_eq!(block_emission(15_750_000 * TAO - 1), 500_000_000);
        assert_eq!(block_emission(15_750_000 * TAO), 250_000_000);
        assert_eq!(block_emission(18_375_000 * TAO - 1), 250_000_000);
        assert_eq!(block_emission(18_375_000 * TAO), 125_000_000);
        assert_eq!(block_emission(19_687_500 * TAO), 62_500_000);
        assert_eq!(block_emission(20_343_750 * TAO), 31_250_000);
        assert_eq!(block_emission(21_000_000 * TAO - 1), block_emission(21_000_000 * TAO - 1));
        assert_eq!(block_emission(21_000_000 * TAO), 0);
        assert_eq!(block_emission(u128::MAX), 0);
    }

    #[test]
    fn emission_never_increases() {
        let mut last = u64::MAX;
        let mut issuance = 0_u128;
        while issuance < 21_000_000 * TAO {
            let e = block_emission(issuance);
            assert!(e <= last);
            last = e;
            issuance += 37_000 * TAO + 123;
        }
    }
}
