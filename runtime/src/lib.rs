//! # Finney runtime
//!
//! The FRAME runtime of Finney, the Bittensor protocol as a Polkadot parachain. It is compiled to
//! Wasm (`WASM_BINARY`) and hosted by `finney-node` or `polkadot-omni-node`.
//!
//! Design: docs/design.md, sections 3, 6 and 7; the wiring and the block: docs/architecture.md.
//!
//! Layout:
//! - this file: the basic types, the runtime version and the pallet list;
//! - [`configs`]: the configuration of every pallet, one module per domain;
//! - [`apis`]: the runtime APIs the node and clients call;
//! - [`genesis_config_presets`]: the named genesis presets (`development`, `local_testnet`,
//!   `finney_kusama`, `finney_polkadot`) that chain specs are built from.
//!
//! The native token is TAO with 9 decimals (1 TAO = 10^9 rao), blocks are 12 seconds apart as on
//! Bittensor, so every block-denominated parameter keeps its Bittensor meaning.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to deeply nested types.
#![recursion_limit = "256"]

// The Wasm blob of this runtime, built by `build.rs`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Before `apis`: it defines the `list_benchmarks!` and `add_benchmarks!` macros `apis` uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod constants;
pub mod genesis_config_presets;
pub mod weights;

use alloc::{borrow::Cow, vec::Vec};
#[allow(unused_imports)] // named by the `runtime` macro's instance syntax below
use frame_support::instances::Instance1;
use polkadot_sdk::{staging_parachain_info as parachain_info, *};
use sp_runtime::{
    generic, impl_opaque_keys,
    traits::{BlakeTwo256, IdentifyAccount, Verify},
    MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use configs::RuntimeBlockWeights;
pub use constants::{currency::*, time::*};
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// A signature: sr25519, ed25519 or ecdsa, as wallets produce them.
pub type Signature = MultiSignature;

/// An account: the 32-byte public key of the signer (`AccountId32`).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// An amount of TAO in rao (10^-9 TAO).
pub type Balance = u128;

/// The number of transactions an account has sent.
pub type Nonce = u32;

/// A block, state or extrinsic hash.
pub type Hash = sp_core::H256;

/// A block number.
pub type BlockNumber = u32;

/// How an account is addressed in calls.
pub type Address = MultiAddress<AccountId, ()>;

/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// A block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;

/// Identifies a block by hash or number.
pub type BlockId = generic::BlockId<Block>;

/// The checks every signed transaction goes through, in order, wrapped in the parachain's
/// storage-proof weight reclaim.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
    Runtime,
    (
        frame_system::CheckNonZeroSender<Runtime>,
        frame_system::CheckSpecVersion<Runtime>,
        frame_system::CheckTxVersion<Runtime>,
        frame_system::CheckGenesis<Runtime>,
        frame_system::CheckEra<Runtime>,
        frame_system::CheckNonce<Runtime>,
        frame_system::CheckWeight<Runtime>,
        pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
        frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
    ),
>;

/// An extrinsic as it is submitted to the chain.
pub type UncheckedExtrinsic =
    generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Storage migrations that run on the next runtime upgrade (none yet; see `migrations.md`).
type Migrations = ();

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
    Runtime,
    Block,
    frame_system::ChainContext<Runtime>,
    Runtime,
    AllPalletsWithSystem,
    Migrations,
>;

/// Types the node uses without knowing the runtime's extrinsic format.
pub mod opaque {
    use super::*;
    pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

    /// An opaque block header.
    pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
    /// An opaque block.
    pub type Block = generic::Block<Header, UncheckedExtrinsic>;
    /// An opaque block identifier.
    pub type BlockId = generic::BlockId<Block>;
    /// An opaque block hash.
    pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
    /// The session keys of a collator: its Aura block-authoring key and its authority-discovery
    /// key.
    pub struct SessionKeys {
        /// The Aura key the collator signs blocks with.
        pub aura: Aura,
        /// The key the collator signs its network addresses with, so that the other collators
        /// find it on the parachain's DHT and announce blocks to it directly.
        pub authority_discovery: AuthorityDiscovery,
    }
}

/// The version of this runtime. Bump `spec_version` whenever the runtime logic changes, and
/// `transaction_version` whenever the encoding of calls or transaction extensions changes.
#[cfg(not(feature = "spec-version-bump"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
    spec_name: Cow::Borrowed("finney"),
    impl_name: Cow::Borrowed("finney"),
    authoring_version: 1,
    spec_version: 100,
    impl_version: 0,
    apis: apis::RUNTIME_API_VERSIONS,
    transaction_version: 1,
    system_version: 1,
};

