//! # Neuron stake: each subnet's stake per uid, kept for its epochs
//!
//! An epoch needs the total stake of every uid's hotkey. Reading it from the staking pallet
//! costs one map read per uid (4 096 on the largest subnet, each charged up to 2.5 KB of proof
//! by its worst case), so this pallet keeps a copy, [`NeuronStake`], in chunks of
//! [`STAKE_CHUNK`] uids, and an epoch reads `n / 64` chunks instead.
//!
//! The copy equals the staking pallet's total at all times (checked by `try_state`):
//! - a registration (new uid or replacement) writes the new hotkey's current total;
//! - the staking pallet calls [`OnStakeChanged`] whenever a hotkey's total changes (stake added
//!   or removed, rewards paid, stake returned), and this pallet rewrites the entry on every
//!   subnet the hotkey is registered on;
//! - `swap_hotkey` moves registrations to a hotkey without stake of its own and refreshes its
//!   entries;
//! - removing a subnet removes its chunks (and a stake change writes none for a removed subnet
//!   whose uids are still being cleared).

use crate::{
    weights::WeightInfo, Config, IsNetworkMember, NeuronStake, Pallet, TotalNetworks, Uids,
};
use alloc::vec::Vec;
use finney_support::{NetUid, OnStakeChanged, StakeInfo};
use polkadot_sdk::{
    frame_support::{traits::Get, weights::Weight},
    sp_runtime::traits::SaturatedConversion,
};

/// Uids per [`NeuronStake`] chunk: 512 bytes of stake, so a stake change rewrites little.
pub const STAKE_CHUNK: u16 = 64;

/// The chunk of `uid` and its index in the chunk.
fn chunk_of(uid: u16) -> (u16, usize) {
    (uid / STAKE_CHUNK, usize::from(uid % STAKE_CHUNK))
}

impl<T: Config> Pallet<T> {
    /// The total stake, in rao, of `hotkey` as the staking pallet has it now.
    pub(crate) fn hotkey_stake(hotkey: &T::AccountId) -> u64 {
        T::StakeInfo::total_stake_of_hotkey(hotkey).saturated_into()
    }

    /// Sets the stake of `uid` on `netuid` (a new uid extends its chunk).
    pub(crate) fn set_neuron_stake(netuid: NetUid, uid: u16, stake: u64) {
        let (chunk, index) = chunk_of(uid);
        NeuronStake::<T>::mutate(netuid, chunk, |entries| {
            if entries.len() <= index {
                entries.resize(index.saturating_add(1), 0);
            }
            if let Some(entry) = entries.get_mut(index) {
                *entry = stake;
            }
        });
    }

    /// The stake of the uids `0..n` of `netuid`, in uid order (`n / 64` reads).
    pub fn neuron_stakes(netuid: NetUid, n: u16) -> Vec<u64> {
        let mut stakes = Vec::with_capacity(usize::from(n));
        for chunk in 0..n.div_ceil(STAKE_CHUNK) {
            stakes.extend(NeuronStake::<T>::get(netuid, chunk));
        }
        stakes.resize(usize::from(n), 0);
        stakes
    }

    /// Rewrites the stake of `hotkey` on every subnet it is registered on; returns how many
    /// (removed subnets whose uids are still being cleared included: they have no chunks left,
    /// and none is written for them).
    pub(crate) fn refresh_neuron_stake(hotkey: &T::AccountId) -> u32 {
        let stake = Self::hotkey_stake(hotkey);
        let mut networks = 0u32;
        for netuid in IsNetworkMember::<T>::iter_key_prefix(hotkey) {
            if let Some(uid) = Uids::<T>::get(netuid, hotkey) {
                Self::update_neuron_stake(netuid, uid, stake);
            }
            networks = networks.saturating_add(1);
        }
        networks
    }

    /// Sets the stake of an existing `uid` of `netuid`; does nothing if its chunk does not
    /// exist (the subnet was removed).
    fn update_neuron_stake(netuid: NetUid, uid: u16, stake: u64) {
        let (chunk, index) = chunk_of(uid);
        NeuronStake::<T>::mutate_exists(netuid, chunk, |entries| {
            if let Some(entry) = entries.as_mut().and_then(|entries| entries.get_mut(index)) {
                *entry = stake;
            }
        });
    }
}

impl<T: Config> OnStakeChanged<T::AccountId> for Pallet<T> {
    fn on_stake_changed(hotkey: &T::AccountId) -> Weight {
        T::WeightInfo::stake_changed(Self::refresh_neuron_stake(hotkey))
    }

    /// A hotkey is registered at most once on each network, so on at most [`TotalNetworks`]
    /// (read here).
    fn max_weight() -> Weight {
        T::WeightInfo::stake_changed(u32::from(TotalNetworks::<T>::get()))
            .saturating_add(T::DbWeight::get().reads(1))
    }
}
