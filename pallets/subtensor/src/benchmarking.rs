//! Benchmarks of every call, each in its worst-case branch (frame-benchmarking v2): full
//! subnets, the most weights, a replaced neuron whose stake is returned.

#![cfg(feature = "runtime-benchmarks")]
// Benchmark set-up code, not runtime code: plain arithmetic and panics on broken set-up are fine.
#![allow(
    clippy::arithmetic_side_effects,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing
)]

use crate::stake::STAKE_CHUNK;
use crate::{neurons::set_at, set_weights::commit_hash, types::TAO, BenchmarkHelper as _, *};
use alloc::vec::Vec;
use finney_support::{HotkeyOwnership, OnStakeChanged};
use polkadot_sdk::{
    frame_benchmarking::v2::*,
    frame_support::traits::{
        fungible::{Mutate, MutateHold},
        EnsureOrigin, Get,
    },
    frame_system::{self, pallet_prelude::BlockNumberFor, RawOrigin},
    sp_runtime::traits::UniqueSaturatedFrom,
};

const SEED: u32 = 0;

fn balance<T: Config>(rao: u64) -> BalanceOf<T> {
    BalanceOf::<T>::unique_saturated_from(rao)
}

/// An account holding a lot of TAO.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
    let who: T::AccountId = account(name, index, SEED);
    T::Currency::set_balance(&who, balance::<T>(1_000_000 * TAO));
    who
}

fn set_block<T: Config>(block: u32) {
    frame_system::Pallet::<T>::set_block_number(BlockNumberFor::<T>::from(block));
}

/// The largest `max_allowed_uids`.
fn uid_limit<T: Config>() -> u32 {
    u32::from(T::MaxAllowedUidsLimit::get())
}

/// A subnet owned by `owner` (no lock held) that holds exactly `capacity` neurons.
fn subnet<T: Config>(owner: &T::AccountId, capacity: u16) -> NetUid {
    let netuid = (1..=u16::MAX).map(NetUid).find(|n| !Pallet::<T>::subnet_exists(*n)).unwrap();
    let params = SubnetHyperparams {
        max_allowed_uids: capacity.max(1),
        max_allowed_validators: capacity.max(1),
        ..Default::default()
    };
    Pallet::<T>::init_network(netuid, Some(owner.clone()), params, 0, 0);
    netuid
}

/// Registers `n` neurons on `netuid` at block 0, with owners, axons and weights rows.
fn fill<T: Config>(netuid: NetUid, n: u32) -> Vec<T::AccountId> {
    let coldkey: T::AccountId = account("fill-coldkey", 0, SEED);
    (0..n)
        .map(|i| {
            let hotkey: T::AccountId = account("neuron", i, netuid.get().into());
            T::HotkeyOwnership::create_hotkey_account(&hotkey, &coldkey).unwrap();
            let uid = Pallet::<T>::append_neuron(netuid, &hotkey, 0);
            Axons::<T>::insert(netuid, &hotkey, AxonInfo { block: 1, ..Default::default() });
            Weights::<T>::insert(netuid, uid, alloc::vec![(0u16, u16::MAX)]);
            hotkey
        })
        .collect()
}

/// A neuron on `netuid` owned by a fresh funded coldkey, with a validator permit.
fn validator<T: Config>(netuid: NetUid) -> (T::AccountId, u16) {
    let coldkey = funded::<T>("validator-coldkey", 0);
    let hotkey: T::AccountId = account("validator", 0, SEED);
    T::HotkeyOwnership::create_hotkey_account(&hotkey, &coldkey).unwrap();
    let uid = Pallet::<T>::append_neuron(netuid, &hotkey, 0);
    ValidatorPermit::<T>::mutate(netuid, |v| set_at(v, uid, true));
    (hotkey, uid)
}

