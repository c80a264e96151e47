//! The weight of each XCM instruction on Finney, from the benchmarks of `pallet-xcm-benchmarks`
//! (`pallet_xcm_benchmarks::generic` and `::fungible`, generated into the two files beside this
//! one by `scripts/benchmark.sh` with `scripts/templates/xcm-weights.hbs`).
//!
//! The executor's weigher (`xcm_builder::WeightInfoBounds`) adds up these weights, proof size
//! included. An instruction Finney does not support weighs `Weight::MAX`, so a message that
//! contains one is refused before it runs: teleports (nothing is teleported to or from Finney),
//! asset exchange, locks, exporting, universal origins, aliasing and HRMP notifications handled
//! by the executor.

mod pallet_xcm_benchmarks_fungible;
mod pallet_xcm_benchmarks_generic;

use crate::{configs::xcm::MaxAssetsIntoHolding, Runtime};
use alloc::vec::Vec;
use pallet_xcm_benchmarks_fungible::WeightInfo as Fungible;
use pallet_xcm_benchmarks_generic::WeightInfo as Generic;
use polkadot_sdk::{frame_support::weights::Weight, sp_runtime::BoundedVec, staging_xcm as xcm};
use xcm::{
    latest::{prelude::*, AssetTransferFilter},
    DoubleEncoded,
};

/// The most assets a wildcard can stand for: the holding register's limit, twice over (the
/// executor may briefly hold twice `MaxAssetsIntoHolding`).
fn max_assets() -> u64 {
    u64::from(MaxAssetsIntoHolding::get()).saturating_mul(2)
}

/// `per_asset` times the number of assets a filter can select.
fn per_filtered_asset(filter: &AssetFilter, per_asset: Weight) -> Weight {
    let count = match filter {
        AssetFilter::Definite(assets) => assets.len() as u64,
        AssetFilter::Wild(All) => max_assets(),
        AssetFilter::Wild(AllOf { fun: WildFungible, .. }) => 1,
        AssetFilter::Wild(AllOf { fun: WildNonFungible, .. }) => max_assets(),
        AssetFilter::Wild(AllCounted(count)) | AssetFilter::Wild(AllOfCounted { count, .. }) => {
            u64::from(*count).clamp(1, max_assets())
        }
    };
    per_asset.saturating_mul(count)
}

/// `per_asset` times the number of assets.
fn per_asset(assets: &Assets, per_asset: Weight) -> Weight {
    per_asset.saturating_mul(assets.len() as u64)
}

/// Finney's `XcmWeightInfo`: benchmarked weights per instruction.
pub struct FinneyXcmWeight<Call>(core::marker::PhantomData<Call>);

impl<Call> XcmWeightInfo<Call> for FinneyXcmWeight<Call> {
    // --- Assets in and out (fungible benchmarks) ---
    fn withdraw_asset(assets: &Assets) -> Weight {
        per_asset(assets, Fungible::<Runtime>::withdraw_asset())
    }
    fn reserve_asset_deposited(assets: &Assets) -> Weight {
        per_asset(assets, Fungible::<Runtime>::reserve_asset_deposited())
    }
    fn receive_teleported_asset(_assets: &Assets) -> Weight {
        // No teleports.
        Weight::MAX
    }
    fn transfer_asset(assets: &Assets, _beneficiary: &Location) -> Weight {
        per_asset(assets, Fungible::<Runtime>::transfer_asset())
    }
    fn transfer_reserve_asset(assets: &Assets, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
        per_asset(assets, Fungible::<Runtime>::transfer_reserve_asset())
    }
    fn deposit_asset(assets: &AssetFilter, _beneficiary: &Location) -> Weight {
        per_filtered_asset(assets, Fungible::<Runtime>::deposit_asset())
    }
    fn deposit_reserve_asset(assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
        per_filtered_asset(assets, Fungible::<Runtime>::deposit_reserve_asset())
    }
    fn initiate_reserve_withdraw(
        assets: &AssetFilter,
        _reserve: &Location,
        _xcm: &Xcm<()>,
    ) -> Weight {
        per_filtered_asset(assets, Fungible::<Runtime>::initiate_reserve_withdraw())
    }
    fn initiate_teleport(_assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
        // No teleports: a sibling could otherwise burn the TAO it withdrew from its sovereign
        // account here and send a teleport no one accepts.
        Weight::MAX
    }
    fn initiate_transfer(
        _destination: &Location,
        remote_fees: &Option<AssetTransferFilter>,
        _preserve_origin: &bool,
        assets: &BoundedVec<AssetTransferFilter, MaxAssetTransferFilters>,
        _xcm: &Xcm<()>,
    ) -> Weight {
        let per = Fungible::<Runtime>::initiate_transfer();
        let fees = match remote_fees {
            Some(AssetTransferFilter::Teleport(_)) => return Weight::MAX,
            Some(filter) => per_filtered_asset(filter.inner(), per),
            None => per,
        };
        assets.iter().fold(fees, |total, filter| match filter {
            AssetTransferFilter::Teleport(_) => Weight::MAX,
            _ => total.saturating_add(per_filtered_asset(filter.inner(), per)),
        })
    }

