//! XCM on the real Finney runtime (DESIGN 7), in native code on the `development` preset: what
//! leaves and enters the chain, who is trusted for which asset, where fees go, and the runtime
//! APIs wallets call. No other chain runs here: incoming messages are executed as the other
//! chain would send them, outgoing ones read back from the queues.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::panic
)]

use codec::Encode;
use finney_runtime::{
    configs::{
        collators::PotId,
        monetary::WeightToFee,
        xcm::{LocationToAccountId, UniversalLocation, XcmConfig, XcmRouter},
    },
    constants::currency::TAO,
    AccountId, AssetRate, Balances, ForeignAssets, OriginCaller, ParachainSystem, PolkadotXcm,
    Runtime, RuntimeCall, RuntimeOrigin, System,
};
use polkadot_sdk::{
    cumulus_primitives_core::{ParaId, UpwardMessageSender},
    frame_support::{
        assert_noop, assert_ok,
        dispatch::{DispatchResult, GetDispatchInfo},
        traits::{fungibles, Get},
        weights::{Weight, WeightToFee as _},
    },
    pallet_transaction_payment, pallet_xcm,
    sp_keyring::Sr25519Keyring,
    sp_runtime::{
        traits::{AccountIdConversion, Dispatchable},
        FixedU128,
    },
    staging_xcm::{
        self as xcm, latest::prelude::*, VersionedAssetId, VersionedLocation, VersionedXcm,
    },
    staging_xcm_builder::{
        DescribeAllTerminal, DescribeFamily, HashedDescription, InspectMessageQueues,
    },
    staging_xcm_executor::{
        traits::{ConvertLocation, TransferType},
        XcmExecutor,
    },
    xcm_runtime_apis::{
        conversions::runtime_decl_for_location_to_account_api::LocationToAccountApiV1,
        dry_run::runtime_decl_for_dry_run_api::DryRunApiV2,
        fees::runtime_decl_for_xcm_payment_api::XcmPaymentApiV2,
        trusted_query::runtime_decl_for_trusted_query_api::TrustedQueryApiV1,
    },
};

mod common;

use common::{dev_chain, genesis_of};

const ASSET_HUB: u32 = 1000;
const SIBLING: u32 = 2001;
/// One unit of the relay token of the dev chains (ROC, 12 decimals).
const ROC: u128 = 1_000_000_000_000;

fn account(key: Sr25519Keyring) -> AccountId {
    key.to_account_id()
}

fn sibling(para: u32) -> Location {
    Location::new(1, [Parachain(para)])
}

fn beneficiary(who: &AccountId) -> Location {
    let id: [u8; 32] = who.clone().into();
    AccountId32 { network: None, id }.into()
}

fn sovereign(location: &Location) -> AccountId {
    LocationToAccountId::convert_location(location).expect("a sibling has a sovereign account")
}

fn pot() -> AccountId {
    PotId::get().into_account_truncating()
}

fn relay_token(amount: u128) -> Asset {
    (Location::parent(), amount).into()
}

fn tao(amount: u128) -> Asset {
    (Here, amount).into()
}

fn relay_token_balance(who: &AccountId) -> u128 {
    <ForeignAssets as fungibles::Inspect<AccountId>>::balance(Location::parent(), who)
}

fn relay_token_issuance() -> u128 {
    <ForeignAssets as fungibles::Inspect<AccountId>>::total_issuance(Location::parent())
}

/// Governance prices the relay token: 1 ROC = 0.01 TAO (10^7 rao per 10^12 units).
fn price_relay_token() {
    assert_ok!(AssetRate::create(
        RuntimeOrigin::root(),
        Box::new(Location::parent()),
        FixedU128::from_rational(1, 100_000),
    ));
}

/// Executes `message` as `origin` would have it executed here (paid from the message itself).
fn execute(origin: Location, message: Xcm<RuntimeCall>) -> Outcome {
    let mut hash = [0u8; 32];
    XcmExecutor::<XcmConfig>::prepare_and_execute(
        origin,
        message,
        &mut hash,
        Weight::MAX,
        Weight::zero(),
    )
}

