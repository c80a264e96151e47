//! Neuron registration: burned and proof-of-work registration on subnets, root registration,
//! the choice of the neuron to replace in a full subnet, and the difficulty and burn controller
//! (DESIGN 4.2 and 5.4).
//!
//! The used proof-of-work seals ([`UsedWork`], with [`UsedWorkQueue`] and
//! [`UsedWorkQueueBounds`]) are written only here: each registration by proof of work records
//! its work at the end of the queue and prunes expired works from its front.

use crate::{
    types::{
        pow_block_in_window, used_work_expired, SubnetHyperparams,
        MAX_USED_WORKS_PRUNED_PER_REGISTRATION,
    },
    BlockAtRegistration, Burn, BurnRegistrationsThisInterval, Config, Difficulty, Error, Event,
    Keys, LastAdjustmentBlock, Pallet, PowRegistrationsThisInterval, PruningScores,
    RegistrationsThisBlock, RegistrationsThisInterval, RootRegistrationMinStake,
    SubnetHyperparameters, SubnetworkN, UsedWork, UsedWorkQueue, UsedWorkQueueBounds,
};
use codec::Encode;
use finney_support::{HotkeyOwnership, NetUid, StakeInfo};
use polkadot_sdk::{
    frame_support::{
        defensive, ensure,
        traits::{
            fungible::{Inspect, Mutate},
            tokens::{Fortitude, Precision, Preservation},
            Get,
        },
        weights::Weight,
    },
    frame_system::{self, pallet_prelude::BlockNumberFor},
    sp_runtime::{
        traits::{UniqueSaturatedFrom, Zero},
        DispatchError, DispatchResult,
    },
};
use yuma_consensus::registration::{adjust_registration_terms, Controlled, IntervalRegistrations};

/// The kind of a registration, for the interval counters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RegistrationKind {
    ProofOfWork,
    Burned,
    Root,
}

/// The first 32 bytes of the SCALE encoding of a value, zero-padded: an `AccountId32` or
/// `H256` as is.
pub(crate) fn to_32_bytes<V: Encode>(value: &V) -> [u8; 32] {
    let encoded = value.encode();
    let mut out = [0u8; 32];
    for (slot, byte) in out.iter_mut().zip(encoded.iter()) {
        *slot = *byte;
    }
    out
}

impl<T: Config> Pallet<T> {
    /// The guards every subnet registration passes (DESIGN 4.2), in order: not root, subnet
    /// exists, registration allowed (and proof of work, if `pow`), per-block and per-interval
    /// limits, hotkey not yet registered on the subnet, the subnet can hold a neuron, and the
    /// coldkey owns the hotkey if it has an owner. Returns the subnet's hyperparameters.
    fn ensure_can_register(
        netuid: NetUid,
        hotkey: &T::AccountId,
        coldkey: &T::AccountId,
        pow: bool,
    ) -> Result<SubnetHyperparams, DispatchError> {
        ensure!(!netuid.is_root(), Error::<T>::RegistrationNotPermittedOnRootSubnet);
        let params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        ensure!(params.network_registration_allowed, Error::<T>::SubNetRegistrationDisabled);
        if pow {
            ensure!(params.pow_registration_allowed, Error::<T>::SubNetRegistrationDisabled);
        }
        Self::ensure_registration_rate(netuid, &params)?;
        ensure!(!Self::is_registered(netuid, hotkey), Error::<T>::HotKeyAlreadyRegisteredInSubNet);
        ensure!(params.max_allowed_uids > 0, Error::<T>::NoNeuronIdAvailable);
        Self::ensure_owns_hotkey(hotkey, coldkey)?;
        Ok(params)
    }

    /// At most `max_registrations_per_block` per block and `3 * target` per interval.
    fn ensure_registration_rate(netuid: NetUid, params: &SubnetHyperparams) -> DispatchResult {
        ensure!(
            RegistrationsThisBlock::<T>::get(netuid) < params.max_registrations_per_block,
            Error::<T>::TooManyRegistrationsThisBlock
        );
        ensure!(
            RegistrationsThisInterval::<T>::get(netuid)
                < params.target_registrations_per_interval.saturating_mul(3),
            Error::<T>::TooManyRegistrationsThisInterval
        );
        Ok(())
    }

