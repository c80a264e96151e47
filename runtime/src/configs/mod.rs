//! The configuration of every pallet in the runtime, one module per domain.
//!
//! | module         | pallets |
//! |----------------|---------|
//! | [`system`]     | System, ParachainSystem, Timestamp, ParachainInfo, WeightReclaim |
//! | [`monetary`]   | Balances, TransactionPayment |
//! | [`collators`]  | Authorship, CollatorSelection, Session, Aura, AuraExt |
//! | [`xcm`]        | XcmpQueue, PolkadotXcm, CumulusXcm, MessageQueue, XcmNetwork and the XCM executor |
//! | [`foreign_assets`] | ForeignAssets, AssetRate |
//! | [`accounts`]   | Utility, Multisig, Proxy |
//! | [`governance`] | Sudo, Governance, Council (the senate), TriumvirateMembers, Preimage, Scheduler |
//! | [`referenda`]  | Referenda, ConvictionVoting, Whitelist (and the tracks) |
//! | [`staking`]    | Staking |
//! | [`subtensor`]  | SubtensorModule |

pub mod accounts;
pub mod collators;
pub mod foreign_assets;
pub mod governance;
pub mod monetary;
pub mod referenda;
pub mod staking;
pub mod subtensor;
pub mod system;
pub mod xcm;
#[cfg(feature = "runtime-benchmarks")]
pub mod xcm_benchmarks;

pub use system::RuntimeBlockWeights;