/// A reserve deposit and its payment, as a sender using `pallet-xcm` writes it.
fn deposit_message(
    kind: fn(Assets) -> Instruction<RuntimeCall>,
    fee: Asset,
    to: &AccountId,
) -> Xcm<RuntimeCall> {
    Xcm(vec![
        kind(fee.clone().into()),
        ClearOrigin,
        BuyExecution { fees: fee, weight_limit: Unlimited },
        DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(to) },
    ])
}

fn sent_messages() -> Vec<(VersionedLocation, Vec<VersionedXcm<()>>)> {
    <XcmRouter as InspectMessageQueues>::get_messages()
}

/// The queues accept messages: an HRMP channel to `para`, and the relay chain's upward limits.
fn open_routes(para: u32) {
    ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ParaId::from(para));
    <ParachainSystem as UpwardMessageSender>::ensure_successful_delivery();
}

/// `who` sends `amount` of TAO to itself on the sibling, as a wallet does (`transfer_assets`).
fn send_tao_to_sibling(who: &AccountId, amount: u128) -> DispatchResult {
    PolkadotXcm::transfer_assets(
        RuntimeOrigin::signed(who.clone()),
        Box::new(sibling(SIBLING).into()),
        Box::new(beneficiary(who).into()),
        Box::new(tao(amount).into()),
        0,
        Unlimited,
    )
}

// --- Outgoing TAO ------------------------------------------------------------------------------

#[test]
fn tao_sent_to_a_sibling_is_held_by_its_sovereign_account_and_announced_as_a_reserve_deposit() {
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let alice = account(Sr25519Keyring::Alice);
        let issuance = Balances::total_issuance();
        let alice_before = Balances::free_balance(&alice);
        let pot_before = Balances::free_balance(pot());

        assert_ok!(send_tao_to_sibling(&alice, 10 * TAO));

        // The sibling's sovereign account backs exactly what left.
        assert_eq!(Balances::free_balance(sovereign(&sibling(SIBLING))), 10 * TAO);
        // The delivery fee went to the collators' pot, and nothing was burnt.
        let delivery_fee = Balances::free_balance(pot()) - pot_before;
        assert!(delivery_fee > 0);
        assert_eq!(alice_before - Balances::free_balance(&alice), 10 * TAO + delivery_fee);
        assert_eq!(Balances::total_issuance(), issuance);

        // One message to the sibling: TAO as `../Parachain(2000)`, deposited by reserve.
        let messages = sent_messages();
        assert_eq!(messages.len(), 1);
        let (dest, xcms) = &messages[0];
        assert_eq!(dest, &VersionedLocation::from(sibling(SIBLING)));
        let message: Xcm<()> = xcms[0].clone().try_into().unwrap();
        let tao_there: Asset = (Location::new(1, [Parachain(2000)]), 10 * TAO).into();
        assert!(matches!(
            message.0.as_slice(),
            [ReserveAssetDeposited(assets), ClearOrigin, BuyExecution { .. }, DepositAsset { .. }, SetTopic(_)]
                if assets == &Assets::from(tao_there.clone())
        ));
    });
}

