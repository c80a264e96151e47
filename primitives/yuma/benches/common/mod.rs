//! The benchmark's subnet, shared by the criterion benchmark, the profiling example and the
//! golden-output test.

use yuma_consensus::EpochInput;

/// A deterministic subnet: `validators` validators with distinct stakes and permits, each
/// weighting every uid (itself included, which the epoch masks) with pseudo-random values.
#[allow(clippy::arithmetic_side_effects, clippy::cast_possible_truncation, dead_code)]
pub fn subnet(n: u16, validators: u16) -> EpochInput {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let n_us = usize::from(n);
    let stake = (0..n).map(|i| if i < validators { 1_000_000_000_000 + u64::from(i) } else { 0 });
    let weights = (0..n)
        .map(|i| {
            if i < validators {
                (0..n).map(|j| (j, (next() % 65_536) as u16)).collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    EpochInput {
        block: 10_000,
        n,
        stake: stake.collect(),
        last_update: vec![9_999; n_us],
        block_at_registration: vec![0; n_us],
        validator_permit: (0..n).map(|i| i < validators).collect(),
        weights,
        bonds: vec![Vec::new(); n_us],
        kappa: 32_767,
        bonds_moving_average: 900_000,
        activity_cutoff: 5_000,
        max_allowed_validators: validators,
        rao_emission: 1_000_000_000,
        ..Default::default()
    }
}
