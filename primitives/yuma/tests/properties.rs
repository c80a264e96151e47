//! Property tests of the epoch, the root epoch and the emission schedule.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]

use proptest::prelude::*;
use yuma_consensus::{
    block_emission, epoch::Yuma3Params, root_epoch, run_epoch, EpochInput, RootInput,
};

/// A consistent random subnet of 1..=12 uids.
fn subnet() -> impl Strategy<Value = EpochInput> {
    (1_u16..=12).prop_flat_map(|n| {
        let len = usize::from(n);
        let row = proptest::collection::btree_map(0..n, any::<u16>(), 0..=len)
            .prop_map(|m| m.into_iter().collect::<Vec<(u16, u16)>>());
        (
            (
                Just(n),
                proptest::collection::vec(
                    prop_oneof![Just(0_u64), 0_u64..1_000_000_000_000, Just(u64::MAX)],
                    len,
                ),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(any::<bool>(), len),
                proptest::collection::vec(row.clone(), len),
                proptest::collection::vec(row, len),
            ),
            (
                any::<u16>(),
                0_u64..=1_000_000,
                0_u64..100,
                0_u16..=14,
                0_u64..=4_294_967_296,
                any::<bool>(),
                any::<bool>(),
                any::<u16>(),
            ),
        )
            .prop_map(
                |(
                    (n, stake, last_update, block_at_registration, permit, weights, bonds),
                    (kappa, bma, cutoff, k, rao, y3, liquid, penalty),
                )| EpochInput {
                    block: 200,
                    n,
                    stake,
                    last_update,
                    block_at_registration,
                    validator_permit: permit,
                    weights,
                    bonds,
                    kappa,
                    bonds_moving_average: bma,
                    activity_cutoff: cutoff,
                    max_allowed_validators: k,
                    rao_emission: rao,
                    yuma3: Yuma3Params {
                        enabled: y3,
                        liquid_alpha_enabled: liquid,
                        bonds_penalty: penalty,
                        ..Yuma3Params::default()
                    },
                    last_epoch_block: 150,
                },
            )
    })
}

