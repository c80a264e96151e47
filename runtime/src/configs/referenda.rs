//! Stake-weighted referenda (DESIGN 6, stage 3): `pallet-referenda` with eight tracks,
//! `pallet-conviction-voting` where a coldkey's voting power is its stake, and
//! `pallet-whitelist` for the senate's fast track.
//!
//! - **Voting power is stake.** `ConvictionVoting`'s currency is
//!   [`pallet_subtensor_governance::voting::StakeVotingPower`]: a coldkey votes with the TAO it
//!   has staked (to any hotkey), without unstaking; free TAO does not vote. The vote's lock is a
//!   balances lock on the coldkey, covered by its held stake; TAO unstaked while a vote's lock
//!   lasts stays frozen on the account until the lock ends. Support is counted against all stake.
//! - **Tracks** ([`TRACKS`]): each dispatches with its own origin, which only the pallets it
//!   governs accept ([`pallet_subtensor_governance::origins`]). The referendum canceller and
//!   killer tracks stop other referenda.
//! - **Periods**: production tracks count 12-second blocks in hours and days. A chain whose
//!   genesis sets `Governance::ShortPeriods` (the development and local presets) runs every track
//!   on [`SHORT_TRACKS`] instead (periods of a few blocks), and shortens the vote-locking period
//!   and undeciding timeout to match, so that a referendum finishes in a minute or two of blocks.
//!   It is the same runtime code on every chain; only the genesis flag differs.
//! - **Deposits**: the submission and decision deposits are reserved from the submitter's free
//!   balance; a killed referendum's deposits go to the collators' pot (nothing is burned).

use crate::{
    configs::governance::SenateInstance,
    constants::{
        currency::TAO,
        time::{DAYS, HOURS, MINUTES},
    },
    AccountId, Balance, Balances, BlockNumber, Governance, OriginCaller, Preimage, Runtime,
    RuntimeCall, RuntimeEvent, RuntimeOrigin, Scheduler, Staking,
};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track};
use pallet_subtensor_governance::{
    origins::{ReferendumCanceller, ReferendumKiller, WhitelistedCaller},
    voting::{StakeVotingPower, TotalStakeTurnout},
    Origin as TrackOrigin,
};
use polkadot_sdk::{
    frame_support::{
        parameter_types,
        traits::{Currency, EitherOf, Get, OnUnbalanced},
    },
    frame_system::{EnsureRoot, EnsureSigned, RawOrigin},
    sp_runtime::FixedI64,
    *,
};

/// Root, or a referendum passed on `Track`'s track: how every pallet names who governs it.
pub type RootOr<Track> = EitherOf<EnsureRoot<AccountId>, Track>;

/// Track ids.
pub mod track {
    /// Root: runtime upgrades and anything else only root may do.
    pub const ROOT: u16 = 0;
    /// Calls the senate whitelisted, dispatched as root after a fast referendum.
    pub const WHITELISTED_CALLER: u16 = 1;
    /// Network and subnet parameters at governance level.
    pub const PROTOCOL_PARAMETERS: u16 = 2;
    /// Staking parameters.
    pub const STAKING_PARAMETERS: u16 = 3;
    /// Collator candidacy and invulnerables.
    pub const COLLATOR_SELECTION: u16 = 4;
    /// Triumvirate membership, senate size and motion delay, XCM administration.
    pub const GENERAL_ADMIN: u16 = 5;
    /// Cancels a referendum (refunding its deposits) or vetoes a senate motion.
    pub const REFERENDUM_CANCELLER: u16 = 6;
    /// Kills a referendum (slashing its deposits).
    pub const REFERENDUM_KILLER: u16 = 7;
}

/// The length of a track's name: `pallet-referenda`'s default (`DEFAULT_MAX_TRACK_NAME_LEN`).
const NAME_LEN: usize = 25;

/// A track's name, zero-padded to [`NAME_LEN`] bytes.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // `i < NAME_LEN`, checked.
const fn name(s: &str) -> [u8; NAME_LEN] {
    let bytes = s.as_bytes();
    let mut out = [0u8; NAME_LEN];
    let mut i = 0;
    while i < bytes.len() && i < NAME_LEN {
        out[i] = bytes[i];
        i += 1;
    }
    out
}

/// `x` percent.
const fn percent(x: u128) -> FixedI64 {
    FixedI64::from_rational(x, 100)
}

/// The periods of a track: production values, or a few blocks when `short`.
struct Periods {
    prepare: BlockNumber,
    decision: BlockNumber,
    confirm: BlockNumber,
    min_enactment: BlockNumber,
}