    /// The coldkey owns the hotkey, or the hotkey has no owner yet.
    fn ensure_owns_hotkey(hotkey: &T::AccountId, coldkey: &T::AccountId) -> DispatchResult {
        if let Some(owner) = T::HotkeyOwnership::owner_of(hotkey) {
            ensure!(owner == *coldkey, Error::<T>::NonAssociatedColdkey);
        }
        Ok(())
    }

    /// Records the owner, adds the neuron (appending or replacing), counts the registration and
    /// emits [`Event::NeuronRegistered`]. Returns the uid.
    fn complete_registration(
        netuid: NetUid,
        params: &SubnetHyperparams,
        hotkey: &T::AccountId,
        coldkey: &T::AccountId,
        kind: RegistrationKind,
    ) -> Result<u16, DispatchError> {
        let now = Self::current_block();
        // Decide where the neuron goes before writing anything: a full root network may still
        // refuse the newcomer.
        let replace = if SubnetworkN::<T>::get(netuid) < params.max_allowed_uids {
            None
        } else {
            Some(match kind {
                RegistrationKind::Root => Self::root_member_to_replace(hotkey)?,
                _ => Self::neuron_to_prune(netuid, params, now),
            })
        };
        T::HotkeyOwnership::create_hotkey_account(hotkey, coldkey)
            .map_err(|_| Error::<T>::NonAssociatedColdkey)?;
        let (uid, replaced) = match replace {
            None => (Self::append_neuron(netuid, hotkey, now), None),
            Some(uid) => (uid, Self::replace_neuron(netuid, uid, hotkey, now)),
        };
        RegistrationsThisBlock::<T>::mutate(netuid, |n| *n = n.saturating_add(1));
        RegistrationsThisInterval::<T>::mutate(netuid, |n| *n = n.saturating_add(1));
        match kind {
            RegistrationKind::ProofOfWork => {
                PowRegistrationsThisInterval::<T>::mutate(netuid, |n| *n = n.saturating_add(1))
            }
            RegistrationKind::Burned => {
                BurnRegistrationsThisInterval::<T>::mutate(netuid, |n| *n = n.saturating_add(1))
            }
            RegistrationKind::Root => {}
        }
        Self::deposit_event(Event::NeuronRegistered {
            netuid,
            uid,
            hotkey: hotkey.clone(),
            replaced,
        });
        Ok(uid)
    }

    /// The uid a registration on a full subnet replaces: the lowest pruning score among the
    /// neurons past their immunity period, or among all if every neuron is immune; ties go to
    /// the lowest uid.
    pub fn neuron_to_prune(netuid: NetUid, params: &SubnetHyperparams, now: u64) -> u16 {
        let scores = PruningScores::<T>::get(netuid);
        let registered_at = BlockAtRegistration::<T>::get(netuid);
        let immunity = u64::from(params.immunity_period);
        let mut lowest_mortal: Option<(u16, u16)> = None;
        let mut lowest_any: Option<(u16, u16)> = None;
        for uid in 0..SubnetworkN::<T>::get(netuid) {
            let score = crate::neurons::get_at(&scores, uid);
            let registered = crate::neurons::get_at(&registered_at, uid);
            let immune = now.saturating_sub(registered) < immunity;
            if !immune && lowest_mortal.is_none_or(|(best, _)| score < best) {
                lowest_mortal = Some((score, uid));
            }
            if lowest_any.is_none_or(|(best, _)| score < best) {
                lowest_any = Some((score, uid));
            }
        }
        lowest_mortal.or(lowest_any).map(|(_, uid)| uid).unwrap_or(0)
    }

