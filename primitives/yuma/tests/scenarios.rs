//! Multi-epoch scenarios: the chain state carried from one epoch to the next (permits, bonds).
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use yuma_consensus::{run_epoch, EpochInput, EpochOutput};

const TEMPO: u64 = 360;

/// Three validators (uids 0-2, stakes 5:3:2 TAO) and three miners (uids 3-5).
fn subnet() -> EpochInput {
    let tao = 1_000_000_000;
    EpochInput {
        block: 1_000,
        n: 6,
        stake: vec![5 * tao, 3 * tao, 2 * tao, 0, 0, 0],
        last_update: vec![999; 6],
        block_at_registration: vec![0; 6],
        validator_permit: vec![true, true, true, false, false, false],
        weights: vec![
            vec![(3, 65_535), (4, 32_768)],
            vec![(3, 65_535), (4, 32_768)],
            vec![(3, 65_535), (4, 32_768)],
            vec![],
            vec![],
            vec![],
        ],
        bonds: vec![Vec::new(); 6],
        kappa: 32_767,
        bonds_moving_average: 900_000,
        activity_cutoff: 5_000,
        max_allowed_validators: 3,
        rao_emission: 1_000_000_000,
        ..Default::default()
    }
}

/// Carries what the epoch stored into the next epoch's input, `TEMPO` blocks later.
fn advance(input: &mut EpochInput, out: &EpochOutput) {
    input.validator_permit = out.validator_permit.clone();
    input.bonds = out.bonds.clone();
    input.block += TEMPO;
    input.last_epoch_block = input.block - TEMPO;
    for (i, u) in input.last_update.iter_mut().enumerate() {
        if !input.weights[i].is_empty() {
            *u = input.block - 1;
        }
    }
}

fn bond(out: &EpochOutput, i: usize, j: u16) -> u16 {
    out.bonds[i].iter().find(|(k, _)| *k == j).map_or(0, |(_, v)| *v)
}

#[test]
fn weights_change_moves_incentive_then_bonds() {
    let mut input = subnet();
    let first = run_epoch(&input).unwrap();
    // Everyone agrees: uid 3 gets 2/3 of incentive, uid 4 one third.
    assert!(first.incentive[3] > first.incentive[4]);
    assert_eq!(first.incentive[5], 0);
    advance(&mut input, &first);
    // All validators move their weight to uid 5.
    for row in input.weights.iter_mut().take(3) {
        *row = vec![(5, 65_535)];
    }
    let mut out = run_epoch(&input).unwrap();
    // Incentive follows the weights at once ...
    assert_eq!(out.incentive[3], 0);
    assert_eq!(out.incentive[5], 65_535);
    // ... while bonds toward uids 3 and 4 survive (EMA) and those toward 5 appear.
    assert!(bond(&out, 0, 3) > 0 && bond(&out, 0, 5) > 0);
    let mut previous_bond_3 = u32::MAX;
    for _ in 0..5 {
        advance(&mut input, &out);
        out = run_epoch(&input).unwrap();
        // Column max-upscaled bonds toward 3 only ever stay at the column max for the validator
        // with the largest share; their raw EMA decays, which the dividends reflect.
        let total_3: u32 = (0..3).map(|i| u32::from(bond(&out, i, 3))).sum();
        assert!(total_3 <= previous_bond_3);
        previous_bond_3 = total_3;
    }
    assert_eq!(out.incentive[5], 65_535);
}

#[test]
fn inactive_validator_loses_dividends() {
    let mut input = subnet();
    let first = run_epoch(&input).unwrap();
    assert!(first.dividends[2] > 0);
    advance(&mut input, &first);
    // Validator 2 stops setting weights: its last update falls past the activity cutoff.
    input.weights[2].clear();
    input.last_update[2] = 0;
    input.block = 10_000;
    input.last_update[0] = 9_999;
    input.last_update[1] = 9_999;
    let out = run_epoch(&input).unwrap();
    assert!(!out.active[2]);
    assert!(out.active[0] && out.active[1]);
    // No active stake: no bonds delta and no dividends; it keeps its permit (stake-based).
    assert_eq!(out.dividends[2], 0);
    assert_eq!(out.validator_emission[2], 0);
    assert!(out.validator_permit[2]);
    // The incentive is decided by the two active validators alone.
    assert!(out.incentive[3] > out.incentive[4]);
}

