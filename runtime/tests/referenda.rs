//! Stake-weighted referenda as the runtime configures them (DESIGN 6, stages 3 and 4): every
//! track has its own origin and only the pallets it governs accept it, voting power is stake
//! (staked TAO votes where it is, free TAO does not), voted stake stays locked after unstaking
//! until the vote's lock ends, and a root referendum retires the sudo key for good while later
//! referenda still pass. Runs on the development preset (short periods) unless noted.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::panic
)]

use codec::Encode;
use finney_runtime::{
    configs::referenda::{
        track, TracksInfo, VoteLockingPeriodLong, VoteLockingPeriodShort, SHORT_TRACKS, TRACKS,
    },
    constants::currency::TAO,
    genesis_config_presets::FINNEY_POLKADOT_PRESET,
    AccountId, Balances, BlockNumber, ConvictionVoting, OriginCaller, Referenda, Runtime,
    RuntimeCall, RuntimeEvent, RuntimeOrigin, Scheduler, Staking, Sudo, System,
};
use pallet_subtensor::NetworkParameter;
use pallet_subtensor_governance::Origin as TrackOrigin;
use pallet_subtensor_staking::StakingParameter;
use polkadot_sdk::{
    frame_support::{
        assert_noop, assert_ok,
        traits::{
            schedule::DispatchTime, Bounded, Currency, ExistenceRequirement, Get, OnInitialize,
        },
    },
    frame_system::RawOrigin,
    pallet_conviction_voting,
    pallet_conviction_voting::{AccountVote, Conviction, Vote},
    pallet_referenda,
    pallet_referenda::TracksInfo as _,
    pallet_scheduler, pallet_sudo,
    sp_keyring::Sr25519Keyring,
    sp_runtime::{DispatchError, DispatchResult, TokenError},
};

mod common;

use common::dev_chain;

fn account(key: Sr25519Keyring) -> AccountId {
    key.to_account_id()
}

fn signed(key: Sr25519Keyring) -> RuntimeOrigin {
    RuntimeOrigin::signed(account(key))
}

/// Runs the next block's `on_initialize` of the scheduler (referenda's alarms and enactments).
fn next_block() {
    let next = System::block_number() + 1;
    System::set_block_number(next);
    Scheduler::on_initialize(next);
}

fn run_blocks(n: BlockNumber) {
    for _ in 0..n {
        next_block();
    }
}

/// Alice stakes `amount` to hotkey One (which she then owns).
fn stake(coldkey: Sr25519Keyring, hotkey: Sr25519Keyring, amount: u128) {
    assert_ok!(Staking::add_stake(signed(coldkey), account(hotkey), amount));
}

fn stake_of(coldkey: Sr25519Keyring) -> u128 {
    pallet_subtensor_staking::TotalColdkeyStake::<Runtime>::get(account(coldkey))
}

fn aye(balance: u128, conviction: Conviction) -> AccountVote<u128> {
    AccountVote::Standard { vote: Vote { aye: true, conviction }, balance }
}

/// Alice submits `call` on `origin`'s track and places its decision deposit; returns its index.
fn submit(origin: OriginCaller, call: RuntimeCall) -> u32 {
    let index = pallet_referenda::ReferendumCount::<Runtime>::get();
    let bounded = Bounded::Inline(call.encode().try_into().expect("a small call fits inline"));
    assert_ok!(Referenda::submit(
        signed(Sr25519Keyring::Alice),
        Box::new(origin),
        bounded,
        DispatchTime::After(1),
    ));
    assert_ok!(Referenda::place_decision_deposit(signed(Sr25519Keyring::Alice), index));
    index
}

/// Runs blocks until the enactment of a referendum is dispatched (the scheduler's named task),
/// at most 80 blocks; returns its result.
fn run_until_enacted() -> DispatchResult {
    System::reset_events();
    for _ in 0..80 {
        next_block();
        for record in System::events() {
            if let RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
                id: Some(_),
                result,
                ..
            }) = record.event
            {
                return result;
            }
        }
    }
    panic!("no referendum enacted within 80 blocks");
}

