//! The fast epoch, [`run_epoch`], which the chain runs: the output of
//! [`super::run_epoch_reference`] bit for bit, with the matrix steps fused.
//!
//! The per-uid steps (1 to 4, the trust and incentive of step 10, 15 to 17) are the reference's
//! own functions. The matrix steps 5 to 14 of the Finney-era epoch are one sweep over the
//! columns (`sweep`); those of Yuma 3 are the reference's steps, the consensus aside:
//! [`weighted_median_col`] looks only at the entries of each column, with the value of the
//! pivot recursion.

use super::{
    reference::{self, Scores},
    sweep::{self, FinneyBonds, Matrices},
    types::{EpochError, EpochInput, EpochOutput},
    yuma3,
};
use crate::{
    fixed::u16_proportion_to_fixed,
    median::weighted_median_col,
    sparse::{col_clip, matmul, row_sum, SparseMatrix},
    vector::stake_weights,
};
use substrate_fixed::types::I32F32;

/// The bonds after steps 11 to 13, by mode.
enum Bonds {
    /// Finney-era: the column sweep's dividends and stored rows.
    Finney(FinneyBonds),
    /// Yuma 3: the absolute bonds.
    Yuma3(SparseMatrix),
}

/// Steps 5 to 13 of a Yuma 3 epoch: pre-ranks, consensus, validator trust, ranks (not
/// normalised) and the new bonds.
fn yuma3_matrices(input: &EpochInput, active_stake: &[I32F32]) -> Matrices<SparseMatrix> {
    // 5. Weights.
    let weights = reference::weights(input);
    // 6.-9. Pre-ranks, consensus, clipping, validator trust.
    let preranks = matmul(&weights, active_stake);
    let kappa = u16_proportion_to_fixed(input.kappa);
    let consensus = weighted_median_col(active_stake, &weights, kappa);
    let clipped = col_clip(&weights, &consensus);
    let validator_trust = row_sum(&clipped);
    // 10. Ranks.
    let ranks = matmul(&clipped, active_stake);
    // 11.-13. Bonds.
    let previous = reference::yuma3_previous_bonds(input);
    let bonds = reference::yuma3_bond_ema(input, &weights, &previous, &consensus);
    Matrices { preranks, consensus, validator_trust, ranks, bonds }
}

/// Runs one epoch (the steps are listed in [`super`]).
///
/// Rejects what [`EpochInput::validate`] rejects, with the same error; the Finney-era epoch
/// looks for repeated uids while it reads the rows.
pub fn run_epoch(input: &EpochInput) -> Result<EpochOutput, EpochError> {
    input.validate_lengths()?;
    let y3 = input.yuma3.enabled;
    if y3 {
        input.validate_rows()?;
    }

    // 1.-4. Activity, stake, new permits, active stake.
    let active = reference::activity(input);
    let stake = stake_weights(&input.stake);
    let new_permit = reference::new_permits(input, &stake);
    let active_stake = reference::active_stake(&stake, &active, &input.validator_permit);

    // 5.-14. The matrices: the Finney-era epoch as one sweep over the columns, Yuma 3 step by
    // step with the building blocks.
    let Matrices { preranks, consensus, validator_trust, ranks, bonds } = if y3 {
        yuma3_matrices(input, &active_stake).with_bonds(Bonds::Yuma3)
    } else {
        sweep::finney(input, &active_stake, &new_permit)?.with_bonds(Bonds::Finney)
    };

    // 10. Trust, incentive.
    let (trust, incentive) = reference::trust_and_incentive(ranks, &preranks);

    // 14. Dividends.
    let (dividends, new_bonds) = match bonds {
        Bonds::Yuma3(ema) => {
            (yuma3::dividends(&ema, &incentive, &active_stake), reference::u16_rows(&ema))
        }
        Bonds::Finney(bonds) => (bonds.dividends, bonds.stored),
    };

    // 15.-17. Emission and stored values.
    let scores = Scores {
        active,
        new_permit,
        stake,
        active_stake,
        trust,
        consensus,
        incentive,
        dividends,
        validator_trust,
    };
    Ok(reference::store(input, scores, new_bonds))
}
