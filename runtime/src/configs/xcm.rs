//! Cross-consensus messaging (XCM): the queues, the executor and `PolkadotXcm` (DESIGN 7).
//!
//! - **TAO** is this chain's native asset (`Location::here()`); Finney is its only reserve. TAO
//!   leaves by reserve transfer: the other chain holds a derivative backed one-to-one by its
//!   sovereign account here. No teleports, no wrapped token.
//! - **Foreign assets** (the relay token first) live in `ForeignAssets`, a `pallet-assets`
//!   instance keyed by XCM location ([`super::foreign_assets`]). Each asset lists its trusted
//!   reserves in that pallet (the relay token: Asset Hub and the relay chain); a reserve deposit
//!   from any other origin is refused.
//! - **Execution fees** are paid in TAO (the transaction weight-to-fee) or in a foreign asset
//!   that governance has priced (`AssetRate`); both go to the collators' pot.
//! - **Delivery fees** are priced as on the system chains (a base fee plus a fee per byte, scaled
//!   by the queue's congestion factor), charged in TAO and paid into the collators' pot: moving
//!   TAO over XCM never changes total issuance.
//! - **Weights** come from the XCM benchmarks (`crate::weights::xcm`), proof size included.

use crate::{
    configs::{
        foreign_assets::{
            ForeignAssetsFromTheirReserves, ForeignAssetsMatcher, RelayTokenFeeCharger,
        },
        monetary::{FeeDestination, WeightToFee},
        system::RuntimeBlockWeights,
    },
    constants::currency::{MICRO_TAO, RAO},
    AccountId, AllPalletsWithSystem, Balance, Balances, CollatorSelection, ForeignAssets,
    MessageQueue, ParachainInfo, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent,
    RuntimeOrigin, XcmpQueue,
};
use polkadot_sdk::{
    staging_xcm as xcm, staging_xcm_builder as xcm_builder, staging_xcm_executor as xcm_executor, *,
};

use alloc::vec::Vec;
use cumulus_primitives_core::{AggregateMessageOrigin, ParaId};
use frame_support::{
    parameter_types,
    traits::{
        tokens::imbalance::ResolveAssetTo, ConstU32, Contains, Equals, Everything, Get, Nothing,
        TransformOrigin,
    },
    weights::Weight,
};
use pallet_xcm::XcmPassthrough;
use parachains_common::{
    message_queue::{NarrowOriginToSibling, ParaIdToSibling},
    xcm_config::ParentRelayOrSiblingParachains,
};
use polkadot_parachain_primitives::primitives::Sibling;
use polkadot_runtime_common::xcm_sender::ExponentialPrice;
use sp_runtime::Perbill;
use xcm::latest::prelude::*;
use xcm_builder::{
    AccountId32Aliases, AllowExplicitUnpaidExecutionFrom, AllowHrmpNotificationsFromRelayChain,
    AllowKnownQueryResponses, AllowSubscriptionsFrom, AllowTopLevelPaidExecutionFrom,
    DenyRecursively, DenyReserveTransferToRelayChain, DenyThenTry, DescribeAllTerminal,
    DescribeFamily, EnsureXcmOrigin, ExternalConsensusLocationsConverterFor,
    FrameTransactionalProcessor, FungibleAdapter, FungiblesAdapter, HashedDescription, IsConcrete,
    NoChecking, ParentIsPreset, RelayChainAsNative, SendXcmFeeToAccount, SiblingParachainAsNative,
    SiblingParachainConvertsVia, SignedAccountId32AsNative, SignedToAccountId32,
    SovereignSignedViaLocation, TakeWeightCredit, TrailingSetTopicAsId, UsingComponents,
    WeightInfoBounds, WithComputedOrigin, WithUniqueTopic, XcmFeeManagerFromComponents,
};
use xcm_executor::XcmExecutor;

// --- Where Finney is -------------------------------------------------------------------------

/// The relay network Finney runs on (Polkadot, Kusama, or a testnet), set by the chain's genesis
/// preset in `XcmNetwork` (`pallet-subtensor-xcm`): one runtime blob serves every chain.
pub type RelayNetwork = pallet_subtensor_xcm::RelayNetworkOf<Runtime>;

