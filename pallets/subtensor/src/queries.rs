//! What the runtime APIs return (`pallet-subtensor-runtime-api`): subnets with their
//! hyperparameters, the metagraph of a subnet (full and light), one neuron, and the
//! registration costs. Plain SCALE + `TypeInfo` structs, so polkadot-js decodes them from the
//! metadata.

use crate::{
    neurons::{for_each_per_uid_vector, get_at},
    types::SubnetHyperparams,
    Axons, Bonds, Burn, BurnRegistrationsThisInterval, Config, Difficulty, EmissionValues, Keys,
    NetworkRegisteredAt, Pallet, PowRegistrationsThisInterval, Prometheus,
    RegistrationsThisInterval, SubnetHyperparameters, SubnetLocked, SubnetOwner, SubnetworkN,
    Weights,
};
use crate::{AxonInfo, PrometheusInfo};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use finney_support::{HotkeyOwnership, NetUid, StakeInfo};
use polkadot_sdk::sp_runtime::traits::UniqueSaturatedInto;
use scale_info::TypeInfo;

/// A subnet and its hyperparameters.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct SubnetInfo<AccountId> {
    /// The subnet.
    pub netuid: NetUid,
    /// Its owner coldkey (none for the root network).
    pub owner: Option<AccountId>,
    /// Its neuron count.
    pub subnetwork_n: u16,
    /// Its hyperparameters, modality included.
    pub hyperparameters: SubnetHyperparams,
    /// The current burn of a burned registration, in rao.
    pub burn: u64,
    /// The current proof-of-work difficulty.
    pub difficulty: u64,
    /// The block it was registered at.
    pub network_registered_at: u64,
    /// The lock its owner holds, in rao.
    pub locked: u64,
    /// Its emission value (rao per block), from the last root epoch.
    pub emission_value: u64,
}

/// A neuron without its weights and bonds (the light metagraph).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct NeuronInfoLite<AccountId> {
    /// The hotkey.
    pub hotkey: AccountId,
    /// The coldkey that owns the hotkey.
    pub coldkey: Option<AccountId>,
    /// The uid.
    pub uid: u16,
    /// The subnet.
    pub netuid: NetUid,
    /// Active at the last epoch.
    pub active: bool,
    /// The axon, if served.
    pub axon_info: Option<AxonInfo>,
    /// The prometheus endpoint, if served.
    pub prometheus_info: Option<PrometheusInfo>,
    /// The total stake behind the hotkey, in rao.
    pub stake: u64,
    /// Rank (u16 proportion).
    pub rank: u16,
    /// Emission of the last epoch, in rao.
    pub emission: u64,
    /// Incentive (u16 proportion).
    pub incentive: u16,
    /// Consensus (u16 proportion).
    pub consensus: u16,
    /// Trust (u16 proportion).
    pub trust: u16,
    /// Validator trust (u16 proportion).
    pub validator_trust: u16,
    /// Dividends (u16 proportion).
    pub dividends: u16,
    /// The block of the last weights (the registration block before).
    pub last_update: u64,
    /// Holds a validator permit.
    pub validator_permit: bool,
    /// Pruning score.
    pub pruning_score: u16,
    /// The block it registered at.
    pub block_at_registration: u64,
}

/// A neuron with its weights and bonds (the full metagraph).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct NeuronInfo<AccountId> {
    /// Everything of the light view.
    pub neuron: NeuronInfoLite<AccountId>,
    /// The weight row: `(uid, u16 weight)`.
    pub weights: Vec<(u16, u16)>,
    /// The bond row: `(uid, u16 bond)`.
    pub bonds: Vec<(u16, u16)>,
}

/// What registering on a subnet costs now.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RegistrationCost {
    /// The subnet.
    pub netuid: NetUid,
    /// The burn of a burned registration, in rao.
    pub burn: u64,
    /// The proof-of-work difficulty.
    pub difficulty: u64,
    /// Whether registration is open.
    pub network_registration_allowed: bool,
    /// Whether proof-of-work registration is open.
    pub pow_registration_allowed: bool,
    /// Registrations in the current adjustment interval.
    pub registrations_this_interval: u16,
    /// Of which by proof of work.
    pub pow_registrations_this_interval: u16,
    /// Of which burned.
    pub burn_registrations_this_interval: u16,
}

/// Declares [`SubnetVectors`] with a field per per-uid vector.
macro_rules! subnet_vectors {
    ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {
        /// The per-uid vectors of one subnet (`crate::neurons::for_each_per_uid_vector!`), read
        /// once.
        struct SubnetVectors {
            $($field: Vec<$element>,)*
        }

        impl SubnetVectors {
            fn load<T: Config>(netuid: NetUid) -> Self {
                Self { $($field: $crate::$storage::<T>::get(netuid),)* }
            }
        }
    };
}
for_each_per_uid_vector!(subnet_vectors);