/// Submits `call` on `origin`'s track, Alice votes aye with `balance` at `conviction`, and the
/// blocks run until it is enacted; returns the referendum and the enacted call's result.
fn pass(origin: OriginCaller, call: RuntimeCall, balance: u128) -> (u32, DispatchResult) {
    let index = submit(origin, call);
    assert_ok!(ConvictionVoting::vote(
        signed(Sr25519Keyring::Alice),
        index,
        aye(balance, Conviction::Locked1x)
    ));
    (index, run_until_enacted())
}

fn network_rate_limit() -> u64 {
    pallet_subtensor::NetworkRateLimit::<Runtime>::get()
}

fn track_origin(origin: TrackOrigin) -> OriginCaller {
    OriginCaller::Governance(origin)
}

#[test]
fn every_track_has_its_origin_and_locks_cover_enactment() {
    let origins = [
        (OriginCaller::system(RawOrigin::Root), track::ROOT, "root"),
        (
            track_origin(TrackOrigin::WhitelistedCaller),
            track::WHITELISTED_CALLER,
            "whitelisted_caller",
        ),
        (
            track_origin(TrackOrigin::ProtocolParameters),
            track::PROTOCOL_PARAMETERS,
            "protocol_parameters",
        ),
        (
            track_origin(TrackOrigin::StakingParameters),
            track::STAKING_PARAMETERS,
            "staking_parameters",
        ),
        (
            track_origin(TrackOrigin::CollatorSelection),
            track::COLLATOR_SELECTION,
            "collator_selection",
        ),
        (track_origin(TrackOrigin::GeneralAdmin), track::GENERAL_ADMIN, "general_admin"),
        (
            track_origin(TrackOrigin::ReferendumCanceller),
            track::REFERENDUM_CANCELLER,
            "referendum_canceller",
        ),
        (
            track_origin(TrackOrigin::ReferendumKiller),
            track::REFERENDUM_KILLER,
            "referendum_killer",
        ),
    ];
    assert_eq!(TRACKS.len(), origins.len());
    for (origin, id, name) in &origins {
        assert_eq!(TracksInfo::track_for(origin), Ok(*id), "{name}'s origin maps to its track");
        for tracks in [&TRACKS, &SHORT_TRACKS] {
            let track = tracks.iter().find(|t| t.id == *id).expect("the track exists");
            let len = name.len();
            assert_eq!(&track.info.name[..len], name.as_bytes());
            assert!(track.info.name[len..].iter().all(|b| *b == 0));
        }
    }
    // A signed account has no track.
    assert!(TracksInfo::track_for(&OriginCaller::system(RawOrigin::Signed(account(
        Sr25519Keyring::Alice
    ))))
    .is_err());

    // A winning vote stays locked at least until its decision is enacted.
    for (tracks, locking) in
        [(&TRACKS, VoteLockingPeriodLong::get()), (&SHORT_TRACKS, VoteLockingPeriodShort::get())]
    {
        for track in tracks.iter() {
            assert!(
                locking >= track.info.min_enactment_period,
                "the vote-locking period {locking} covers track {}'s enactment",
                track.id
            );
        }
    }
}

#[test]
fn the_dev_chain_runs_short_periods_and_production_days() {
    dev_chain().execute_with(|| {
        TracksInfo::check_integrity().unwrap();
        assert_eq!(TracksInfo::info(track::ROOT).unwrap().decision_period, 30);
        assert_eq!(
            <Runtime as pallet_conviction_voting::Config>::VoteLockingPeriod::get(),
            VoteLockingPeriodShort::get()
        );
    });
    common::genesis_of(FINNEY_POLKADOT_PRESET).execute_with(|| {
        TracksInfo::check_integrity().unwrap();
        let root = TracksInfo::info(track::ROOT).unwrap();
        assert_eq!(root.decision_period, 14 * finney_runtime::constants::time::DAYS);
        assert_eq!(
            <Runtime as pallet_conviction_voting::Config>::VoteLockingPeriod::get(),
            VoteLockingPeriodLong::get()
        );
    });
}