/// This chain in the consensus universe: `[GlobalConsensus(network), Parachain(id)]`.
///
/// Read from storage on every call (two values, both in the block's cache after the first read),
/// like upstream chains read their para id. A chain whose preset names no network (none of the
/// shipped presets) has `[Parachain(id)]`.
pub struct UniversalLocation;
impl Get<InteriorLocation> for UniversalLocation {
    fn get() -> InteriorLocation {
        let para = Parachain(ParachainInfo::parachain_id().into());
        match RelayNetwork::get() {
            Some(network) => [GlobalConsensus(network), para].into(),
            None => [para].into(),
        }
    }
}

parameter_types! {
    /// The relay chain, seen from here.
    pub const RelayLocation: Location = Location::parent();
    /// This chain itself (the origin of root's messages: `pallet_xcm::send` from root).
    pub const RootLocation: Location = Location::here();
    /// TAO, seen from here.
    pub const TaoLocation: Location = Location::here();
    /// TAO as an asset id (delivery fees are priced in it).
    pub const TaoAssetId: AssetId = AssetId(Location::here());
    /// The origin of messages from the relay chain.
    pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
    /// This chain seen from a sibling: foreign-asset ids under it are refused (TAO is `Here`).
    pub SelfFromSibling: Location = Location::new(1, [Parachain(ParachainInfo::parachain_id().into())]);
    /// The account `pallet-xcm` would track teleports in. No transactor here checks teleports
    /// (`NoChecking`), but `FungiblesAdapter` needs the type.
    pub CheckingAccount: AccountId = PolkadotXcm::check_account();
}

/// The collators' pot as a location: delivery fees are deposited there.
pub struct StakingPotLocation;
impl Get<Location> for StakingPotLocation {
    fn get() -> Location {
        let pot: [u8; 32] = CollatorSelection::account_id().into();
        AccountId32 { network: None, id: pot }.into()
    }
}

// --- Accounts --------------------------------------------------------------------------------

/// How a location maps to a local account, as the system chains map them.
pub type LocationToAccountId = (
    // The relay chain maps to the parent account.
    ParentIsPreset<AccountId>,
    // Sibling parachains map to their sovereign accounts (`sibl` + para id).
    SiblingParachainConvertsVia<Sibling, AccountId>,
    // A 32-byte account that names no network, or this chain's relay network, is itself.
    AccountId32Aliases<RelayNetwork, AccountId>,
    // Any other location in this consensus (an account on a sibling, a pallet, a body) maps to
    // the hash of its description: the same account Asset Hub and the other system chains
    // derive for it.
    HashedDescription<AccountId, DescribeFamily<DescribeAllTerminal>>,
    // Locations in other consensus systems (bridged networks, Ethereum).
    ExternalConsensusLocationsConverterFor<UniversalLocation, AccountId>,
);

// --- Assets ----------------------------------------------------------------------------------

/// Moves TAO in and out of accounts for the XCM executor. No teleport accounting: TAO is never
/// teleported (`IsTeleporter = ()`, and the weigher refuses teleport instructions).
pub type TaoTransactor =
    FungibleAdapter<Balances, IsConcrete<TaoLocation>, LocationToAccountId, AccountId, ()>;

/// Moves foreign assets (`ForeignAssets`, keyed by location) for the XCM executor. A reserve
/// deposit reaches it only after `IsReserve` has accepted the origin as the asset's reserve.
pub type ForeignAssetsTransactor = FungiblesAdapter<
    ForeignAssets,
    ForeignAssetsMatcher,
    LocationToAccountId,
    AccountId,
    // Foreign assets are never teleported.
    NoChecking,
    CheckingAccount,
>;

/// Every asset the executor can hold: TAO first (the common case), then foreign assets.
pub type AssetTransactors = (TaoTransactor, ForeignAssetsTransactor);

/// How an incoming XCM origin becomes a local dispatch origin for `Transact`.
pub type XcmOriginToTransactDispatchOrigin = (
    SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
    RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
    SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
    SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
    XcmPassthrough<RuntimeOrigin>,
);

// --- Barrier ---------------------------------------------------------------------------------

parameter_types! {
    /// At most this many instructions in one message (nested ones included).
    pub const MaxInstructions: u32 = 100;
    /// At most this many assets in the holding register.
    pub const MaxAssetsIntoHolding: u32 = 64;
}