#[test]
fn tao_goes_to_asset_hub_with_the_relay_token_paying_asset_hub_s_fee() {
    dev_chain().execute_with(|| {
        open_routes(ASSET_HUB);
        let alice = account(Sr25519Keyring::Alice);
        // Alice holds relay tokens here (as if they had come from Asset Hub earlier).
        assert_ok!(<ForeignAssets as fungibles::Mutate<AccountId>>::mint_into(
            Location::parent(),
            &alice,
            ROC,
        ));
        let issuance = Balances::total_issuance();
        let relay_issuance = relay_token_issuance();
        let assets: Assets = vec![tao(10 * TAO), relay_token(ROC / 10)].into();

        // `transfer_assets` refuses to guess the relay token's reserve (pallet-xcm, ahead of the
        // Asset Hub migration): the relay token's reserve must be named.
        assert_noop!(
            PolkadotXcm::transfer_assets(
                RuntimeOrigin::signed(alice.clone()),
                Box::new(sibling(ASSET_HUB).into()),
                Box::new(beneficiary(&alice).into()),
                Box::new(assets.clone().into()),
                1,
                Unlimited,
            ),
            pallet_xcm::Error::<Runtime>::InvalidAssetUnknownReserve
        );

        // TAO by local reserve, the relay token by destination reserve (Asset Hub), paying.
        let deposit = Xcm::<()>(vec![DepositAsset {
            assets: Wild(AllCounted(2)),
            beneficiary: beneficiary(&alice),
        }]);
        let call = RuntimeCall::PolkadotXcm(pallet_xcm::Call::transfer_assets_using_type_and_then {
            dest: Box::new(sibling(ASSET_HUB).into()),
            assets: Box::new(assets.into()),
            assets_transfer_type: Box::new(TransferType::LocalReserve),
            remote_fees_id: Box::new(VersionedAssetId::from(AssetId(Location::parent()))),
            fees_transfer_type: Box::new(TransferType::DestinationReserve),
            custom_xcm_on_dest: Box::new(VersionedXcm::from(deposit)),
            weight_limit: Unlimited,
        });
        let pot_before = Balances::free_balance(pot());
        assert_ok!(call.clone().dispatch(RuntimeOrigin::signed(alice.clone())));
        let delivery_fee = Balances::free_balance(pot()) - pot_before;
        assert!(delivery_fee > 0);
        // What the sender pays on Finney (printed with `-- --nocapture`): the delivery fee, and
        // the transaction fee of the call (its weight and length; a signed extrinsic adds about
        // 100 bytes of signature and extensions, 1 000 rao each).
        let transaction_fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(
            call.encoded_size() as u32,
            &call.get_dispatch_info(),
            0,
        );
        println!(
            "TAO + ROC to Asset Hub: delivery fee {delivery_fee} rao, transaction fee \
             {transaction_fee} rao (call of {} bytes, weight {:?})",
            call.encoded_size(),
            call.get_dispatch_info().total_weight(),
        );

        // TAO is held by Asset Hub's sovereign account; the relay token is burnt here (Asset
        // Hub pays it out of Finney's sovereign account there).
        assert_eq!(Balances::free_balance(sovereign(&sibling(ASSET_HUB))), 10 * TAO);
        assert_eq!(relay_token_balance(&alice), ROC - ROC / 10);
        assert_eq!(relay_token_issuance(), relay_issuance - ROC / 10);
        assert_eq!(Balances::total_issuance(), issuance);

        // One message to Asset Hub: the fee withdrawn from Finney's sovereign account there and
        // paid first, then TAO announced as a reserve deposit.
        let messages = sent_messages();
        assert_eq!(messages.len(), 1);
        let (dest, xcms) = &messages[0];
        assert_eq!(dest, &VersionedLocation::from(sibling(ASSET_HUB)));
        let message: Xcm<()> = xcms[0].clone().try_into().unwrap();
        let tao_there: Asset = (Location::new(1, [Parachain(2000)]), 10 * TAO).into();
        let instructions = message.0.as_slice();
        assert!(
            matches!(instructions.first(), Some(WithdrawAsset(fee)) if fee == &Assets::from(relay_token(ROC / 10))),
            "{instructions:?}"
        );
        assert!(
            instructions.iter().any(
                |i| matches!(i, ReserveAssetDeposited(assets) if assets == &Assets::from(tao_there.clone()))
            ),
            "{instructions:?}"
        );
    });
}

