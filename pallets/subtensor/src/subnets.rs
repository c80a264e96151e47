//! Subnets: registering and dissolving networks, the network lock cost and the subnet limit
//! (DESIGN 4.2 and 5.5).

use crate::{
    types::{SubnetHyperparams, DEFAULT_BURN, DEFAULT_DIFFICULTY},
    Burn, BurnRegistrationsThisInterval, Config, Difficulty, EmissionAccounting, EmissionValues,
    EpochQueue, Error, Event, HoldReason, Keys, LastAdjustmentBlock, LastEpochBlock,
    NetworkImmunityPeriod, NetworkLastLockCost, NetworkLastRegistered,
    NetworkLockReductionInterval, NetworkMinLockCost, NetworkRateLimit, NetworkRegisteredAt,
    NeuronsToClear, Pallet, PendingEmission, PowRegistrationsThisInterval, RegistrationsThisBlock,
    RegistrationsThisInterval, SubnetHyperparameters, SubnetLimit, SubnetLocked, SubnetOwner,
    TotalNetworks, Weights,
};
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::{
        defensive, ensure,
        traits::{
            fungible::{Inspect, MutateHold},
            tokens::{Fortitude, Precision, Preservation},
        },
    },
    sp_runtime::{traits::UniqueSaturatedFrom, DispatchError},
};
use yuma_consensus::registration::{network_lock_cost, LockCostInput};

impl<T: Config> Pallet<T> {
    /// Whether the network `netuid` exists.
    pub fn subnet_exists(netuid: NetUid) -> bool {
        SubnetHyperparameters::<T>::contains_key(netuid)
    }

    /// The neurons a [`Pallet::register_network`] would remove now: none while fewer than
    /// [`crate::SubnetLimit`] networks exist (or when every subnet is immune), else those of
    /// the subnet it would prune ([`Pallet::subnet_to_prune`]). A call's weight is computed in
    /// the state it then runs in, so a registration is charged for the subnet it prunes, not
    /// for the largest one.
    pub fn neurons_a_registration_may_prune() -> u16 {
        if crate::TotalNetworks::<T>::get() < crate::SubnetLimit::<T>::get() {
            return 0;
        }
        Self::subnet_to_prune().map_or(0, crate::SubnetworkN::<T>::get)
    }

    /// The lock a network registration costs now, in rao:
    /// `max(min_lock, last_lock * m - (last_lock / reduction_interval) * (now - last_block))`,
    /// `m = 1` before the first registration ever and 2 after.
    pub fn network_lock_cost() -> u64 {
        let last_registered = NetworkLastRegistered::<T>::get();
        network_lock_cost(&LockCostInput {
            last_lock: NetworkLastLockCost::<T>::get(),
            min_lock: NetworkMinLockCost::<T>::get(),
            last_lock_block: last_registered.unwrap_or(0),
            now: Self::current_block(),
            reduction_interval: NetworkLockReductionInterval::<T>::get(),
            first_network: last_registered.is_none(),
        })
    }

    /// Creates the network `netuid` with `params`, an optional owner, the lock it holds and its
    /// registration block.
    pub(crate) fn init_network(
        netuid: NetUid,
        owner: Option<T::AccountId>,
        params: SubnetHyperparams,
        lock: u64,
        block: u64,
    ) {
        SubnetHyperparameters::<T>::insert(netuid, params);
        if let Some(owner) = owner {
            SubnetOwner::<T>::insert(netuid, owner);
        }
        SubnetLocked::<T>::insert(netuid, lock);
        NetworkRegisteredAt::<T>::insert(netuid, block);
        Burn::<T>::insert(netuid, DEFAULT_BURN.clamp(params.min_burn, params.max_burn));
        Difficulty::<T>::insert(
            netuid,
            DEFAULT_DIFFICULTY.clamp(params.min_difficulty, params.max_difficulty),
        );
        LastAdjustmentBlock::<T>::insert(netuid, block);
        TotalNetworks::<T>::mutate(|n| *n = n.saturating_add(1));
    }

