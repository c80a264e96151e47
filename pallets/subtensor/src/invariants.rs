//! # Invariants (`try_state`)
//!
//! The invariants of the uid maps (see [`crate::neurons`]) and of the subnets, one check per
//! invariant. Run by `try_state` under `try-runtime` and after every pallet test.

use crate::stake::STAKE_CHUNK;
use crate::{
    neurons::for_each_per_uid_vector, Axons, Bonds, Config, EmissionAccounting, HoldReason,
    IsNetworkMember, Keys, LoadedEmission, LoadedEmissionSince, NeuronStake, NeuronsToClear,
    Pallet, PendingEmission, Prometheus, SubnetHyperparameters, SubnetLocked, SubnetOwner,
    SubnetworkN, SwappedHotkey, SwappedHotkeyQueue, SwappedHotkeyQueueBounds, TotalNetworks, Uids,
    UsedWork, UsedWorkQueue, UsedWorkQueueBounds, WeightCommits, Weights,
};
use alloc::collections::BTreeMap;
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::{ensure, traits::fungible::InspectHold},
    sp_runtime::{traits::UniqueSaturatedInto, TryRuntimeError},
};

impl<T: Config> Pallet<T> {
    /// Runs every invariant check.
    pub fn do_try_state() -> Result<(), TryRuntimeError> {
        Self::check_network_count()?;
        Self::check_uids_dense()?;
        Self::check_vector_lengths()?;
        Self::check_membership_index()?;
        Self::check_neuron_stake()?;
        Self::check_no_orphan_neuron_state()?;
        Self::check_locks_held()?;
        Self::check_emission_accounting()?;
        Self::check_used_work_queue()?;
        Self::check_swapped_hotkeys()?;
        Ok(())
    }

    /// [`TotalNetworks`] counts the networks.
    pub fn check_network_count() -> Result<(), TryRuntimeError> {
        let count = SubnetHyperparameters::<T>::iter_keys().fold(0u16, |n, _| n.saturating_add(1));
        ensure!(TotalNetworks::<T>::get() == count, "TotalNetworks differs from the networks");
        Ok(())
    }

    /// On every subnet, [`Keys`] holds exactly the uids `0..n`, [`Uids`] exactly their inverse,
    /// and `n <= max_allowed_uids`.
    pub fn check_uids_dense() -> Result<(), TryRuntimeError> {
        for (netuid, params) in SubnetHyperparameters::<T>::iter() {
            let n = SubnetworkN::<T>::get(netuid);
            ensure!(n <= params.max_allowed_uids, "a subnet holds more than max_allowed_uids");
            let mut keys = 0u16;
            for (uid, hotkey) in Keys::<T>::iter_prefix(netuid) {
                ensure!(uid < n, "Keys has a uid beyond SubnetworkN");
                ensure!(Uids::<T>::get(netuid, &hotkey) == Some(uid), "Uids is not Keys inverted");
                keys = keys.saturating_add(1);
            }
            ensure!(keys == n, "Keys misses a uid below SubnetworkN");
            let uids = Uids::<T>::iter_prefix(netuid).fold(0u16, |n, _| n.saturating_add(1));
            ensure!(uids == n, "Uids has entries that Keys does not");
            for uid in Weights::<T>::iter_key_prefix(netuid) {
                ensure!(uid < n, "Weights has a uid beyond SubnetworkN");
            }
            for uid in Bonds::<T>::iter_key_prefix(netuid) {
                ensure!(uid < n, "Bonds has a uid beyond SubnetworkN");
            }
        }
        Ok(())
    }

    /// Every per-uid vector (`crate::neurons::for_each_per_uid_vector!`) has one entry per
    /// neuron.
    pub fn check_vector_lengths() -> Result<(), TryRuntimeError> {
        for netuid in SubnetHyperparameters::<T>::iter_keys() {
            let n = usize::from(SubnetworkN::<T>::get(netuid));
            macro_rules! lengths {
                ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {
                    [$($crate::$storage::<T>::decode_len(netuid),)*]
                };
            }
            let lengths = for_each_per_uid_vector!(lengths);
            ensure!(
                lengths.iter().all(|len| len.unwrap_or(0) == n),
                "a per-uid vector's length differs from SubnetworkN"
            );
        }
        Ok(())
    }

    /// [`IsNetworkMember`] mirrors [`Uids`].
    pub fn check_membership_index() -> Result<(), TryRuntimeError> {
        let mut members = 0u64;
        for (hotkey, netuid, ()) in IsNetworkMember::<T>::iter() {
            ensure!(Uids::<T>::contains_key(netuid, &hotkey), "IsNetworkMember without a uid");
            members = members.saturating_add(1);
        }
        let uids = Uids::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        ensure!(members == uids, "a uid is missing from IsNetworkMember");
        Ok(())
    }