#[test]
fn tao_cannot_be_reserve_transferred_to_the_relay_chain() {
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let alice = account(Sr25519Keyring::Alice);
        // pallet-xcm moves the TAO locally, then sends the relay chain a reserve deposit; the
        // router refuses that message, so the whole call fails and nothing moves.
        let before = Balances::free_balance(&alice);
        assert_noop!(
            PolkadotXcm::transfer_assets(
                RuntimeOrigin::signed(alice.clone()),
                Box::new(Location::parent().into()),
                Box::new(beneficiary(&alice).into()),
                Box::new(tao(10 * TAO).into()),
                0,
                Unlimited,
            ),
            pallet_xcm::Error::<Runtime>::SendFailure
        );
        assert_eq!(Balances::free_balance(&alice), before);
        assert!(sent_messages().is_empty());
    });
}

// --- TAO coming home ---------------------------------------------------------------------------

#[test]
fn tao_returning_from_a_sovereign_account_pays_its_fee_into_the_pot() {
    dev_chain().execute_with(|| {
        let alice = account(Sr25519Keyring::Alice);
        let bob = account(Sr25519Keyring::Bob);
        let sa = sovereign(&sibling(SIBLING));
        // The sibling holds 10 TAO of Finney's: its sovereign account backs them.
        assert_ok!(Balances::transfer_allow_death(
            RuntimeOrigin::signed(alice),
            sa.clone().into(),
            10 * TAO
        ));
        let issuance = Balances::total_issuance();
        let bob_before = Balances::free_balance(&bob);
        let pot_before = Balances::free_balance(pot());

        let outcome =
            execute(sibling(SIBLING), deposit_message(WithdrawAsset, tao(10 * TAO), &bob));
        assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");

        assert_eq!(Balances::free_balance(&sa), 0);
        let fee = Balances::free_balance(pot()) - pot_before;
        assert!(fee > 0);
        assert_eq!(Balances::free_balance(&bob) - bob_before + fee, 10 * TAO);
        assert_eq!(Balances::total_issuance(), issuance);
    });
}

#[test]
fn a_sibling_cannot_withdraw_more_tao_than_its_sovereign_account_holds() {
    dev_chain().execute_with(|| {
        let bob = account(Sr25519Keyring::Bob);
        let issuance = Balances::total_issuance();
        let outcome =
            execute(sibling(SIBLING), deposit_message(WithdrawAsset, tao(10 * TAO), &bob));
        assert!(outcome.ensure_complete().is_err());
        assert_eq!(Balances::total_issuance(), issuance);
    });
}

// --- Who is trusted for what --------------------------------------------------------------------

#[test]
fn the_relay_token_from_asset_hub_is_minted_and_pays_its_fee_at_governance_s_price() {
    dev_chain().execute_with(|| {
        price_relay_token();
        let bob = account(Sr25519Keyring::Bob);
        let outcome = execute(
            sibling(ASSET_HUB),
            deposit_message(ReserveAssetDeposited, relay_token(10 * ROC), &bob),
        );
        assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");

        let fee = relay_token_balance(&pot());
        assert!(fee > 0);
        assert_eq!(relay_token_balance(&bob) + fee, 10 * ROC);
        assert_eq!(relay_token_issuance(), 10 * ROC);
    });
}

#[test]
fn the_relay_token_cannot_pay_fees_before_governance_prices_it() {
    dev_chain().execute_with(|| {
        let bob = account(Sr25519Keyring::Bob);
        let outcome = execute(
            sibling(ASSET_HUB),
            deposit_message(ReserveAssetDeposited, relay_token(10 * ROC), &bob),
        );
        // `BuyExecution` (index 2) fails: the relay token has no price yet. The minted relay
        // token is trapped, its imbalance forgotten (`pallet_xcm::Pallet::drop_assets`).
        assert!(matches!(
            outcome,
            Outcome::Incomplete { error: InstructionError { index: 2, .. }, .. }
        ));
        assert_eq!(relay_token_balance(&bob), 0);
    });
}

#[test]
fn the_relay_token_from_an_untrusted_sibling_is_refused() {
    dev_chain().execute_with(|| {
        price_relay_token();
        let bob = account(Sr25519Keyring::Bob);
        let outcome = execute(
            sibling(SIBLING),
            deposit_message(ReserveAssetDeposited, relay_token(10 * ROC), &bob),
        );
        assert!(matches!(
            outcome,
            Outcome::Incomplete {
                error: InstructionError { index: 0, error: XcmError::UntrustedReserveLocation },
                ..
            }
        ));
        assert_eq!(relay_token_issuance(), 0);
    });
}

