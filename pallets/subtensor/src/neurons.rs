//! # Neurons: the single write path of the uid maps, and the per-uid vectors
//!
//! Every change to [`Keys`], [`Uids`], [`IsNetworkMember`] and [`SubnetworkN`] goes through
//! this module, and so does every change to which uids the per-uid state holds: appending a
//! uid, replacing one, removing a subnet's. The per-uid state is [`NeuronStake`] and the per-uid
//! vectors, one storage value per subnet each ([`Active`], [`Rank`], [`Trust`], [`Consensus`],
//! [`Incentive`], [`Dividends`], [`Emission`], [`ValidatorTrust`], [`PruningScores`],
//! [`ValidatorPermit`], [`LastUpdate`], [`BlockAtRegistration`]), which are listed once, in
//! `for_each_per_uid_vector!`. So that:
//!
//! - the uids of a subnet are dense: exactly `0..SubnetworkN`, each with a hotkey;
//! - [`Keys`] and [`Uids`] are inverse maps, and [`IsNetworkMember`] mirrors [`Uids`];
//! - every per-uid vector has exactly `SubnetworkN` entries.
//!
//! These hold on every existing subnet. Neurons are appended (a new uid `n`) or replace an
//! existing uid; they are never removed one by one, only all together when their subnet is
//! removed: the per-subnet state at once, the per-uid entries a bounded number per block
//! afterwards ([`NeuronsToClear`]). Until then the hotkeys of a removed subnet still hold
//! their [`Keys`], [`Uids`] and [`IsNetworkMember`] entries there, so whatever looks up a
//! hotkey's networks checks that the network exists.
//!
//! Values are also written in place elsewhere, never changing a length: the epoch
//! ([`crate::epoch`]) stores its outputs in the per-uid vectors, `set_weights` a neuron's
//! [`LastUpdate`], and stake changes its [`NeuronStake`] entry ([`crate::stake`]).

/// Calls the macro `$callback` with the list of the per-uid vectors, the one place they are
/// declared (besides their storage items in `lib.rs`): every use that must name them all
/// (appending, replacing and removing uids here, the epoch's writes, the `try_state` checks, the
/// runtime API's reads) expands from it, so adding a per-uid vector is adding its storage item
/// and one line here.
///
/// Each entry reads `Storage: Element = new, field;`: the storage item (a
/// `StorageMap<_, Identity, NetUid, Vec<Element>, ValueQuery>` of the crate root), the type of
/// one uid's entry, the entry of a new neuron as a `fn(u64) -> Element` of its registration
/// block, and the field's name in [`yuma_consensus::epoch::EpochOutput`] and in the runtime
/// API's reads. The first group is what the epoch writes (from the output field of that name);
/// the second is not written by the epoch.
///
/// `for_each_per_uid_vector!(callback)` passes every entry, and
/// `for_each_per_uid_vector!(epoch_outputs: callback)` only the first group. A callback matches
/// `$($storage:ident: $element:ty = $new:expr, $field:ident;)*`; the storage items are named
/// `$crate::$storage`.
macro_rules! for_each_per_uid_vector {
    ($callback:ident) => {
        $crate::neurons::for_each_per_uid_vector! { @list all $callback }
    };
    (epoch_outputs: $callback:ident) => {
        $crate::neurons::for_each_per_uid_vector! { @list epoch $callback }
    };
    (@list $which:ident $callback:ident) => {
        $crate::neurons::for_each_per_uid_vector! { @select $which $callback
            // Written by the epoch (DESIGN 4.4 step 17).
            [
                Active: bool = |_| true, active;
                Rank: u16 = |_| 0, rank;
                Trust: u16 = |_| 0, trust;
                Consensus: u16 = |_| 0, consensus;
                Incentive: u16 = |_| 0, incentive;
                Dividends: u16 = |_| 0, dividends;
                Emission: u64 = |_| 0, emission;
                ValidatorTrust: u16 = |_| 0, validator_trust;
                PruningScores: u16 = |_| 0, pruning_scores;
                ValidatorPermit: bool = |_| false, validator_permit;
            ]
            // Not written by the epoch.
            [
                LastUpdate: u64 = |block| block, last_update;
                BlockAtRegistration: u64 = |block| block, block_at_registration;
            ]
        }
    };
    (@select all $callback:ident [$($epoch:tt)*] [$($other:tt)*]) => {
        $callback! { $($epoch)* $($other)* }
    };
    (@select epoch $callback:ident [$($epoch:tt)*] [$($other:tt)*]) => {
        $callback! { $($epoch)* }
    };
}
pub(crate) use for_each_per_uid_vector;