/// The relay chain and its executive body may execute without paying.
pub struct ParentOrParentsExecutivePlurality;
impl Contains<Location> for ParentOrParentsExecutivePlurality {
    fn contains(location: &Location) -> bool {
        matches!(location.unpack(), (1, []) | (1, [Plurality { id: BodyId::Executive, .. }]))
    }
}

/// Which messages the executor accepts:
/// - nothing that reserve-transfers to the relay chain, at any depth (the relay chain is no
///   reserve of TAO and would trap it);
/// - answers to queries this chain made;
/// - paid execution from anyone, also after `DescendOrigin`/`UniversalOrigin` (up to 8);
/// - unpaid execution only when the relay chain or its executive body asks for it explicitly;
/// - version subscriptions only from the relay chain and sibling parachains (an account cannot
///   make this chain store a subscription and send it notifications);
/// - HRMP channel notifications from the relay chain.
pub type Barrier = TrailingSetTopicAsId<
    DenyThenTry<
        DenyRecursively<DenyReserveTransferToRelayChain>,
        (
            TakeWeightCredit,
            AllowKnownQueryResponses<PolkadotXcm>,
            WithComputedOrigin<
                (
                    AllowTopLevelPaidExecutionFrom<Everything>,
                    AllowExplicitUnpaidExecutionFrom<ParentOrParentsExecutivePlurality>,
                    AllowSubscriptionsFrom<ParentRelayOrSiblingParachains>,
                    AllowHrmpNotificationsFromRelayChain,
                ),
                UniversalLocation,
                ConstU32<8>,
            >,
        ),
    >,
>;

// --- Fees ------------------------------------------------------------------------------------

parameter_types! {
    /// The flat part of a message's delivery fee: three base extrinsics (300 micro-TAO), as the
    /// system chains charge three cents.
    // The system chains charge `3 * CENTS`; Finney's level is a product decision (DESIGN 7.2).
    pub const BaseDeliveryFee: Balance = 300 * MICRO_TAO;
    /// The per-byte part of a message's delivery fee: the transaction byte fee.
    pub const DeliveryByteFee: Balance = 1_000 * RAO;
}

/// Delivery to the relay chain (UMP): `(base + bytes * byte fee) * factor`, the factor being
/// `ParachainSystem`'s upward-queue congestion factor
/// (`polkadot_runtime_common::xcm_sender::ExponentialPrice` with
/// `cumulus_pallet_parachain_system::Pallet` as its `FeeTracker`).
pub type PriceForParentDelivery =
    ExponentialPrice<TaoAssetId, BaseDeliveryFee, DeliveryByteFee, ParachainSystem>;

/// Delivery to a sibling (XCMP): the same price, scaled by the channel's factor in `XcmpQueue`.
pub type PriceForSiblingDelivery =
    ExponentialPrice<TaoAssetId, BaseDeliveryFee, DeliveryByteFee, XcmpQueue>;

/// Who pays no fees (execution or delivery): this chain itself (root's messages, e.g.
/// governance registering TAO on Asset Hub) and the relay chain.
pub type WaivedLocations = (Equals<RootLocation>, Equals<RelayLocation>);

/// What pays for execution:
/// 1. TAO, at the transaction weight-to-fee; the fee goes to the collators' pot
///    (`xcm_builder::UsingComponents` with `monetary::FeeDestination`).
/// 2. The first foreign asset of the payment that governance has priced in `AssetRate`
///    (`cumulus_primitives_utility::TakeFirstAssetTrader`): the TAO fee converted at that price,
///    at least the asset's minimum balance; paid into the pot's `ForeignAssets` account.
pub type Trader = (
    UsingComponents<WeightToFee, TaoLocation, AccountId, Balances, FeeDestination>,
    cumulus_primitives_utility::TakeFirstAssetTrader<
        AccountId,
        RelayTokenFeeCharger,
        ForeignAssetsMatcher,
        ForeignAssets,
        ResolveAssetTo<pallet_collator_selection::StakingPotAccountId<Runtime>, ForeignAssets>,
    >,
);

/// XCM weights from the benchmarks of `pallet-xcm-benchmarks` (generic and fungible).
pub type Weigher = WeightInfoBounds<
    crate::weights::xcm::FinneyXcmWeight<RuntimeCall>,
    RuntimeCall,
    MaxInstructions,
