//! TAO and the relay token between Finney and Asset Hub Westend (DESIGN 7), on the real runtimes:
//! TAO registered on Asset Hub by Finney's root, WND into Finney paying Finney's fees, TAO to
//! Asset Hub (paying Asset Hub's fees in WND) and back, and Asset Hub refusing TAO from anyone
//! but Finney. After every transfer, Finney's TAO issuance has not moved and TAO on Asset Hub
//! equals what Asset Hub's sovereign account holds on Finney.
//!
//! `cargo test -p finney-xcm-emulator --locked -- --nocapture` prints the fees and issuances.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects, clippy::panic)]

use finney_xcm_emulator::*;
use polkadot_sdk::{
    frame_support::traits::fungibles::Inspect,
    staging_xcm::{latest::prelude::*, VersionedXcm},
    xcm_emulator::{Chain, TestExt},
};

fn finney_wnd(who: &polkadot_sdk::sp_runtime::AccountId32) -> u128 {
    FinneyPara::ext_wrapper(|| finney_runtime::ForeignAssets::balance(Location::parent(), who))
}

fn finney_pot() -> polkadot_sdk::sp_runtime::AccountId32 {
    FinneyPara::ext_wrapper(finney_runtime::CollatorSelection::account_id)
}

#[test]
fn finney_s_root_registers_tao_on_asset_hub_with_finney_as_its_only_reserve() {
    register_tao_on_asset_hub();

    let sa = finney_on_asset_hub();
    AssetHubWestendPara::ext_wrapper(|| {
        use asset_hub_westend_runtime::ForeignAssets;
        let details =
            ForeignAssets::asset_details(tao_from_sibling()).expect("TAO exists on Asset Hub");
        // Owned (and so mintable) by Finney's sovereign account only: Finney's governance.
        assert_eq!(details.owner, sa);
        assert_eq!(details.issuer, sa);
        assert_eq!(details.supply, 0);
        // Finney is its only reserve, and TAO is not teleportable (`get_reserves_data`: a view
        // function of pallet-assets 54.0.1; Asset Hub's `ReserveData` is assets-common's
        // `ForeignAssetReserveData`).
        let reserves = ForeignAssets::get_reserves_data(tao_from_sibling());
        let finney_only = assets_common::local_and_foreign_assets::ForeignAssetReserveData {
            reserve: tao_from_sibling(),
            teleportable: false,
        };
        assert_eq!(reserves, vec![finney_only]);
        let metadata = ForeignAssets::get_metadata(tao_from_sibling()).expect("named");
        assert_eq!(metadata.symbol.to_vec(), b"TAO".to_vec());
        assert_eq!(metadata.decimals, 9);
    });
}

#[test]
fn wnd_from_asset_hub_enters_finney_and_pays_finney_s_fee_at_governance_s_price() {
    price_wnd_on_finney();
    let alice = FinneyPara::account_id_of("Alice");
    let sa = finney_on_asset_hub();
    let sa_before = AssetHubWestendPara::account_data_of(sa.clone()).free;
    let issuance = finney_issuance();

    wnd_from_asset_hub_to_finney(100 * WND);

    // Asset Hub holds the WND for Finney; Finney minted exactly that much.
    let held = AssetHubWestendPara::account_data_of(sa).free - sa_before;
    assert_eq!(held, 100 * WND);
    let minted = FinneyPara::ext_wrapper(|| {
        finney_runtime::ForeignAssets::total_issuance(Location::parent())
    });
    assert_eq!(minted, 100 * WND);
    // Finney's fee was paid in WND into the collators' pot, the rest is Alice's.
    let fee = finney_wnd(&finney_pot());
    assert!(fee > 0);
    assert_eq!(finney_wnd(&alice) + fee, 100 * WND);
    assert_tao_backed(issuance);
    println!(
        "WND -> Finney: 100 WND minted on Finney = 100 WND held by Finney's sovereign account on \
         Asset Hub; Finney's execution fee {fee} WND units (10^-12 WND) at 1 WND = 0.01 TAO"
    );
}