fn sum16(v: &[u16]) -> u64 {
    v.iter().map(|x| u64::from(*x)).sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn emission_is_bounded(input in subnet()) {
        let out = run_epoch(&input).unwrap();
        let n = u64::from(input.n);
        let rao = input.rao_emission;
        let paid: u64 = out.server_emission.iter().chain(&out.validator_emission).sum();
        let combined: u64 = out.emission.iter().sum();
        prop_assert!(paid <= rao);
        prop_assert!(combined <= rao);
        if input.stake.iter().any(|s| *s > 0) {
            // Shares are normalised in I32F32: each of the n floors loses under one 2^-32
            // share and under one rao, so the dust is below n + n * rao / 2^32 rao
            // (below 2n for rao <= 2^32, below n + 1 for rao = 1 TAO and n <= 4).
            let bound = n + (n * rao).div_ceil(1 << 32);
            prop_assert!(rao - combined <= bound, "dust {} > {}", rao - combined, bound);
            prop_assert!(rao - paid <= bound + n, "dust {} > {}", rao - paid, bound + n);
        }
    }

    #[test]
    fn incentive_and_dividends_sum_to_one_or_zero(input in subnet()) {
        let out = run_epoch(&input).unwrap();
        let n = u64::from(input.n);
        for (name, v) in [("incentive", &out.incentive), ("dividends", &out.dividends)] {
            let total = sum16(v);
            // Each of n floors to u16 loses under 1, the normalisation under n raw units.
            prop_assert!(total == 0 || (65_535 - n - 1..=65_535).contains(&total), "{name} {total}");
        }
    }

    #[test]
    fn permits_never_exceed_k(input in subnet()) {
        let out = run_epoch(&input).unwrap();
        let permits = out.validator_permit.iter().filter(|p| **p).count();
        prop_assert!(permits <= usize::from(input.max_allowed_validators));
        // Bonds are kept only for permit holders (others: cleared or untouched input).
        for (i, row) in out.bonds.iter().enumerate() {
            if !out.validator_permit[i] && input.validator_permit[i] {
                prop_assert!(row.is_empty());
            }
        }
    }

    #[test]
    fn entry_order_within_rows_does_not_matter(input in subnet(), seed in any::<u64>()) {
        let mut shuffled = input.clone();
        let mut state = seed | 1;
        for row in shuffled.weights.iter_mut().chain(shuffled.bonds.iter_mut()) {
            for i in (1..row.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                row.swap(i, (state % (i as u64 + 1)) as usize);
            }
        }
        let a = run_epoch(&input).unwrap();
        let mut b = run_epoch(&shuffled).unwrap();
        // Untouched bond rows come back as given: compare those as sets.
        for (i, row) in b.bonds.iter_mut().enumerate() {
            if !a.validator_permit[i] && !input.validator_permit[i] {
                row.clone_from(&a.bonds[i]);
            }
        }
        prop_assert_eq!(a, b);
    }

    #[test]
    fn arbitrary_input_never_panics(
        n in 0_u16..6,
        stake in proptest::collection::vec(any::<u64>(), 0..7),
        last_update in proptest::collection::vec(any::<u64>(), 0..7),
        registered in proptest::collection::vec(any::<u64>(), 0..7),
        permit in proptest::collection::vec(any::<bool>(), 0..7),
        weights in proptest::collection::vec(proptest::collection::vec(any::<(u16, u16)>(), 0..5), 0..7),
        bonds in proptest::collection::vec(proptest::collection::vec((0_u16..8, any::<u16>()), 0..5), 0..7),
        block in any::<u64>(),
        (kappa, bma, cutoff, k, rao) in (any::<u16>(), any::<u64>(), any::<u64>(), any::<u16>(), any::<u64>()),
        y3 in any::<bool>(),
    ) {
        let input = EpochInput {
            block, n, stake, last_update, block_at_registration: registered,
            validator_permit: permit, weights, bonds, kappa, bonds_moving_average: bma,
            activity_cutoff: cutoff, max_allowed_validators: k, rao_emission: rao,
            yuma3: Yuma3Params { enabled: y3, liquid_alpha_enabled: y3, ..Yuma3Params::default() },
            last_epoch_block: block / 2,
        };
        if let Ok(out) = run_epoch(&input) {
            prop_assert_eq!(out.active.len(), usize::from(n));
            prop_assert!(out.emission.iter().fold(0_u128, |a, e| a + u128::from(*e)) <= u128::from(rao));
        }
    }

    #[test]
    fn root_epoch_is_bounded(
        stake in proptest::collection::vec(any::<u64>(), 1..8),
        rows in proptest::collection::vec(proptest::collection::vec((0_u16..6, any::<u16>()), 0..6), 8),
        networks in 1_usize..6,
        block_emission in 0_u64..=1_000_000_000,
        rho in 0_u16..=20,
        kappa in any::<u16>(),
    ) {
        let weights = rows.into_iter().take(stake.len()).collect();
        let input = RootInput {
            stake, weights, netuids: (0..networks as u16).collect(), block_emission, rho, kappa,
        };
        if let Ok(values) = root_epoch(&input) {
            prop_assert_eq!(values.len(), networks);
            prop_assert!(values.iter().sum::<u64>() <= block_emission);
        }
    }

    #[test]
    fn block_emission_halves_monotonically(a in 0_u128..=21_000_000_000_000_000, b in 0_u128..=21_000_000_000_000_000) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (e_lo, e_hi) = (block_emission(lo), block_emission(hi));
        prop_assert!(e_hi <= e_lo);
        // Always 1 TAO divided by a power of two.
        prop_assert!(e_lo == 0 || (1_000_000_000 % e_lo == 0 || e_lo < 1_000_000_000 >> 9));
    }
}