    /// [`NeuronStake`] holds, for every uid, its hotkey's total stake in the staking pallet, in
    /// whole chunks of [`STAKE_CHUNK`] (the last one as long as the uids it covers), and no
    /// chunk beyond the subnet.
    pub fn check_neuron_stake() -> Result<(), TryRuntimeError> {
        for netuid in SubnetHyperparameters::<T>::iter_keys() {
            let n = SubnetworkN::<T>::get(netuid);
            let chunks = n.div_ceil(STAKE_CHUNK);
            for (chunk, entries) in NeuronStake::<T>::iter_prefix(netuid) {
                ensure!(chunk < chunks, "NeuronStake has a chunk beyond SubnetworkN");
                let first = chunk.saturating_mul(STAKE_CHUNK);
                let len = n.saturating_sub(first).min(STAKE_CHUNK);
                ensure!(
                    entries.len() == usize::from(len),
                    "a NeuronStake chunk has a wrong length"
                );
            }
            let stakes = Self::neuron_stakes(netuid, n);
            for (uid, hotkey) in Keys::<T>::iter_prefix(netuid) {
                ensure!(
                    stakes.get(usize::from(uid)) == Some(&Self::hotkey_stake(&hotkey)),
                    "NeuronStake differs from the hotkey's total stake"
                );
            }
        }
        for (netuid, _, _) in NeuronStake::<T>::iter() {
            ensure!(Self::subnet_exists(netuid), "NeuronStake of a removed network");
        }
        Ok(())
    }

    /// No neuron state for networks that do not exist, except the per-uid entries of removed
    /// subnets whose uids are still being cleared ([`NeuronsToClear`]): each listed once, with
    /// exactly its uids `0..left` in [`Keys`] and nothing beyond them. Endpoints and commits
    /// belong to registered hotkeys.
    pub fn check_no_orphan_neuron_state() -> Result<(), TryRuntimeError> {
        let queue = NeuronsToClear::<T>::get();
        let clearing: BTreeMap<NetUid, u16> = queue.iter().copied().collect();
        ensure!(clearing.len() == queue.len(), "a subnet is listed twice in NeuronsToClear");
        for (netuid, left) in &clearing {
            ensure!(!Self::subnet_exists(*netuid), "NeuronsToClear lists an existing network");
            ensure!(*left > 0, "NeuronsToClear lists a subnet with no uid left");
            let keys = Keys::<T>::iter_key_prefix(netuid).fold(0u16, |n, _| n.saturating_add(1));
            ensure!(keys == *left, "a removed subnet's Keys differ from its uids left to clear");
        }
        macro_rules! with_per_uid_vectors {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {
                SubnetworkN::<T>::iter_keys()$(.chain($crate::$storage::<T>::iter_keys()))*
            };
        }
        let per_subnet = for_each_per_uid_vector!(with_per_uid_vectors);
        for netuid in per_subnet {
            ensure!(Self::subnet_exists(netuid), "per-subnet neuron state of a removed network");
        }
        let uid_kept = |netuid: NetUid, uid: u16| {
            Self::subnet_exists(netuid) || clearing.get(&netuid).is_some_and(|left| uid < *left)
        };
        for (netuid, uid) in Keys::<T>::iter_keys() {
            ensure!(uid_kept(netuid, uid), "Keys of a removed network");
        }
        for (netuid, uid) in Weights::<T>::iter_keys() {
            ensure!(uid_kept(netuid, uid), "Weights of a removed network");
        }
        for (netuid, uid) in Bonds::<T>::iter_keys() {
            ensure!(uid_kept(netuid, uid), "Bonds of a removed network");
        }
        for (netuid, _) in Uids::<T>::iter_keys() {
            ensure!(
                Self::subnet_exists(netuid) || clearing.contains_key(&netuid),
                "Uids of a removed network"
            );
        }
        let endpoints = Axons::<T>::iter_keys()
            .chain(Prometheus::<T>::iter_keys())
            .chain(WeightCommits::<T>::iter_keys());
        for (netuid, hotkey) in endpoints {
            ensure!(
                Uids::<T>::contains_key(netuid, &hotkey),
                "an endpoint or commit of a hotkey not registered there"
            );
        }
        Ok(())
    }

    /// Each owner's lock hold is the sum of the locks of the subnets it owns.
    pub fn check_locks_held() -> Result<(), TryRuntimeError> {
        let mut per_owner: BTreeMap<T::AccountId, u64> = BTreeMap::new();
        for (netuid, owner) in SubnetOwner::<T>::iter() {
            let sum = per_owner.entry(owner).or_default();
            *sum = sum.saturating_add(SubnetLocked::<T>::get(netuid));
        }
        for netuid in SubnetLocked::<T>::iter_keys() {
            ensure!(
                netuid == NetUid::ROOT || Self::subnet_exists(netuid),
                "SubnetLocked of a removed network"
            );
        }
        let reason: T::RuntimeHoldReason = HoldReason::SubnetLock.into();
        for (owner, locked) in per_owner {
            let held: u64 = T::Currency::balance_on_hold(&reason, &owner).unique_saturated_into();
            ensure!(held == locked, "an owner's lock hold differs from its subnets' locks");
        }
        Ok(())
    }