#[test]
fn a_sibling_forging_a_tao_deposit_mints_nothing() {
    dev_chain().execute_with(|| {
        let bob = account(Sr25519Keyring::Bob);
        let issuance = Balances::total_issuance();
        // TAO as the sender should name it (reanchored: `Here`) and as it might spell it.
        for tao_id in [Location::here(), Location::new(1, [Parachain(2000)])] {
            for origin in [sibling(SIBLING), sibling(ASSET_HUB), Location::parent()] {
                let forged: Asset = (tao_id.clone(), 1_000 * TAO).into();
                let outcome =
                    execute(origin.clone(), deposit_message(ReserveAssetDeposited, forged, &bob));
                assert!(outcome.ensure_complete().is_err(), "{origin:?} minted {tao_id:?}");
            }
        }
        assert_eq!(Balances::total_issuance(), issuance);
    });
}

#[test]
fn teleports_are_filtered_both_ways() {
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let alice = account(Sr25519Keyring::Alice);
        assert_noop!(
            PolkadotXcm::limited_teleport_assets(
                RuntimeOrigin::signed(alice.clone()),
                Box::new(sibling(SIBLING).into()),
                Box::new(beneficiary(&alice).into()),
                Box::new(tao(10 * TAO).into()),
                0,
                WeightLimit::Unlimited,
            ),
            pallet_xcm::Error::<Runtime>::Filtered
        );
        // Incoming: `ReceiveTeleportedAsset` weighs `Weight::MAX`, so no message holding it runs.
        let issuance = Balances::total_issuance();
        let bob = account(Sr25519Keyring::Bob);
        let outcome = execute(
            Location::parent(),
            deposit_message(ReceiveTeleportedAsset, tao(10 * TAO), &bob),
        );
        assert!(matches!(outcome, Outcome::Error(_)));
        assert_eq!(Balances::total_issuance(), issuance);
    });
}

#[test]
fn version_subscriptions_are_accepted_from_the_relay_chain_and_siblings_only() {
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let subscribe = || {
            Xcm::<RuntimeCall>(vec![SubscribeVersion {
                query_id: 1,
                max_response_weight: Weight::zero(),
            }])
        };
        assert!(execute(sibling(SIBLING), subscribe()).ensure_complete().is_ok());
        let account_on_sibling =
            Location::new(1, [Parachain(SIBLING), AccountId32 { network: None, id: [7; 32] }]);
        // The barrier refuses it: the executor reports a barrier error at instruction 0.
        assert!(matches!(
            execute(account_on_sibling, subscribe()),
            Outcome::Incomplete {
                error: InstructionError { index: 0, error: XcmError::Barrier },
                ..
            }
        ));
        // An account on this chain cannot subscribe either.
        let local_account = Location::new(0, [AccountId32 { network: None, id: [7; 32] }]);
        assert!(matches!(
            execute(local_account, subscribe()),
            Outcome::Incomplete {
                error: InstructionError { index: 0, error: XcmError::Barrier },
                ..
            }
        ));
        // The relay chain can.
        assert!(execute(Location::parent(), subscribe()).ensure_complete().is_ok());
    });
}

// --- Where Finney is, and whose accounts ---------------------------------------------------------

#[test]
fn the_universal_location_names_the_relay_network() {
    dev_chain().execute_with(|| {
        let rococo = NetworkId::ByGenesis(xcm::latest::ROCOCO_GENESIS_HASH);
        assert_eq!(
            UniversalLocation::get(),
            Junctions::from([GlobalConsensus(rococo), Parachain(2000)])
        );
    });
    genesis_of(finney_runtime::genesis_config_presets::FINNEY_POLKADOT_PRESET).execute_with(|| {
        assert_eq!(
            UniversalLocation::get(),
            Junctions::from([GlobalConsensus(NetworkId::Polkadot), Parachain(2000)])
        );
    });
    genesis_of(finney_runtime::genesis_config_presets::FINNEY_KUSAMA_PRESET).execute_with(|| {
        assert_eq!(
            UniversalLocation::get(),
            Junctions::from([GlobalConsensus(NetworkId::Kusama), Parachain(2000)])
        );
    });
}

