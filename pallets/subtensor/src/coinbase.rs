//! # The block step: emission, the root epoch, subnet epochs and payouts (DESIGN 4.3, 5)
//!
//! On every block, in this order:
//!
//! 1. the registration terms of the subnets whose adjustment interval is over;
//! 2. the root epoch when due: each subnet's share of block emission ([`EmissionValues`]);
//! 3. the payout of what the last epochs computed ([`LoadedEmission`]), through
//!    [`Config::EmissionPayout`] (minted and credited as stake), at most
//!    [`Config::MaxPayoutsPerBlock`] hotkeys per block; a reward loaded for a hotkey swapped
//!    away since is paid to the new hotkey ([`crate::swap`]);
//! 4. emission: the block emission from the halving schedule over the real total issuance is
//!    split by [`EmissionValues`]; each subnet's owner gets its cut minted to its coldkey, the
//!    rest accrues in [`PendingEmission`]; then the subnet epochs that are due run
//!    ([`crate::epoch`]), turning the pending emission into per-neuron rewards for the next
//!    block;
//! 5. the per-uid entries of removed subnets ([`crate::NeuronsToClear`]), at most
//!    [`Config::MaxNeuronsClearedPerBlock`] uids per block.
//!
//! A network's epoch is due when `(now + netuid + 1) % (tempo + 1) == 0`; tempo 0 disables it
//! ([`crate::types::schedule`], the one place that decides it).
//! Pending and loaded emission are not minted until paid, so total issuance grows by exactly
//! the owner cuts and payouts; [`crate::EmissionAccounting`] keeps the books that `try_state` checks.

use crate::{
    types::RootEpochSkip, weights::WeightInfo, Config, EmissionAccounting, EmissionValues,
    EpochQueue, Event, Keys, LoadedEmission, LoadedEmissionSince, Pallet, PendingEmission,
    SubnetHyperparameters, SubnetOwner, SubnetOwnerCut, SubnetworkN, Weights,
};
use alloc::vec::Vec;
use finney_support::{EmissionPayout, NetUid, StakeInfo};
use polkadot_sdk::{
    frame_support::{
        traits::{
            fungible::{Inspect, Mutate},
            Get,
        },
        weights::Weight,
    },
    sp_runtime::{
        helpers_128bit::multiply_by_rational_with_rounding,
        traits::{SaturatedConversion, Zero},
        Rounding,
    },
};
use yuma_consensus::{
    emission::block_emission,
    root::{root_epoch, RootError, RootInput},
};

/// Whether a network's epoch is due: the epoch schedule's ([`crate::types::schedule`]), here
/// too because the block step is where it is used.
pub use crate::types::epoch_is_due;

/// `floor(amount * numerator / denominator)` without overflow (0 if `denominator` is 0).
pub fn mul_div_floor(amount: u64, numerator: u64, denominator: u64) -> u64 {
    if denominator == 0 {
        return 0;
    }
    multiply_by_rational_with_rounding(
        u128::from(amount),
        u128::from(numerator),
        u128::from(denominator),
        Rounding::Down,
    )
    .map(|x| x.saturated_into::<u64>())
    .unwrap_or(0)
}

/// Each subnet's emission this block: its emission value, scaled down proportionally (floored)
/// when the values add up to more than `block_emission` (after a halving, until the next root
/// epoch), so a block never assigns more than its emission.
pub fn scale_to_block_emission(
    values: &[(NetUid, u64)],
    block_emission: u64,
) -> Vec<(NetUid, u64)> {
    let total = values.iter().fold(0u128, |sum, (_, value)| sum.saturating_add(u128::from(*value)));
    if total <= u128::from(block_emission) {
        return values.to_vec();
    }
    values
        .iter()
        .map(|(netuid, value)| {
            let scaled = multiply_by_rational_with_rounding(
                u128::from(*value),
                u128::from(block_emission),
                total,
                Rounding::Down,
            )
            .unwrap_or(0);
            (*netuid, scaled.saturated_into::<u64>())
        })
        .collect()
}

