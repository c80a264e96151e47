//! # Finney XCM emulator network
//!
//! Crate `finney-xcm-emulator` (tests only, never published or linked into the node): the real
//! Finney runtime next to the crates.io runtimes of Westend (`westend-runtime` 40.0.0), Asset Hub
//! Westend (`asset-hub-westend-runtime` 0.57.0) and Penpal (`penpal-runtime` 0.48.0), all of
//! polkadot-sdk stable2609, in one process with `xcm-emulator` 0.38.0: messages go through each
//! chain's real queues, executor and configuration; blocks are built natively, without Wasm.
//!
//! | chain                | para id | role |
//! |----------------------|---------|------|
//! | Westend              | relay   | the relay token (WND) and DMP/UMP |
//! | Asset Hub Westend    | 1000    | WND's reserve; TAO registered as a foreign asset with Finney as its reserve |
//! | Penpal               | 2001    | a sibling that trusts each chain as reserve of its own native asset |
//! | Finney               | 2000    | TAO's reserve |
//!
//! The tests (tests/*.rs) move TAO and WND between them and check after every round trip that
//! Finney's total issuance did not move and that each derivative's issuance equals the TAO its
//! chain's sovereign account holds on Finney ([`assert_tao_backed`]).
//!
//! One thing the emulator does not model for Finney: it advances the relay chain one 6-second
//! block per parachain block, and Finney accepts one block per 12-second Aura slot
//! (`AllowMultipleBlocksPerSlot = false`; Asset Hub and Penpal allow several). [`finney`] moves the
//! relay chain on before each Finney block so that the block lands in a fresh slot; use it
//! instead of `FinneyPara::execute_with`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing
)]

pub mod genesis;

/// How each asset of a `transfer_assets_using_type_and_then` travels.
pub use polkadot_sdk::staging_xcm_executor::traits::TransferType;

// `frame_support` and `OnInitialize` are named, unqualified, by the code that
// `decl_test_parachains!` expands to (xcm-emulator 0.38.0: `finalize_block` names
// `frame_support::traits::Get`, `new_block` calls `AllPalletsWithoutSystem::on_initialize`
// without importing the trait), so they must be in scope here.
use polkadot_sdk::{
    frame_support::{
        self,
        traits::{fungibles, OnInitialize},
    },
    staging_xcm::{latest::prelude::*, VersionedXcm},
    xcm_emulator::{
        decl_test_networks, decl_test_parachains, decl_test_relay_chains, Chain, Network,
        Parachain as _, TestExt,
    },
};

/// Asset Hub's para id.
pub const ASSET_HUB_PARA_ID: u32 = 1000;
/// Finney's para id (`finney_runtime::genesis_config_presets::PARACHAIN_ID`).
pub const FINNEY_PARA_ID: u32 = finney_runtime::genesis_config_presets::PARACHAIN_ID;
/// Penpal's para id here (its presets say 2000, which is Finney's).
pub const PENPAL_PARA_ID: u32 = 2001;

/// One WND (12 decimals).
pub const WND: u128 = 1_000_000_000_000;
/// One TAO (9 decimals).
pub const TAO: u128 = finney_runtime::constants::currency::TAO;

decl_test_relay_chains! {
    // `ParachainHost` as westend-runtime 40.0.0 implements it (`#[api_version(16)]`).
    #[api_version(16)]
    pub struct Westend {
        genesis = genesis::westend(),
        on_init = genesis::westend_on_init(),
        runtime = westend_runtime,
        core = {
            SovereignAccountOf: westend_runtime::xcm_config::LocationConverter,
        },
        pallets = {
            XcmPallet: westend_runtime::XcmPallet,
            Balances: westend_runtime::Balances,
        }
    },
}