/// Gives the neuron at uid 0 of `netuid` the lowest pruning score and a few stakers, so that a
/// replacement returns their stake.
fn make_uid0_prunable<T: Config>(netuid: NetUid, hotkeys: &[T::AccountId]) {
    let mut scores = PruningScores::<T>::get(netuid);
    scores.iter_mut().for_each(|score| *score = u16::MAX);
    set_at(&mut scores, 0, 0);
    PruningScores::<T>::insert(netuid, scores);
    let owner: T::AccountId = account("fill-coldkey", 0, SEED);
    T::Currency::set_balance(&owner, balance::<T>(1_000_000 * TAO));
    T::BenchmarkHelper::stake(&owner, &hotkeys[0], balance::<T>(TAO));
}

/// A subnet of `n` neurons for an epoch at block 1 000: the first `min(n, 128)` uids are
/// validators with stake, a permit and a recent weight update; `w` weight entries (at most `n`
/// per row) spread over their rows, each row on the leading uids, with bonds of the same shape;
/// 360 TAO pending.
fn epoch_setup<T: Config>(n: u32, w: u32) -> (NetUid, u64) {
    let owner = funded::<T>("owner", 0);
    let netuid = subnet::<T>(&owner, n as u16);
    let hotkeys = fill::<T>(netuid, n);
    let validators = n.min(128);
    SubnetHyperparameters::<T>::mutate(netuid, |params| {
        if let Some(params) = params {
            params.max_allowed_validators = validators as u16;
        }
    });
    let staker = funded::<T>("fill-coldkey", 0);
    let per_row = (w / validators).min(n);
    let mut extra = w.saturating_sub(per_row * validators);
    let now = 1_000u64;
    let mut last_update = LastUpdate::<T>::get(netuid);
    let mut permits = ValidatorPermit::<T>::get(netuid);
    for uid in 0..n {
        Weights::<T>::remove(netuid, uid as u16);
    }
    for uid in 0..validators {
        T::BenchmarkHelper::stake(&staker, &hotkeys[uid as usize], balance::<T>(TAO + uid as u64));
        let len = if extra > 0 && per_row < n {
            extra -= 1;
            per_row + 1
        } else {
            per_row
        };
        if len > 0 {
            let row: Vec<(u16, u16)> =
                (0..len).map(|dest| (dest as u16, 1_000 + (dest % 1_000) as u16)).collect();
            Weights::<T>::insert(netuid, uid as u16, row.clone());
            Bonds::<T>::insert(netuid, uid as u16, row);
        }
        set_at(&mut last_update, uid as u16, now);
        set_at(&mut permits, uid as u16, true);
    }
    LastUpdate::<T>::insert(netuid, last_update);
    ValidatorPermit::<T>::insert(netuid, permits);
    PendingEmission::<T>::insert(netuid, 360 * TAO);
    set_block::<T>(now as u32);
    (netuid, now)
}

#[benchmarks]
mod benchmarks {
    use super::*;

    /// Worst case: the subnet limit is reached, so a subnet with `n` neurons is removed (its
    /// uids are left to [`Pallet::clear_removed_neurons`]).
    #[benchmark]
    fn register_network(n: Linear<0, { uid_limit::<T>() }>) {
        let victim_owner = funded::<T>("victim-owner", 0);
        let victim = subnet::<T>(&victim_owner, n as u16);
        fill::<T>(victim, n);
        SubnetLimit::<T>::put(TotalNetworks::<T>::get());
        NetworkImmunityPeriod::<T>::put(0);
        NetworkRateLimit::<T>::put(0);
        let caller = funded::<T>("caller", 0);
        set_block::<T>(10);

        #[extrinsic_call]
        _(RawOrigin::Signed(caller.clone()));

        assert!(SubnetOwner::<T>::iter_values().any(|owner| owner == caller));
        assert_eq!(SubnetworkN::<T>::get(victim), 0);
        assert_eq!(
            Pallet::<T>::subnet_exists(victim),
            n == 0,
            "the victim's netuid is reused if empty"
        );
    }

