//! TAO between Finney and a sibling that is not a system chain (Penpal, para 2001), and what a
//! sibling cannot do on Finney (DESIGN 7). Penpal trusts each chain as reserve of its own native
//! asset and takes fees in any asset it has a pool for; its TAO/PEN pool is bootstrapped with
//! backed TAO ([`set_up_tao_on_penpal`]).
//!
//! `cargo test -p finney-xcm-emulator --locked -- --nocapture` prints the fees and issuances.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects, clippy::panic)]

use finney_xcm_emulator::*;
use polkadot_sdk::{
    frame_support::traits::fungibles::Inspect,
    staging_xcm::{latest::prelude::*, VersionedXcm},
    xcm_emulator::{Chain, TestExt},
};

#[test]
fn tao_goes_to_penpal_and_back() {
    set_up_tao_on_penpal(100 * TAO);
    let issuance = finney_issuance();
    assert_tao_backed(issuance);
    let alice = FinneyPara::account_id_of("Alice");
    let alice_on_penpal =
        || PenpalPara::ext_wrapper(|| penpal_runtime::Assets::balance(tao_from_sibling(), &alice));
    let before = alice_on_penpal();

    // Out: 10 TAO; Penpal swaps part of it for its fee.
    finney(|| {
        assert!(finney_runtime::PolkadotXcm::transfer_assets(
            finney_runtime::RuntimeOrigin::signed(alice.clone()),
            Box::new(sibling(PENPAL_PARA_ID).into()),
            Box::new(beneficiary(&alice).into()),
            Box::new((Here, 10 * TAO).into()),
            0,
            Unlimited,
        )
        .is_ok());
    });
    let received = alice_on_penpal() - before;
    assert!(received > 9 * TAO && received < 10 * TAO, "received {received}");
    assert_eq!(tao_backing(PENPAL_PARA_ID), 110 * TAO);
    assert_tao_backed(issuance);
    println!(
        "TAO -> Penpal: {received} of 10 TAO arrived (Penpal's fee, swapped from TAO, {} rao); \
         Finney's issuance {} rao (unchanged), TAO on Penpal {} = Penpal's sovereign account on \
         Finney {}",
        10 * TAO - received,
        finney_issuance(),
        tao_on_penpal(),
        tao_backing(PENPAL_PARA_ID),
    );

    // Back: 5 TAO, Finney's fee paid in TAO.
    let alice_before = FinneyPara::account_data_of(alice.clone()).free;
    PenpalPara::execute_with(|| {
        assert!(penpal_runtime::PolkadotXcm::transfer_assets(
            penpal_runtime::RuntimeOrigin::signed(alice.clone()),
            Box::new(sibling(FINNEY_PARA_ID).into()),
            Box::new(beneficiary(&alice).into()),
            Box::new((tao_from_sibling(), 5 * TAO).into()),
            0,
            Unlimited,
        )
        .is_ok());
    });
    let returned = FinneyPara::account_data_of(alice).free - alice_before;
    assert!(returned > 4 * TAO && returned < 5 * TAO, "returned {returned}");
    assert_eq!(tao_backing(PENPAL_PARA_ID), 105 * TAO);
    assert_tao_backed(issuance);
    println!(
        "TAO <- Penpal: {returned} of 5 TAO arrived (Finney's fee {} rao); Finney's issuance {} \
         rao (unchanged), TAO on Penpal {} = Penpal's sovereign account on Finney {}",
        5 * TAO - returned,
        finney_issuance(),
        tao_on_penpal(),
        tao_backing(PENPAL_PARA_ID),
    );
}

/// Penpal's root sends Finney a reserve deposit of `asset` for Bob, which Finney's executor
/// refuses (the message fails at its first instruction: Penpal is no reserve of `asset`).
fn penpal_root_deposits_on_finney(asset: Asset) {
    let bob = FinneyPara::account_id_of("Bob");
    let failed_before = failed_messages!(FinneyPara, finney_runtime);
    PenpalPara::execute_with(|| {
        let program: Xcm<()> = Xcm(vec![
            ReserveAssetDeposited(asset.clone().into()),
            ClearOrigin,
            BuyExecution { fees: asset, weight_limit: Unlimited },
            DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(&bob) },
        ]);
        let result = penpal_runtime::PolkadotXcm::send(
            penpal_runtime::RuntimeOrigin::root(),
            Box::new(sibling(FINNEY_PARA_ID).into()),
            Box::new(VersionedXcm::from(program)),
        );
        assert!(result.is_ok(), "{result:?}");
    });
    assert_eq!(
        failed_messages!(FinneyPara, finney_runtime),
        failed_before + 1,
        "Finney did not refuse the deposit"
    );
}

#[test]
fn a_sibling_forging_tao_or_the_relay_token_mints_nothing_on_finney() {
    price_wnd_on_finney();
    let issuance = finney_issuance();
    // TAO as Finney names it, and as Penpal would.
    penpal_root_deposits_on_finney((Here, 1_000 * TAO).into());
    penpal_root_deposits_on_finney((tao_from_sibling(), 1_000 * TAO).into());
    // The relay token: Penpal is not its reserve.
    penpal_root_deposits_on_finney((Location::parent(), 1_000 * WND).into());

    assert_eq!(finney_issuance(), issuance);
    let wnd = FinneyPara::ext_wrapper(|| {
        finney_runtime::ForeignAssets::total_issuance(Location::parent())
    });
    assert_eq!(wnd, 0);
    assert_tao_backed(issuance);
}