impl<T: Config> Pallet<T> {
    /// One block of the protocol (DESIGN 4.3), called from `on_initialize`. Returns the weight
    /// used.
    pub(crate) fn block_step() -> Weight {
        let now = Self::current_block();
        let mut weight = Self::adjust_registration_terms_for_networks();
        weight.saturating_accrue(Self::run_root_epoch_if_due(now));
        weight.saturating_accrue(Self::pay_out_loaded_emission());
        weight.saturating_accrue(Self::accrue_emission(now));
        weight.saturating_accrue(Self::run_due_epochs(now));
        let cleared = Self::clear_removed_neurons(T::MaxNeuronsClearedPerBlock::get());
        weight.saturating_accrue(T::WeightInfo::clear_removed_neurons(cleared));
        weight
    }

    /// The current total issuance in rao.
    pub fn total_issuance() -> u128 {
        T::Currency::total_issuance().saturated_into::<u128>()
    }

    /// The block emission at the current total issuance (DESIGN 5.6).
    pub fn current_block_emission() -> u64 {
        block_emission(Self::total_issuance())
    }

    /// Runs the root epoch if it is due at `now`: sets [`EmissionValues`] of every subnet from
    /// the root validators' stake and weights (DESIGN 5.4). When it cannot run (no members, no
    /// stake) the values stay and [`Event::RootEpochSkipped`] says why.
    pub(crate) fn run_root_epoch_if_due(now: u64) -> Weight {
        let Some(root) = SubnetHyperparameters::<T>::get(NetUid::ROOT) else {
            return T::DbWeight::get().reads(1);
        };
        if !epoch_is_due(NetUid::ROOT, root.tempo, now) {
            return T::DbWeight::get().reads(1);
        }
        let members = u32::from(SubnetworkN::<T>::get(NetUid::ROOT));
        Self::run_root_epoch(root.rho, root.kappa);
        let after = <T::OnRootEpoch as finney_support::OnRootEpoch>::on_root_epoch();
        T::WeightInfo::root_epoch(members).saturating_add(after)
    }

    /// The root epoch, now: reads the root network into [`RootInput`], runs
    /// [`yuma_consensus::root::root_epoch`] and stores the emission value of every subnet (the
    /// root network's own share is never stored nor minted).
    pub(crate) fn run_root_epoch(rho: u16, kappa: u16) {
        let mut netuids: Vec<u16> =
            SubnetHyperparameters::<T>::iter_keys().map(|netuid| netuid.get()).collect();
        netuids.sort_unstable();
        let n = SubnetworkN::<T>::get(NetUid::ROOT);
        let mut stake = Vec::with_capacity(usize::from(n));
        let mut weights = Vec::with_capacity(usize::from(n));
        for uid in 0..n {
            let member_stake = Keys::<T>::get(NetUid::ROOT, uid)
                .map(|hotkey| T::StakeInfo::total_stake_of_hotkey(&hotkey))
                .unwrap_or_else(Zero::zero);
            stake.push(member_stake.saturated_into::<u64>());
            // Dests are netuids; the root epoch wants positions in `netuids`. A network that no
            // longer exists maps past the end, which the root epoch ignores.
            let row = Weights::<T>::get(NetUid::ROOT, uid)
                .into_iter()
                .map(|(netuid, weight)| {
                    let position = netuids.binary_search(&netuid).unwrap_or(netuids.len());
                    (u16::try_from(position).unwrap_or(u16::MAX), weight)
                })
                .collect::<Vec<_>>();
            weights.push(row);
        }
        let block_emission = Self::current_block_emission();
        let input =
            RootInput { stake, weights, netuids: netuids.clone(), block_emission, rho, kappa };
        match root_epoch(&input) {
            Ok(values) => {
                let mut set = Vec::with_capacity(values.len());
                for (netuid, value) in netuids.into_iter().map(NetUid).zip(values) {
                    if netuid.is_root() {
                        continue;
                    }
                    EmissionValues::<T>::insert(netuid, value);
                    set.push((netuid, value));
                }
                Self::deposit_event(Event::EmissionValuesSet { block_emission, shares: set });
            }
            Err(error) => {
                let reason = match error {
                    RootError::NoValidators => RootEpochSkip::NoValidators,
                    RootError::NoStake => RootEpochSkip::NoStake,
                    RootError::NoNetworks => RootEpochSkip::NoNetworks,
                    RootError::LengthMismatch { .. } => RootEpochSkip::InconsistentState,
                };
                Self::deposit_event(Event::RootEpochSkipped { reason });
            }
        }
    }