    #[benchmark]
    fn dissolve_network(n: Linear<0, { uid_limit::<T>() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        let lock = 1_000 * TAO;
        T::Currency::hold(&HoldReason::SubnetLock.into(), &owner, balance::<T>(lock)).unwrap();
        SubnetLocked::<T>::insert(netuid, lock);
        fill::<T>(netuid, n);

        #[extrinsic_call]
        _(RawOrigin::Signed(owner), netuid);

        assert!(!Pallet::<T>::subnet_exists(netuid));
    }

    /// Worst case: `max_allowed_uids`, checked against the neuron count and the limit.
    #[benchmark]
    fn set_hyperparameter() -> Result<(), BenchmarkError> {
        let origin =
            T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, 16);
        let limit = T::MaxAllowedUidsLimit::get();

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, netuid, Hyperparameter::MaxAllowedUids(limit));

        assert_eq!(SubnetHyperparameters::<T>::get(netuid).unwrap().max_allowed_uids, limit);
        Ok(())
    }

    #[benchmark]
    fn set_network_parameter() -> Result<(), BenchmarkError> {
        let origin =
            T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, NetworkParameter::SubnetLimit(32));

        assert_eq!(SubnetLimit::<T>::get(), 32);
        Ok(())
    }

    /// Worst case: a full subnet of `n` neurons past immunity; the replaced neuron's stake is
    /// returned.
    #[benchmark]
    fn burned_register(n: Linear<1, { uid_limit::<T>() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        let hotkeys = fill::<T>(netuid, n);
        make_uid0_prunable::<T>(netuid, &hotkeys);
        set_block::<T>(100_000);
        let caller = funded::<T>("caller", 0);
        let hotkey: T::AccountId = account("new-hotkey", 0, SEED);

        #[extrinsic_call]
        _(RawOrigin::Signed(caller), netuid, hotkey.clone());

        assert_eq!(Uids::<T>::get(netuid, &hotkey), Some(0));
    }

    /// Worst case: as `burned_register`, registering by proof of work, and pruning the most
    /// expired used works a registration prunes.
    #[benchmark]
    fn register(n: Linear<1, { uid_limit::<T>() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        SubnetHyperparameters::<T>::mutate(netuid, |params| {
            if let Some(params) = params {
                params.pow_registration_allowed = true;
                params.min_difficulty = 1;
            }
        });
        Difficulty::<T>::insert(netuid, 1);
        let hotkeys = fill::<T>(netuid, n);
        make_uid0_prunable::<T>(netuid, &hotkeys);
        // More expired used works than one registration prunes.
        let prunable = u64::from(types::MAX_USED_WORKS_PRUNED_PER_REGISTRATION);
        for index in 0..=prunable {
            let mut work = [0xffu8; 32];
            work[..8].copy_from_slice(&index.to_le_bytes());
            UsedWork::<T>::insert(work, 10);
            UsedWorkQueue::<T>::insert(index, (work, 10));
        }
        UsedWorkQueueBounds::<T>::put((0, prunable + 1));
        set_block::<T>(100_000);
        let coldkey = funded::<T>("caller", 0);
        let hotkey: T::AccountId = account("new-hotkey", 0, SEED);
        let block_hash = frame_system::BlockHash::<T>::get(BlockNumberFor::<T>::from(99_999u32));
        let solution = finney_pow::solve(
            &registration::to_32_bytes(&block_hash),
            &registration::to_32_bytes(&hotkey),
            1,
            0,
            1,
        )
        .unwrap();

        #[extrinsic_call]
        _(
            RawOrigin::Signed(hotkey.clone()),
            netuid,
            99_999,
            solution.nonce,
            solution.work,
            hotkey.clone(),
            coldkey,
        );

        assert_eq!(Uids::<T>::get(netuid, &hotkey), Some(0));
        assert_eq!(UsedWorkQueueBounds::<T>::get(), (prunable, prunable + 2));
    }

    /// Worst case: the root network is full with `n` members; the newcomer has more stake than
    /// the smallest.
    #[benchmark]
    fn root_register(n: Linear<1, 64>) {
        if !Pallet::<T>::subnet_exists(NetUid::ROOT) {
            Pallet::<T>::init_network(NetUid::ROOT, None, SubnetHyperparams::root(), 0, 0);
        }
        SubnetHyperparameters::<T>::mutate(NetUid::ROOT, |params| {
            if let Some(params) = params {
                params.max_allowed_uids = n as u16;
            }
        });
        fill::<T>(NetUid::ROOT, n);
        let coldkey = funded::<T>("caller", 0);
        let hotkey: T::AccountId = account("new-hotkey", 0, SEED);
        T::HotkeyOwnership::create_hotkey_account(&hotkey, &coldkey).unwrap();
        let stake = RootRegistrationMinStake::<T>::get().max(TAO);
        T::BenchmarkHelper::stake(&coldkey, &hotkey, balance::<T>(stake));

        #[extrinsic_call]
        _(RawOrigin::Signed(coldkey), hotkey.clone());

        assert!(Uids::<T>::contains_key(NetUid::ROOT, &hotkey));
    }

    /// Worst case: replacing an earlier axon past the rate limit.
    #[benchmark]
    fn serve_axon() {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, 16);
        let (hotkey, _) = validator::<T>(netuid);
        Axons::<T>::insert(netuid, &hotkey, AxonInfo { block: 1, ..Default::default() });
        set_block::<T>(1_000);

        #[extrinsic_call]
        _(RawOrigin::Signed(hotkey.clone()), netuid, 1, 0x0a00_0001, 8091, 4, 0, 0, 0);

        assert_eq!(Axons::<T>::get(netuid, &hotkey).unwrap().port, 8091);
    }

    #[benchmark]
    fn serve_prometheus() {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, 16);
        let (hotkey, _) = validator::<T>(netuid);
        Prometheus::<T>::insert(netuid, &hotkey, PrometheusInfo { block: 1, ..Default::default() });
        set_block::<T>(1_000);

        #[extrinsic_call]
        _(RawOrigin::Signed(hotkey.clone()), netuid, 1, 0x0a00_0001, 9090, 4);

        assert_eq!(Prometheus::<T>::get(netuid, &hotkey).unwrap().port, 9090);
    }

    /// Worst case: a validator of a full subnet of `n` neurons weights every uid, with the
    /// max-weight check on.
    #[benchmark]
    fn set_weights(n: Linear<1, { uid_limit::<T>() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        let (hotkey, _) = validator::<T>(netuid);
        fill::<T>(netuid, n - 1);
        SubnetHyperparameters::<T>::mutate(netuid, |params| {
            if let Some(params) = params {
                params.max_weights_limit = u16::MAX - 1;
                params.min_allowed_weights = n as u16;
            }
        });
        set_block::<T>(1_000);
        let dests: Vec<u16> = (0..n as u16).collect();
        let weights: Vec<u16> = alloc::vec![1_000; n as usize];

        #[extrinsic_call]
        _(RawOrigin::Signed(hotkey), netuid, dests, weights, 0);

        assert_eq!(Weights::<T>::get(netuid, 0).len(), n as usize);
    }

    /// Worst case: the hotkey already holds the most unrevealed commits but one.
    #[benchmark]
    fn commit_weights() {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, 16);
        SubnetHyperparameters::<T>::mutate(netuid, |params| {
            if let Some(params) = params {
                params.commit_reveal_weights_enabled = true;
            }
        });
        let (hotkey, _) = validator::<T>(netuid);
        set_block::<T>(1_000);
        let existing: Vec<WeightCommitOf> = (0..types::MAX_UNREVEALED_COMMITS - 1)
            .map(|i| WeightCommit {
                hash: commit_hash(&hotkey, netuid, &[], &[], &[i as u16], 0),
                commit_block: 1_000,
                first_reveal_block: 2_000,
                last_reveal_block: 3_000,
            })
            .collect();
        WeightCommits::<T>::insert(netuid, &hotkey, existing);
        let hash = commit_hash(&hotkey, netuid, &[0], &[1], &[7], 0);

        #[extrinsic_call]
        _(RawOrigin::Signed(hotkey.clone()), netuid, hash);

        assert_eq!(WeightCommits::<T>::get(netuid, &hotkey).len(), types::MAX_UNREVEALED_COMMITS);
    }

    /// Worst case: as `set_weights` with `n` weights, after finding the commit among the most
    /// unrevealed commits, made by the oldest of the most former hotkeys (received by swaps);
    /// the other commits have expired, so the hotkey's commits and former hotkeys are removed.
    #[benchmark]
    fn reveal_weights(n: Linear<1, { uid_limit::<T>() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        let (hotkey, _) = validator::<T>(netuid);
        fill::<T>(netuid, n - 1);
        SubnetHyperparameters::<T>::mutate(netuid, |params| {
            if let Some(params) = params {
                params.commit_reveal_weights_enabled = true;
                params.max_weights_limit = u16::MAX - 1;
                params.min_allowed_weights = n as u16;
            }
        });
        let uids: Vec<u16> = (0..n as u16).collect();
        let values: Vec<u16> = alloc::vec![1_000; n as usize];
        let salt: Vec<u16> = alloc::vec![1, 2, 3, 4, 5, 6, 7, 8];
        let mut commits: Vec<WeightCommitOf> = (0..types::MAX_UNREVEALED_COMMITS - 1)
            .map(|i| WeightCommit {
                hash: commit_hash(&hotkey, netuid, &[], &[], &[i as u16], 0),
                commit_block: 1_000,
                first_reveal_block: 1_000,
                last_reveal_block: 1_999,
            })
            .collect();
        // The commit was made by the oldest of the most former hotkeys a swap records, so the
        // reveal hashes with each of them.
        let former: Vec<T::AccountId> = (0..types::MAX_UNREVEALED_COMMITS as u32)
            .map(|i| account("former-hotkey", i, SEED))
            .collect();
        commits.push(WeightCommit {
            hash: commit_hash(former.last().unwrap(), netuid, &uids, &values, &salt, 0),
            commit_block: 1_000,
            first_reveal_block: 1_000,
            last_reveal_block: 3_000,
        });
        WeightCommits::<T>::insert(netuid, &hotkey, commits);
        FormerCommitHotkeys::<T>::insert(netuid, &hotkey, former);
        set_block::<T>(2_000);

        #[extrinsic_call]
        _(RawOrigin::Signed(hotkey.clone()), netuid, uids, values, salt, 0);

        assert_eq!(Weights::<T>::get(netuid, 0).len(), n as usize);
        assert!(!FormerCommitHotkeys::<T>::contains_key(netuid, &hotkey));
    }

    /// Worst case: the hotkey is registered on `k` networks, with endpoints, the most
    /// unrevealed commits and the most former commit hotkeys on each, and rewards loaded for
    /// it (a redirect is recorded); it received a swap itself (the rate limit is read) and
    /// the coldkey burns the swap cost.
    #[benchmark]
    fn swap_hotkey(k: Linear<1, 64>) {
        let coldkey = funded::<T>("coldkey", 0);
        let hotkey: T::AccountId = account("hotkey", 0, SEED);
        T::HotkeyOwnership::create_hotkey_account(&hotkey, &coldkey).unwrap();
        T::BenchmarkHelper::stake(&coldkey, &hotkey, balance::<T>(TAO));
        LastHotkeySwap::<T>::insert(&hotkey, 0);
        let former: Vec<T::AccountId> = (0..types::MAX_UNREVEALED_COMMITS as u32)
            .map(|i| account("former-hotkey", i, SEED))
            .collect();
        for _ in 0..k {
            let netuid = subnet::<T>(&coldkey, 16);
            Pallet::<T>::append_neuron(netuid, &hotkey, 0);
            Axons::<T>::insert(netuid, &hotkey, AxonInfo { block: 1, ..Default::default() });
            Prometheus::<T>::insert(netuid, &hotkey, PrometheusInfo::default());
            let commits: Vec<WeightCommitOf> = (0..types::MAX_UNREVEALED_COMMITS)
                .map(|i| WeightCommit {
                    hash: commit_hash(&hotkey, netuid, &[], &[], &[i as u16], 0),
                    commit_block: 1,
                    first_reveal_block: 2,
                    last_reveal_block: 1_000_000,
                })
                .collect();
            WeightCommits::<T>::insert(netuid, &hotkey, commits);
            FormerCommitHotkeys::<T>::insert(netuid, &hotkey, former.clone());
            LoadedEmission::<T>::insert(netuid, alloc::vec![(hotkey.clone(), TAO, TAO)]);
        }
        set_block::<T>((HotkeySwapRateLimit::<T>::get() + 1) as u32);
        let new_hotkey: T::AccountId = account("new-hotkey", 0, SEED);
        assert_eq!(Pallet::<T>::networks_of(&hotkey), k);

        #[extrinsic_call]
        _(RawOrigin::Signed(coldkey), hotkey.clone(), new_hotkey.clone());

        assert!(!Pallet::<T>::is_registered_anywhere(&hotkey));
        assert!(Pallet::<T>::is_registered_anywhere(&new_hotkey));
        assert!(SwappedHotkey::<T>::contains_key(&hotkey));
    }

    /// One subnet epoch (DESIGN 4.4) over `n` neurons, the first `min(n, 128)` of them staked
    /// validators with permits, and no weights: the cost per neuron.
    #[benchmark]
    fn epoch(n: Linear<1, { uid_limit::<T>() }>) {
        let (netuid, now) = epoch_setup::<T>(n, 0);

        #[block]
        {
            Pallet::<T>::run_epoch(netuid, now);
        }

        assert_eq!(PendingEmission::<T>::get(netuid), 0);
        assert!(LoadedEmission::<T>::contains_key(netuid));
    }

    /// The cost of weight entries: an epoch of the largest subnet (4096 uids, 128 validators)
    /// with `w` weight entries in all, spread over the validators' rows, and bonds of the same
    /// shape from a previous epoch. An epoch's weight is `epoch(n)` plus what `w` entries add
    /// here over `epoch_weights(0)`.
    #[benchmark]
    fn epoch_weights(w: Linear<0, 524_288>) {
        let (netuid, now) = epoch_setup::<T>(uid_limit::<T>(), w);

        #[block]
        {
            Pallet::<T>::run_epoch(netuid, now);
        }

        assert_eq!(PendingEmission::<T>::get(netuid), 0);
        assert!(LoadedEmission::<T>::contains_key(netuid));
    }

    /// The root epoch with `n` root members, each staked and weighting every network, at the
    /// subnet limit.
    #[benchmark]
    fn root_epoch(n: Linear<1, 64>) {
        if !Pallet::<T>::subnet_exists(NetUid::ROOT) {
            Pallet::<T>::init_network(NetUid::ROOT, None, SubnetHyperparams::root(), 0, 0);
        }
        let owner = funded::<T>("owner", 0);
        while TotalNetworks::<T>::get() < SubnetLimit::<T>::get() {
            subnet::<T>(&owner, 1);
        }
        let netuids: Vec<u16> =
            SubnetHyperparameters::<T>::iter_keys().map(|netuid| netuid.get()).collect();
        let hotkeys = fill::<T>(NetUid::ROOT, n);
        let staker = funded::<T>("fill-coldkey", 0);
        for (uid, hotkey) in hotkeys.iter().enumerate() {
            T::BenchmarkHelper::stake(&staker, hotkey, balance::<T>(TAO + uid as u64));
            let row: Vec<(u16, u16)> = netuids.iter().map(|netuid| (*netuid, 1_000)).collect();
            Weights::<T>::insert(NetUid::ROOT, uid as u16, row);
        }

        #[block]
        {
            Pallet::<T>::run_root_epoch(10, 32_767);
        }

        assert!(netuids.iter().any(|netuid| EmissionValues::<T>::get(NetUid(*netuid)) > 0));
    }

    /// Paying the rewards an epoch loaded for `n` hotkeys (their owners' stake grows), up to
    /// the most a block pays.
    #[benchmark]
    fn pay_out_emission(n: Linear<1, { T::MaxPayoutsPerBlock::get() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, n as u16);
        let hotkeys = fill::<T>(netuid, n);
        funded::<T>("fill-coldkey", 0);
        let rewards: Vec<(T::AccountId, u64, u64)> =
            hotkeys.into_iter().map(|hotkey| (hotkey, TAO, TAO)).collect();
        LoadedEmission::<T>::insert(netuid, rewards);

        #[block]
        {
            Pallet::<T>::pay_out_loaded_emission();
        }

        assert!(!LoadedEmission::<T>::contains_key(netuid));
    }

    /// One block's emission accrual over `n` subnets with owners and emission values.
    #[benchmark]
    fn accrue_emission(n: Linear<1, 64>) {
        for i in 0..n {
            // Owners without funds: funding each with `funded` would push the issuance past the
            // supply cap, where block emission is 0.
            let owner: T::AccountId = account("owner", i, SEED);
            let netuid = subnet::<T>(&owner, 1);
            EmissionValues::<T>::insert(netuid, 1_000_000);
        }

        #[block]
        {
            Pallet::<T>::accrue_emission(1_000);
        }

        assert!(PendingEmission::<T>::iter().count() as u32 >= n);
    }

    /// A stake change of a hotkey registered on `k` networks, each time in a full chunk of
    /// [`NeuronStake`]: its entry is rewritten on every network ([`OnStakeChanged`]).
    #[benchmark]
    fn stake_changed(k: Linear<1, 64>) {
        let owner = funded::<T>("owner", 0);
        let coldkey = funded::<T>("staker", 0);
        let hotkey: T::AccountId = account("multi", 0, SEED);
        T::HotkeyOwnership::create_hotkey_account(&hotkey, &coldkey).unwrap();
        let mut netuids = Vec::new();
        for _ in 0..k {
            let netuid = subnet::<T>(&owner, STAKE_CHUNK);
            fill::<T>(netuid, u32::from(STAKE_CHUNK) - 1);
            Pallet::<T>::append_neuron(netuid, &hotkey, 0);
            netuids.push(netuid);
        }
        // Staking reports the change itself; the block measures one report.
        T::BenchmarkHelper::stake(&coldkey, &hotkey, balance::<T>(TAO));

        #[block]
        {
            <Pallet<T> as OnStakeChanged<T::AccountId>>::on_stake_changed(&hotkey);
        }

        for netuid in netuids {
            assert_eq!(Pallet::<T>::neuron_stakes(netuid, STAKE_CHUNK)[63], TAO);
        }
    }

    /// `c` uids of a removed subnet cleared in one block, each with every per-uid entry there
    /// is: hotkey maps, an axon, a prometheus endpoint, the most weight commits, a weight row
    /// and a bond row.
    #[benchmark]
    fn clear_removed_neurons(c: Linear<0, { T::MaxNeuronsClearedPerBlock::get() }>) {
        let owner = funded::<T>("owner", 0);
        let netuid = subnet::<T>(&owner, c as u16);
        let hotkeys = fill::<T>(netuid, c);
        for (uid, hotkey) in hotkeys.iter().enumerate() {
            Prometheus::<T>::insert(
                netuid,
                hotkey,
                PrometheusInfo { block: 1, ..Default::default() },
            );
            let commits: Vec<WeightCommitOf> = (0..types::MAX_UNREVEALED_COMMITS)
                .map(|i| WeightCommit {
                    hash: commit_hash(hotkey, netuid, &[], &[], &[i as u16], 0),
                    commit_block: 1,
                    first_reveal_block: 2,
                    last_reveal_block: 3,
                })
                .collect();
            WeightCommits::<T>::insert(netuid, hotkey, commits);
            Bonds::<T>::insert(netuid, uid as u16, alloc::vec![(0u16, u16::MAX)]);
        }
        Pallet::<T>::remove_network(netuid);

        #[block]
        {
            Pallet::<T>::clear_removed_neurons(c);
        }

        assert!(NeuronsToClear::<T>::get().is_empty());
        assert_eq!(Keys::<T>::iter_prefix(netuid).count(), 0);
        assert!(hotkeys.iter().all(|hotkey| !IsNetworkMember::<T>::contains_key(hotkey, netuid)));
    }

    impl_benchmark_test_suite!(
        Pallet,
        crate::mock::ExtBuilder::default().build(),
        crate::mock::Test
    );
}
