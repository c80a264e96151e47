//! The epoch must not change a single stored bit when its implementation is optimised.
//!
//! * `golden_outputs`: fingerprints of the full output of the benchmark's subnets and variants
//!   of them, recorded from the straightforward implementation (one building block per step).
//! * `matches_reference_epoch`: the fast epoch ([`run_epoch`]) against the reference, DESIGN 4.4
//!   one step at a time with the building blocks and the chain's pivot recursion for the
//!   consensus ([`run_epoch_reference`]), on random subnets (masks, inactive validators, lost
//!   permits, `u64::MAX` stakes, any kappa and EMA rate, both Yuma modes), and over two chained
//!   epochs so that bonds come from an epoch;
//! * `reference_matches_golden_cases`: the same comparison on the golden cases;
//! * `rejects_what_validate_rejects`: both paths reject exactly what `validate` rejects.
#![allow(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::cast_possible_truncation
)]

#[path = "../benches/common/mod.rs"]
mod common;

use proptest::prelude::*;
use yuma_consensus::{epoch::Yuma3Params, run_epoch, run_epoch_reference, EpochInput, EpochOutput};

/// FNV-1a over the debug form of the output: any changed value changes it.
fn fingerprint(out: &EpochOutput) -> u64 {
    format!("{out:?}")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The benchmark's subnet and variants of it, each fresh and with the bonds of a first epoch.
fn golden_cases() -> Vec<(&'static str, EpochInput)> {
    let mut cases = vec![
        ("n256_k64", common::subnet(256, 64)),
        ("n1024_k128", common::subnet(1024, 128)),
        ("n4096_k128", common::subnet(4096, 128)),
    ];
    let base = common::subnet(512, 64);
    let variant = |name, f: &dyn Fn(&mut EpochInput)| {
        let mut input = base.clone();
        f(&mut input);
        (name, input)
    };
    cases.push(variant("kappa_0", &|i| i.kappa = 0));
    cases.push(variant("kappa_max", &|i| i.kappa = u16::MAX));
    cases.push(variant("kappa_low", &|i| i.kappa = 6_553));
    cases.push(variant("bma_0", &|i| i.bonds_moving_average = 0));
    cases.push(variant("bma_1e6", &|i| i.bonds_moving_average = 1_000_000));
    cases.push(variant("masks", &|i| {
        // A third of the validators inactive, every fifth uid re-registered after some updates,
        // every seventh validator without a previous permit, sparse rows with zeros.
        for v in 0..64 {
            if v % 3 == 0 {
                i.last_update[v] = 1_000;
            }
            if v % 7 == 0 {
                i.validator_permit[v] = false;
            }
        }
        for j in (0..512).step_by(5) {
            i.block_at_registration[j] = 5_000;
        }
        for (r, row) in i.weights.iter_mut().enumerate() {
            row.retain(|(j, _)| (usize::from(*j) + r) % 4 != 0);
            for (k, e) in row.iter_mut().enumerate() {
                if k % 11 == 0 {
                    e.1 = 0;
                }
            }
        }
    }));
    cases.push(variant("skewed_stake", &|i| {
        for v in 0..64_u64 {
            i.stake[v as usize] = if v == 0 { u64::MAX / 2 } else { v * v * 1_000 };
        }
    }));
    cases.push(variant("yuma3", &|i| {
        i.yuma3.enabled = true;
        i.last_epoch_block = 9_640;
    }));
    cases.push(variant("yuma3_liquid", &|i| {
        i.yuma3.enabled = true;
        i.yuma3.liquid_alpha_enabled = true;
        i.yuma3.bonds_penalty = 30_000;
        i.last_epoch_block = 9_640;
    }));
    let mut out = Vec::new();
    for (name, fresh) in cases {
        let mut bonded = fresh.clone();
        bonded.bonds = run_epoch(&fresh).unwrap().bonds;
        out.push((name, fresh));
        out.push((name, bonded));
    }
    out
}

#[test]
fn golden_outputs() {
    let got: Vec<(&str, u64)> = golden_cases()
        .iter()
        .map(|(name, input)| (*name, fingerprint(&run_epoch(input).unwrap())))
        .collect();
    // Each case fresh, then with the bonds of a first epoch.
    let want: &[(&str, u64)] = &[
        ("n256_k64", 0x5947301ebbaa7f3e),
        ("n256_k64", 0xfc35ab7cbd20b56e),
        ("n1024_k128", 0x315ee8a09c8e5ee2),
        ("n1024_k128", 0xe1070a19e687f65b),
        ("n4096_k128", 0xc1b8a75aedefb96d),
        ("n4096_k128", 0xcfc13f6d047072db),
        ("kappa_0", 0xb3f982bee83a4e85),
        ("kappa_0", 0x42369b0b1eac963f),
        ("kappa_max", 0xb1f9870e6a1c9346),
        ("kappa_max", 0xb1f9870e6a1c9346),
        ("kappa_low", 0xc3d639a4bd910100),
        ("kappa_low", 0xf3d7ddd2b2a232c7),
        ("bma_0", 0x8d8c2d182df9f4f0),
        ("bma_0", 0x8d8c2d182df9f4f0),
        ("bma_1e6", 0x862bcd45fcd1a54e),
        ("bma_1e6", 0x862bcd45fcd1a54e),
        ("masks", 0x89420496796c08fc),
        ("masks", 0xa7a44f32e86f716a),
        ("skewed_stake", 0xb427fef37d0a2836),
        ("skewed_stake", 0xb427fef37d0a2836),
        ("yuma3", 0x1654760cf99767f8),
        ("yuma3", 0xe589c22ae7367469),
        ("yuma3_liquid", 0xba4cbe2e9c2937a4),
        ("yuma3_liquid", 0x8467e91cdd6fef23),
    ];
    for (name, h) in &got {
        println!("(\"{name}\", 0x{h:016x}),");
    }
    assert_eq!(got, want);
}

#[test]
fn reference_matches_golden_cases() {
    for (name, input) in golden_cases() {
        let fast = run_epoch(&input).unwrap();
        assert!(fast == run_epoch_reference(&input).unwrap(), "{name}: the paths differ");
    }
}

/// A random subnet of up to 40 uids with dense weight rows, every mask and mode.
fn subnet() -> impl Strategy<Value = EpochInput> {
    (1_u16..=40).prop_flat_map(|n| {
        let len = usize::from(n);
        let value = prop_oneof![Just(0_u16), Just(u16::MAX), any::<u16>(), 0_u16..4];
        let row = proptest::collection::btree_map(0..n + 2, value, 0..=len + 2)
            .prop_map(|m| m.into_iter().collect::<Vec<(u16, u16)>>());
        let stake = prop_oneof![
            Just(0_u64),
            1_u64..1_000,
            0_u64..1_000_000_000_000_000,
            Just(u64::MAX),
            Just(1_000_000_000_u64)
        ];
        (
            (
                Just(n),
                proptest::collection::vec(stake, len),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(0_u64..200, len),
                proptest::collection::vec(prop_oneof![3 => Just(true), 1 => Just(false)], len),
                proptest::collection::vec(row.clone(), len),
                proptest::collection::vec(row, len),
            ),
            (
                prop_oneof![any::<u16>(), Just(32_767_u16), Just(0), Just(u16::MAX)],
                prop_oneof![0_u64..=1_000_000, Just(900_000), 1_000_000_u64..3_000_000],
                0_u64..150,
                0_u16..=44,
                prop_oneof![0_u64..=4_294_967_296, Just(u64::MAX)],
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(if cfg!(debug_assertions) { 60 } else { 300 }))]

    #[test]
    fn matches_reference_epoch(input in subnet()) {
        let out = run_epoch(&input).unwrap();
        prop_assert_eq!(&out, &run_epoch_reference(&input).unwrap());
        // A second epoch on the bonds and permits the first one stored.
        let mut next = input.clone();
        next.bonds = out.bonds;
        next.validator_permit = out.validator_permit;
        next.block += 100;
        prop_assert_eq!(run_epoch(&next).unwrap(), run_epoch_reference(&next).unwrap());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(if cfg!(debug_assertions) { 100 } else { 500 }))]

    /// Rows that may name a uid twice: both paths reject exactly what `validate` rejects, with
    /// the same error (the fused Finney-era epoch checks while it reads the rows).
    #[test]
    fn rejects_what_validate_rejects(
        input in subnet(),
        extra in proptest::collection::vec((0_usize..40, 0_usize..40, 0_u16..44, any::<u16>()), 0..4),
    ) {
        let mut input = input;
        let n = input.weights.len();
        for (which, row, uid, v) in extra {
            let rows = if which % 2 == 0 { &mut input.weights } else { &mut input.bonds };
            rows[row % n].push((uid, v));
        }
        let reference = run_epoch_reference(&input);
        match input.validate() {
            Ok(()) => prop_assert!(reference.is_ok()),
            Err(e) => prop_assert_eq!(reference.as_ref().unwrap_err(), &e),
        }
        prop_assert_eq!(run_epoch(&input), reference);
    }
}