#[cfg(doc)]
use crate::{
    Active, BlockAtRegistration, Consensus, Dividends, Emission, Incentive, LastUpdate,
    PruningScores, Rank, Trust, ValidatorPermit, ValidatorTrust,
};
use crate::{
    Axons, Bonds, Config, Event, FormerCommitHotkeys, IsNetworkMember, Keys, NeuronStake,
    NeuronsToClear, Pallet, Prometheus, SubnetworkN, Uids, WeightCommits, Weights,
};
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::defensive, frame_system, sp_runtime::traits::UniqueSaturatedInto,
};

/// Sets `v[index] = value` if the index exists (it always does when the invariants hold).
pub(crate) fn set_at<V>(v: &mut [V], index: u16, value: V) {
    match v.get_mut(usize::from(index)) {
        Some(slot) => *slot = value,
        None => {
            defensive!("a per-uid vector is shorter than the subnet");
        }
    }
}

/// The element at `index`, or the default if the vector is too short.
pub(crate) fn get_at<V: Copy + Default>(v: &[V], index: u16) -> V {
    v.get(usize::from(index)).copied().unwrap_or_default()
}

impl<T: Config> Pallet<T> {
    /// The current block, as the `u64` the neuron state stores.
    pub fn current_block() -> u64 {
        frame_system::Pallet::<T>::block_number().unique_saturated_into()
    }

    /// The number of neurons of `netuid`, as a weight component.
    pub(crate) fn neuron_count(netuid: NetUid) -> u32 {
        u32::from(SubnetworkN::<T>::get(netuid))
    }

    /// The component of the `set_weights` and `reveal_weights` weights: the larger of the
    /// number of weights and the subnet's size (its per-uid vectors are read whole).
    pub(crate) fn weights_size(netuid: NetUid, weights: usize) -> u32 {
        Self::neuron_count(netuid).max(weights.try_into().unwrap_or(u32::MAX))
    }

    /// Whether `hotkey` is registered on `netuid`.
    pub fn is_registered(netuid: NetUid, hotkey: &T::AccountId) -> bool {
        Uids::<T>::contains_key(netuid, hotkey)
    }

    /// Whether `hotkey` is registered on any existing network (the root network included); a
    /// removed subnet whose uids are still being cleared does not count.
    pub fn is_registered_anywhere(hotkey: &T::AccountId) -> bool {
        IsNetworkMember::<T>::iter_key_prefix(hotkey).any(Self::subnet_exists)
    }

    /// The number of networks `hotkey` is registered on (the root network included), counting
    /// removed subnets whose uids are still being cleared: an upper bound, for weights.
    pub(crate) fn networks_of(hotkey: &T::AccountId) -> u32 {
        IsNetworkMember::<T>::iter_key_prefix(hotkey).fold(0u32, |count, _| count.saturating_add(1))
    }