decl_test_parachains! {
    pub struct AssetHubWestend {
        genesis = genesis::asset_hub_westend(),
        on_init = (),
        runtime = asset_hub_westend_runtime,
        core = {
            XcmpMessageHandler: asset_hub_westend_runtime::XcmpQueue,
            LocationToAccountId: asset_hub_westend_runtime::xcm_config::LocationToAccountId,
            ParachainInfo: asset_hub_westend_runtime::ParachainInfo,
            MessageOrigin: polkadot_sdk::cumulus_primitives_core::AggregateMessageOrigin,
        },
        pallets = {
            PolkadotXcm: asset_hub_westend_runtime::PolkadotXcm,
            Balances: asset_hub_westend_runtime::Balances,
            ForeignAssets: asset_hub_westend_runtime::ForeignAssets,
        }
    },
    pub struct Penpal {
        genesis = genesis::penpal(),
        on_init = (),
        runtime = penpal_runtime,
        core = {
            XcmpMessageHandler: penpal_runtime::XcmpQueue,
            LocationToAccountId: penpal_runtime::xcm_config::LocationToAccountId,
            ParachainInfo: penpal_runtime::ParachainInfo,
            MessageOrigin: polkadot_sdk::cumulus_primitives_core::AggregateMessageOrigin,
        },
        pallets = {
            PolkadotXcm: penpal_runtime::PolkadotXcm,
            Balances: penpal_runtime::Balances,
            Assets: penpal_runtime::Assets,
            AssetConversion: penpal_runtime::AssetConversion,
        }
    },
    pub struct Finney {
        genesis = genesis::finney(),
        on_init = (),
        runtime = finney_runtime,
        core = {
            XcmpMessageHandler: finney_runtime::XcmpQueue,
            LocationToAccountId: finney_runtime::configs::xcm::LocationToAccountId,
            ParachainInfo: finney_runtime::ParachainInfo,
            MessageOrigin: polkadot_sdk::cumulus_primitives_core::AggregateMessageOrigin,
        },
        pallets = {
            PolkadotXcm: finney_runtime::PolkadotXcm,
            Balances: finney_runtime::Balances,
            ForeignAssets: finney_runtime::ForeignAssets,
            AssetRate: finney_runtime::AssetRate,
        }
    },
}

decl_test_networks! {
    pub struct FinneyWestendNet {
        relay_chain = Westend,
        parachains = vec![
            AssetHubWestend,
            Penpal,
            Finney,
        ],
        bridge = ()
    },
}

// `decl_test_networks!` also declares the chains of `FinneyWestendNet`: `WestendRelay`,
// `AssetHubWestendPara`, `PenpalPara` and `FinneyPara` (`Westend<FinneyWestendNet>`, ...).

// --- Finney's blocks ------------------------------------------------------------------------------

/// Runs `f` in a new Finney block, after moving the relay chain on so that the block's Aura slot
/// (`relay block * 6 s / 12 s`) is past the last one: `pallet_aura` refuses a second block in
/// the same slot ("Slot must increase"), and the emulator's relay chain advances one block per
/// parachain block of any chain.
pub fn finney<R>(f: impl FnOnce() -> R) -> R {
    <FinneyWestendNet as Network>::init();
    let last_slot: u64 = FinneyPara::ext_wrapper(|| {
        *polkadot_sdk::pallet_aura::CurrentSlot::<finney_runtime::Runtime>::get()
    });
    let relay = <FinneyWestendNet as Network>::relay_block_number();
    // The next Finney block is built at relay block `relay + 1`, in slot `(relay + 1) / 2`.
    if u64::from(relay + 1) / 2 <= last_slot {
        let at = u32::try_from(2 * last_slot + 1).expect("the relay block number fits");
        <FinneyWestendNet as Network>::set_relay_block_number(at);
    }
    FinneyPara::execute_with(f)
}

// --- Places and accounts --------------------------------------------------------------------------

/// A sibling parachain, seen from a parachain.
pub fn sibling(para: u32) -> Location {
    Location::new(1, [Parachain(para)])
}

/// TAO seen from another parachain.
pub fn tao_from_sibling() -> Location {
    sibling(FINNEY_PARA_ID)
}

