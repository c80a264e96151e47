//! # A subnet's epoch: storage in, Yuma consensus, storage out (DESIGN 4.4)
//!
//! All arithmetic is [`yuma_consensus::epoch::run_epoch`]'s. This module only reads a subnet
//! into an [`EpochInput`] and writes back exactly what step 17 stores: the per-uid vectors the
//! epoch writes, listed in `crate::neurons::for_each_per_uid_vector!` ([`Active`],
//! [`ValidatorPermit`], [`Rank`], [`Trust`], [`Consensus`], [`Incentive`], [`Dividends`],
//! [`ValidatorTrust`], [`PruningScores`], [`Emission`]), and [`Bonds`]. Stake comes from
//! [`crate::NeuronStake`], one read per 64 uids. The rewards, per hotkey,
//! go to [`LoadedEmission`] and are paid on the next block; the subnet's [`PendingEmission`] is
//! consumed (its rounding dust is never minted).
//!
//! The Yuma mode (the Finney-era Yuma or Yuma 3) follows the subnet's `yuma3_enabled`.

use crate::{
    neurons::for_each_per_uid_vector, weights::WeightInfo, BlockAtRegistration, Bonds, Config,
    EmissionAccounting, Event, Keys, LastEpochBlock, LastUpdate, LoadedEmission,
    LoadedEmissionSince, Pallet, PendingEmission, SubnetHyperparameters, SubnetHyperparams,
    SubnetworkN, ValidatorPermit, Weights,
};
#[cfg(doc)]
use crate::{
    Active, Consensus, Dividends, Emission, Incentive, PruningScores, Rank, Trust, ValidatorTrust,
};
use alloc::{vec, vec::Vec};
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::{defensive, traits::Get, weights::Weight},
    sp_runtime::traits::SaturatedConversion,
};
use yuma_consensus::epoch::{run_epoch, EpochInput, EpochOutput, Yuma3Params};

/// The Yuma 3 switches of a subnet's hyperparameters.
pub fn yuma3_params(params: &SubnetHyperparams) -> Yuma3Params {
    Yuma3Params {
        enabled: params.yuma3_enabled,
        bonds_penalty: params.bonds_penalty,
        liquid_alpha_enabled: params.liquid_alpha_enabled,
        alpha_low: params.alpha_low,
        alpha_high: params.alpha_high,
        alpha_sigmoid_steepness: params.alpha_sigmoid_steepness,
    }
}

/// Places `(uid, row)` pairs into `n` rows (uids beyond `n` are ignored).
fn rows_by_uid(n: u16, rows: impl Iterator<Item = (u16, Vec<(u16, u16)>)>) -> Vec<Vec<(u16, u16)>> {
    let mut matrix = vec![Vec::new(); usize::from(n)];
    for (uid, row) in rows {
        if let Some(slot) = matrix.get_mut(usize::from(uid)) {
            *slot = row;
        }
    }
    matrix
}

/// The number of `(uid, value)` entries in a sparse matrix.
fn entries(matrix: &[Vec<(u16, u16)>]) -> u32 {
    matrix.iter().fold(0u32, |sum, row| sum.saturating_add(row.len().saturated_into::<u32>()))
}

impl<T: Config> Pallet<T> {
    /// Reads the epoch input of `netuid` at block `now`, distributing `rao_emission`.
    pub fn epoch_input(
        netuid: NetUid,
        params: &SubnetHyperparams,
        now: u64,
        rao_emission: u64,
    ) -> EpochInput {
        let n = SubnetworkN::<T>::get(netuid);
        let validator_permit = ValidatorPermit::<T>::get(netuid);
        // Only rows with a permit count (DESIGN 4.4 step 5 drops the others), so only those are
        // read: at most `max_allowed_validators` rows, whatever other neurons once stored.
        let permitted = validator_permit
            .iter()
            .enumerate()
            .filter(|(_, permit)| **permit)
            .filter_map(|(uid, _)| u16::try_from(uid).ok())
            .map(|uid| (uid, Weights::<T>::get(netuid, uid)));
        let weights = rows_by_uid(n, permitted);
        EpochInput {
            block: now,
            n,
            stake: Self::neuron_stakes(netuid, n),
            last_update: LastUpdate::<T>::get(netuid),
            block_at_registration: BlockAtRegistration::<T>::get(netuid),
            validator_permit,
            weights,
            bonds: rows_by_uid(n, Bonds::<T>::iter_prefix(netuid)),
            kappa: params.kappa,
            bonds_moving_average: params.bonds_moving_average,
            activity_cutoff: u64::from(params.activity_cutoff),
            max_allowed_validators: params.max_allowed_validators,
            rao_emission,
            yuma3: yuma3_params(params),
            last_epoch_block: LastEpochBlock::<T>::get(netuid),
        }
    }

