//! Foreign assets (DESIGN 7): assets whose reserve is another chain, the relay token first.
//!
//! - `ForeignAssets`: a `pallet-assets` instance keyed by XCM location (`xcm::v5::Location`,
//!   as Asset Hub keys its foreign assets). Only governance creates assets (root or the
//!   general-admin track); their owner is a keyless account, so nobody can mint, burn or freeze
//!   them by a signed call. An asset's trusted reserves are stored with it
//!   (`pallet_assets::Reserves`, set at genesis and by governance with `set_reserves`):
//!   [`ForeignAssetsFromTheirReserves`] is the executor's `IsReserve`.
//! - `AssetRate`: the price governance sets for a foreign asset, in TAO per unit of the asset
//!   (`pallet-asset-rate`'s `ConversionRateToNative`). An asset with a price pays XCM execution
//!   fees ([`RelayTokenFeeCharger`]).
//!
//! `assets-common` is not used on purpose: it depends on `pallet-revive` (not optional in
//! 0.40.0), which would add an EVM to the runtime's build. Its two pieces Finney needs (the
//! reserve type and the reserve check) are a few lines here.

use crate::{
    configs::{monetary::WeightToFee, referenda::RootOr},
    constants::currency::{deposit, MILLI_TAO},
    AccountId, Balance, Balances, ForeignAssets, Runtime, RuntimeEvent,
};
use polkadot_sdk::{staging_xcm as xcm, staging_xcm_builder as xcm_builder, *};

use frame_support::{
    parameter_types,
    traits::{
        tokens::ProvideAssetReserves, AsEnsureOriginWithArg, ConstU128, ConstU32, ContainsPair,
        EverythingBut,
    },
    PalletId,
};
use frame_system::EnsureWithSuccess;
use pallet_subtensor_governance::origins::GeneralAdmin;
use sp_runtime::traits::{AccountIdConversion, TryConvertInto};
use xcm::latest::{Asset, AssetId, Location};
use xcm_builder::{MatchedConvertedConcreteId, StartsWith, WithLatestLocationConverter};

/// The `pallet-assets` instance of `ForeignAssets`.
pub type ForeignAssetsInstance = frame_support::instances::Instance1;

parameter_types! {
    /// The owner, issuer, admin and freezer of every foreign asset: a keyless account, so no
    /// signed call can mint, burn or freeze a foreign asset. Governance acts with the force
    /// calls (`ForceOrigin`) and, through `CreateOrigin`, as this owner (`set_reserves`).
    pub const ForeignAssetsPalletId: PalletId = PalletId(*b"fin/frgn");
    pub ForeignAssetsOwner: AccountId = ForeignAssetsPalletId::get().into_account_truncating();
    /// `Here`: no foreign asset id is local.
    pub const HereLocation: Location = Location::here();
}

/// Governance: root, or a general-admin referendum.
pub type ForeignAssetsGovernance = RootOr<GeneralAdmin>;

/// Creating an asset (and `set_reserves`, which accepts the creation origin as the owner) is
/// governance's, acting as [`ForeignAssetsOwner`].
pub type ForeignAssetsCreateOrigin = AsEnsureOriginWithArg<
    EnsureWithSuccess<ForeignAssetsGovernance, AccountId, ForeignAssetsOwner>,
>;

impl pallet_assets::Config<ForeignAssetsInstance> for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type Balance = Balance;
    type RemoveItemsLimit = ConstU32<1_000>;
    // The latest location, as Asset Hub; a new XCM version needs a storage migration.
    type AssetId = xcm::v5::Location;
    type AssetIdParameter = xcm::v5::Location;
    // A trusted reserve of the asset. No teleport flag: nothing is teleported to Finney.
    type ReserveData = xcm::v5::Location;
    type Currency = Balances;
    type CreateOrigin = ForeignAssetsCreateOrigin;
    type ForceOrigin = ForeignAssetsGovernance;
    // Governance creates assets; the keyless owner holds no deposit.
    type AssetDeposit = ConstU128<0>;
    // For accounts of a non-sufficient asset created by `touch` (the relay token is sufficient).
    type AssetAccountDeposit = ConstU128<{ deposit(1, 16) }>;
    type MetadataDepositBase = ConstU128<0>;
    type MetadataDepositPerByte = ConstU128<0>;
    type ApprovalDeposit = ConstU128<{ MILLI_TAO }>;
    type StringLimit = ConstU32<50>;
    type Freezer = ();
    type Holder = ();
    type Extra = ();
    type CallbackHandle = ();
    type AssetIdAllocator = ();
    // The pallet's reference weights, as `Balances` uses its pallet's (not measured on Finney).
    type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = ForeignAssetsBenchmarkHelper;
}