    /// The root member a newcomer replaces when the root network is full: the member with the
    /// least stake (lowest uid on a tie), if the newcomer's stake is strictly larger.
    fn root_member_to_replace(hotkey: &T::AccountId) -> Result<u16, DispatchError> {
        let mut lowest: Option<(crate::BalanceOf<T>, u16)> = None;
        for uid in 0..SubnetworkN::<T>::get(NetUid::ROOT) {
            let stake = Keys::<T>::get(NetUid::ROOT, uid)
                .map(|member| T::StakeInfo::total_stake_of_hotkey(&member))
                .unwrap_or_else(Zero::zero);
            if lowest.as_ref().is_none_or(|(best, _)| stake < *best) {
                lowest = Some((stake, uid));
            }
        }
        let (lowest_stake, uid) = lowest.ok_or(Error::<T>::NoNeuronIdAvailable)?;
        ensure!(
            T::StakeInfo::total_stake_of_hotkey(hotkey) > lowest_stake,
            Error::<T>::StakeTooLowForRoot
        );
        Ok(uid)
    }

    /// See [`Pallet::burned_register`].
    pub(crate) fn do_burned_register(
        coldkey: T::AccountId,
        netuid: NetUid,
        hotkey: T::AccountId,
    ) -> DispatchResult {
        let params = Self::ensure_can_register(netuid, &hotkey, &coldkey, false)?;
        let burn = Burn::<T>::get(netuid);
        let amount = <crate::BalanceOf<T>>::unique_saturated_from(burn);
        ensure!(
            T::Currency::reducible_balance(&coldkey, Preservation::Preserve, Fortitude::Polite)
                >= amount,
            Error::<T>::NotEnoughBalanceToBurn
        );
        T::Currency::burn_from(
            &coldkey,
            amount,
            Preservation::Preserve,
            Precision::Exact,
            Fortitude::Polite,
        )
        .map_err(|_| Error::<T>::NotEnoughBalanceToBurn)?;
        Self::deposit_event(Event::RegistrationBurned {
            netuid,
            coldkey: coldkey.clone(),
            amount: burn,
        });
        Self::complete_registration(netuid, &params, &hotkey, &coldkey, RegistrationKind::Burned)?;
        Ok(())
    }

    /// See [`Pallet::register`].
    pub(crate) fn do_pow_register(
        netuid: NetUid,
        block_number: u64,
        nonce: u64,
        work: [u8; 32],
        hotkey: T::AccountId,
        coldkey: T::AccountId,
    ) -> DispatchResult {
        let params = Self::ensure_can_register(netuid, &hotkey, &coldkey, true)?;
        let now = Self::current_block();
        // One of the 3 blocks before this one. Not the block being built: its hash is not known
        // yet (it reads as zero), so work "on" it could be computed in advance and would not
        // prove recent work.
        ensure!(pow_block_in_window(block_number, now), Error::<T>::InvalidWorkBlock);
        ensure!(!UsedWork::<T>::contains_key(work), Error::<T>::WorkAlreadyUsed);
        let block_hash = frame_system::BlockHash::<T>::get(
            BlockNumberFor::<T>::unique_saturated_from(block_number),
        );
        let seal = finney_pow::seal(&to_32_bytes(&block_hash), &to_32_bytes(&hotkey), nonce);
        ensure!(seal == work, Error::<T>::InvalidSeal);
        ensure!(
            finney_pow::seal_meets_difficulty(&seal, Difficulty::<T>::get(netuid)),
            Error::<T>::InvalidDifficulty
        );
        Self::prune_used_works(now);
        Self::record_used_work(work, now);
        Self::complete_registration(
            netuid,
            &params,
            &hotkey,
            &coldkey,
            RegistrationKind::ProofOfWork,
        )?;
        Ok(())
    }

    /// Records `work` as used at `now`, in [`UsedWork`] and at the end of [`UsedWorkQueue`].
    fn record_used_work(work: [u8; 32], now: u64) {
        UsedWork::<T>::insert(work, now);
        let (first, end) = UsedWorkQueueBounds::<T>::get();
        UsedWorkQueue::<T>::insert(end, (work, now));
        UsedWorkQueueBounds::<T>::put((first, end.saturating_add(1)));
    }