    /// Every rao assigned from block emission is in exactly one place (minted, pending, loaded,
    /// dust or unpaid), no more was assigned than block emission made available, and the last
    /// block assigned no more than its own block emission.
    pub fn check_emission_accounting() -> Result<(), TryRuntimeError> {
        let totals = EmissionAccounting::<T>::get();
        let pending = PendingEmission::<T>::iter_values()
            .fold(0u128, |sum, rao| sum.saturating_add(u128::from(rao)));
        let loaded = LoadedEmission::<T>::iter_values().fold(0u128, |sum, rewards| {
            rewards.iter().fold(sum, |sum, (_, server, validator)| {
                sum.saturating_add(u128::from(*server)).saturating_add(u128::from(*validator))
            })
        });
        let accounted = totals
            .minted
            .saturating_add(pending)
            .saturating_add(loaded)
            .saturating_add(totals.dust)
            .saturating_add(totals.unpaid);
        ensure!(accounted == totals.assigned, "assigned emission is not all accounted for");
        ensure!(totals.assigned <= totals.available, "more emission assigned than available");
        ensure!(
            totals.last_block_assigned <= totals.last_block_emission,
            "a block assigned more than its block emission"
        );
        for netuid in PendingEmission::<T>::iter_keys() {
            ensure!(Self::subnet_exists(netuid), "PendingEmission of a removed network");
        }
        Ok(())
    }

    /// [`UsedWorkQueue`] holds exactly the indexes [`UsedWorkQueueBounds`] names, each with a
    /// work of [`UsedWork`] and the block [`UsedWork`] records for it, in the order of use; every
    /// used work is in the queue once.
    pub fn check_used_work_queue() -> Result<(), TryRuntimeError> {
        let (first, end) = UsedWorkQueueBounds::<T>::get();
        ensure!(first <= end, "UsedWorkQueueBounds are reversed");
        let mut previous = 0u64;
        for index in first..end {
            let (work, used_at) =
                UsedWorkQueue::<T>::get(index).ok_or("UsedWorkQueue misses an index")?;
            ensure!(UsedWork::<T>::get(work) == Some(used_at), "a queued work is not in UsedWork");
            ensure!(used_at >= previous, "UsedWorkQueue is not in the order of use");
            previous = used_at;
        }
        let queued = UsedWorkQueue::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        let used = UsedWork::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        ensure!(queued == end.saturating_sub(first), "UsedWorkQueue has entries out of bounds");
        ensure!(used == queued, "a used work is not queued");
        Ok(())
    }

    /// [`SwappedHotkeyQueue`] holds exactly the indexes [`SwappedHotkeyQueueBounds`] names,
    /// each with a hotkey of [`SwappedHotkey`], in the order of the swaps; every redirect is
    /// queued once, and none leads to a hotkey swapped later than itself. Only subnets with
    /// loaded rewards have a [`LoadedEmissionSince`].
    pub fn check_swapped_hotkeys() -> Result<(), TryRuntimeError> {
        let (first, end) = SwappedHotkeyQueueBounds::<T>::get();
        ensure!(first <= end, "SwappedHotkeyQueueBounds are reversed");
        let mut previous = 0u64;
        for index in first..end {
            let old =
                SwappedHotkeyQueue::<T>::get(index).ok_or("SwappedHotkeyQueue misses an index")?;
            let (new, swapped_at) =
                SwappedHotkey::<T>::get(&old).ok_or("a queued hotkey has no SwappedHotkey")?;
            ensure!(swapped_at >= previous, "SwappedHotkeyQueue is not in the order of swaps");
            ensure!(
                SwappedHotkey::<T>::get(&new).is_none_or(|(_, next)| next >= swapped_at),
                "a redirect leads to a hotkey swapped before it"
            );
            previous = swapped_at;
        }
        let queued = SwappedHotkeyQueue::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        let redirects = SwappedHotkey::<T>::iter_keys().fold(0u64, |n, _| n.saturating_add(1));
        ensure!(
            queued == end.saturating_sub(first),
            "SwappedHotkeyQueue has entries out of bounds"
        );
        ensure!(redirects == queued, "a redirect is not queued");
        for netuid in LoadedEmissionSince::<T>::iter_keys() {
            ensure!(
                LoadedEmission::<T>::contains_key(netuid),
                "LoadedEmissionSince of a subnet without loaded rewards"
            );
        }
        Ok(())
    }
}