impl<T: Config> Pallet<T> {
    /// The subnet `netuid`, if it exists.
    pub fn subnet_info(netuid: NetUid) -> Option<SubnetInfo<T::AccountId>> {
        let hyperparameters = SubnetHyperparameters::<T>::get(netuid)?;
        Some(SubnetInfo {
            netuid,
            owner: SubnetOwner::<T>::get(netuid),
            subnetwork_n: SubnetworkN::<T>::get(netuid),
            hyperparameters,
            burn: Burn::<T>::get(netuid),
            difficulty: Difficulty::<T>::get(netuid),
            network_registered_at: NetworkRegisteredAt::<T>::get(netuid),
            locked: SubnetLocked::<T>::get(netuid),
            emission_value: EmissionValues::<T>::get(netuid),
        })
    }

    /// Every network, the root network included, by ascending netuid.
    pub fn subnets_info() -> Vec<SubnetInfo<T::AccountId>> {
        let mut netuids: Vec<NetUid> = SubnetHyperparameters::<T>::iter_keys().collect();
        netuids.sort_unstable();
        netuids.into_iter().filter_map(Self::subnet_info).collect()
    }

    fn neuron_lite_from(
        netuid: NetUid,
        uid: u16,
        vectors: &SubnetVectors,
    ) -> Option<NeuronInfoLite<T::AccountId>> {
        // The vectors hold exactly the subnet's uids; a removed subnet has none (its uids'
        // entries may not be cleared yet).
        if usize::from(uid) >= vectors.active.len() {
            return None;
        }
        let hotkey = Keys::<T>::get(netuid, uid)?;
        Some(NeuronInfoLite {
            coldkey: T::HotkeyOwnership::owner_of(&hotkey),
            axon_info: Axons::<T>::get(netuid, &hotkey),
            prometheus_info: Prometheus::<T>::get(netuid, &hotkey),
            stake: T::StakeInfo::total_stake_of_hotkey(&hotkey).unique_saturated_into(),
            hotkey,
            uid,
            netuid,
            active: get_at(&vectors.active, uid),
            rank: get_at(&vectors.rank, uid),
            emission: get_at(&vectors.emission, uid),
            incentive: get_at(&vectors.incentive, uid),
            consensus: get_at(&vectors.consensus, uid),
            trust: get_at(&vectors.trust, uid),
            validator_trust: get_at(&vectors.validator_trust, uid),
            dividends: get_at(&vectors.dividends, uid),
            last_update: get_at(&vectors.last_update, uid),
            validator_permit: get_at(&vectors.validator_permit, uid),
            pruning_score: get_at(&vectors.pruning_scores, uid),
            block_at_registration: get_at(&vectors.block_at_registration, uid),
        })
    }

    fn neuron_from(
        netuid: NetUid,
        uid: u16,
        vectors: &SubnetVectors,
    ) -> Option<NeuronInfo<T::AccountId>> {
        Some(NeuronInfo {
            neuron: Self::neuron_lite_from(netuid, uid, vectors)?,
            weights: Weights::<T>::get(netuid, uid),
            bonds: Bonds::<T>::get(netuid, uid),
        })
    }

    /// The light metagraph of `netuid` by uid (empty if the subnet does not exist).
    pub fn neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<T::AccountId>> {
        let vectors = SubnetVectors::load::<T>(netuid);
        (0..SubnetworkN::<T>::get(netuid))
            .filter_map(|uid| Self::neuron_lite_from(netuid, uid, &vectors))
            .collect()
    }

    /// The full metagraph of `netuid` by uid, with weights and bonds.
    pub fn neurons(netuid: NetUid) -> Vec<NeuronInfo<T::AccountId>> {
        let vectors = SubnetVectors::load::<T>(netuid);
        (0..SubnetworkN::<T>::get(netuid))
            .filter_map(|uid| Self::neuron_from(netuid, uid, &vectors))
            .collect()
    }

    /// The neuron `uid` of `netuid`, with weights and bonds.
    pub fn neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<T::AccountId>> {
        Self::neuron_from(netuid, uid, &SubnetVectors::load::<T>(netuid))
    }

    /// The neuron `uid` of `netuid`, without weights and bonds.
    pub fn neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<T::AccountId>> {
        Self::neuron_lite_from(netuid, uid, &SubnetVectors::load::<T>(netuid))
    }

    /// What registering on `netuid` costs now, if the subnet exists.
    pub fn registration_cost(netuid: NetUid) -> Option<RegistrationCost> {
        let params = SubnetHyperparameters::<T>::get(netuid)?;
        Some(RegistrationCost {
            netuid,
            burn: Burn::<T>::get(netuid),
            difficulty: Difficulty::<T>::get(netuid),
            network_registration_allowed: params.network_registration_allowed,
            pow_registration_allowed: params.pow_registration_allowed,
            registrations_this_interval: RegistrationsThisInterval::<T>::get(netuid),
            pow_registrations_this_interval: PowRegistrationsThisInterval::<T>::get(netuid),
            burn_registrations_this_interval: BurnRegistrationsThisInterval::<T>::get(netuid),
        })
    }
}