/// Asset and reserve ids for `pallet-assets`' benchmarks: sibling parachain locations.
#[cfg(feature = "runtime-benchmarks")]
pub struct ForeignAssetsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assets::BenchmarkHelper<xcm::v5::Location, xcm::v5::Location>
    for ForeignAssetsBenchmarkHelper
{
    fn create_asset_id_parameter(id: u32) -> xcm::v5::Location {
        xcm::v5::Location::new(1, [xcm::v5::Junction::Parachain(id)])
    }
    fn create_reserve_id_parameter(id: u32) -> xcm::v5::Location {
        xcm::v5::Location::new(1, [xcm::v5::Junction::Parachain(id)])
    }
}

/// Which XCM assets are foreign assets: any concrete fungible whose location is not local
/// (`Here` and below) and not under this chain seen from a sibling (`../Parachain(own id)`,
/// which is TAO or would pass for it). Amounts convert to `Balance` (u128).
pub type ForeignAssetsMatcher = MatchedConvertedConcreteId<
    xcm::v5::Location,
    Balance,
    EverythingBut<(StartsWith<HereLocation>, StartsWith<super::xcm::SelfFromSibling>)>,
    WithLatestLocationConverter<xcm::v5::Location>,
    TryConvertInto,
>;

/// `IsReserve`: `origin` is trusted as the reserve of `asset` when `asset` is a foreign asset
/// whose `ForeignAssets` reserves include `origin`
/// (`pallet_assets::Pallet::reserves`, via `frame_support::traits::tokens::ProvideAssetReserves`).
/// TAO and unknown assets have no reserves here, so no origin is trusted for them.
pub struct ForeignAssetsFromTheirReserves;
impl ContainsPair<Asset, Location> for ForeignAssetsFromTheirReserves {
    fn contains(asset: &Asset, origin: &Location) -> bool {
        let AssetId(id) = &asset.id;
        // `xcm::latest` is v5, the pallet's key type.
        <ForeignAssets as ProvideAssetReserves<xcm::v5::Location, xcm::v5::Location>>::reserves(id)
            .iter()
            .any(|reserve| reserve == origin)
    }
}

// --- Governance's price of a foreign asset ---------------------------------------------------

impl pallet_asset_rate::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    // The pallet's reference weights (not measured on Finney).
    type WeightInfo = pallet_asset_rate::weights::SubstrateWeight<Runtime>;
    type CreateOrigin = ForeignAssetsGovernance;
    type RemoveOrigin = ForeignAssetsGovernance;
    type UpdateOrigin = ForeignAssetsGovernance;
    // Only for the `Balance` type of the rate: TAO.
    type Currency = Balances;
    // The `ForeignAssets` id of the asset.
    type AssetKind = xcm::v5::Location;
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = AssetRateBenchmarkHelper;
}

/// Asset kinds for `pallet-asset-rate`'s benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct AssetRateBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_rate::AssetKindFactory<xcm::v5::Location> for AssetRateBenchmarkHelper {
    fn create_asset_kind(seed: u32) -> xcm::v5::Location {
        xcm::v5::Location::new(1, [xcm::v5::Junction::Parachain(seed)])
    }
}

/// The execution fee in a priced foreign asset: the TAO fee of the weight
/// (`monetary::WeightToFee`) converted at governance's rate
/// (`pallet_asset_rate::Pallet::to_asset_balance`: TAO fee / rate); an asset without a rate
/// cannot pay. `parachains_common::xcm_config::AssetFeeAsExistentialDepositMultiplier` does
/// exactly this with `AssetRate` as the converter; `TakeFirstAssetTrader` then charges at least
/// the asset's minimum balance, so the fee always lands in the pot.
pub type RelayTokenFeeCharger =
    parachains_common::xcm_config::AssetFeeAsExistentialDepositMultiplier<
        Runtime,
        WeightToFee,
        pallet_asset_rate::Pallet<Runtime>,
        ForeignAssetsInstance,
    >;
