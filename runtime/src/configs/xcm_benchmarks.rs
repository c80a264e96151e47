//! What the XCM benchmarks need from the runtime (feature `runtime-benchmarks` only):
//! `pallet_xcm::benchmarking::Config` (the extrinsics of `PolkadotXcm`) and
//! `pallet_xcm_benchmarks::{Config, generic::Config, fungible::Config}` (the instructions).
//!
//! The benchmarks run on the `development` preset (`scripts/benchmark.sh`), whose `ForeignAssets` already holds the
//! relay token with Asset Hub and the relay chain as reserves; every helper below still creates
//! what it needs when it is missing, so the benchmarks do not depend on the preset.
//!
//! Asset Hub is the destination of the benchmarks that send (para 1000, reached through an HRMP
//! channel the delivery helper opens).

use crate::{
    configs::{
        foreign_assets::ForeignAssetsOwner,
        xcm::{
            LocationToAccountId, MaxAssetsIntoHolding, PriceForParentDelivery,
            PriceForSiblingDelivery, XcmConfig,
        },
    },
    constants::currency::{EXISTENTIAL_DEPOSIT, TAO},
    AccountId, Balances, ForeignAssets, ParachainSystem, Runtime, RuntimeCall, RuntimeOrigin,
};
use alloc::{boxed::Box, vec, vec::Vec};
use polkadot_sdk::{staging_xcm as xcm, staging_xcm_executor as xcm_executor, *};

use cumulus_primitives_core::ParaId;
use frame_benchmarking::BenchmarkError;
use frame_support::{
    parameter_types,
    traits::{fungible, fungibles, Get},
    weights::Weight,
};
use xcm::latest::prelude::*;

parameter_types! {
    /// The transfer benchmarks' destination: Asset Hub.
    pub const AssetHubParaId: ParaId = ParaId::new(1000);
    pub AssetHubLocation: Location = Location::new(1, [Parachain(1000)]);
    /// What the delivery helpers give an account so that it exists: TAO's existential deposit.
    pub ExistentialDepositAsset: Option<Asset> = Some((Here, EXISTENTIAL_DEPOSIT).into());
    /// No asset is teleported to Finney.
    pub const NoTeleporter: Option<(Location, Asset)> = None;
}

/// Delivery to the relay chain (UMP) and to Asset Hub (XCMP), with their fees funded.
pub type DeliveryHelper = (
    cumulus_primitives_utility::ToParentDeliveryHelper<
        XcmConfig,
        ExistentialDepositAsset,
        PriceForParentDelivery,
    >,
    polkadot_runtime_common::xcm_sender::ToParachainDeliveryHelper<
        XcmConfig,
        ExistentialDepositAsset,
        PriceForSiblingDelivery,
        AssetHubParaId,
        ParachainSystem,
    >,
);

/// A foreign asset exists in `ForeignAssets` with `reserves` as its reserves (created if the
/// benchmark's genesis lacks it), and `who` holds `amount` of it.
fn foreign_asset_for(id: Location, reserves: Vec<Location>, who: &AccountId, amount: u128) {
    if !<ForeignAssets as fungibles::Inspect<AccountId>>::asset_exists(id.clone()) {
        let _ = ForeignAssets::force_create(
            RuntimeOrigin::root(),
            id.clone(),
            ForeignAssetsOwner::get().into(),
            true,
            1,
        );
        // `set_reserves` accepts governance as the owner (`ForeignAssetsCreateOrigin`).
        let _ = ForeignAssets::set_reserves(
            RuntimeOrigin::root(),
            id.clone(),
            reserves.try_into().unwrap_or_default(),
        );
    }
    if amount > 0 {
        let _ = <ForeignAssets as fungibles::Mutate<AccountId>>::mint_into(id, who, amount);
    }
}

/// The relay token, with Asset Hub and the relay chain as reserves, held by `who`.
fn relay_token_for(who: &AccountId, amount: u128) {
    foreign_asset_for(
        Location::parent(),
        vec![AssetHubLocation::get(), Location::parent()],
        who,
        amount,
    );
}