/// The periods of every track on a chain with `ShortPeriods`: prepare 1 block, decide within
/// 30, confirm for 2, enact 1 block later.
const SHORT: Periods = Periods { prepare: 1, decision: 30, confirm: 2, min_enactment: 1 };

/// One track, with `periods` (production) unless `short`.
#[allow(clippy::too_many_arguments)]
const fn track(
    id: u16,
    track_name: &str,
    max_deciding: u32,
    decision_deposit: Balance,
    periods: Periods,
    short: bool,
    min_approval: Curve,
    min_support: Curve,
) -> Track<u16, Balance, BlockNumber> {
    let p = if short { SHORT } else { periods };
    Track {
        id,
        info: pallet_referenda::TrackInfo {
            name: name(track_name),
            max_deciding,
            decision_deposit,
            prepare_period: p.prepare,
            decision_period: p.decision,
            confirm_period: p.confirm,
            min_enactment_period: p.min_enactment,
            min_approval,
            min_support,
        },
    }
}

/// A track for parameters of the protocol (protocol, staking, collator selection): ten at a
/// time, 100 TAO to decide, three hours of confirmation and an hour before enactment.
const fn parameter_track(
    id: u16,
    track_name: &str,
    short: bool,
) -> Track<u16, Balance, BlockNumber> {
    track(
        id,
        track_name,
        10,
        100 * TAO,
        Periods {
            prepare: 2 * HOURS,
            decision: 14 * DAYS,
            confirm: 3 * HOURS,
            min_enactment: HOURS,
        },
        short,
        // Approval: 100 % → 50 % linearly.
        Curve::make_linear(14, 14, percent(50), percent(100)),
        // Support: 50 % → 10 % after 7 days → 0 %.
        Curve::make_reciprocal(7, 14, percent(10), percent(0), percent(50)),
    )
}

/// The eight tracks, with production periods (12-second blocks) or short ones.
///
/// Approval is the share of conviction-weighted ayes among all votes; support is the share of
/// all stake that voted aye (without conviction). Both thresholds fall over the decision period,
/// as shown in each curve's comment (`reciprocal(d, x)`: `x` reached after `d` days of 14).
const fn all_tracks(short: bool) -> [Track<u16, Balance, BlockNumber>; 8] {
    let days14 = 14 * DAYS;
    [
        // Root: one at a time, a large deposit, a day to confirm and a day before enactment.
        track(
            track::ROOT,
            "root",
            1,
            1_000 * TAO,
            Periods { prepare: 2 * HOURS, decision: days14, confirm: DAYS, min_enactment: DAYS },
            short,
            // Approval: 100 % → 80 % after 4 days → 50 %.
            Curve::make_reciprocal(4, 14, percent(80), percent(50), percent(100)),
            // Support: 50 % of all stake → 0 % linearly over the 14 days.
            Curve::make_linear(14, 14, percent(0), percent(50)),
        ),
        // Whitelisted caller: the senate vouched for the call, so a small deposit, short
        // confirmation and enactment, and little support needed, but near-unanimous approval.
        track(
            track::WHITELISTED_CALLER,
            "whitelisted_caller",
            20,
            10 * TAO,
            Periods {
                prepare: 30 * MINUTES,
                decision: days14,
                confirm: 10 * MINUTES,
                min_enactment: 10 * MINUTES,
            },
            short,
            // Approval: 100 % → 96 % after a day → 50 %.
            Curve::make_reciprocal(1, 14, percent(96), percent(50), percent(100)),
            // Support: 50 % → 1 % after a day → 0 %.
            Curve::make_reciprocal(1, 14, percent(1), percent(0), percent(50)),
        ),
        // Protocol parameters: network and subnet hyperparameters.
        parameter_track(track::PROTOCOL_PARAMETERS, "protocol_parameters", short),
        // Staking parameters: take bounds, rate limits, minimum stake.
        parameter_track(track::STAKING_PARAMETERS, "staking_parameters", short),
        // Collator selection: candidacy bond, desired candidates, invulnerables.
        parameter_track(track::COLLATOR_SELECTION, "collator_selection", short),
        // General admin: triumvirate members, senate size, motion delay, XCM administration.
        track(
            track::GENERAL_ADMIN,
            "general_admin",
            10,
            100 * TAO,
            Periods { prepare: 2 * HOURS, decision: days14, confirm: DAYS, min_enactment: DAYS },
            short,
            // Approval: 100 % → 80 % after 4 days → 50 %.
            Curve::make_reciprocal(4, 14, percent(80), percent(50), percent(100)),
            // Support: 50 % → 10 % after 7 days → 0 %.
            Curve::make_reciprocal(7, 14, percent(10), percent(0), percent(50)),
        ),
        // Referendum canceller: stops a referendum quickly, refunding its deposits.
        track(
            track::REFERENDUM_CANCELLER,
            "referendum_canceller",
            100,
            100 * TAO,
            Periods {
                prepare: 2 * HOURS,
                decision: 7 * DAYS,
                confirm: 3 * HOURS,
                min_enactment: 10 * MINUTES,
            },
            short,
            // Approval: 100 % → 50 % linearly over 7 days.
            Curve::make_linear(7, 7, percent(50), percent(100)),
            // Support: 50 % → 1 % after a day → 0 %.
            Curve::make_reciprocal(1, 7, percent(1), percent(0), percent(50)),
        ),
        // Referendum killer: stops a referendum and slashes its deposits (for spam or attacks).
        track(
            track::REFERENDUM_KILLER,
            "referendum_killer",
            100,
            500 * TAO,
            Periods {
                prepare: 2 * HOURS,
                decision: days14,
                confirm: 3 * HOURS,
                min_enactment: 10 * MINUTES,
            },
            short,
            Curve::make_linear(14, 14, percent(50), percent(100)),
            Curve::make_reciprocal(1, 14, percent(1), percent(0), percent(50)),
        ),
    ]
}