#[test]
fn remote_accounts_map_as_on_the_system_chains() {
    dev_chain().execute_with(|| {
        let remote =
            Location::new(1, [Parachain(ASSET_HUB), AccountId32 { network: None, id: [1; 32] }]);
        let expected =
            HashedDescription::<AccountId, DescribeFamily<DescribeAllTerminal>>::convert_location(
                &remote,
            )
            .unwrap();
        assert_eq!(Runtime::convert_location(remote.into()).unwrap(), expected);
        // A sibling: `sibl` and its para id.
        let sa = Runtime::convert_location(sibling(ASSET_HUB).into()).unwrap();
        let raw: [u8; 32] = sa.into();
        assert_eq!(&raw[..4], b"sibl");
        // A local account that names this chain's network is that account.
        let rococo = NetworkId::ByGenesis(xcm::latest::ROCOCO_GENESIS_HASH);
        let local: Location = AccountId32 { network: Some(rococo), id: [2; 32] }.into();
        assert_eq!(Runtime::convert_location(local.into()).unwrap(), AccountId::from([2; 32]));
    });
}

#[test]
fn the_trusted_query_api_names_the_relay_token_s_reserves_and_no_teleporter() {
    dev_chain().execute_with(|| {
        let dot = relay_token(ROC);
        assert_eq!(
            Runtime::is_trusted_reserve(dot.clone().into(), sibling(ASSET_HUB).into()),
            Ok(true)
        );
        assert_eq!(
            Runtime::is_trusted_reserve(dot.clone().into(), Location::parent().into()),
            Ok(true)
        );
        assert_eq!(
            Runtime::is_trusted_reserve(dot.clone().into(), sibling(SIBLING).into()),
            Ok(false)
        );
        assert_eq!(
            Runtime::is_trusted_reserve(tao(TAO).into(), sibling(SIBLING).into()),
            Ok(false)
        );
        assert_eq!(
            Runtime::is_trusted_teleporter(tao(TAO).into(), sibling(ASSET_HUB).into()),
            Ok(false)
        );
        assert_eq!(
            Runtime::is_trusted_teleporter(dot.into(), Location::parent().into()),
            Ok(false)
        );
    });
}

// --- What wallets ask first ----------------------------------------------------------------------