#[test]
fn voting_power_is_stake_not_free_tao() {
    dev_chain().execute_with(|| {
        let remark = RuntimeCall::System(polkadot_sdk::frame_system::Call::remark {
            remark: b"finney".to_vec(),
        });
        let index = submit(OriginCaller::system(RawOrigin::Root), remark);
        let insufficient = || pallet_conviction_voting::Error::<Runtime>::InsufficientFunds;

        // Bob has free TAO and no stake: no voting power.
        assert!(Balances::free_balance(account(Sr25519Keyring::Bob)) > 1_000 * TAO);
        assert_noop!(
            ConvictionVoting::vote(signed(Sr25519Keyring::Bob), index, aye(TAO, Conviction::None)),
            insufficient()
        );

        // Alice votes with her stake, without unstaking, and not a rao more.
        stake(Sr25519Keyring::Alice, Sr25519Keyring::One, 1_000 * TAO);
        assert_noop!(
            ConvictionVoting::vote(
                signed(Sr25519Keyring::Alice),
                index,
                aye(1_000 * TAO + 1, Conviction::Locked1x)
            ),
            insufficient()
        );
        assert_ok!(ConvictionVoting::vote(
            signed(Sr25519Keyring::Alice),
            index,
            aye(1_000 * TAO, Conviction::Locked1x)
        ));
        assert_eq!(stake_of(Sr25519Keyring::Alice), 1_000 * TAO, "voting unstakes nothing");
        let locks = Balances::locks(&account(Sr25519Keyring::Alice));
        assert_eq!(locks.len(), 1);
        assert_eq!((locks[0].id, locks[0].amount), (*b"pyconvot", 1_000 * TAO));
        // The lock sits on the held stake: Alice's free TAO still moves.
        let alice_free = Balances::free_balance(account(Sr25519Keyring::Alice));
        assert_ok!(<Balances as Currency<AccountId>>::transfer(
            &account(Sr25519Keyring::Alice),
            &account(Sr25519Keyring::Bob),
            alice_free / 2,
            ExistenceRequirement::KeepAlive,
        ));
    });
}

#[test]
fn voted_stake_stays_locked_after_unstaking_until_the_lock_ends() {
    dev_chain().execute_with(|| {
        let alice = account(Sr25519Keyring::Alice);
        let issuance = Balances::total_issuance();
        stake(Sr25519Keyring::Alice, Sr25519Keyring::One, 10_000 * TAO);
        let call = RuntimeCall::SubtensorModule(pallet_subtensor::Call::set_network_parameter {
            parameter: NetworkParameter::NetworkRateLimit(7),
        });
        let (index, result) =
            pass(track_origin(TrackOrigin::ProtocolParameters), call, 10_000 * TAO);
        assert_ok!(result);
        assert_eq!(network_rate_limit(), 7, "the protocol-parameters referendum enacted");
        let ended = System::block_number();

        // Alice unstakes everything: her TAO is free again, but the vote's 10 000 stay frozen.
        assert_ok!(Staking::remove_stake(
            signed(Sr25519Keyring::Alice),
            account(Sr25519Keyring::One),
            10_000 * TAO
        ));
        assert_eq!(stake_of(Sr25519Keyring::Alice), 0);
        let free = Balances::free_balance(&alice);
        assert!(free > 10_000 * TAO);
        // The lock covers the account's total; what stays reserved (the referendum's deposits,
        // until refunded) counts towards it, like the held stake did.
        let spendable = free - (10_000 * TAO - Balances::reserved_balance(&alice));
        let to_bob = |amount| {
            <Balances as Currency<AccountId>>::transfer(
                &alice,
                &account(Sr25519Keyring::Bob),
                amount,
                ExistenceRequirement::AllowDeath,
            )
        };
        assert_noop!(to_bob(spendable + 1), TokenError::Frozen);

        // Removing the vote keeps the conviction's lock (1x: 10 blocks after the end).
        assert_ok!(ConvictionVoting::remove_vote(
            signed(Sr25519Keyring::Alice),
            Some(track::PROTOCOL_PARAMETERS),
            index
        ));
        assert_ok!(ConvictionVoting::unlock(
            signed(Sr25519Keyring::Bob),
            track::PROTOCOL_PARAMETERS,
            alice.clone().into()
        ));
        assert_noop!(to_bob(spendable + 1), TokenError::Frozen);

        // Once the lock period is over, unlocking frees everything.
        while System::block_number() <= ended + VoteLockingPeriodShort::get() {
            next_block();
        }
        assert_ok!(ConvictionVoting::unlock(
            signed(Sr25519Keyring::Bob),
            track::PROTOCOL_PARAMETERS,
            alice.clone().into()
        ));
        assert!(Balances::locks(&alice).is_empty());
        assert_ok!(to_bob(spendable + 1));
        assert_eq!(Balances::total_issuance(), issuance, "deposits and votes mint or burn nothing");
    });
}