>;

// --- The executor ----------------------------------------------------------------------------

/// The XCM executor's configuration.
pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
    type RuntimeCall = RuntimeCall;
    type XcmSender = XcmRouter;
    type XcmEventEmitter = PolkadotXcm;
    type AssetTransactor = AssetTransactors;
    type OriginConverter = XcmOriginToTransactDispatchOrigin;
    // A reserve deposit is accepted only for a foreign asset whose `ForeignAssets` reserves list
    // the origin (the relay token: Asset Hub and the relay chain). Nobody is a reserve of TAO but
    // this chain, so a sibling's `ReserveAssetDeposited(TAO)` mints nothing.
    type IsReserve = ForeignAssetsFromTheirReserves;
    type IsTeleporter = ();
    type UniversalLocation = UniversalLocation;
    type Barrier = Barrier;
    type Weigher = Weigher;
    type Trader = Trader;
    type ResponseHandler = PolkadotXcm;
    type AssetTrap = PolkadotXcm;
    type SubscriptionService = PolkadotXcm;
    type PalletInstancesInfo = AllPalletsWithSystem;
    type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
    type AssetLocker = ();
    // No exchange: `XcmPaymentApi::query_delivery_fees` quotes in TAO only.
    type AssetExchanger = ();
    // Delivery fees are deposited into the collators' pot through the asset transactors (a
    // credit resolved into an account: total issuance unchanged).
    type FeeManager = XcmFeeManagerFromComponents<
        WaivedLocations,
        SendXcmFeeToAccount<Self::AssetTransactor, StakingPotLocation>,
    >;
    type MessageExporter = ();
    type UniversalAliases = Nothing;
    type CallDispatcher = RuntimeCall;
    type SafeCallFilter = Everything;
    // No aliasing: `AliasOrigin` is refused. `AliasChildLocation` (XCMv5 origin preservation)
    // is an open decision (DESIGN 7.2).
    type Aliasers = Nothing;
    type TransactionalProcessor = FrameTransactionalProcessor;
    type HrmpNewChannelOpenRequestHandler = ();
    type HrmpChannelAcceptedHandler = ();
    type HrmpChannelClosingHandler = ();
    type XcmRecorder = PolkadotXcm;
}

/// Local signed origins may send XCM as their own account.
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// Routes outgoing messages: UMP to the relay chain, XCMP to siblings, each with its price and
/// the destination's XCM version (`PolkadotXcm` as the version wrapper).
pub type XcmRouter = WithUniqueTopic<
    NoReserveDepositToRelayChain<(
        cumulus_primitives_utility::ParentAsUmp<
            ParachainSystem,
            PolkadotXcm,
            PriceForParentDelivery,
        >,
        XcmpQueue,
    )>,
>;

/// Refuses to send the relay chain a message that announces a reserve deposit
/// (`ReserveAssetDeposited`): only this chain's own asset, TAO, can be deposited in a reserve
/// here, and the relay chain is no holder of TAO; it would trap it.
///
/// A router and not a barrier: for an asset this chain is the reserve of, `pallet-xcm`'s
/// `transfer_assets` executes only `TransferAsset` to the destination's sovereign account
/// locally and then sends `ReserveAssetDeposited` itself, so the barrier's
/// `DenyReserveTransferToRelayChain` never sees it. Refusing in `validate` fails the call,
/// and the local transfer is rolled back with it.
pub struct NoReserveDepositToRelayChain<Inner>(core::marker::PhantomData<Inner>);
impl<Inner: SendXcm> SendXcm for NoReserveDepositToRelayChain<Inner> {
    type Ticket = Inner::Ticket;

    fn validate(
        dest: &mut Option<Location>,
        message: &mut Option<Xcm<()>>,
    ) -> SendResult<Self::Ticket> {
        let to_relay = dest.as_ref().is_some_and(|d| matches!(d.unpack(), (1, [])));
        let deposits = message
            .as_ref()
            .is_some_and(|m| m.0.iter().any(|i| matches!(i, ReserveAssetDeposited(_))));
        if to_relay && deposits {
            return Err(SendError::Transport("the relay chain holds no reserve of TAO"));
        }
        Inner::validate(dest, message)
    }

    fn deliver(ticket: Self::Ticket) -> Result<XcmHash, SendError> {
        Inner::deliver(ticket)
    }