    /// Removes the network `netuid` and all its neurons (their per-uid entries are cleared by
    /// the next blocks: [`Pallet::remove_all_neurons`]), returns its lock to its owner and
    /// drops it from the root weights. Returns the number of neurons removed.
    pub(crate) fn remove_network(netuid: NetUid) -> u32 {
        let neurons = Self::remove_all_neurons(netuid);
        SubnetHyperparameters::<T>::remove(netuid);
        let owner = SubnetOwner::<T>::take(netuid);
        let lock = SubnetLocked::<T>::take(netuid);
        let mut returned = 0u64;
        if let Some(owner) = &owner {
            let amount = <crate::BalanceOf<T>>::unique_saturated_from(lock);
            match T::Currency::release(
                &HoldReason::SubnetLock.into(),
                owner,
                amount,
                Precision::BestEffort,
            ) {
                Ok(_) => returned = lock,
                Err(error) => {
                    defensive!(error, "a subnet lock is held, so it can be released");
                }
            }
        }
        NetworkRegisteredAt::<T>::remove(netuid);
        EmissionValues::<T>::remove(netuid);
        // Emission accrued but not yet run through an epoch is forfeited (it was never
        // minted); rewards already loaded are still paid on the next block.
        let forfeited = PendingEmission::<T>::take(netuid);
        if forfeited > 0 {
            EmissionAccounting::<T>::mutate(|totals| {
                totals.unpaid = totals.unpaid.saturating_add(u128::from(forfeited))
            });
        }
        LastEpochBlock::<T>::remove(netuid);
        EpochQueue::<T>::mutate(|queue| queue.retain(|queued| *queued != netuid));
        Burn::<T>::remove(netuid);
        Difficulty::<T>::remove(netuid);
        RegistrationsThisBlock::<T>::remove(netuid);
        RegistrationsThisInterval::<T>::remove(netuid);
        PowRegistrationsThisInterval::<T>::remove(netuid);
        BurnRegistrationsThisInterval::<T>::remove(netuid);
        LastAdjustmentBlock::<T>::remove(netuid);
        TotalNetworks::<T>::mutate(|n| *n = n.saturating_sub(1));
        // Root validators' weights on the removed subnet go with it.
        for uid in Keys::<T>::iter_key_prefix(NetUid::ROOT) {
            Weights::<T>::mutate(NetUid::ROOT, uid, |row| {
                row.retain(|(dest, _)| *dest != netuid.get())
            });
        }
        Self::deposit_event(Event::NetworkRemoved { netuid, owner, returned });
        neurons
    }

    /// The subnet to dissolve when the limit is reached: among subnets past their network
    /// immunity period, the lowest emission value; ties go to the oldest registration, then
    /// the lowest netuid. `None` if every subnet is immune.
    pub fn subnet_to_prune() -> Option<NetUid> {
        let now = Self::current_block();
        let immunity = NetworkImmunityPeriod::<T>::get();
        SubnetHyperparameters::<T>::iter_keys()
            .filter(|netuid| !netuid.is_root())
            .filter(|netuid| now.saturating_sub(NetworkRegisteredAt::<T>::get(netuid)) >= immunity)
            .map(|netuid| {
                (EmissionValues::<T>::get(netuid), NetworkRegisteredAt::<T>::get(netuid), netuid)
            })
            .min()
            .map(|(_, _, netuid)| netuid)
    }

    /// The lowest netuid above 0 that is free: no network uses it and no removed network's
    /// uids are being cleared from it ([`NeuronsToClear`]).
    pub fn next_free_netuid() -> Option<NetUid> {
        let clearing = NeuronsToClear::<T>::get();
        (1..=u16::MAX).map(NetUid).find(|netuid| {
            !Self::subnet_exists(*netuid) && !clearing.iter().any(|(queued, _)| queued == netuid)
        })
    }

    /// See [`Pallet::register_network`]. Returns the neuron count of the subnet pruned to make
    /// room (0 if none).
    pub(crate) fn do_register_network(coldkey: T::AccountId) -> Result<u32, DispatchError> {
        let now = Self::current_block();
        if let Some(last) = NetworkLastRegistered::<T>::get() {
            ensure!(
                now.saturating_sub(last) >= NetworkRateLimit::<T>::get(),
                Error::<T>::NetworkTxRateLimitExceeded
            );
        }
        let lock = Self::network_lock_cost();
        let amount = <crate::BalanceOf<T>>::unique_saturated_from(lock);
        ensure!(
            T::Currency::reducible_balance(&coldkey, Preservation::Preserve, Fortitude::Polite)
                >= amount,
            Error::<T>::NotEnoughBalanceToLockNetwork
        );
        let mut pruned_neurons = 0;
        if TotalNetworks::<T>::get() >= SubnetLimit::<T>::get() {
            let pruned = Self::subnet_to_prune().ok_or(Error::<T>::AllNetworksInImmunity)?;
            pruned_neurons = Self::remove_network(pruned);
        }
        // The pruned netuid is free again only if it had no neurons to clear.
        let netuid = Self::next_free_netuid().ok_or(Error::<T>::NoFreeNetuid)?;
        T::Currency::hold(&HoldReason::SubnetLock.into(), &coldkey, amount)
            .map_err(|_| Error::<T>::NotEnoughBalanceToLockNetwork)?;
        NetworkLastLockCost::<T>::put(lock);
        NetworkLastRegistered::<T>::put(now);
        Self::init_network(netuid, Some(coldkey.clone()), SubnetHyperparams::default(), lock, now);
        Self::deposit_event(Event::NetworkAdded { netuid, owner: coldkey, lock });
        Ok(pruned_neurons)
    }

    /// See [`Pallet::dissolve_network`]. Returns the number of neurons removed.
    pub(crate) fn do_dissolve_network(
        coldkey: T::AccountId,
        netuid: NetUid,
    ) -> Result<u32, DispatchError> {
        ensure!(!netuid.is_root(), Error::<T>::CannotDissolveRootNetwork);
        ensure!(Self::subnet_exists(netuid), Error::<T>::SubNetworkDoesNotExist);
        ensure!(SubnetOwner::<T>::get(netuid) == Some(coldkey), Error::<T>::NotSubnetOwner);
        Ok(Self::remove_network(netuid))
    }
}