#[test]
fn a_track_origin_reaches_only_what_its_track_governs() {
    dev_chain().execute_with(|| {
        stake(Sr25519Keyring::Alice, Sr25519Keyring::One, 10_000 * TAO);
        let staking_call =
            RuntimeCall::Staking(pallet_subtensor_staking::Call::set_staking_parameter {
                parameter: StakingParameter::TxRateLimit(3),
            });

        // The protocol-parameters track cannot change a staking parameter.
        let (_, result) =
            pass(track_origin(TrackOrigin::ProtocolParameters), staking_call.clone(), 10_000 * TAO);
        assert_eq!(result, Err(DispatchError::BadOrigin));

        // The staking-parameters track can.
        let (_, result) =
            pass(track_origin(TrackOrigin::StakingParameters), staking_call, 10_000 * TAO);
        assert_ok!(result);
        assert_eq!(pallet_subtensor_staking::TxRateLimit::<Runtime>::get(), 3);
    });
}

#[test]
fn a_root_referendum_retires_sudo_and_referenda_still_pass() {
    dev_chain().execute_with(|| {
        let alice = account(Sr25519Keyring::Alice);
        assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice.clone()));
        stake(Sr25519Keyring::Alice, Sr25519Keyring::One, 10_000 * TAO);

        let remove_key = RuntimeCall::Sudo(pallet_sudo::Call::remove_key {});
        let (_, result) = pass(OriginCaller::system(RawOrigin::Root), remove_key, 10_000 * TAO);
        assert_ok!(result);
        assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);

        // No key acts as root any more, and none can be installed but by referendum.
        let remark = Box::new(RuntimeCall::System(polkadot_sdk::frame_system::Call::remark {
            remark: vec![1],
        }));
        assert_noop!(
            Sudo::sudo(signed(Sr25519Keyring::Alice), remark),
            pallet_sudo::Error::<Runtime>::RequireSudo
        );
        assert_noop!(
            Sudo::set_key(signed(Sr25519Keyring::Alice), alice.clone().into()),
            pallet_sudo::Error::<Runtime>::RequireSudo
        );

        // Governance goes on: the next referendum changes a parameter.
        run_blocks(2);
        let call = RuntimeCall::SubtensorModule(pallet_subtensor::Call::set_network_parameter {
            parameter: NetworkParameter::NetworkRateLimit(11),
        });
        let (_, result) = pass(track_origin(TrackOrigin::ProtocolParameters), call, 10_000 * TAO);
        assert_ok!(result);
        assert_eq!(network_rate_limit(), 11);
    });
}