    /// Pays the rewards the last epochs loaded ([`LoadedEmission`]) through
    /// [`Config::EmissionPayout`]: minted and credited as stake on the hotkey (DESIGN 5.3), in
    /// uid order; what does not fit stays loaded for the next block.
    ///
    /// A block pays at most [`Config::MaxPayoutsPerBlock`] hotkeys, and no more than the weight
    /// of that many hotkeys that are not delegates and are registered on one network each: a
    /// payout rewrites the hotkey's [`crate::NeuronStake`] entry on every network it is on, so
    /// those count for more; a delegate's payout costs the same whatever its number of
    /// nominators (a stake pool: DESIGN 5.3). The first payout of a block is always made.
    ///
    /// While swaps are recorded ([`crate::SwappedHotkey`]), each payout first looks up where
    /// its hotkey went (charged per redirect read), and the redirects no loaded reward can use
    /// any more are forgotten ([`Pallet::prune_swapped_hotkeys`]).
    pub(crate) fn pay_out_loaded_emission() -> Weight {
        let mut weight = T::DbWeight::get().reads(1);
        let max_payouts = T::MaxPayoutsPerBlock::get();
        if max_payouts == 0 {
            return weight;
        }
        let netuids: Vec<NetUid> = LoadedEmission::<T>::iter_keys().collect();
        // Rewards of hotkeys swapped away since they were loaded go to the new hotkeys
        // ([`crate::swap`]); the hotkeys paid are looked up only while some swap is recorded.
        let redirects = Self::has_swapped_hotkeys();
        if netuids.is_empty() {
            if redirects {
                weight.saturating_accrue(Self::prune_swapped_hotkeys(None));
            }
            return weight;
        }
        let limit = T::WeightInfo::pay_out_emission(max_payouts);
        let mut used = T::WeightInfo::pay_out_emission(0);
        let mut paid = 0u32;
        let mut totals = EmissionAccounting::<T>::get();
        let mut unpaid_from = netuids.len();
        'networks: for (index, netuid) in netuids.iter().copied().enumerate() {
            let Some(rewards) = LoadedEmission::<T>::get(netuid) else { continue };
            weight.saturating_accrue(T::DbWeight::get().reads_writes(1, 2));
            let loaded_since = if redirects {
                weight.saturating_accrue(T::DbWeight::get().reads(1));
                LoadedEmissionSince::<T>::get(netuid)
            } else {
                0
            };
            let mut rewards = rewards.into_iter();
            while let Some((hotkey, server, validator)) = rewards.next() {
                let (payee, lookups) = if redirects {
                    Self::loaded_emission_payee(&hotkey, loaded_since)
                } else {
                    (hotkey.clone(), 0)
                };
                // The benchmark paid hotkeys that are not delegates: what a delegate's payout
                // weighs beyond that (`payout_weight` of a non-delegate is the owner payout
                // plus the read of whether it is a delegate, both measured).
                let measured = T::EmissionPayout::owner_payout_weight()
                    .saturating_add(T::DbWeight::get().reads(1));
                let cost = Self::payout_weight(Self::networks_of(&payee))
                    .saturating_add(
                        T::EmissionPayout::payout_weight(&payee).saturating_sub(measured),
                    )
                    .saturating_add(T::DbWeight::get().reads(u64::from(lookups)));
                if paid > 0 && (paid >= max_payouts || !used.saturating_add(cost).all_lte(limit)) {
                    // Back in front of the rest, for the next block.
                    let rest: Vec<_> =
                        core::iter::once((hotkey, server, validator)).chain(rewards).collect();
                    LoadedEmission::<T>::insert(netuid, rest);
                    unpaid_from = index;
                    break 'networks;
                }
                used.saturating_accrue(cost);
                paid = paid.saturating_add(1);
                Self::pay_out(netuid, payee, server, validator, &mut totals);
            }
            LoadedEmission::<T>::remove(netuid);
            LoadedEmissionSince::<T>::remove(netuid);
        }
        EmissionAccounting::<T>::put(totals);
        if redirects {
            // The oldest block a reward still loaded may come from: the redirects of swaps
            // before it can no longer apply.
            let unpaid = netuids.get(unpaid_from..).unwrap_or_default();
            weight.saturating_accrue(T::DbWeight::get().reads(unpaid.len().saturated_into()));
            let oldest = unpaid.iter().map(LoadedEmissionSince::<T>::get).min();
            weight.saturating_accrue(Self::prune_swapped_hotkeys(oldest));
        }
        weight.saturating_add(used)
    }

    /// The weight of paying one hotkey registered on `networks` networks that is not a
    /// delegate: the benchmarked payout (whose hotkeys are on one network) plus, for each other
    /// network, its membership read and its stake refresh. A delegate adds what
    /// [`finney_support::EmissionPayout::payout_weight`] says its stake pool costs, the same
    /// whatever the number of its nominators.
    pub fn payout_weight(networks: u32) -> Weight {
        let others = networks.saturating_sub(1);
        T::WeightInfo::pay_out_emission(1)
            .saturating_sub(T::WeightInfo::pay_out_emission(0))
            .saturating_add(T::DbWeight::get().reads(u64::from(others)))
            .saturating_add(
                T::WeightInfo::stake_changed(networks)
                    .saturating_sub(T::WeightInfo::stake_changed(1)),
            )
    }

    /// Pays one loaded reward, recording what was minted or could not be paid.
    fn pay_out(
        netuid: NetUid,
        hotkey: T::AccountId,
        server: u64,
        validator: u64,
        totals: &mut crate::types::EmissionTotals,
    ) {
        let amount = server.saturating_add(validator);
        match T::EmissionPayout::pay_out_emission(
            &hotkey,
            server.saturated_into(),
            validator.saturated_into(),
        ) {
            Ok(minted) => {
                let minted = minted.saturated_into::<u64>().min(amount);
                totals.minted = totals.minted.saturating_add(u128::from(minted));
                let unpaid = amount.saturating_sub(minted);
                totals.unpaid = totals.unpaid.saturating_add(u128::from(unpaid));
            }
            Err(_) => {
                totals.unpaid = totals.unpaid.saturating_add(u128::from(amount));
                Self::deposit_event(Event::EmissionUnpaid { netuid, hotkey, amount });
            }
        }
    }

    /// Splits this block's emission between the subnets by [`EmissionValues`] (scaled to the
    /// block emission if needed): each owner's cut ([`SubnetOwnerCut`]) is minted to its
    /// coldkey, the rest accrues in [`PendingEmission`]. A subnet without an owner, or whose
    /// owner cannot receive the cut, accrues all of it.
    pub(crate) fn accrue_emission(now: u64) -> Weight {
        let block_emission = Self::current_block_emission();
        let values: Vec<(NetUid, u64)> = SubnetHyperparameters::<T>::iter_keys()
            .filter(|netuid| !netuid.is_root())
            .map(|netuid| (netuid, EmissionValues::<T>::get(netuid)))
            .collect();
        let subnets = u32::try_from(values.len()).unwrap_or(u32::MAX);
        let owner_cut = u64::from(SubnetOwnerCut::<T>::get());
        let mut assigned = 0u64;
        let mut minted = 0u64;
        for (netuid, emission) in scale_to_block_emission(&values, block_emission) {
            if emission == 0 {
                continue;
            }
            let mut to_pending = emission;
            if let Some(owner) = SubnetOwner::<T>::get(netuid) {
                let cut = mul_div_floor(emission, owner_cut, u64::from(u16::MAX));
                if cut > 0 && T::Currency::mint_into(&owner, cut.saturated_into()).is_ok() {
                    to_pending = emission.saturating_sub(cut);
                    minted = minted.saturating_add(cut);
                    Self::deposit_event(Event::OwnerCutPaid { netuid, owner, amount: cut });
                }
            }
            PendingEmission::<T>::mutate(netuid, |pending| {
                *pending = pending.saturating_add(to_pending)
            });
            assigned = assigned.saturating_add(emission);
        }
        EmissionAccounting::<T>::mutate(|totals| {
            totals.available = totals.available.saturating_add(u128::from(block_emission));
            totals.assigned = totals.assigned.saturating_add(u128::from(assigned));
            totals.minted = totals.minted.saturating_add(u128::from(minted));
            totals.last_block = now;
            totals.last_block_emission = block_emission;
            totals.last_block_assigned = assigned;
        });
        T::WeightInfo::accrue_emission(subnets)
    }

    /// The most the payouts of one block weigh with `networks` networks (see
    /// [`Pallet::pay_out_loaded_emission`]).
    pub fn max_payout_weight(networks: u32) -> Weight {
        // The payouts stop at `pay_out_emission(MaxPayoutsPerBlock)`, except that the first
        // is always paid: a hotkey on every network may pass it by itself.
        T::WeightInfo::pay_out_emission(T::MaxPayoutsPerBlock::get())
            .max(
                Self::payout_weight(networks)
                    .saturating_add(
                        T::DbWeight::get().reads(u64::from(crate::swap::MAX_SWAP_REDIRECT_HOPS)),
                    )
                    .saturating_add(
                        T::EmissionPayout::delegate_payout_weight()
                            .saturating_sub(T::EmissionPayout::owner_payout_weight()),
                    ),
            )
            .saturating_add(T::DbWeight::get().reads(2))
            // Swapped hotkeys: the oldest loaded block of every network, and the pruning.
            .saturating_add(
                T::DbWeight::get()
                    .reads_writes(u64::from(networks).saturating_mul(2), u64::from(networks)),
            )
            .saturating_add(Self::max_prune_swapped_hotkeys_weight())
    }

    /// An upper bound of the block step's weight with `networks` networks (the root network
    /// included) of `uids` neurons, `validators` of which weight every uid, and a full root
    /// network of `root_members`: every network adjusts its registration terms, the root epoch
    /// runs, the most hotkeys a block pays are paid, every subnet accrues, as many of the
    /// largest epochs run as [`Config::MaxEpochWeightPerBlock`] holds (at least one), and the
    /// most uids of removed subnets a block clears are cleared.
    pub fn max_block_step_weight(
        networks: u32,
        uids: u32,
        validators: u32,
        root_members: u32,
    ) -> Weight {
        let subnets = networks.saturating_sub(1).max(1);
        let epoch = Self::epoch_weight(uids, uids.saturating_mul(validators));
        let budget = T::MaxEpochWeightPerBlock::get();
        let fit = |budget: u64, one: u64| budget.checked_div(one).unwrap_or(u64::MAX);
        let epochs = fit(budget.ref_time(), epoch.ref_time())
            .min(fit(budget.proof_size(), epoch.proof_size()))
            .clamp(1, u64::from(subnets));
        let registration = T::DbWeight::get().reads_writes(
            u64::from(networks).saturating_mul(7),
            u64::from(networks).saturating_mul(8),
        );
        registration
            .saturating_add(T::WeightInfo::root_epoch(root_members))
            .saturating_add(Self::max_payout_weight(networks))
            .saturating_add(T::DbWeight::get().reads_writes(u64::from(subnets), u64::from(subnets)))
            .saturating_add(T::WeightInfo::accrue_emission(subnets))
            .saturating_add(T::DbWeight::get().reads_writes(1, 1))
            .saturating_add(epoch.saturating_mul(epochs))
            .saturating_add(T::WeightInfo::clear_removed_neurons(
                T::MaxNeuronsClearedPerBlock::get(),
            ))
    }

    /// Queues the subnets whose epoch is due at `now` ([`EpochQueue`]) and runs queued epochs,
    /// oldest first, while the block's budget ([`Config::MaxEpochWeightPerBlock`]) allows; the
    /// first always runs.
    pub(crate) fn run_due_epochs(now: u64) -> Weight {
        let mut weight = T::DbWeight::get().reads_writes(1, 1);
        let mut queue = EpochQueue::<T>::get();
        for (netuid, params) in SubnetHyperparameters::<T>::iter() {
            if !netuid.is_root()
                && epoch_is_due(netuid, params.tempo, now)
                && !queue.contains(&netuid)
            {
                queue.push(netuid);
            }
        }
        let budget = T::MaxEpochWeightPerBlock::get();
        let mut used = Weight::zero();
        let mut ran = 0usize;
        for netuid in queue.iter() {
            let estimate = Self::epoch_weight_upper_bound(*netuid);
            if ran > 0 && used.saturating_add(estimate).any_gt(budget) {
                break;
            }
            used.saturating_accrue(Self::run_epoch(*netuid, now));
            ran = ran.saturating_add(1);
        }
        queue.drain(..ran.min(queue.len()));
        EpochQueue::<T>::put(queue);
        weight.saturating_accrue(used);
        weight
    }
}