/// The tracks with production periods (12-second blocks).
pub static TRACKS: [Track<u16, Balance, BlockNumber>; 8] = all_tracks(false);

/// The tracks with short periods (chains whose genesis sets `Governance::ShortPeriods`).
pub static SHORT_TRACKS: [Track<u16, Balance, BlockNumber>; 8] = all_tracks(true);

/// The tracks the chain runs on: [`SHORT_TRACKS`] if its genesis set short periods, else
/// [`TRACKS`].
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
    type Id = u16;
    type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

    fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
        let tracks = if Governance::short_periods() { &SHORT_TRACKS } else { &TRACKS };
        tracks.iter().map(Cow::Borrowed)
    }

    fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
        match origin {
            OriginCaller::system(RawOrigin::Root) => Ok(track::ROOT),
            OriginCaller::Governance(track_origin) => Ok(match track_origin {
                TrackOrigin::WhitelistedCaller => track::WHITELISTED_CALLER,
                TrackOrigin::ProtocolParameters => track::PROTOCOL_PARAMETERS,
                TrackOrigin::StakingParameters => track::STAKING_PARAMETERS,
                TrackOrigin::CollatorSelection => track::COLLATOR_SELECTION,
                TrackOrigin::GeneralAdmin => track::GENERAL_ADMIN,
                TrackOrigin::ReferendumCanceller => track::REFERENDUM_CANCELLER,
                TrackOrigin::ReferendumKiller => track::REFERENDUM_KILLER,
            }),
            _ => Err(()),
        }
    }
}

/// A value that is `Long` on production chains and `Short` on chains with short periods.
pub struct ByPeriods<Long, Short>(core::marker::PhantomData<(Long, Short)>);

impl<Long: Get<BlockNumber>, Short: Get<BlockNumber>> Get<BlockNumber> for ByPeriods<Long, Short> {
    fn get() -> BlockNumber {
        if Governance::short_periods() {
            Short::get()
        } else {
            Long::get()
        }
    }
}

parameter_types! {
    /// Reserved to submit a referendum (refunded once it is decided).
    pub const SubmissionDeposit: Balance = TAO;
    /// At most this many referenda wait for a decision slot on one track.
    pub const MaxQueued: u32 = 100;
    /// A referendum without a decision deposit expires after 14 days.
    pub const UndecidingTimeoutLong: BlockNumber = 14 * DAYS;
    /// ... or 30 blocks with short periods.
    pub const UndecidingTimeoutShort: BlockNumber = 30;
    /// A conviction of 1x locks the vote for 7 days after the referendum ends (2x: 14 days, and
    /// so on up to 6x: 224 days). At least every track's enactment period, so that a winning
    /// side stays locked while its decision takes effect.
    pub const VoteLockingPeriodLong: BlockNumber = 7 * DAYS;
    /// ... or 10 blocks with short periods.
    pub const VoteLockingPeriodShort: BlockNumber = 10;
}

/// The undeciding timeout of the chain's periods.
pub type UndecidingTimeout = ByPeriods<UndecidingTimeoutLong, UndecidingTimeoutShort>;
/// The vote-locking period of the chain's periods.
pub type VoteLockingPeriod = ByPeriods<VoteLockingPeriodLong, VoteLockingPeriodShort>;

/// A killed referendum's slashed deposits go to the collators' pot, like fees: nothing is
/// burned, total issuance does not change.
pub struct SlashToCollatorPot;