#[test]
fn fees_quoted_by_the_xcm_payment_api_pay_exactly() {
    dev_chain().execute_with(|| {
        price_relay_token();
        let bob = account(Sr25519Keyring::Bob);
        let accepted = Runtime::query_acceptable_payment_assets(xcm::prelude::XCM_VERSION).unwrap();
        assert!(accepted.contains(&VersionedAssetId::from(AssetId(Here.into()))));
        assert!(accepted.contains(&VersionedAssetId::from(AssetId(Location::parent()))));

        // TAO: the quote is the transaction weight-to-fee of the message's weight.
        let shape: Xcm<()> = Xcm(vec![
            WithdrawAsset(tao(TAO).into()),
            ClearOrigin,
            BuyExecution { fees: tao(TAO), weight_limit: Unlimited },
            DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(&bob) },
        ]);
        let weight = Runtime::query_xcm_weight(VersionedXcm::from(shape)).unwrap();
        let fee = Runtime::query_weight_to_asset_fee(weight, AssetId(Here.into()).into()).unwrap();
        assert_eq!(fee, WeightToFee::weight_to_fee(&weight));

        // Exactly the quote pays; one rao less does not.
        let sa = sovereign(&sibling(SIBLING));
        let alice = account(Sr25519Keyring::Alice);
        assert_ok!(Balances::transfer_allow_death(
            RuntimeOrigin::signed(alice),
            sa.into(),
            10 * TAO
        ));
        let pot_before = Balances::free_balance(pot());
        let short = execute(sibling(SIBLING), deposit_message(WithdrawAsset, tao(fee - 1), &bob));
        assert!(matches!(
            short,
            Outcome::Incomplete {
                error: InstructionError { error: XcmError::TooExpensive, .. },
                ..
            }
        ));
        let exact = execute(sibling(SIBLING), deposit_message(WithdrawAsset, tao(fee), &bob));
        assert!(exact.ensure_complete().is_ok());
        // The short attempt's TAO is trapped, not paid: the pot gained the exact fee once.
        assert_eq!(Balances::free_balance(pot()) - pot_before, fee);

        // The relay token: the quote converts at governance's price, and pays exactly.
        let reserve_shape: Xcm<()> = Xcm(vec![
            ReserveAssetDeposited(relay_token(ROC).into()),
            ClearOrigin,
            BuyExecution { fees: relay_token(ROC), weight_limit: Unlimited },
            DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary(&bob) },
        ]);
        let weight = Runtime::query_xcm_weight(VersionedXcm::from(reserve_shape)).unwrap();
        let fee =
            Runtime::query_weight_to_asset_fee(weight, AssetId(Location::parent()).into()).unwrap();
        assert!(fee > 0);
        let outcome = execute(
            sibling(ASSET_HUB),
            deposit_message(ReserveAssetDeposited, relay_token(fee), &bob),
        );
        assert!(outcome.ensure_complete().is_ok());
        assert_eq!(relay_token_balance(&pot()), fee);
    });
}

#[test]
fn the_delivery_fee_quoted_is_the_delivery_fee_charged() {
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let alice = account(Sr25519Keyring::Alice);
        let pot_before = Balances::free_balance(pot());
        assert_ok!(send_tao_to_sibling(&alice, 10 * TAO));
        let charged = Balances::free_balance(pot()) - pot_before;
        let (dest, xcms) = sent_messages().pop().unwrap();
        let quoted =
            Runtime::query_delivery_fees(dest, xcms[0].clone(), AssetId(Here.into()).into())
                .unwrap();
        let quoted: Assets = quoted.try_into().unwrap();
        assert_eq!(quoted, tao(charged).into());
    });
}

#[test]
fn a_dry_run_of_a_transfer_matches_its_effect() {
    let alice = account(Sr25519Keyring::Alice);
    let call = RuntimeCall::PolkadotXcm(pallet_xcm::Call::transfer_assets {
        dest: Box::new(sibling(SIBLING).into()),
        beneficiary: Box::new(beneficiary(&alice).into()),
        assets: Box::new(tao(10 * TAO).into()),
        fee_asset_item: 0,
        weight_limit: Unlimited,
    });
    dev_chain().execute_with(|| {
        open_routes(SIBLING);
        let origin =
            OriginCaller::system(polkadot_sdk::frame_system::RawOrigin::Signed(alice.clone()));
        let effects =
            Runtime::dry_run_call(origin, call.clone(), xcm::prelude::XCM_VERSION).unwrap();
        assert!(effects.execution_result.is_ok());
        // The dry run changed nothing.
        assert_eq!(Balances::free_balance(sovereign(&sibling(SIBLING))), 0);
        assert!(sent_messages().is_empty());

        System::reset_events();
        assert_ok!(call.clone().dispatch(RuntimeOrigin::signed(alice.clone())));
        // The same message to the same place, and the same events.
        assert_eq!(effects.forwarded_xcms, sent_messages());
        let events: Vec<_> = System::events().into_iter().map(|record| record.event).collect();
        assert_eq!(effects.emitted_events, events);
        assert_eq!(Balances::free_balance(sovereign(&sibling(SIBLING))), 10 * TAO);
        // `local_xcm` is the program `transfer_assets` executed locally.
        assert!(effects.local_xcm.is_some());
        let _ = call.get_dispatch_info();
    });
}
