//! The runtime APIs: what the node (`finney-node` or `polkadot-omni-node`) and clients such as
//! polkadot-js call into the runtime for.
//!
//! Node: `Core`, `Metadata`, `BlockBuilder`, `TaggedTransactionQueue`, `OffchainWorkerApi`,
//! `SessionKeys`, `AuraApi`, `AuraUnincludedSegmentApi`, `AuthorityDiscoveryApi` (the collators'
//! discovery of each other), `CollectCollationInfo`,
//! `GetParachainInfo`, `RelayParentOffsetApi`, `SchedulingV3EnabledApi`, `GenesisBuilder`, and
//! `TryRuntime` behind its feature. Clients: `AccountNonceApi`,
//! `TransactionPaymentApi`, `TransactionPaymentCallApi`, the XCM APIs wallets use before a
//! transfer (`XcmPaymentApi`, `DryRunApi`, `LocationToAccountApi`, `TrustedQueryApi`), and
//! Finney's own `StakingApi`
//! (`api.call.stakingApi.*` in polkadot-js), `SubnetInfoRuntimeApi`, `NeuronInfoRuntimeApi` (the
//! metagraph) and `SubnetRegistrationRuntimeApi`. `Benchmark` behind the `runtime-benchmarks`
//! feature, for `finney-node benchmark pallet`.