    /// Forgets up to [`MAX_USED_WORKS_PRUNED_PER_REGISTRATION`] of the oldest used works that
    /// can no longer be submitted at `now` ([`used_work_expired`]). The queue is in the order of
    /// use, so the expired works are at its front.
    fn prune_used_works(now: u64) {
        let (mut first, end) = UsedWorkQueueBounds::<T>::get();
        let mut pruned = 0u32;
        while pruned < MAX_USED_WORKS_PRUNED_PER_REGISTRATION && first < end {
            match UsedWorkQueue::<T>::get(first) {
                Some((_, used_at)) if !used_work_expired(used_at, now) => break,
                Some((work, _)) => {
                    UsedWork::<T>::remove(work);
                }
                None => {
                    defensive!("a used work is missing from the queue");
                }
            }
            UsedWorkQueue::<T>::remove(first);
            first = first.saturating_add(1);
            pruned = pruned.saturating_add(1);
        }
        UsedWorkQueueBounds::<T>::put((first, end));
    }

    /// See [`Pallet::root_register`].
    pub(crate) fn do_root_register(coldkey: T::AccountId, hotkey: T::AccountId) -> DispatchResult {
        let params = SubnetHyperparameters::<T>::get(NetUid::ROOT)
            .ok_or(Error::<T>::RootNetworkDoesNotExist)?;
        Self::ensure_registration_rate(NetUid::ROOT, &params)?;
        ensure!(
            !Self::is_registered(NetUid::ROOT, &hotkey),
            Error::<T>::HotKeyAlreadyRegisteredInSubNet
        );
        ensure!(params.max_allowed_uids > 0, Error::<T>::NoNeuronIdAvailable);
        Self::ensure_owns_hotkey(&hotkey, &coldkey)?;
        let min_stake =
            <crate::BalanceOf<T>>::unique_saturated_from(RootRegistrationMinStake::<T>::get());
        ensure!(
            T::StakeInfo::total_stake_of_hotkey(&hotkey) >= min_stake,
            Error::<T>::StakeBelowRootMinimum
        );
        Self::complete_registration(
            NetUid::ROOT,
            &params,
            &hotkey,
            &coldkey,
            RegistrationKind::Root,
        )?;
        Ok(())
    }

    /// The controller (DESIGN 4.2), run first in every block: for each subnet whose adjustment
    /// interval is over, adapt difficulty and burn to the interval's registrations and reset the
    /// interval counters; for every network, reset the per-block counter.
    pub(crate) fn adjust_registration_terms_for_networks() -> Weight {
        let now = Self::current_block();
        let (mut networks, mut adjusted) = (0u64, 0u64);
        for (netuid, params) in SubnetHyperparameters::<T>::iter() {
            networks = networks.saturating_add(1);
            let last = LastAdjustmentBlock::<T>::get(netuid);
            if now.saturating_sub(last) >= u64::from(params.adjustment_interval) {
                adjusted = adjusted.saturating_add(1);
                let registrations = IntervalRegistrations {
                    total: RegistrationsThisInterval::<T>::take(netuid),
                    pow: PowRegistrationsThisInterval::<T>::take(netuid),
                    burn: BurnRegistrationsThisInterval::<T>::take(netuid),
                    target: params.target_registrations_per_interval,
                };
                LastAdjustmentBlock::<T>::insert(netuid, now);
                if !netuid.is_root() {
                    let (difficulty, burn) = adjust_registration_terms(
                        Controlled {
                            current: Difficulty::<T>::get(netuid),
                            min: params.min_difficulty,
                            max: params.max_difficulty,
                        },
                        Controlled {
                            current: Burn::<T>::get(netuid),
                            min: params.min_burn,
                            max: params.max_burn,
                        },
                        registrations,
                        params.adjustment_alpha,
                    );
                    Difficulty::<T>::insert(netuid, difficulty);
                    Burn::<T>::insert(netuid, burn);
                    Self::deposit_event(Event::RegistrationTermsAdjusted {
                        netuid,
                        difficulty,
                        burn,
                        registrations: registrations.total,
                    });
                }
            }
            RegistrationsThisBlock::<T>::remove(netuid);
        }
        // Per network: the hyperparameters and last adjustment read, the block counter written;
        // per adjusted network: 5 more reads and 7 more writes.
        T::DbWeight::get().reads_writes(
            networks.saturating_mul(2).saturating_add(adjusted.saturating_mul(5)),
            networks.saturating_add(adjusted.saturating_mul(7)),
        )
    }
}