    /// Appends `hotkey` as the new uid `n` of `netuid`, registered at `block`, with the entries
    /// of a new neuron in every per-uid vector (`for_each_per_uid_vector!`): active, with zero
    /// scores, no permit and `last_update = block_at_registration = block`. Returns the uid.
    pub(crate) fn append_neuron(netuid: NetUid, hotkey: &T::AccountId, block: u64) -> u16 {
        let uid = SubnetworkN::<T>::get(netuid);
        Keys::<T>::insert(netuid, uid, hotkey);
        Uids::<T>::insert(netuid, hotkey, uid);
        IsNetworkMember::<T>::insert(hotkey, netuid, ());
        macro_rules! append_new_entries {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                let new: fn(u64) -> $element = $new;
                $crate::$storage::<T>::append(netuid, new(block));
            )*};
        }
        for_each_per_uid_vector!(append_new_entries);
        Self::set_neuron_stake(netuid, uid, Self::hotkey_stake(hotkey));
        SubnetworkN::<T>::insert(netuid, uid.saturating_add(1));
        uid
    }

    /// Replaces the neuron `uid` of `netuid` with `new_hotkey`, registered at `block`, with the
    /// state of a new neuron (its entry in every per-uid vector as [`Pallet::append_neuron`]
    /// gives it); returns the replaced hotkey. The replaced hotkey loses its
    /// endpoints, commits, weights and bonds on this subnet; its stake stays where it is, as on
    /// Bittensor (its stakers unstake when they wish), so replacing costs the same whatever the
    /// number of its stakers.
    pub(crate) fn replace_neuron(
        netuid: NetUid,
        uid: u16,
        new_hotkey: &T::AccountId,
        block: u64,
    ) -> Option<T::AccountId> {
        let old_hotkey = Keys::<T>::get(netuid, uid);
        if let Some(old) = &old_hotkey {
            Uids::<T>::remove(netuid, old);
            IsNetworkMember::<T>::remove(old, netuid);
            Axons::<T>::remove(netuid, old);
            Prometheus::<T>::remove(netuid, old);
            WeightCommits::<T>::remove(netuid, old);
            FormerCommitHotkeys::<T>::remove(netuid, old);
        } else {
            defensive!("replacing a uid without a hotkey");
        }
        Keys::<T>::insert(netuid, uid, new_hotkey);
        Uids::<T>::insert(netuid, new_hotkey, uid);
        IsNetworkMember::<T>::insert(new_hotkey, netuid, ());
        Weights::<T>::remove(netuid, uid);
        Bonds::<T>::remove(netuid, uid);
        macro_rules! reset_entries {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                let new: fn(u64) -> $element = $new;
                $crate::$storage::<T>::mutate(netuid, |v| set_at(v, uid, new(block)));
            )*};
        }
        for_each_per_uid_vector!(reset_entries);
        Self::set_neuron_stake(netuid, uid, Self::hotkey_stake(new_hotkey));
        old_hotkey
    }

    /// Removes the neurons of `netuid` as a subnet: its neuron count, per-uid vectors and
    /// stake chunks go now (a write each, and `n / 64` for the chunks), and its uids are queued
    /// in [`NeuronsToClear`] for the block step to clear their per-uid entries
    /// ([`Pallet::clear_removed_neurons`]). Returns how many neurons there were. Stake is not
    /// touched: the hotkeys keep their owners and stake.
    pub(crate) fn remove_all_neurons(netuid: NetUid) -> u32 {
        let n = SubnetworkN::<T>::take(netuid);
        let _ = NeuronStake::<T>::clear_prefix(netuid, u32::MAX, None);
        macro_rules! remove_vectors {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                $crate::$storage::<T>::remove(netuid);
            )*};
        }
        for_each_per_uid_vector!(remove_vectors);
        if n > 0 {
            NeuronsToClear::<T>::append((netuid, n));
        }
        u32::from(n)
    }

    /// Clears up to `limit` uids of removed subnets ([`NeuronsToClear`]), oldest subnet first
    /// and highest uid first, and emits [`Event::NeuronsCleared`] for each subnet finished.
    /// Returns how many uids were cleared.
    pub(crate) fn clear_removed_neurons(limit: u32) -> u32 {
        let mut queue = NeuronsToClear::<T>::get();
        if queue.is_empty() {
            return 0;
        }
        let mut cleared = 0u32;
        let mut finished = 0usize;
        for (netuid, left) in queue.iter_mut() {
            while *left > 0 && cleared < limit {
                *left = left.saturating_sub(1);
                Self::clear_neuron(*netuid, *left);
                cleared = cleared.saturating_add(1);
            }
            if *left > 0 {
                break;
            }
            finished = finished.saturating_add(1);
            Self::deposit_event(Event::NeuronsCleared { netuid: *netuid });
        }
        queue.drain(..finished.min(queue.len()));
        if queue.is_empty() {
            NeuronsToClear::<T>::kill();
        } else {
            NeuronsToClear::<T>::put(queue);
        }
        cleared
    }

    /// Clears the entries of the uid `uid` of the removed subnet `netuid`: its hotkey maps,
    /// endpoints, commits, weights and bonds (1 read, 8 writes).
    fn clear_neuron(netuid: NetUid, uid: u16) {
        if let Some(hotkey) = Keys::<T>::take(netuid, uid) {
            Uids::<T>::remove(netuid, &hotkey);
            IsNetworkMember::<T>::remove(&hotkey, netuid);
            Axons::<T>::remove(netuid, &hotkey);
            Prometheus::<T>::remove(netuid, &hotkey);
            WeightCommits::<T>::remove(netuid, &hotkey);
            FormerCommitHotkeys::<T>::remove(netuid, &hotkey);
        } else {
            defensive!("a uid left to clear has no hotkey");
        }
        Weights::<T>::remove(netuid, uid);
        Bonds::<T>::remove(netuid, uid);
    }

    /// Moves the registration of `old_hotkey` on `netuid` (uid, endpoints, commits) to
    /// `new_hotkey`, which must not be registered there.
    pub(crate) fn swap_neuron_hotkey(
        netuid: NetUid,
        old_hotkey: &T::AccountId,
        new_hotkey: &T::AccountId,
    ) {
        let Some(uid) = Uids::<T>::take(netuid, old_hotkey) else {
            return;
        };
        Uids::<T>::insert(netuid, new_hotkey, uid);
        Keys::<T>::insert(netuid, uid, new_hotkey);
        IsNetworkMember::<T>::remove(old_hotkey, netuid);
        IsNetworkMember::<T>::insert(new_hotkey, netuid, ());
        if let Some(axon) = Axons::<T>::take(netuid, old_hotkey) {
            Axons::<T>::insert(netuid, new_hotkey, axon);
        }
        if let Some(prometheus) = Prometheus::<T>::take(netuid, old_hotkey) {
            Prometheus::<T>::insert(netuid, new_hotkey, prometheus);
        }
        let commits = WeightCommits::<T>::take(netuid, old_hotkey);
        if !commits.is_empty() {
            WeightCommits::<T>::insert(netuid, new_hotkey, commits);
        }
    }
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
    /// For other pallets' benchmarks: appends `hotkey` (made `coldkey`'s if it has no owner) to
    /// the root network, creating the network if needed and growing its `max_allowed_uids` to
    /// fit. No checks, no stake (give it stake through the staking pallet).
    pub fn benchmark_root_validator(hotkey: &T::AccountId, coldkey: &T::AccountId) {
        use finney_support::HotkeyOwnership as _;
        if !Self::subnet_exists(NetUid::ROOT) {
            Self::init_network(NetUid::ROOT, None, crate::SubnetHyperparams::root(), 0, 0);
        }
        let n = SubnetworkN::<T>::get(NetUid::ROOT);
        crate::SubnetHyperparameters::<T>::mutate(NetUid::ROOT, |params| {
            if let Some(params) = params {
                params.max_allowed_uids = params.max_allowed_uids.max(n.saturating_add(1));
            }
        });
        let _ = T::HotkeyOwnership::create_hotkey_account(hotkey, coldkey);
        Self::append_neuron(NetUid::ROOT, hotkey, 0);
    }
}

impl<T: Config> finney_support::RootValidators<T::AccountId> for Pallet<T> {
    /// The root network's hotkeys, uid 0 up: [`SubnetworkN`] plus one [`Keys`] read per uid.
    fn root_validators() -> alloc::vec::Vec<T::AccountId> {
        let n = SubnetworkN::<T>::get(NetUid::ROOT);
        (0..n).filter_map(|uid| Keys::<T>::get(NetUid::ROOT, uid)).collect()
    }

    /// The root network's `max_allowed_uids` (zero if the root network does not exist).
    fn max_root_validators() -> u32 {
        crate::SubnetHyperparameters::<T>::get(NetUid::ROOT)
            .map_or(0, |params| u32::from(params.max_allowed_uids))
    }
}