impl OnUnbalanced<<Balances as Currency<AccountId>>::NegativeImbalance> for SlashToCollatorPot {
    fn on_nonzero_unbalanced(amount: <Balances as Currency<AccountId>>::NegativeImbalance) {
        let pot = pallet_collator_selection::Pallet::<Runtime>::account_id();
        Balances::resolve_creating(&pot, amount);
    }
}

impl pallet_referenda::Config for Runtime {
    type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
    type RuntimeCall = RuntimeCall;
    type RuntimeEvent = RuntimeEvent;
    type Scheduler = Scheduler;
    type Currency = Balances;
    /// Anyone may submit (and pays the submission deposit).
    type SubmitOrigin = EnsureSigned<AccountId>;
    type CancelOrigin = RootOr<ReferendumCanceller>;
    type KillOrigin = RootOr<ReferendumKiller>;
    type Slash = SlashToCollatorPot;
    type Votes = Balance;
    type Tally = pallet_conviction_voting::TallyOf<Runtime>;
    type SubmissionDeposit = SubmissionDeposit;
    type MaxQueued = MaxQueued;
    type UndecidingTimeout = UndecidingTimeout;
    /// Referenda are checked every block.
    type AlarmInterval = frame_support::traits::ConstU32<1>;
    type Tracks = TracksInfo;
    type Preimages = Preimage;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// What stake as voting power reads from the accounts: the balances pallet's `frozen` (what
/// the vote locks keep); in `runtime-benchmarks` builds only, it also gives conviction voting's
/// benchmark voters their voting power: `make_free_balance_be(who, max)` becomes stake, the only
/// voting power. `who` gets free TAO, registers itself as its own hotkey and stakes it there
/// through the staking ledger (so every stake total stays consistent), capped at one million
/// TAO a voter so that total issuance cannot overflow.
pub struct VotingPowerAccounts;
impl pallet_subtensor_governance::voting::VotingPowerAccounts<AccountId, Balance>
    for VotingPowerAccounts
{
    fn locked(who: &AccountId) -> Balance {
        frame_system::Account::<Runtime>::get(who).data.frozen
    }

    #[cfg(not(feature = "runtime-benchmarks"))]
    fn set_voting_power(_who: &AccountId, _amount: Balance) {}

    #[cfg(feature = "runtime-benchmarks")]
    fn set_voting_power(who: &AccountId, amount: Balance) {
        use frame_support::traits::fungible::Mutate;
        let amount = amount.min(1_000_000 * TAO);
        let have =
            <Staking as finney_support::StakeInfo<AccountId, Balance>>::total_stake_of_coldkey(who);
        let Some(more) = amount.checked_sub(have).filter(|more| *more > 0) else {
            return;
        };
        let existential = <Balances as Currency<AccountId>>::minimum_balance();
        let _ = Balances::mint_into(who, more.saturating_add(existential));
        let _ = Staking::do_create_hotkey_account(who, who);
        let _ = pallet_subtensor_staking::ledger::stake::<Runtime>(who, who, more);
    }
}

impl pallet_conviction_voting::Config for Runtime {
    /// Measured on Finney (`scripts/benchmark.sh --release pallet_conviction_voting`), with
    /// stake as voting power.
    type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
    type RuntimeEvent = RuntimeEvent;
    /// Voting power is stake; locks are balances locks on the coldkey.
    type Currency = StakeVotingPower<AccountId, Balances, Staking, VotingPowerAccounts>;
    type Polls = crate::Referenda;
    /// Support is measured against all stake.
    type MaxTurnout = TotalStakeTurnout<AccountId, Balance, Staking>;
    /// An account votes on at most 512 referenda at once (per track), conviction voting's usual
    /// bound; it also bounds the weight of `delegate`.
    type MaxVotes = frame_support::traits::ConstU32<512>;
    type VoteLockingPeriod = VoteLockingPeriod;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
    type VotingHooks = ();
}

impl pallet_whitelist::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
    /// A majority of the senate (or root) whitelists a call.
    type WhitelistOrigin = EitherOf<
        EnsureRoot<AccountId>,
        pallet_collective::EnsureProportionMoreThan<AccountId, SenateInstance, 1, 2>,
    >;
    /// A passed whitelisted-caller referendum (or root) dispatches it, as root.
    type DispatchWhitelistedOrigin = RootOr<WhitelistedCaller>;
    type Preimages = Preimage;
    /// A deferred dispatch of a whitelisted call expires after 7 days.
    type DeferredDispatchExpiration = frame_support::traits::ConstU32<{ 7 * DAYS }>;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