    // --- Everything else (generic benchmarks) ---
    fn query_response(
        _query_id: &u64,
        _response: &Response,
        _max_weight: &Weight,
        _querier: &Option<Location>,
    ) -> Weight {
        Generic::<Runtime>::query_response()
    }
    fn transact(
        _origin_kind: &OriginKind,
        _fallback_max_weight: &Option<Weight>,
        _call: &DoubleEncoded<Call>,
    ) -> Weight {
        // The call's own weight is added by `WeightInfoBounds`.
        Generic::<Runtime>::transact()
    }
    fn hrmp_new_channel_open_request(
        _sender: &u32,
        _max_message_size: &u32,
        _max_capacity: &u32,
    ) -> Weight {
        Weight::MAX
    }
    fn hrmp_channel_accepted(_recipient: &u32) -> Weight {
        Weight::MAX
    }
    fn hrmp_channel_closing(_initiator: &u32, _sender: &u32, _recipient: &u32) -> Weight {
        Weight::MAX
    }
    fn clear_origin() -> Weight {
        Generic::<Runtime>::clear_origin()
    }
    fn descend_origin(_who: &InteriorLocation) -> Weight {
        Generic::<Runtime>::descend_origin()
    }
    fn report_error(_query_response_info: &QueryResponseInfo) -> Weight {
        Generic::<Runtime>::report_error()
    }
    fn exchange_asset(_give: &AssetFilter, _receive: &Assets, _maximal: &bool) -> Weight {
        // `AssetExchanger = ()`.
        Weight::MAX
    }
    fn report_holding(_response_info: &QueryResponseInfo, _assets: &AssetFilter) -> Weight {
        Generic::<Runtime>::report_holding()
    }
    fn buy_execution(_fees: &Asset, _weight_limit: &WeightLimit) -> Weight {
        Generic::<Runtime>::buy_execution()
    }
    fn pay_fees(_asset: &Asset) -> Weight {
        Generic::<Runtime>::pay_fees()
    }
    fn refund_surplus() -> Weight {
        Generic::<Runtime>::refund_surplus()
    }
    fn set_error_handler(_xcm: &Xcm<Call>) -> Weight {
        Generic::<Runtime>::set_error_handler()
    }
    fn set_appendix(_xcm: &Xcm<Call>) -> Weight {
        Generic::<Runtime>::set_appendix()
    }
    fn clear_error() -> Weight {
        Generic::<Runtime>::clear_error()
    }
    fn set_hints(hints: &BoundedVec<Hint, HintNumVariants>) -> Weight {
        hints.iter().fold(Weight::zero(), |total, hint| match hint {
            AssetClaimer { .. } => total.saturating_add(Generic::<Runtime>::asset_claimer()),
        })
    }
    fn claim_asset(assets: &Assets, _ticket: &Location) -> Weight {
        per_asset(assets, Generic::<Runtime>::claim_asset())
    }
    fn trap(_code: &u64) -> Weight {
        Generic::<Runtime>::trap()
    }
    fn subscribe_version(_query_id: &QueryId, _max_response_weight: &Weight) -> Weight {
        Generic::<Runtime>::subscribe_version()
    }
    fn unsubscribe_version() -> Weight {
        Generic::<Runtime>::unsubscribe_version()
    }
    fn burn_asset(assets: &Assets) -> Weight {
        per_asset(assets, Generic::<Runtime>::burn_asset())
    }
    fn expect_asset(assets: &Assets) -> Weight {
        per_asset(assets, Generic::<Runtime>::expect_asset())
    }
    fn expect_origin(_origin: &Option<Location>) -> Weight {
        Generic::<Runtime>::expect_origin()
    }
    fn expect_error(_error: &Option<(u32, XcmError)>) -> Weight {
        Generic::<Runtime>::expect_error()
    }
    fn expect_transact_status(_transact_status: &MaybeErrorCode) -> Weight {
        Generic::<Runtime>::expect_transact_status()
    }
    fn query_pallet(_module_name: &Vec<u8>, _response_info: &QueryResponseInfo) -> Weight {
        Generic::<Runtime>::query_pallet()
    }
    fn expect_pallet(
        _index: &u32,
        _name: &Vec<u8>,
        _module_name: &Vec<u8>,
        _crate_major: &u32,
        _min_crate_minor: &u32,
    ) -> Weight {
        Generic::<Runtime>::expect_pallet()
    }
    fn report_transact_status(_response_info: &QueryResponseInfo) -> Weight {
        Generic::<Runtime>::report_transact_status()
    }
    fn clear_transact_status() -> Weight {
        Generic::<Runtime>::clear_transact_status()
    }
    fn universal_origin(_: &Junction) -> Weight {
        // `UniversalAliases = Nothing`.
        Weight::MAX
    }
    fn export_message(_: &NetworkId, _: &Junctions, _: &Xcm<()>) -> Weight {
        Weight::MAX
    }
    fn lock_asset(_: &Asset, _: &Location) -> Weight {
        Weight::MAX
    }
    fn unlock_asset(_: &Asset, _: &Location) -> Weight {
        Weight::MAX
    }
    fn note_unlockable(_: &Asset, _: &Location) -> Weight {
        Weight::MAX
    }
    fn request_unlock(_: &Asset, _: &Location) -> Weight {
        Weight::MAX
    }
    fn set_fees_mode(_: &bool) -> Weight {
        Generic::<Runtime>::set_fees_mode()
    }
    fn set_topic(_topic: &[u8; 32]) -> Weight {
        Generic::<Runtime>::set_topic()
    }
    fn clear_topic() -> Weight {
        Generic::<Runtime>::clear_topic()
    }
    fn alias_origin(_: &Location) -> Weight {
        // `Aliasers = Nothing`.
        Weight::MAX
    }
    fn unpaid_execution(_: &WeightLimit, _: &Option<Location>) -> Weight {
        Generic::<Runtime>::unpaid_execution()
    }
    fn execute_with_origin(_: &Option<InteriorLocation>, _: &Xcm<Call>) -> Weight {
        Generic::<Runtime>::execute_with_origin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_instructions_are_refused_by_weight() {
        let filter: AssetFilter = Wild(All);
        assert_eq!(
            FinneyXcmWeight::<()>::initiate_teleport(&filter, &Location::parent(), &Xcm::new()),
            Weight::MAX
        );
        assert_eq!(FinneyXcmWeight::<()>::receive_teleported_asset(&Assets::new()), Weight::MAX);
    }

    #[test]
    fn deposit_weight_grows_with_the_assets_a_filter_selects() {
        let one = FinneyXcmWeight::<()>::deposit_asset(&Wild(AllCounted(1)), &Location::here());
        let all = FinneyXcmWeight::<()>::deposit_asset(&Wild(All), &Location::here());
        assert!(all.all_gt(one));
    }
}