/// The same runtime with `spec_version + 1`: only built (feature `spec-version-bump`) as the
/// blob the end-to-end runtime-upgrade test uploads. Keep it one above the version above.
#[cfg(feature = "spec-version-bump")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
    spec_name: Cow::Borrowed("finney"),
    impl_name: Cow::Borrowed("finney"),
    authoring_version: 1,
    spec_version: 101,
    impl_version: 0,
    apis: apis::RUNTIME_API_VERSIONS,
    transaction_version: 1,
    system_version: 1,
};

#[frame_support::runtime]
mod runtime {
    #[runtime::runtime]
    #[runtime::derive(
        RuntimeCall,
        RuntimeEvent,
        RuntimeError,
        RuntimeOrigin,
        RuntimeFreezeReason,
        RuntimeHoldReason,
        RuntimeSlashReason,
        RuntimeLockId,
        RuntimeTask,
        RuntimeViewFunction
    )]
    pub struct Runtime;

    // System: 0-9.
    #[runtime::pallet_index(0)]
    pub type System = frame_system;
    #[runtime::pallet_index(1)]
    pub type ParachainSystem = cumulus_pallet_parachain_system;
    #[runtime::pallet_index(2)]
    pub type Timestamp = pallet_timestamp;
    #[runtime::pallet_index(3)]
    pub type ParachainInfo = parachain_info;
    #[runtime::pallet_index(4)]
    pub type WeightReclaim = cumulus_pallet_weight_reclaim;

    // Monetary: 10-14.
    #[runtime::pallet_index(10)]
    pub type Balances = pallet_balances;
    #[runtime::pallet_index(11)]
    pub type TransactionPayment = pallet_transaction_payment;

    // Governance: 15-19, and 60-69 for the pallets it builds on.
    #[runtime::pallet_index(15)]
    pub type Sudo = pallet_sudo;
    #[runtime::pallet_index(16)]
    pub type Governance = pallet_subtensor_governance;
    /// The senate (a collective named `Council` for polkadot-js apps' Council > Motions page).
    #[runtime::pallet_index(17)]
    pub type Council = pallet_collective<Instance1>;
    #[runtime::pallet_index(18)]
    pub type TriumvirateMembers = pallet_membership<Instance1>;

    // Collators: 20-29. The order of these five matters and must not change.
    #[runtime::pallet_index(20)]
    pub type Authorship = pallet_authorship;
    #[runtime::pallet_index(21)]
    pub type CollatorSelection = pallet_collator_selection;
    #[runtime::pallet_index(22)]
    pub type Session = pallet_session;
    #[runtime::pallet_index(23)]
    pub type Aura = pallet_aura;
    #[runtime::pallet_index(24)]
    pub type AuraExt = cumulus_pallet_aura_ext;
    #[runtime::pallet_index(25)]
    pub type AuthorityDiscovery = pallet_authority_discovery;

    // XCM: 30-39.
    #[runtime::pallet_index(30)]
    pub type XcmpQueue = cumulus_pallet_xcmp_queue;
    #[runtime::pallet_index(31)]
    pub type PolkadotXcm = pallet_xcm;
    #[runtime::pallet_index(32)]
    pub type CumulusXcm = cumulus_pallet_xcm;
    #[runtime::pallet_index(33)]
    pub type MessageQueue = pallet_message_queue;
    /// Foreign assets (the relay token first), keyed by XCM location.
    #[runtime::pallet_index(34)]
    pub type ForeignAssets = pallet_assets<Instance1>;
    /// Governance's price of each foreign asset that may pay XCM fees.
    #[runtime::pallet_index(35)]
    pub type AssetRate = pallet_asset_rate;
    /// The relay network Finney runs on (set at genesis).
    #[runtime::pallet_index(36)]
    pub type XcmNetwork = pallet_subtensor_xcm;

    // Accounts: 40-49.
    #[runtime::pallet_index(40)]
    pub type Utility = pallet_utility;
    #[runtime::pallet_index(41)]
    pub type Multisig = pallet_multisig;
    #[runtime::pallet_index(42)]
    pub type Proxy = pallet_proxy;

    // Bittensor: 50-59.
    #[runtime::pallet_index(50)]
    pub type SubtensorModule = pallet_subtensor;
    #[runtime::pallet_index(51)]
    pub type Staking = pallet_subtensor_staking;

    // What governance builds on: 60-69.
    #[runtime::pallet_index(60)]
    pub type Preimage = pallet_preimage;
    #[runtime::pallet_index(61)]
    pub type Scheduler = pallet_scheduler;
    #[runtime::pallet_index(62)]
    pub type Referenda = pallet_referenda;
    #[runtime::pallet_index(63)]
    pub type ConvictionVoting = pallet_conviction_voting;
    #[runtime::pallet_index(64)]
    pub type Whitelist = pallet_whitelist;
}

cumulus_pallet_parachain_system::register_validate_block! {
    Runtime = Runtime,
    BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