    /// The most an epoch of `netuid` can weigh at its current size: every validator slot
    /// weighting every uid.
    pub fn epoch_weight_upper_bound(netuid: NetUid) -> Weight {
        let n = SubnetworkN::<T>::get(netuid);
        let validators = SubnetHyperparameters::<T>::get(netuid)
            .map_or(n, |params| params.max_allowed_validators.min(n));
        Self::epoch_weight(u32::from(n), u32::from(n).saturating_mul(u32::from(validators)))
    }

    /// The weight of an epoch over `n` neurons with `entries` weight entries: the benchmarked
    /// cost of the neurons ([`WeightInfo::epoch`]) plus what the entries add in
    /// [`WeightInfo::epoch_weights`] (measured on the largest subnet, over its cost without
    /// weights).
    pub fn epoch_weight(n: u32, entries: u32) -> Weight {
        T::WeightInfo::epoch(n).saturating_add(
            T::WeightInfo::epoch_weights(entries).saturating_sub(T::WeightInfo::epoch_weights(0)),
        )
    }

    /// Runs the epoch of `netuid` at block `now` over its pending emission and stores the
    /// results (DESIGN 4.4 step 17); the rewards are paid on the next block. Returns the
    /// weight used, from the benchmark of the epoch at this size and number of weights.
    pub(crate) fn run_epoch(netuid: NetUid, now: u64) -> Weight {
        let Some(params) = SubnetHyperparameters::<T>::get(netuid) else {
            // The subnet was dissolved while its epoch was queued.
            return T::DbWeight::get().reads(1);
        };
        let pending = PendingEmission::<T>::take(netuid);
        let input = Self::epoch_input(netuid, &params, now, pending);
        let weight = Self::epoch_weight(u32::from(input.n), entries(&input.weights));
        LastEpochBlock::<T>::insert(netuid, now);
        match run_epoch(&input) {
            Ok(output) => {
                let distributed = Self::store_epoch(netuid, &input, output);
                let dust = pending.saturating_sub(distributed);
                EmissionAccounting::<T>::mutate(|totals| {
                    totals.dust = totals.dust.saturating_add(u128::from(dust))
                });
                Self::deposit_event(Event::EpochRun {
                    netuid,
                    block: now,
                    emission: pending,
                    distributed,
                });
            }
            Err(_) => {
                // The input is read from consistent storage, so this cannot happen while the
                // invariants hold; keep the emission for the next epoch.
                defensive!("an epoch input read from storage is inconsistent");
                PendingEmission::<T>::insert(netuid, pending);
            }
        }
        weight
    }

    /// Writes an epoch's results and loads its rewards; returns the rao loaded.
    fn store_epoch(netuid: NetUid, input: &EpochInput, output: EpochOutput) -> u64 {
        // The per-uid vectors the epoch writes (`for_each_per_uid_vector!`), each from the
        // output field of its name; the output is taken apart whole, so an output field that
        // is neither stored here nor used below does not compile.
        macro_rules! store_per_uid_outputs {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {{
                let EpochOutput { $($field,)* server_emission, validator_emission, bonds } =
                    output;
                $($crate::$storage::<T>::insert(netuid, $field);)*
                (server_emission, validator_emission, bonds)
            }};
        }
        let (server_emission, validator_emission, bonds) =
            for_each_per_uid_vector!(epoch_outputs: store_per_uid_outputs);
        // Bonds: rewrite only the rows the epoch changed (new permits; lost permits are
        // cleared). A row that is the same as before is left alone.
        for (uid, (new_row, old_row)) in bonds.into_iter().zip(input.bonds.iter()).enumerate() {
            if &new_row == old_row {
                continue;
            }
            let Ok(uid) = u16::try_from(uid) else { break };
            if new_row.is_empty() {
                Bonds::<T>::remove(netuid, uid);
            } else {
                Bonds::<T>::insert(netuid, uid, new_row);
            }
        }
        let mut rewards = Vec::new();
        let mut distributed = 0u64;
        for (uid, (server, validator)) in
            server_emission.iter().zip(validator_emission.iter()).enumerate()
        {
            let amount = server.saturating_add(*validator);
            if amount == 0 {
                continue;
            }
            let Ok(uid) = u16::try_from(uid) else { break };
            if let Some(hotkey) = Keys::<T>::get(netuid, uid) {
                rewards.push((hotkey, *server, *validator));
                distributed = distributed.saturating_add(amount);
            }
        }
        if !rewards.is_empty() {
            // Rewards of an earlier epoch not yet paid (a short tempo and a large subnet) stay
            // ahead of these.
            LoadedEmission::<T>::mutate(netuid, |loaded| {
                if loaded.is_none() {
                    // The oldest loaded rewards of the subnet, for swapped hotkeys
                    // ([`crate::swap`]).
                    LoadedEmissionSince::<T>::insert(netuid, input.block);
                }
                loaded.get_or_insert_with(Vec::new).extend(rewards)
            });
        }
        distributed
    }
}