use crate::{
    configs::{
        system::ConsensusHook,
        xcm::{LocationToAccountId, XcmConfig, XcmRouter},
    },
    constants::{
        consensus::{RELAY_CHAIN_SLOT_DURATION_MILLIS, RELAY_PARENT_OFFSET},
        time::SLOT_DURATION,
    },
    AccountId, Aura, AuraId, AuthorityDiscovery, Balance, Block, Executive, ForeignAssets,
    InherentDataExt, Nonce, OriginCaller, ParachainInfo, ParachainSystem, PolkadotXcm, Runtime,
    RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, SessionKeys, Staking, SubtensorModule, System,
    TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use pallet_subtensor_runtime_api::{
    NetUid, NeuronInfo, NeuronInfoLite, RegistrationCost, SubnetHyperparams, SubnetInfo,
};
use pallet_subtensor_staking_runtime_api::DelegateInfo;
use polkadot_sdk::{staging_xcm as xcm, staging_xcm_executor as xcm_executor, *};

use cumulus_primitives_core::VerifySchedulingSignature;
use frame_support::{
    genesis_builder_helper::{build_state, get_preset},
    weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
    traits::Block as BlockT,
    transaction_validity::{TransactionSource, TransactionValidity},
    ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;
use xcm::{
    latest::{AssetId, Location},
    Version as XcmVersion, VersionedAsset, VersionedAssetId, VersionedAssets, VersionedLocation,
    VersionedXcm,
};
use xcm_runtime_apis::{
    dry_run::{CallDryRunEffects, Error as XcmDryRunApiError, XcmDryRunEffects},
    fees::Error as XcmPaymentApiError,
};

impl_runtime_apis! {
    impl sp_api::Core<Block> for Runtime {
        fn version() -> RuntimeVersion {
            VERSION
        }

        fn execute_block(block: <Block as BlockT>::LazyBlock) {
            Executive::execute_block(block)
        }

        fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
            Executive::initialize_block(header)
        }
    }

    impl sp_api::Metadata<Block> for Runtime {
        fn metadata() -> OpaqueMetadata {
            OpaqueMetadata::new(Runtime::metadata().into())
        }

        fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
            Runtime::metadata_at_version(version)
        }

        fn metadata_versions() -> Vec<u32> {
            Runtime::metadata_versions()
        }
    }

    impl sp_block_builder::BlockBuilder<Block> for Runtime {
        fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
            Executive::apply_extrinsic(extrinsic)
        }

        fn finalize_block() -> <Block as BlockT>::Header {
            Executive::finalize_block()
        }

        fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
            data.create_extrinsics()
        }

        fn check_inherents(
            block: <Block as BlockT>::LazyBlock,
            data: sp_inherents::InherentData,
        ) -> sp_inherents::CheckInherentsResult {
            data.check_extrinsics(&block)
        }
    }

    impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
        fn validate_transaction(
            source: TransactionSource,
            tx: <Block as BlockT>::Extrinsic,
            block_hash: <Block as BlockT>::Hash,
        ) -> TransactionValidity {
            Executive::validate_transaction(source, tx, block_hash)
        }
    }

    impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
        fn offchain_worker(header: &<Block as BlockT>::Header) {
            Executive::offchain_worker(header)
        }
    }

    impl sp_session::SessionKeys<Block> for Runtime {
        fn generate_session_keys(
            owner: Vec<u8>,
            seed: Option<Vec<u8>>,
        ) -> sp_session::OpaqueGeneratedSessionKeys {
            SessionKeys::generate(&owner, seed).into()
        }

        fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
            SessionKeys::decode_into_raw_public_keys(&encoded)
        }
    }

    impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
        fn slot_duration() -> sp_consensus_aura::SlotDuration {
            sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
        }

        fn authorities() -> Vec<AuraId> {
            pallet_aura::Authorities::<Runtime>::get().into_inner()
        }
    }

    impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
        fn can_build_upon(
            included_hash: <Block as BlockT>::Hash,
            slot: cumulus_primitives_aura::Slot,
        ) -> bool {
            // `slot` is the relay chain's. A block is built only in an Aura slot after the
            // parent's: one block per 12-second slot, whatever the relay chain's block time.
            let relay_slot_ms = u64::from(RELAY_CHAIN_SLOT_DURATION_MILLIS);
            let para_slot =
                (*slot).saturating_mul(relay_slot_ms).checked_div(SLOT_DURATION).unwrap_or_default();
            para_slot > *pallet_aura::CurrentSlot::<Runtime>::get()
                && ConsensusHook::can_build_upon(included_hash, slot)
        }
    }

    impl sp_authority_discovery::AuthorityDiscoveryApi<Block> for Runtime {
        fn authorities() -> Vec<sp_authority_discovery::AuthorityId> {
            // In authoring order, as the node's collator discovery expects (not the sorted
            // union with the next session's keys that `authorities()` returns).
            AuthorityDiscovery::current_authorities().to_vec()
        }
    }

    impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
        fn collect_collation_info(
            header: &<Block as BlockT>::Header,
        ) -> cumulus_primitives_core::CollationInfo {
            ParachainSystem::collect_collation_info(header)
        }
    }

    impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
        fn parachain_id() -> cumulus_primitives_core::ParaId {
            ParachainInfo::parachain_id()
        }
    }

    impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
        fn relay_parent_offset() -> u32 {
            RELAY_PARENT_OFFSET
        }

        fn max_claim_queue_offset() -> u8 {
            cumulus_pallet_parachain_system::Pallet::<Runtime>::max_claim_queue_offset()
        }
    }

    impl cumulus_primitives_core::SchedulingV3EnabledApi<Block> for Runtime {
        fn scheduling_v3_enabled() -> bool {
            <Runtime as cumulus_pallet_parachain_system::Config>::SchedulingSignatureVerifier::V3_SCHEDULING_ENABLED
        }
    }

    impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
        fn account_nonce(account: AccountId) -> Nonce {
            System::account_nonce(account)
        }
    }

    impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
        fn query_info(
            uxt: <Block as BlockT>::Extrinsic,
            len: u32,
        ) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
            TransactionPayment::query_info(uxt, len)
        }

        fn query_fee_details(
            uxt: <Block as BlockT>::Extrinsic,
            len: u32,
        ) -> pallet_transaction_payment::FeeDetails<Balance> {
            TransactionPayment::query_fee_details(uxt, len)
        }

        fn query_weight_to_fee(weight: Weight) -> Balance {
            TransactionPayment::weight_to_fee(weight)
        }

        fn query_length_to_fee(length: u32) -> Balance {
            TransactionPayment::length_to_fee(length)
        }
    }

    impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
        for Runtime
    {
        fn query_call_info(
            call: RuntimeCall,
            len: u32,
        ) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
            TransactionPayment::query_call_info(call, len)
        }

        fn query_call_fee_details(
            call: RuntimeCall,
            len: u32,
        ) -> pallet_transaction_payment::FeeDetails<Balance> {
            TransactionPayment::query_call_fee_details(call, len)
        }

        fn query_weight_to_fee(weight: Weight) -> Balance {
            TransactionPayment::weight_to_fee(weight)
        }

        fn query_length_to_fee(length: u32) -> Balance {
            TransactionPayment::length_to_fee(length)
        }
    }

    // --- XCM: what wallets and other chains ask before and about a transfer (DESIGN 7) ---
    // `pallet_xcm::Pallet` implements each answer; these only say which types of this runtime
    // it uses.

    impl xcm_runtime_apis::fees::XcmPaymentApi<Block> for Runtime {
        fn query_acceptable_payment_assets(xcm_version: xcm::Version) -> Result<Vec<VersionedAssetId>, XcmPaymentApiError> {
            // TAO, and every foreign asset governance has priced (`AssetRate`) that exists in
            // `ForeignAssets`.
            let mut acceptable = alloc::vec![AssetId(Location::here())];
            acceptable.extend(
                pallet_asset_rate::ConversionRateToNative::<Runtime>::iter_keys()
                    .filter(|id| {
                        <ForeignAssets as frame_support::traits::fungibles::Inspect<AccountId>>::asset_exists(id.clone())
                    })
                    .map(AssetId),
            );
            PolkadotXcm::query_acceptable_payment_assets(xcm_version, acceptable)
        }

        fn query_weight_to_asset_fee(weight: Weight, asset: VersionedAssetId) -> Result<u128, XcmPaymentApiError> {
            // The executor's own traders quote: what a `BuyExecution` of this weight takes.
            type Trader = <XcmConfig as xcm_executor::Config>::Trader;
            PolkadotXcm::query_weight_to_asset_fee::<Trader>(weight, asset)
        }

        fn query_xcm_weight(message: VersionedXcm<()>) -> Result<Weight, XcmPaymentApiError> {
            PolkadotXcm::query_xcm_weight(message)
        }

        fn query_delivery_fees(
            destination: VersionedLocation,
            message: VersionedXcm<()>,
            asset_id: VersionedAssetId,
        ) -> Result<VersionedAssets, XcmPaymentApiError> {
            // Delivery is priced in TAO; `AssetExchanger = ()`, so other assets are not quoted.
            type AssetExchanger = <XcmConfig as xcm_executor::Config>::AssetExchanger;
            PolkadotXcm::query_delivery_fees::<AssetExchanger>(destination, message, asset_id)
        }
    }

    impl xcm_runtime_apis::dry_run::DryRunApi<Block, RuntimeCall, RuntimeEvent, OriginCaller> for Runtime {
        fn dry_run_call(
            origin: OriginCaller,
            call: RuntimeCall,
            result_xcms_version: XcmVersion,
        ) -> Result<CallDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
            PolkadotXcm::dry_run_call::<Runtime, XcmRouter, OriginCaller, RuntimeCall>(origin, call, result_xcms_version)
        }

        fn dry_run_xcm(
            origin_location: VersionedLocation,
            xcm: VersionedXcm<RuntimeCall>,
        ) -> Result<XcmDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
            PolkadotXcm::dry_run_xcm::<XcmRouter>(origin_location, xcm)
        }
    }

    impl xcm_runtime_apis::conversions::LocationToAccountApi<Block, AccountId> for Runtime {
        fn convert_location(location: VersionedLocation) -> Result<AccountId, xcm_runtime_apis::conversions::Error> {
            xcm_runtime_apis::conversions::LocationToAccountHelper::<AccountId, LocationToAccountId>::convert_location(location)
        }
    }

    impl xcm_runtime_apis::trusted_query::TrustedQueryApi<Block> for Runtime {
        fn is_trusted_reserve(asset: VersionedAsset, location: VersionedLocation) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
            PolkadotXcm::is_trusted_reserve(asset, location)
        }

        fn is_trusted_teleporter(asset: VersionedAsset, location: VersionedLocation) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
            PolkadotXcm::is_trusted_teleporter(asset, location)
        }
    }

    impl pallet_subtensor_staking_runtime_api::StakingApi<Block, AccountId, Balance> for Runtime {
        fn stakes_of_coldkey(coldkey: AccountId) -> Vec<(AccountId, Balance)> {
            Staking::stakes_of_coldkey(&coldkey)
        }

        fn stake(hotkey: AccountId, coldkey: AccountId) -> Balance {
            Staking::stake(&hotkey, &coldkey)
        }

        fn delegate_info(hotkey: AccountId) -> Option<DelegateInfo<AccountId, Balance>> {
            Staking::delegate_info(&hotkey)
        }

        fn delegates() -> Vec<DelegateInfo<AccountId, Balance>> {
            Staking::delegates()
        }

        fn total_hotkey_stake(hotkey: AccountId) -> Balance {
            Staking::total_hotkey_stake(&hotkey)
        }

        fn hotkey_owner(hotkey: AccountId) -> Option<AccountId> {
            Staking::hotkey_owner(&hotkey)
        }
    }

    impl pallet_subtensor_runtime_api::SubnetInfoRuntimeApi<Block, AccountId> for Runtime {
        fn get_subnet_info(netuid: NetUid) -> Option<SubnetInfo<AccountId>> {
            SubtensorModule::subnet_info(netuid)
        }

        fn get_subnets_info() -> Vec<SubnetInfo<AccountId>> {
            SubtensorModule::subnets_info()
        }

        fn get_subnet_hyperparams(netuid: NetUid) -> Option<SubnetHyperparams> {
            SubtensorModule::subnet_info(netuid).map(|subnet| subnet.hyperparameters)
        }
    }

    impl pallet_subtensor_runtime_api::NeuronInfoRuntimeApi<Block, AccountId> for Runtime {
        fn get_neurons(netuid: NetUid) -> Vec<NeuronInfo<AccountId>> {
            SubtensorModule::neurons(netuid)
        }

        fn get_neurons_lite(netuid: NetUid) -> Vec<NeuronInfoLite<AccountId>> {
            SubtensorModule::neurons_lite(netuid)
        }

        fn get_neuron(netuid: NetUid, uid: u16) -> Option<NeuronInfo<AccountId>> {
            SubtensorModule::neuron(netuid, uid)
        }

        fn get_neuron_lite(netuid: NetUid, uid: u16) -> Option<NeuronInfoLite<AccountId>> {
            SubtensorModule::neuron_lite(netuid, uid)
        }
    }

    impl pallet_subtensor_runtime_api::SubnetRegistrationRuntimeApi<Block> for Runtime {
        fn get_registration_cost(netuid: NetUid) -> Option<RegistrationCost> {
            SubtensorModule::registration_cost(netuid)
        }

        fn get_network_registration_cost() -> u64 {
            SubtensorModule::network_lock_cost()
        }
    }

    #[cfg(feature = "runtime-benchmarks")]
    impl frame_benchmarking::Benchmark<Block> for Runtime {
        fn benchmark_metadata(extra: bool) -> (
            Vec<frame_benchmarking::BenchmarkList>,
            Vec<frame_support::traits::StorageInfo>,
        ) {
            use frame_benchmarking::BenchmarkList;
            use frame_support::traits::StorageInfoTrait;
            use frame_system_benchmarking::Pallet as SystemBench;
            use pallet_xcm::benchmarking::Pallet as PalletXcmExtrinsicsBenchmark;
            use crate::{
                Balances, ConvictionVoting, Governance, Multisig, Proxy, Staking, SubtensorModule, Sudo,
                Timestamp, Utility,
            };
            type XcmFungible = pallet_xcm_benchmarks::fungible::Pallet<Runtime>;
            type XcmGeneric = pallet_xcm_benchmarks::generic::Pallet<Runtime>;

            let mut list = Vec::<BenchmarkList>::new();
            list_benchmarks!(list, extra);
            let storage_info = crate::AllPalletsWithSystem::storage_info();
            (list, storage_info)
        }

        #[allow(non_local_definitions)]
        fn dispatch_benchmark(
            config: frame_benchmarking::BenchmarkConfig,
        ) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
            use frame_benchmarking::{BenchmarkBatch, BenchmarkError};
            use frame_support::traits::WhitelistedStorageKeys;
            use frame_system_benchmarking::Pallet as SystemBench;
            use sp_storage::TrackedStorageKey;
            use pallet_xcm::benchmarking::Pallet as PalletXcmExtrinsicsBenchmark;
            use crate::{
                Balances, ConvictionVoting, Governance, Multisig, Proxy, Staking, SubtensorModule, Sudo,
                Timestamp, Utility,
            };
            // The configuration traits of these three are implemented in
            // `configs::xcm_benchmarks`.
            type XcmFungible = pallet_xcm_benchmarks::fungible::Pallet<Runtime>;
            type XcmGeneric = pallet_xcm_benchmarks::generic::Pallet<Runtime>;

            impl frame_system_benchmarking::Config for Runtime {
                fn setup_set_code_requirements(code: &Vec<u8>) -> Result<(), BenchmarkError> {
                    ParachainSystem::initialize_for_set_code_benchmark(code.len() as u32);
                    Ok(())
                }

                fn verify_set_code() {
                    System::assert_last_event(
                        cumulus_pallet_parachain_system::Event::<Runtime>::ValidationFunctionStored.into(),
                    );
                }
            }

            let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();
            let mut batches = Vec::<BenchmarkBatch>::new();
            let params = (&config, &whitelist);
            add_benchmarks!(params, batches);
            Ok(batches)
        }
    }

    impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
        fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
            build_state::<RuntimeGenesisConfig>(config)
        }

        fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
            get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
        }

        fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
            crate::genesis_config_presets::preset_names()
        }
    }

    #[cfg(feature = "try-runtime")]
    impl frame_try_runtime::TryRuntime<Block> for Runtime {
        fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
            let weight = Executive::try_runtime_upgrade(checks).unwrap_or_else(|error| {
                log::error!(target: "runtime", "try-runtime upgrade failed: {error:?}");
                Weight::MAX
            });
            (weight, crate::RuntimeBlockWeights::get().max_block)
        }

        fn execute_block(
            block: <Block as BlockT>::LazyBlock,
            state_root_check: bool,
            signature_check: bool,
            select: frame_try_runtime::TryStateSelect,
        ) -> Weight {
            Executive::try_execute_block(block, state_root_check, signature_check, select)
                .unwrap_or_else(|error| {
                    log::error!(target: "runtime", "try-runtime execute_block failed: {error:?}");
                    Weight::MAX
                })
        }
    }
}