    #[cfg(feature = "runtime-benchmarks")]
    fn ensure_successful_delivery(location: Option<Location>) {
        Inner::ensure_successful_delivery(location)
    }
}

impl<Inner: xcm_builder::InspectMessageQueues> xcm_builder::InspectMessageQueues
    for NoReserveDepositToRelayChain<Inner>
{
    fn clear_messages() {
        Inner::clear_messages()
    }

    fn get_messages() -> Vec<(xcm::VersionedLocation, Vec<xcm::VersionedXcm<()>>)> {
        Inner::get_messages()
    }
}

impl pallet_xcm::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
    type XcmRouter = XcmRouter;
    type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
    // No arbitrary local programs: wallets use `transfer_assets` (and its `_using_type_and_then`).
    type XcmExecuteFilter = Nothing;
    type XcmExecutor = XcmExecutor<XcmConfig>;
    type XcmTeleportFilter = Nothing;
    type XcmReserveTransferFilter = Everything;
    type Weigher = Weigher;
    type UniversalLocation = UniversalLocation;
    type RuntimeOrigin = RuntimeOrigin;
    type RuntimeCall = RuntimeCall;
    const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
    type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
    type Currency = Balances;
    type CurrencyMatcher = ();
    type TrustedLockers = ();
    type SovereignAccountOf = LocationToAccountId;
    type MaxLockers = ConstU32<8>;
    type WeightInfo = crate::weights::pallet_xcm::WeightInfo<Runtime>;
    type AdminOrigin =
        crate::configs::referenda::RootOr<pallet_subtensor_governance::origins::GeneralAdmin>;
    type MaxRemoteLockConsumers = ConstU32<0>;
    type RemoteLockConsumerIdentifier = ();
    type AuthorizedAliasConsideration = ();
}

impl cumulus_pallet_xcm::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type XcmExecutor = XcmExecutor<XcmConfig>;
}

impl cumulus_pallet_xcmp_queue::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type ChannelInfo = ParachainSystem;
    type VersionWrapper = PolkadotXcm;
    // Messages from siblings are queued in the message queue and processed later.
    type XcmpQueue = TransformOrigin<MessageQueue, AggregateMessageOrigin, ParaId, ParaIdToSibling>;
    type MaxInboundSuspended = ConstU32<1_000>;
    type MaxActiveOutboundChannels = ConstU32<128>;
    type MaxPageSize = ConstU32<{ 1 << 16 }>;
    type ControllerOrigin =
        crate::configs::referenda::RootOr<pallet_subtensor_governance::origins::GeneralAdmin>;
    type ControllerOriginConverter = XcmOriginToTransactDispatchOrigin;
    type WeightInfo = cumulus_pallet_xcmp_queue::weights::SubstrateWeight<Runtime>;
    type PriceForSiblingDelivery = PriceForSiblingDelivery;
}

parameter_types! {
    /// The message queue may use 35 % of a block.
    pub MessageQueueServiceWeight: Weight =
        super::system::weight_share(Perbill::from_percent(35), RuntimeBlockWeights::get().max_block);
}

impl pallet_message_queue::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type WeightInfo = pallet_message_queue::weights::SubstrateWeight<Runtime>;
    #[cfg(feature = "runtime-benchmarks")]
    type MessageProcessor = pallet_message_queue::mock_helpers::NoopMessageProcessor<
        cumulus_primitives_core::AggregateMessageOrigin,
    >;
    #[cfg(not(feature = "runtime-benchmarks"))]
    type MessageProcessor =
        xcm_builder::ProcessXcmMessage<AggregateMessageOrigin, XcmExecutor<XcmConfig>, RuntimeCall>;
    type Size = u32;
    // The XCMP queue only handles the `Sibling(ParaId)` origin.
    type QueueChangeHandler = NarrowOriginToSibling<XcmpQueue>;
    type QueuePausedQuery = NarrowOriginToSibling<XcmpQueue>;
    type HeapSize = sp_core::ConstU32<{ 103 * 1024 }>;
    type MaxStale = sp_core::ConstU32<8>;
    type ServiceWeight = MessageQueueServiceWeight;
    type IdleMaxServiceWeight = MessageQueueServiceWeight;
}

impl pallet_subtensor_xcm::Config for Runtime {}