/// An asset whose reserve is Asset Hub (its location names one of Asset Hub's assets, as
/// USDT's does), held by `who`.
fn asset_hub_asset_for(who: &AccountId, amount: u128) -> Location {
    let id = Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(1984)]);
    foreign_asset_for(id.clone(), vec![AssetHubLocation::get()], who, amount);
    id
}

/// `n` foreign assets the transactors can deposit (the most expensive kind: `ForeignAssets`,
/// keyed by a full location), each created on the fly.
fn foreign_assets(n: u32) -> Assets {
    let assets: Vec<Asset> = (0..n)
        .map(|i| {
            let id = Location::new(1, [Parachain(3000), GeneralIndex(u128::from(i))]);
            let _ = ForeignAssets::force_create(
                RuntimeOrigin::root(),
                id.clone(),
                ForeignAssetsOwner::get().into(),
                true,
                1,
            );
            (id, 1_000_000u128).into()
        })
        .collect();
    assets.into()
}

impl pallet_xcm::benchmarking::Config for Runtime {
    type DeliveryHelper = DeliveryHelper;

    fn reachable_dest() -> Option<Location> {
        Some(AssetHubLocation::get())
    }

    fn teleportable_asset_and_dest() -> Option<(Asset, Location)> {
        // No teleports: `teleport_assets` is filtered and weighs `Weight::MAX`.
        None
    }

    fn reserve_transferable_asset_and_dest() -> Option<(Asset, Location)> {
        // TAO, whose reserve is here.
        Some(((Here, 100 * EXISTENTIAL_DEPOSIT).into(), AssetHubLocation::get()))
    }

    fn set_up_complex_asset_transfer() -> Option<(Assets, u32, Location, Box<dyn FnOnce()>)> {
        // The worst transfer Finney does: TAO (local reserve, fee item 0: `Here` sorts first)
        // with an asset whose reserve is Asset Hub (destination reserve) to Asset Hub: two
        // transfer types, so the fees travel apart (`FeesHandling::Separate`). (The relay token
        // cannot be that asset: pallet-xcm 31 refuses to guess the relay token's reserve in
        // `transfer_assets`, ahead of the Asset Hub migration.)
        let who: AccountId = frame_benchmarking::whitelisted_caller();
        let tao = 10 * TAO;
        let _ = <Balances as fungible::Mutate<AccountId>>::mint_into(&who, tao.saturating_mul(2));
        let amount = 1_000_000_000u128;
        let id = asset_hub_asset_for(&who, amount.saturating_mul(2));
        let assets: Assets = vec![(Here, tao).into(), (id.clone(), amount).into()].into();
        let verify = Box::new(move || {
            // The asset left `who`: burnt here, to be withdrawn from Finney's sovereign account
            // on Asset Hub.
            assert_eq!(<ForeignAssets as fungibles::Inspect<AccountId>>::balance(id, &who), amount);
        });
        Some((assets, 0, AssetHubLocation::get(), verify))
    }

    fn get_asset() -> Asset {
        (Here, 100 * EXISTENTIAL_DEPOSIT).into()
    }

    fn get_assets(n: u32) -> Assets {
        // TAO plus `n - 1` foreign assets: `claim_assets` is weighed per asset.
        let mut assets = foreign_assets(n.saturating_sub(1)).into_inner();
        assets.push(Self::get_asset());
        assets.into()
    }

    fn batch_call(calls: Vec<RuntimeCall>) -> Option<RuntimeCall> {
        Some(RuntimeCall::Utility(pallet_utility::Call::batch { calls }))
    }
}

impl pallet_xcm_benchmarks::Config for Runtime {
    type XcmConfig = XcmConfig;
    type AccountIdConverter = LocationToAccountId;
    type DeliveryHelper = DeliveryHelper;

    fn valid_destination() -> Result<Location, BenchmarkError> {
        // Asset Hub, not the relay chain: the router refuses to send the relay chain a reserve
        // deposit (`transfer_reserve_asset`), and XCMP to a sibling is where TAO goes.
        Ok(AssetHubLocation::get())
    }

