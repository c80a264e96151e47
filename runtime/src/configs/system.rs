//! The chain's base: block limits, accounts, time and the parachain plumbing.

use crate::{
    constants::consensus::*, AccountId, Aura, Balance, Block, BlockNumber, Hash, MessageQueue,
    Nonce, PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, XcmpQueue,
    VERSION,
};
use polkadot_sdk::{staging_parachain_info as parachain_info, *};

use cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
use cumulus_primitives_core::AggregateMessageOrigin;
use frame_support::{
    derive_impl,
    dispatch::DispatchClass,
    parameter_types,
    traits::{ConstU32, ConstU64},
    weights::{
        constants::{BlockExecutionWeight, ExtrinsicBaseWeight, WEIGHT_REF_TIME_PER_SECOND},
        Weight,
    },
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::{traits::AccountIdLookup, Perbill};
use sp_version::RuntimeVersion;

/// About 5 % of a block's weight goes to `on_initialize`; the rest bounds one extrinsic.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Normal extrinsics may fill 75 % of a block; the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// `part` of `weight`, each dimension rounded down: a share of at most 100 % cannot overflow.
pub fn weight_share(part: Perbill, weight: Weight) -> Weight {
    Weight::from_parts(part.mul_floor(weight.ref_time()), part.mul_floor(weight.proof_size()))
}

/// Two seconds of compute per block, and the relay chain's proof-of-validity size limit.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
    WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
    cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

parameter_types! {
    /// The runtime version, as `frame_system` sees it.
    pub const Version: RuntimeVersion = VERSION;
    /// Blocks whose hashes stay queryable from the runtime.
    pub const BlockHashCount: BlockNumber = 4096;
    /// A block is at most 5 MiB, of which normal extrinsics may use 75 %.
    pub RuntimeBlockLength: BlockLength = BlockLength::builder()
        .max_length(5 * 1024 * 1024)
        .modify_max_length_for_class(DispatchClass::Normal, |m| *m = NORMAL_DISPATCH_RATIO.mul_floor(*m))
        .build();
    /// The weight budget of a block, split between normal and operational extrinsics.
    pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
        .base_block(BlockExecutionWeight::get())
        .for_class(DispatchClass::all(), |weights| {
            weights.base_extrinsic = ExtrinsicBaseWeight::get();
        })
        .for_class(DispatchClass::Normal, |weights| {
            weights.max_total = Some(weight_share(NORMAL_DISPATCH_RATIO, MAXIMUM_BLOCK_WEIGHT));
        })
        .for_class(DispatchClass::Operational, |weights| {
            weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
            // Operational transactions get room even in a full block.
            weights.reserved = Some(
                MAXIMUM_BLOCK_WEIGHT
                    .saturating_sub(weight_share(NORMAL_DISPATCH_RATIO, MAXIMUM_BLOCK_WEIGHT))
            );
        })
        .avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
        .build_or_panic();
    /// The generic Substrate SS58 prefix, as on Bittensor.
    pub const SS58Prefix: u16 = 42;
}

#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]
impl frame_system::Config for Runtime {
    type AccountId = AccountId;
    type Nonce = Nonce;
    type Hash = Hash;
    type Block = Block;
    type Lookup = AccountIdLookup<AccountId, ()>;
    type BlockHashCount = BlockHashCount;
    type BlockWeights = RuntimeBlockWeights;
    type BlockLength = RuntimeBlockLength;
    type Version = Version;
    type AccountData = pallet_balances::AccountData<Balance>;
    type DbWeight = polkadot_sdk::frame_support::weights::constants::RocksDbWeight;
    type BaseCallFilter = crate::configs::governance::NoSenateProposals;
    type SS58Prefix = SS58Prefix;
    type OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;
    type MaxConsumers = ConstU32<16>;
    type SystemWeightInfo = frame_system::weights::SubstrateWeight<Self>;
    type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Self>;
}

impl pallet_timestamp::Config for Runtime {
    /// Milliseconds since the Unix epoch.
    type Moment = u64;
    type OnTimestampSet = Aura;
    /// Aura checks the slot; parachains set no minimum period.
    type MinimumPeriod = ConstU64<0>;
    type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Self>;
}

impl parachain_info::Config for Runtime {}

impl cumulus_pallet_weight_reclaim::Config for Runtime {
    type WeightInfo = ();
}

parameter_types! {
    /// Weight reserved for messages from the relay chain.
    pub const ReservedDmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
    /// Weight reserved for messages from sibling parachains.
    pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
    /// The origin of messages from the relay chain in the message queue.
    pub const RelayOrigin: AggregateMessageOrigin = AggregateMessageOrigin::Parent;
}

/// Aura's check that a collator builds no more blocks than the relay chain can take.
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
    Runtime,
    RELAY_CHAIN_SLOT_DURATION_MILLIS,
    BLOCK_PROCESSING_VELOCITY,
    UNINCLUDED_SEGMENT_CAPACITY,
>;

impl cumulus_pallet_parachain_system::Config for Runtime {
    type WeightInfo = cumulus_pallet_parachain_system::weights::SubstrateWeight<Self>;
    type RuntimeEvent = RuntimeEvent;
    type OnSystemEvent = ();
    type SelfParaId = parachain_info::Pallet<Runtime>;
    type OutboundXcmpMessageSource = XcmpQueue;
    type DmpQueue = frame_support::traits::EnqueueWithOrigin<MessageQueue, RelayOrigin>;
    type ReservedDmpWeight = ReservedDmpWeight;
    type XcmpMessageHandler = XcmpQueue;
    type ReservedXcmpWeight = ReservedXcmpWeight;
    type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
    type ConsensusHook = ConsensusHook;
    type RelayParentOffset = ConstU32<RELAY_PARENT_OFFSET>;
    type SchedulingSignatureVerifier = ();
}
