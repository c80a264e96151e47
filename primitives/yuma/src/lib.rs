//! # Yuma consensus and Finney's tokenomics
//!
//! Pure, deterministic, `no_std` functions for the protocol math of Finney (the Bittensor
//! protocol as a Polkadot parachain): the pallet loads storage into plain vectors, calls these
//! functions and writes the results back; the `yuma-sim` binary calls the same functions so that
//! anyone can check the chain's arithmetic without a chain.
//!
//! Design: docs/design.md, sections 4.1, 4.2, 4.3, 4.4, 4.5, 5.4 and 5.6.
//!
//! ## Terminology
//! * **uid**: a neuron's index `0..n` on a subnet. Row `i` of the weight and bond matrices is
//!   validator `i`, column `j` is the neuron it scores.
//! * **stake** `s`: each uid's hotkey stake normalised to sum 1.
//! * **validator permit**: the right to have one's weights counted, held by the top
//!   `max_allowed_validators` uids by stake. An epoch uses the permits of the previous epoch and
//!   stores new ones.
//! * **consensus** `C_j`: the stake-weighted median weight of column `j` at the `kappa` point;
//!   weights above it are clipped. **Incentive** (to miners) comes from clipped weights,
//!   **dividends** (to validators) from bonds, an exponential moving average of the stake each
//!   validator put behind each miner.
//!
//! ## Arithmetic rules
//! No floats anywhere. Proportions are `I32F32` from `substrate-fixed`, stake normalisation
//! `I64F64`, rao amounts `I96F32`. Every multiply and divide floors, narrowing floors, a
//! proportion is stored as `floor(x * 65535)`. The exponential and the logarithm are the series of
//! `substrate_fixed::transcendental`, as on the Finney-era chain, so stored values match it bit for
//! bit. No function panics: inconsistent input is a typed error ([`epoch::EpochError`],
//! [`root::RootError`]) or has a documented result.
//!
//! ## Modules
//! * [`epoch`]: one subnet epoch ([`run_epoch`], and the step-by-step reference
//!   [`run_epoch_reference`] it must equal), Finney-era Yuma and Yuma 3 ([`yuma3`]);
//! * [`vector`], [`sparse`], [`median`], [`fixed`]: the building blocks;
//! * [`root`]: the root epoch, each subnet's share of block emission;
//! * [`emission`]: the supply cap and halvings;
//! * [`registration`]: the difficulty and burn controller and the network lock cost;
//! * [`schedule`]: when a subnet's epoch is due, epoch numbers and commit reveal windows.
//!
//! ## Layering
//! A module imports only from the layers below its own, so there is no import cycle:
//!
//! 1. [`fixed`]: conversions and division kernels (only `substrate-fixed`);
//! 2. [`vector`], [`sparse`]: vector and matrix building blocks (on [`fixed`]);
//! 3. [`median`]: the consensus rule (on [`fixed`], [`vector`], [`sparse`]);
//! 4. [`epoch`] (on all of the above; its submodules are layered in turn, see its docs) and
//!    [`root`] (on [`fixed`], [`vector`]);
//!
//! [`emission`], [`registration`] and [`schedule`] stand alone. [`yuma3`] is [`epoch::yuma3`], re-exported.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod emission;
pub mod epoch;
pub mod fixed;
pub mod median;
pub mod registration;
pub mod root;
pub mod schedule;
pub mod sparse;
pub mod vector;

pub use emission::block_emission;
pub use epoch::{
    run_epoch, run_epoch_reference, yuma3, EpochError, EpochInput, EpochOutput, Yuma3Params,
};
pub use root::{root_epoch, RootError, RootInput};
pub use sparse::SparseMatrix;
pub use substrate_fixed::types::{I110F18, I32F32, I64F64, I96F32};