    fn worst_case_holding(depositable_count: u32) -> xcm_executor::AssetsInHolding {
        // A full holding register: fungible assets as mock credits (the benchmark never
        // deposits them: `depositable_count` slots are left for the assets it adds), TAO and the
        // relay token among them, and non-fungibles for the rest.
        use pallet_xcm_benchmarks::MockCredit;
        let total = MaxAssetsIntoHolding::get();
        let free = total.saturating_sub(depositable_count);
        let fungibles = free / 2;
        let mut holding = xcm_executor::AssetsInHolding::new();
        for i in 0..fungibles.saturating_sub(2) {
            holding.fungible.insert(
                AssetId(GeneralIndex(u128::from(i)).into()),
                Box::new(MockCredit(100u128.saturating_mul(u128::from(i).saturating_add(1)))),
            );
        }
        holding.fungible.insert(AssetId(Here.into()), Box::new(MockCredit(u128::MAX / 2)));
        holding.fungible.insert(
            AssetId(Location::parent()),
            Box::new(MockCredit(1_000_000 * 1_000_000_000_000)),
        );
        for i in 0..free.saturating_sub(fungibles) {
            holding.non_fungible.insert((
                AssetId(GeneralIndex(u128::from(i)).into()),
                pallet_xcm_benchmarks::asset_instance_from(i),
            ));
        }
        holding
    }
}

/// The trusted reserve the `reserve_asset_deposited` benchmark deposits from: Asset Hub, for
/// the relay token (set up on first use).
pub struct TrustedReserve;
impl Get<Option<(Location, Asset)>> for TrustedReserve {
    fn get() -> Option<(Location, Asset)> {
        let nobody: AccountId = frame_benchmarking::account("reserve", 0, 0);
        relay_token_for(&nobody, 0);
        Some((AssetHubLocation::get(), (Location::parent(), 1_000_000_000u128).into()))
    }
}

impl pallet_xcm_benchmarks::fungible::Config for Runtime {
    type TransactAsset = Balances;
    // No teleport accounting.
    type CheckedAccount = ();
    type TrustedTeleporter = NoTeleporter;
    type TrustedReserve = TrustedReserve;

    fn get_asset() -> Asset {
        (Here, 100 * EXISTENTIAL_DEPOSIT).into()
    }
}

impl pallet_xcm_benchmarks::generic::Config for Runtime {
    type RuntimeCall = RuntimeCall;
    type TransactAsset = Balances;

    fn worst_case_response() -> (u64, Response) {
        (0u64, Response::Version(Default::default()))
    }

    fn worst_case_asset_exchange() -> Result<(Assets, Assets), BenchmarkError> {
        // `AssetExchanger = ()`: `ExchangeAsset` weighs `Weight::MAX`.
        Err(BenchmarkError::Skip)
    }

    fn universal_alias() -> Result<(Location, Junction), BenchmarkError> {
        Err(BenchmarkError::Skip)
    }

    fn transact_origin_and_runtime_call() -> Result<(Location, RuntimeCall), BenchmarkError> {
        Ok((Location::parent(), frame_system::Call::remark_with_event { remark: vec![] }.into()))
    }

    fn subscribe_origin() -> Result<Location, BenchmarkError> {
        // Subscriptions are accepted from the relay chain and siblings only.
        Ok(Location::parent())
    }

    fn claimable_asset() -> Result<(Location, Location, Assets), BenchmarkError> {
        let origin = Location::parent();
        let assets: Assets = (Here, 1_000 * TAO).into();
        let ticket = Location::here();
        Ok((origin, ticket, assets))
    }

    fn worst_case_for_trader() -> Result<(Asset, WeightLimit), BenchmarkError> {
        // TAO pays through `UsingComponents`, the first trader tried.
        // (A priced foreign asset, the second trader, is not measured separately.)
        Ok(((Here, 1_000 * TAO).into(), WeightLimit::Limited(Weight::from_parts(5_000, 5_000))))
    }

    fn unlockable_asset() -> Result<(Location, Location, Asset), BenchmarkError> {
        Err(BenchmarkError::Skip)
    }

    fn export_message_origin_and_destination(
    ) -> Result<(Location, NetworkId, InteriorLocation), BenchmarkError> {
        Err(BenchmarkError::Skip)
    }

    fn alias_origin() -> Result<(Location, Location), BenchmarkError> {
        // `Aliasers = Nothing`.
        Err(BenchmarkError::Skip)
    }
}