/// An account location as `pallet-xcm` beneficiaries name it.
pub fn beneficiary(who: &polkadot_sdk::sp_runtime::AccountId32) -> Location {
    let id: [u8; 32] = who.clone().into();
    AccountId32 { network: None, id }.into()
}

/// The sovereign account of para `para` on Finney.
pub fn sovereign_on_finney(para: u32) -> polkadot_sdk::sp_runtime::AccountId32 {
    FinneyPara::sovereign_account_id_of(sibling(para))
}

/// Finney's sovereign account on Asset Hub.
pub fn finney_on_asset_hub() -> polkadot_sdk::sp_runtime::AccountId32 {
    AssetHubWestendPara::sovereign_account_id_of(sibling(FINNEY_PARA_ID))
}

// --- The invariants -------------------------------------------------------------------------------

/// Finney's total TAO issuance.
pub fn finney_issuance() -> u128 {
    FinneyPara::ext_wrapper(finney_runtime::Balances::total_issuance)
}

/// TAO held by para `para`'s sovereign account on Finney.
pub fn tao_backing(para: u32) -> u128 {
    let sa = sovereign_on_finney(para);
    FinneyPara::ext_wrapper(|| finney_runtime::Balances::free_balance(&sa))
}

/// The issuance of TAO's derivative on Asset Hub.
pub fn tao_on_asset_hub() -> u128 {
    AssetHubWestendPara::ext_wrapper(|| {
        <asset_hub_westend_runtime::ForeignAssets as fungibles::Inspect<_>>::total_issuance(
            tao_from_sibling(),
        )
    })
}

/// The issuance of TAO's derivative on Penpal.
pub fn tao_on_penpal() -> u128 {
    PenpalPara::ext_wrapper(|| {
        <penpal_runtime::Assets as fungibles::Inspect<_>>::total_issuance(tao_from_sibling())
    })
}

/// What must hold after every transfer: Finney's issuance is what it was, and every TAO
/// derivative is backed one to one by its chain's sovereign account on Finney.
pub fn assert_tao_backed(issuance_before: u128) {
    assert_eq!(finney_issuance(), issuance_before, "Finney's TAO issuance moved");
    assert_eq!(
        tao_on_asset_hub(),
        tao_backing(ASSET_HUB_PARA_ID),
        "TAO on Asset Hub is not backed 1:1"
    );
    assert_eq!(tao_on_penpal(), tao_backing(PENPAL_PARA_ID), "TAO on Penpal is not backed 1:1");
}

/// How many messages the message queue of `$chain` (an emulated chain of `$runtime`) has
/// processed without success since its last block: `MessageQueue::Processed { success: false,
/// .. }`, which pallet-message-queue emits when the XCM executor stops at an error
/// (`Outcome::Incomplete`; xcm-builder's `ProcessXcmMessage`). Messages from siblings are
/// processed outside the receiver's blocks (the emulator services the queue right after
/// delivering them), so their events stay until its next block. A test counts them before and
/// after sending a message that must fail, so that an undelivered message cannot pass.
#[macro_export]
macro_rules! failed_messages {
    ($chain:ty, $runtime:ident) => {
        // `Chain::events` reads `System::events` without entering the chain's externalities.
        <$chain>::ext_wrapper(<$chain>::events)
            .iter()
            .filter(|event| {
                matches!(
                    event,
                    $runtime::RuntimeEvent::MessageQueue(
                        $crate::pallet_message_queue::Event::Processed { success: false, .. }
                    )
                )
            })
            .count()
    };
}

/// pallet-message-queue, for [`failed_messages!`].
pub use polkadot_sdk::xcm_emulator::pallet_message_queue;

// --- Set-ups the tests share ----------------------------------------------------------------------

/// Finney's governance prices WND: 1 WND = 0.01 TAO.
pub fn price_wnd_on_finney() {
    finney(|| {
        let result = finney_runtime::AssetRate::create(
            finney_runtime::RuntimeOrigin::root(),
            Box::new(Location::parent()),
            polkadot_sdk::sp_runtime::FixedU128::from_rational(1, 100_000),
        );
        assert!(result.is_ok(), "{result:?}");
    });
}