#[test]
fn tao_goes_to_asset_hub_and_back_paying_asset_hub_in_wnd() {
    register_tao_on_asset_hub();
    price_wnd_on_finney();
    wnd_from_asset_hub_to_finney(100 * WND);
    let issuance = finney_issuance();
    let alice = FinneyPara::account_id_of("Alice");

    // Out: TAO by local reserve, Asset Hub's fee in WND by destination reserve (Asset Hub is
    // WND's reserve), as the README shows.
    let tao_before = FinneyPara::account_data_of(alice.clone()).free;
    let wnd_before = finney_wnd(&alice);
    let ah_wnd_before = AssetHubWestendPara::account_data_of(alice.clone()).free;
    finney(|| {
        let assets: Assets = vec![(Here, 10 * TAO).into(), (Location::parent(), WND).into()].into();
        let result = finney_runtime::PolkadotXcm::transfer_assets_using_type_and_then(
            finney_runtime::RuntimeOrigin::signed(alice.clone()),
            Box::new(sibling(ASSET_HUB_PARA_ID).into()),
            Box::new(assets.into()),
            Box::new(TransferType::LocalReserve),
            Box::new(AssetId(Location::parent()).into()),
            Box::new(TransferType::DestinationReserve),
            Box::new(VersionedXcm::from(deposit_to(&alice, 2))),
            Unlimited,
        );
        assert!(result.is_ok(), "{result:?}");
    });
    let on_asset_hub = AssetHubWestendPara::ext_wrapper(|| {
        asset_hub_westend_runtime::ForeignAssets::balance(tao_from_sibling(), &alice)
    });
    assert_eq!(on_asset_hub, 10 * TAO);
    assert_eq!(tao_backing(ASSET_HUB_PARA_ID), 10 * TAO);
    assert_tao_backed(issuance);
    // What it cost: Finney's delivery fee in TAO (no transaction fee: the emulator dispatches
    // the call directly), and Asset Hub's execution fee out of the 1 WND sent along.
    let tao_spent = tao_before - FinneyPara::account_data_of(alice.clone()).free;
    let delivery_fee = tao_spent - 10 * TAO;
    assert!(delivery_fee > 0, "no delivery fee was charged");
    assert_eq!(wnd_before - finney_wnd(&alice), WND, "1 WND left Finney");
    let wnd_back = AssetHubWestendPara::account_data_of(alice.clone()).free - ah_wnd_before;
    let asset_hub_fee = WND - wnd_back;
    assert!(asset_hub_fee > 0 && asset_hub_fee < WND, "Asset Hub's fee {asset_hub_fee}");
    println!(
        "TAO -> Asset Hub: 10 TAO arrived; Finney's delivery fee {delivery_fee} rao, Asset Hub's \
         fee {asset_hub_fee} WND units (10^-12 WND); Finney's issuance {} rao (unchanged), TAO \
         on Asset Hub {} = Asset Hub's sovereign account on Finney {}",
        finney_issuance(),
        tao_on_asset_hub(),
        tao_backing(ASSET_HUB_PARA_ID),
    );

    // Back: all of it, paying Finney's fee in TAO.
    let alice_before = FinneyPara::account_data_of(alice.clone()).free;
    AssetHubWestendPara::execute_with(|| {
        assert!(asset_hub_westend_runtime::PolkadotXcm::transfer_assets(
            asset_hub_westend_runtime::RuntimeOrigin::signed(alice.clone()),
            Box::new(sibling(FINNEY_PARA_ID).into()),
            Box::new(beneficiary(&alice).into()),
            Box::new((tao_from_sibling(), 10 * TAO).into()),
            0,
            Unlimited,
        )
        .is_ok());
    });
    let returned = FinneyPara::account_data_of(alice).free - alice_before;
    assert!(returned > 9 * TAO && returned < 10 * TAO, "returned {returned}");
    assert_eq!(tao_on_asset_hub(), 0);
    assert_eq!(tao_backing(ASSET_HUB_PARA_ID), 0);
    assert_tao_backed(issuance);
    println!(
        "TAO <- Asset Hub: {returned} of 10 TAO arrived (Finney's execution fee {} rao, into the \
         collators' pot); Finney's issuance {} rao (unchanged), TAO on Asset Hub {}, Asset Hub's \
         sovereign account on Finney {}",
        10 * TAO - returned,
        finney_issuance(),
        tao_on_asset_hub(),
        tao_backing(ASSET_HUB_PARA_ID),
    );
}

#[test]
fn asset_hub_mints_no_tao_for_anyone_but_finney() {
    register_tao_on_asset_hub();
    let bob = AssetHubWestendPara::account_id_of("Bob");
    let failed_before = failed_messages!(AssetHubWestendPara, asset_hub_westend_runtime);
    // Penpal's root claims to deposit TAO on Asset Hub.
    PenpalPara::execute_with(|| {
        let forged: Asset = (tao_from_sibling(), 1_000 * TAO).into();
        let program: Xcm<()> = Xcm(vec![
            ReserveAssetDeposited(forged.clone().into()),
            ClearOrigin,
            BuyExecution { fees: forged, weight_limit: Unlimited },
            DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(&bob) },
        ]);
        assert!(penpal_runtime::PolkadotXcm::send(
            penpal_runtime::RuntimeOrigin::root(),
            Box::new(sibling(ASSET_HUB_PARA_ID).into()),
            Box::new(VersionedXcm::from(program)),
        )
        .is_ok());
    });
    // The message reached Asset Hub and failed there (Penpal is no reserve of TAO).
    assert_eq!(
        failed_messages!(AssetHubWestendPara, asset_hub_westend_runtime),
        failed_before + 1,
        "Asset Hub did not refuse it"
    );
    assert_eq!(tao_on_asset_hub(), 0);
}
