//! The state types of subnets and neurons, with their own rules, by domain. Tested without
//! storage. Everything is re-exported here, so `crate::types::X` names any of them.
//!
//! - [`endpoints`]: the axon and prometheus endpoints a neuron publishes, and their checks;
//! - [`hyperparams`]: a subnet's hyperparameters and modality, with their defaults;
//! - [`changes`]: a hyperparameter change, who may make it and its bounds;
//! - [`network`]: the network-wide parameters and their defaults;
//! - [`registration`]: the registration defaults and the proof-of-work window;
//! - [`commits`]: weight commits;
//! - [`schedule`]: the epoch schedule (when an epoch is due, epoch numbers, reveal windows);
//! - [`emission`]: the emission bookkeeping.

pub mod changes;
pub mod commits;
pub mod emission;
pub mod endpoints;
pub mod hyperparams;
pub mod network;
pub mod registration;
pub mod schedule;

pub use changes::{
    ChangeLevel, Hyperparameter, HyperparameterError, MAX_BONDS_MOVING_AVERAGE,
    MAX_COMMIT_REVEAL_PERIOD, MAX_EPOCH_WEIGHT_ENTRIES, MAX_TEMPO,
};
pub use commits::{WeightCommit, MAX_UNREVEALED_COMMITS};
pub use emission::{EmissionTotals, RootEpochSkip};
pub use endpoints::{check_endpoint, AxonInfo, EndpointError, PrometheusInfo};
pub use hyperparams::{Modality, SubnetHyperparams};
pub use network::{network_defaults, NetworkParameter};
pub use registration::{
    pow_block_in_window, used_work_expired, DEFAULT_BURN, DEFAULT_DIFFICULTY,
    MAX_USED_WORKS_PRUNED_PER_REGISTRATION, POW_BLOCK_WINDOW,
};
pub use schedule::{epoch_index, epoch_is_due, first_block_of_epoch, reveal_window};

/// One TAO in rao.
pub const TAO: u64 = 1_000_000_000;