#[test]
fn reregistered_uid_masks_old_weights_and_bonds() {
    let mut input = subnet();
    let first = run_epoch(&input).unwrap();
    assert!(first.incentive[4] > 0);
    assert!(bond(&first, 0, 4) > 0);
    advance(&mut input, &first);
    // uid 4 is replaced by a new miner after the validators last set weights.
    input.block_at_registration[4] = input.block - 1;
    for u in input.last_update.iter_mut().take(3) {
        *u = input.block - 2;
    }
    let out = run_epoch(&input).unwrap();
    // Weights toward uid 4 predate its registration: masked, so it earns nothing ...
    assert_eq!(out.incentive[4], 0);
    assert_eq!(out.consensus[4], 0);
    // ... and the old bonds toward it are dropped.
    assert_eq!((0..3).map(|i| bond(&out, i, 4)).max(), Some(0));
    // uid 3 takes all the incentive.
    assert_eq!(out.incentive[3], 65_535);
}

#[test]
fn validator_losing_its_permit_has_its_bonds_cleared() {
    let mut input = subnet();
    input.max_allowed_validators = 3;
    let first = run_epoch(&input).unwrap();
    assert!(!first.bonds[2].is_empty());
    advance(&mut input, &first);
    // A miner stakes more than validator 2: it takes the third permit at this epoch.
    input.stake[5] = 4_000_000_000;
    let out = run_epoch(&input).unwrap();
    assert_eq!(out.validator_permit, vec![true, true, false, false, false, true]);
    // Validator 2 still validated this epoch (previous permits) but its bonds row is cleared.
    assert!(out.dividends[2] > 0);
    assert!(out.bonds[2].is_empty());
    // uid 5 holds a permit now but has set no weights: an empty bonds row.
    assert!(out.bonds[5].is_empty());
    // Next epoch validator 2's weights no longer count.
    advance(&mut input, &out);
    let next = run_epoch(&input).unwrap();
    assert_eq!(next.dividends[2], 0);
    assert_eq!(next.validator_trust[2], 0);
}

#[test]
fn no_weights_pays_validators_by_stake() {
    let mut input = subnet();
    for row in input.weights.iter_mut() {
        row.clear();
    }
    let out = run_epoch(&input).unwrap();
    assert_eq!(out.incentive, vec![0; 6]);
    assert_eq!(out.server_emission, vec![0; 6]);
    // Active stake 0.5 : 0.3 : 0.2 of 1e9 rao (floored).
    let paid = &out.validator_emission;
    assert!(paid[0] > paid[1] && paid[1] > paid[2] && paid[3] == 0);
    assert!(1_000_000_000 - paid.iter().sum::<u64>() < 6);
    assert_eq!(out.emission, out.validator_emission);
}

#[test]
fn yuma3_runs_and_keeps_absolute_bonds() {
    let mut input = subnet();
    input.yuma3.enabled = true;
    input.yuma3.liquid_alpha_enabled = true;
    let mut out = run_epoch(&input).unwrap();
    for _ in 0..3 {
        advance(&mut input, &out);
        out = run_epoch(&input).unwrap();
    }
    // Bonds grow toward the weighted (clipped) value: below 65535, equal across validators
    // that set the same weights.
    assert!(bond(&out, 0, 3) > 0 && bond(&out, 0, 3) < 65_535);
    assert_eq!(bond(&out, 0, 3), bond(&out, 1, 3));
    // Dividends follow stake (5:3:2) since bonds are equal.
    assert!(out.dividends[0] > out.dividends[1] && out.dividends[1] > out.dividends[2]);
    let total: u32 = out.incentive.iter().map(|x| u32::from(*x)).sum();
    assert!((65_535 - 7..=65_535).contains(&total));
}