/// Alice sends `amount` WND from Asset Hub to her account on Finney (a reserve transfer from
/// WND's reserve); Finney's execution fee is paid in WND at governance's price. pallet-xcm's
/// `transfer_assets` refuses to guess the relay token's reserve, so the transfer names it
/// (`LocalReserve`: Asset Hub).
pub fn wnd_from_asset_hub_to_finney(amount: u128) {
    let alice = AssetHubWestendPara::account_id_of("Alice");
    AssetHubWestendPara::execute_with(|| {
        let result = asset_hub_westend_runtime::PolkadotXcm::transfer_assets_using_type_and_then(
            asset_hub_westend_runtime::RuntimeOrigin::signed(alice.clone()),
            Box::new(sibling(FINNEY_PARA_ID).into()),
            Box::new((Location::parent(), amount).into()),
            Box::new(TransferType::LocalReserve),
            Box::new(AssetId(Location::parent()).into()),
            Box::new(TransferType::LocalReserve),
            Box::new(VersionedXcm::from(deposit_to(&alice, 1))),
            Unlimited,
        );
        assert!(result.is_ok(), "{result:?}");
    });
}

/// The program run on the destination after a `transfer_assets_using_type_and_then`: deposit
/// the `count` kinds of asset that arrived to `who`.
pub fn deposit_to(who: &polkadot_sdk::sp_runtime::AccountId32, count: u32) -> Xcm<()> {
    Xcm(vec![DepositAsset { assets: Wild(AllCounted(count)), beneficiary: beneficiary(who) }])
}

/// The XCM program by which Finney's root registers TAO on Asset Hub: pay with WND from
/// Finney's sovereign account there, create the foreign asset `../Parachain(2000)` owned by that
/// account, make Finney its only (non-teleport) reserve, name it, and return what is left of the
/// fee to the sovereign account. This is the procedure the README's "Registering TAO on Asset
/// Hub" describes for governance.
pub fn register_tao_on_asset_hub_program(fee: u128, min_balance: u128) -> Xcm<()> {
    use asset_hub_westend_runtime::RuntimeCall as AhCall;
    use codec::Encode;
    use polkadot_sdk::pallet_assets::Call as AssetsCall;
    let tao = tao_from_sibling();
    let owner = finney_on_asset_hub();
    let create = AhCall::ForeignAssets(AssetsCall::create {
        id: tao.clone(),
        admin: owner.clone().into(),
        min_balance,
    });
    // Asset Hub's `ForeignAssets` stores `ForeignAssetReserveData { reserve, teleportable }`
    // (assets-common 0.40.0) as its `ReserveData`; `set_reserves` accepts the creation origin as
    // the owner (pallet-assets 54.0.1).
    let reserves = vec![assets_common::local_and_foreign_assets::ForeignAssetReserveData {
        reserve: tao.clone(),
        teleportable: false,
    }];
    let set_reserves = AhCall::ForeignAssets(AssetsCall::set_reserves {
        id: tao.clone(),
        reserves: reserves.try_into().expect("one reserve"),
    });
    let set_metadata = AhCall::ForeignAssets(AssetsCall::set_metadata {
        id: tao,
        name: b"Bittensor".to_vec(),
        symbol: b"TAO".to_vec(),
        decimals: 9,
    });
    let fee: Asset = (Location::parent(), fee).into();
    Xcm(vec![
        WithdrawAsset(fee.clone().into()),
        BuyExecution { fees: fee, weight_limit: Unlimited },
        // `ForeignCreators` accepts the parachain origin for assets under it.
        Transact {
            origin_kind: OriginKind::Xcm,
            fallback_max_weight: None,
            call: create.encode().into(),
        },
        Transact {
            origin_kind: OriginKind::Xcm,
            fallback_max_weight: None,
            call: set_reserves.encode().into(),
        },
        // `set_metadata` wants the signed owner: the sovereign account.
        Transact {
            origin_kind: OriginKind::SovereignAccount,
            fallback_max_weight: None,
            call: set_metadata.encode().into(),
        },
        RefundSurplus,
        DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(&owner) },
    ])
}

