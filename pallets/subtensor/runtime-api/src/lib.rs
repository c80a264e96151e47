//! # Subtensor runtime APIs
//!
//! What clients ask the runtime about subnets and neurons, as typed SCALE structs with
//! `TypeInfo` (so polkadot-js decodes them from the metadata: `api.call.subnetInfoRuntimeApi.*`,
//! `api.call.neuronInfoRuntimeApi.*`, `api.call.subnetRegistrationRuntimeApi.*`). The structs
//! and the functions that build them live in `pallet_subtensor::queries`; a runtime implements
//! each method by calling the pallet function of the same meaning.
//!
//! Design: docs/design.md, section 4.
//!
//! The runtime needs no extra feature beyond `sp-api`; the methods are read-only.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use finney_support::NetUid;
pub use pallet_subtensor::{
    NeuronInfo, NeuronInfoLite, RegistrationCost, SubnetHyperparams, SubnetInfo,
};

polkadot_sdk::sp_api::decl_runtime_apis! {
    /// Subnets and their hyperparameters.
    pub trait SubnetInfoRuntimeApi<AccountId> where AccountId: Codec {
        /// The subnet `netuid` with its owner, size, hyperparameters and registration terms.
        fn get_subnet_info(netuid: NetUid) -> Option<SubnetInfo<AccountId>>;
        /// Every network, the root network included, by ascending netuid.
        fn get_subnets_info() -> Vec<SubnetInfo<AccountId>>;
        /// The hyperparameters of `netuid`.
        fn get_subnet_hyperparams(netuid: NetUid) -> Option<SubnetHyperparams>;
    }

    /// The metagraph: the neurons of a subnet.
    pub trait NeuronInfoRuntimeApi<AccountId> where AccountId: Codec {
        /// Every neuron of `netuid` by uid, with weights and bonds.
        fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo<AccountId>>;
        /// Every neuron of `netuid` by uid, without weights and bonds.
        fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<AccountId>>;
        /// The neuron `uid` of `netuid`, with weights and bonds.
        fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<AccountId>>;
        /// The neuron `uid` of `netuid`, without weights and bonds.
        fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<AccountId>>;
    }

    /// What registering costs.
    pub trait SubnetRegistrationRuntimeApi {
        /// The burn and difficulty of registering a neuron on `netuid`.
        fn get_registration_cost(netuid: NetUid) -> Option<RegistrationCost>;
        /// The lock a network registration costs now, in rao.
        fn get_network_registration_cost() -> u64;
    }
}