/// Funds Finney's sovereign account on Asset Hub with WND (the registration deposit and fees)
/// and has Finney's root register TAO there.
pub fn register_tao_on_asset_hub() {
    let alice = AssetHubWestendPara::account_id_of("Alice");
    let sa = finney_on_asset_hub();
    AssetHubWestendPara::execute_with(|| {
        let result = asset_hub_westend_runtime::Balances::transfer_keep_alive(
            asset_hub_westend_runtime::RuntimeOrigin::signed(alice),
            sa.into(),
            100 * WND,
        );
        assert!(result.is_ok(), "{result:?}");
    });
    let program = register_tao_on_asset_hub_program(10 * WND, 100_000);
    finney(|| {
        let result = finney_runtime::PolkadotXcm::send(
            finney_runtime::RuntimeOrigin::root(),
            Box::new(sibling(ASSET_HUB_PARA_ID).into()),
            Box::new(VersionedXcm::from(program)),
        );
        assert!(result.is_ok(), "{result:?}");
    });
}

/// The minimum balance of TAO's derivative on Penpal.
pub const TAO_MIN_BALANCE_ON_PENPAL: u128 = 1_000;

/// Sets up TAO on Penpal as a sibling chain would: its governance (sudo) creates the foreign
/// asset (sufficient), and liquidity for a TAO/PEN pool is bootstrapped with `tao` TAO that Alice
/// moves to Penpal's sovereign account on Finney, so the derivative minted for the pool is backed
/// from the start. Penpal then takes TAO for fees through the pool (`SwapFirstAssetTrader`).
///
/// `add_liquidity` moves the assets with `Preservation::Preserve` (pallet-asset-conversion
/// 33.0.0), so Alice keeps [`TAO_MIN_BALANCE_ON_PENPAL`] of the `tao` minted and the pool gets the
/// rest; the derivative's issuance is `tao` either way.
pub fn set_up_tao_on_penpal(tao: u128) {
    let alice_finney = FinneyPara::account_id_of("Alice");
    let alice_penpal = PenpalPara::account_id_of("Alice");
    let penpal_sa = sovereign_on_finney(PENPAL_PARA_ID);
    finney(|| {
        let result = finney_runtime::Balances::transfer_allow_death(
            finney_runtime::RuntimeOrigin::signed(alice_finney),
            penpal_sa.into(),
            tao,
        );
        assert!(result.is_ok(), "{result:?}");
    });
    PenpalPara::execute_with(|| {
        use penpal_runtime::{AssetConversion, Assets, RuntimeOrigin};
        let alice = RuntimeOrigin::signed(alice_penpal.clone());
        // Penpal's `Assets` (pallet-assets `Instance2`) is keyed by `Location`; its force origin
        // is root.
        let result = Assets::force_create(
            RuntimeOrigin::root(),
            tao_from_sibling(),
            alice_penpal.clone().into(),
            true,
            TAO_MIN_BALANCE_ON_PENPAL,
        );
        assert!(result.is_ok(), "{result:?}");
        let result =
            Assets::mint(alice.clone(), tao_from_sibling(), alice_penpal.clone().into(), tao);
        assert!(result.is_ok(), "{result:?}");
        // Penpal's pools (`AssetKind = Location`) all start with its native token, `Here`
        // (`WithFirstAsset<PenpalNativeCurrency, ..>`); creating one is free and open to anyone.
        let result = AssetConversion::create_pool(
            alice.clone(),
            Box::new(Location::here()),
            Box::new(tao_from_sibling()),
        );
        assert!(result.is_ok(), "{result:?}");
        let result = AssetConversion::add_liquidity(
            alice,
            Box::new(Location::here()),
            Box::new(tao_from_sibling()),
            1_000_000_000_000_000,
            tao - TAO_MIN_BALANCE_ON_PENPAL,
            1,
            1,
            alice_penpal,
        );
        assert!(result.is_ok(), "{result:?}");
    });
}
