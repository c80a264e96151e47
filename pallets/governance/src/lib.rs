//! # Governance pallet
//!
//! Crate `pallet-subtensor-governance`, runtime name `Governance`: the glue between Finney's
//! stake and the FRAME governance pallets (DESIGN 6: team-led, then a senate, then a DAO).
//!
//! Design: docs/design.md, section 6.
//!
//! ## The senate
//!
//! The senate votes on what the triumvirate proposes (a `pallet-collective` instance). Its seats
//! are not elected: they follow stake on the root network. [`Pallet::sync_senate`] (run at each
//! root epoch) gives a seat to each of the [`SenateSize`] owner coldkeys whose root validators
//! carry the most stake, by the rules of [`senate`]:
//!
//! - one seat per owner coldkey, ranked by the stake of its largest root validator (total stake
//!   behind the hotkey, nominators included), and the senator votes with that coldkey;
//! - a sitting member keeps its seat against a newcomer with equal stake, and loses it only to one
//!   with strictly more;
//! - an owner with no root validator left (or no stake) loses its seat at once.
//!
//! The new member list goes to [`Config::Senate`] through `ChangeMembers`; the collective drops
//! the open votes of the members who left. The work is bounded by the root network's size
//! ([`finney_support::RootValidators::max_root_validators`]): two reads per root validator.
//! [`Pallet::set_senate_size`] changes the number of seats (governance; at most
//! [`Config::MaxSenateSize`]), from the next sync.
//!
//! ## Motions
//!
//! A member of the triumvirate ([`Config::Triumvirate`], up to three accounts set by root or the
//! DAO) proposes a call with [`Pallet::propose`]: it becomes a motion of the senate's collective
//! whose threshold is a majority of the senate. Senators vote on it with the collective's `vote`
//! and anyone closes it with `close` (the polkadot-js council pages). An approved motion runs
//! [`Pallet::schedule_motion`] with the senate's majority origin, which schedules the call to
//! run as root [`MotionDelay`] blocks later (a day on production chains). Until then
//! [`Config::VetoOrigin`] can cancel it with [`Pallet::veto`].
//!
//! ## Referenda
//!
//! The DAO's stage runs on `pallet-referenda` and `pallet-conviction-voting`; this pallet gives
//! them what is Finney's own:
//!
//! - [`Origin`]: the origins of the tracks other than root (protocol parameters, staking
//!   parameters, collator selection, general admin, whitelisted caller, referendum canceller and
//!   killer), and in [`origins`] one `EnsureOrigin` per track for the pallets each governs;
//! - [`voting::StakeVotingPower`]: voting power is a coldkey's stake, and its vote's lock is a
//!   balances lock covered by that stake (unstaked TAO stays frozen until the lock ends);
//!   [`voting::TotalStakeTurnout`]: support is measured against all stake;
//! - [`ShortPeriods`]: set at genesis on development chains, whose tracks then run on periods
//!   of a few blocks (the runtime's tracks read [`Pallet::short_periods`]).
//!
//! ## Runtime configuration
//!
//! `Stake`, `Hotkeys` = `Staking`; `RootValidators` = `SubtensorModule`; `Senate` = the senate's
//! collective instance; `MaxSenateSize` the root network's `max_allowed_uids` limit (64);
//! `DefaultSenateSize` 12, as on Bittensor.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod origins;
pub mod senate;
pub mod voting;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use weights::WeightInfo;

/// Putting a motion before the senate: the runtime's senate collective implements it (its
/// `do_propose_proposed`), so that the triumvirate, which is not part of the collective, can
/// propose there.
pub trait ProposeMotion<AccountId, Call> {
    /// Opens a motion to dispatch `call` (with the collective's origin) once `threshold` members
    /// approve it. `length_bound` is the most bytes the encoded call may take.
    fn propose(
        proposer: AccountId,
        threshold: u32,
        call: alloc::boxed::Box<Call>,
        length_bound: u32,
    ) -> polkadot_sdk::sp_runtime::DispatchResult;
}

/// Setting up the chain state the governance benchmarks need, in the runtime's own pallets.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
    /// Puts `hotkey`, owned by `coldkey`, on the root network with `stake` behind it.
    fn add_root_validator(hotkey: &AccountId, coldkey: &AccountId, stake: Balance);

    /// Makes `who` a member of the triumvirate.
    fn add_triumvirate_member(who: &AccountId);
}

/// The scheduler's name of motion `id` (what [`Pallet::veto`] cancels): `finney/motn/` and the
/// id's four little-endian bytes, zero-padded.
pub fn motion_task_name(id: u32) -> [u8; 32] {
    let mut name = [0u8; 32];
    for (slot, byte) in name.iter_mut().zip(b"finney/motn/".iter().chain(id.to_le_bytes().iter())) {
        *slot = *byte;
    }
    name
}

use polkadot_sdk::{frame_support, frame_system};

/// The encoded size of `call` in bytes (saturating at `u32::MAX`): what the weights of
/// [`Pallet::propose`] and [`Pallet::schedule_motion`] grow with, since the collective stores the
/// call and the scheduler notes it as a preimage.
fn encoded_len<C: codec::Encode>(call: &C) -> u32 {
    call.encoded_size().try_into().unwrap_or(u32::MAX)
}

// The FRAME macros expand to code that uses `expect` and `unreachable!` on paths they prove
// unreachable; the pallet's own logic lives in `senate`, under the workspace lints.
#[allow(clippy::expect_used, clippy::unreachable)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use alloc::{boxed::Box, collections::BTreeSet, vec::Vec};
    use finney_support::{HotkeyOwnership, RootValidators, StakeInfo};
    use frame_support::{
        dispatch::GetDispatchInfo,
        pallet_prelude::*,
        traits::{
            schedule::{v3::Named as ScheduleNamed, DispatchTime},
            ChangeMembers, Contains, QueryPreimage, StorePreimage,
        },
    };
    use frame_system::pallet_prelude::*;
    use polkadot_sdk::sp_runtime::traits::{Dispatchable, Hash, One, Saturating, Zero};

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    /// Configuration of the governance pallet.
    #[pallet::config]
    pub trait Config: polkadot_sdk::frame_system::Config {
        /// The balance type stake is counted in.
        type Balance: Parameter + MaxEncodedLen + Ord + Copy + Default + From<u64>;

        /// Stake per hotkey: a root validator's total stake ranks its owner's candidacy.
        type Stake: StakeInfo<Self::AccountId, Self::Balance>;

        /// Who owns a hotkey: the coldkey that sits in the senate for it.
        type Hotkeys: HotkeyOwnership<Self::AccountId>;

        /// The root network's validators, from which the senate is drawn.
        type RootValidators: RootValidators<Self::AccountId>;

        /// The senate's collective: told of every change of members (it drops the open votes of
        /// those who leave).
        type Senate: ChangeMembers<Self::AccountId>;

        /// The most seats the senate can have (64 in the runtime: the root network's default
        /// size; governance may grow the root network beyond it, the senate stays this small).
        #[pallet::constant]
        type MaxSenateSize: Get<u32>;

        /// The number of seats until governance changes it.
        #[pallet::constant]
        type DefaultSenateSize: Get<u32>;

        /// Who may change the number of seats and the motion delay: root or a governance track.
        type ParameterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

        /// The runtime's call type: what a motion dispatches.
        type RuntimeCall: Parameter
            + Dispatchable<RuntimeOrigin = Self::RuntimeOrigin>
            + GetDispatchInfo
            + From<Call<Self>>
            + IsType<<Self as frame_system::Config>::RuntimeCall>;

        /// The runtime's origin caller type, for the scheduler (motions run as root).
        type PalletsOrigin: From<frame_system::RawOrigin<Self::AccountId>>;

        /// Runs approved motions after [`MotionDelay`].
        type Scheduler: ScheduleNamed<
            BlockNumberFor<Self>,
            <Self as Config>::RuntimeCall,
            Self::PalletsOrigin,
            Hasher = Self::Hashing,
        >;

        /// Stores a scheduled motion's call when it is too large to be kept inline.
        type Preimages: StorePreimage + QueryPreimage<H = Self::Hashing>;

        /// The triumvirate: who may propose motions.
        type Triumvirate: Contains<Self::AccountId>;

        /// Opens motions in the senate's collective.
        type SenateMotions: ProposeMotion<Self::AccountId, <Self as Config>::RuntimeCall>;

        /// A majority of the senate: the origin of an approved motion.
        type SenateMajority: EnsureOrigin<Self::RuntimeOrigin>;

        /// Who may cancel a scheduled motion before it runs.
        type VetoOrigin: EnsureOrigin<Self::RuntimeOrigin>;

        /// How long an approved motion waits before it runs as root (and can be vetoed), until
        /// the genesis or governance sets [`MotionDelay`].
        #[pallet::constant]
        type DefaultMotionDelay: Get<BlockNumberFor<Self>>;

        /// Weights of the calls and of the senate sync.
        type WeightInfo: WeightInfo;

        /// Sets up root validators and triumvirate members for the benchmarks.
        #[cfg(feature = "runtime-benchmarks")]
        type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Balance>;
    }

    /// [`Config::DefaultSenateSize`], as the default of [`SenateSize`].
    #[pallet::type_value]
    pub fn DefaultSenateSize<T: Config>() -> u32 {
        T::DefaultSenateSize::get()
    }

    /// The number of senate seats. Changed by [`Pallet::set_senate_size`]; applied at the next
    /// sync.
    #[pallet::storage]
    pub type SenateSize<T: Config> = StorageValue<_, u32, ValueQuery, DefaultSenateSize<T>>;

    /// The senators (owner coldkeys), sorted by account id: what [`Config::Senate`] was last
    /// told. The incumbents of the next sync.
    #[pallet::storage]
    pub type SenateMembers<T: Config> =
        StorageValue<_, BoundedVec<T::AccountId, T::MaxSenateSize>, ValueQuery>;

    /// [`Config::DefaultMotionDelay`], as the default of [`MotionDelay`].
    #[pallet::type_value]
    pub fn DefaultMotionDelay<T: Config>() -> BlockNumberFor<T> {
        T::DefaultMotionDelay::get()
    }

    /// Blocks an approved motion waits before it runs as root; it can be vetoed meanwhile. A day
    /// on production chains, a few blocks on development chains (set in their genesis).
    #[pallet::storage]
    pub type MotionDelay<T: Config> =
        StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultMotionDelay<T>>;

    /// The id of the next scheduled motion.
    #[pallet::storage]
    pub type NextMotionId<T: Config> = StorageValue<_, u32, ValueQuery>;

    /// Whether the chain's referenda run on short periods (blocks instead of days: development
    /// and local test chains, so that a referendum finishes in minutes). Set at genesis only;
    /// the runtime's tracks, vote-locking period and undeciding timeout read it
    /// (see [`Pallet::short_periods`]).
    #[pallet::storage]
    pub type ShortPeriods<T: Config> = StorageValue<_, bool, ValueQuery>;

    /// The origins of the referenda tracks other than root: a referendum passed on a track
    /// dispatches its call with the track's origin, and each pallet accepts the origins of the
    /// tracks that govern it (the runtime's `EnsureOrigin` types, [`crate::origins`]).
    #[pallet::origin]
    #[derive(
        PartialEq,
        Eq,
        Clone,
        Copy,
        MaxEncodedLen,
        Encode,
        Decode,
        codec::DecodeWithMemTracking,
        TypeInfo,
        Debug,
    )]
    // The Wasm runtime's metadata keeps docs only for the types marked so; polkadot-js apps shows
    // these when a referendum's origin is picked.
    #[scale_info(capture_docs = "always")]
    pub enum Origin {
        /// A call the senate whitelisted, fast-tracked (`Whitelist::dispatch_whitelisted_call`).
        WhitelistedCaller,
        /// Network-wide and subnet parameters at governance level (`SubtensorModule`).
        ProtocolParameters,
        /// Staking parameters (`Staking::set_staking_parameter`).
        StakingParameters,
        /// The collators' candidacy rules and invulnerables (`CollatorSelection`).
        CollatorSelection,
        /// Everything administrative: the triumvirate's members, the senate's size and motion
        /// delay, XCM administration.
        GeneralAdmin,
        /// Cancels a referendum (its deposits are refunded) or vetoes a senate motion.
        ReferendumCanceller,
        /// Kills a referendum (its deposits are slashed).
        ReferendumKiller,
    }

    /// Events of the governance pallet.
    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// A senate sync changed the members: `incoming` took seats, `outgoing` lost theirs
        /// (and their open votes). `members` is the new senate, by rank (most stake first).
        SenateChanged {
            incoming: Vec<T::AccountId>,
            outgoing: Vec<T::AccountId>,
            members: Vec<T::AccountId>,
        },
        /// The number of senate seats is now `size`, from the next sync.
        SenateSizeSet { size: u32 },
        /// Approved motions now wait `blocks` before they run.
        MotionDelaySet { blocks: BlockNumberFor<T> },
        /// `proposer` (of the triumvirate) put `call_hash` before the senate; it needs
        /// `threshold` ayes.
        MotionProposed { proposer: T::AccountId, call_hash: T::Hash, threshold: u32 },
        /// The senate approved `call_hash`; it runs as root at block `when` unless vetoed
        /// (scheduler task [`motion_task_name`]`(id)`).
        MotionScheduled { id: u32, call_hash: T::Hash, when: BlockNumberFor<T> },
        /// Scheduled motion `id` was vetoed: it will not run.
        MotionVetoed { id: u32 },
    }

    /// Errors of the governance pallet.
    #[pallet::error]
    pub enum Error<T> {
        /// The senate needs at least one seat.
        SenateSizeZero,
        /// More seats than [`Config::MaxSenateSize`] (64 in the runtime).
        SenateSizeTooLarge,
        /// Only a member of the triumvirate may propose a motion.
        NotTriumvirate,
        /// The senate has no members yet (it fills at the next root epoch): no one could vote.
        EmptySenate,
        /// No scheduled motion has this id (it never existed, already ran, or was vetoed).
        UnknownMotion,
        /// A motion must wait at least one block.
        MotionDelayZero,
    }

    /// The governance pallet at genesis.
    #[pallet::genesis_config]
    #[derive(frame_support::DefaultNoBound)]
    pub struct GenesisConfig<T: Config> {
        /// [`MotionDelay`]; `None` keeps [`Config::DefaultMotionDelay`].
        pub motion_delay: Option<BlockNumberFor<T>>,
        /// [`ShortPeriods`]: referenda in blocks instead of days (development chains).
        pub short_periods: bool,
    }

    #[pallet::genesis_build]
    impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
        fn build(&self) {
            if let Some(blocks) = self.motion_delay {
                MotionDelay::<T>::put(blocks.max(One::one()));
            }
            if self.short_periods {
                ShortPeriods::<T>::put(true);
            }
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Sets the number of senate seats to `size` (1 ..= [`Config::MaxSenateSize`]); the next
        /// sync fills or trims the senate to it. Origin: [`Config::ParameterOrigin`].
        #[pallet::call_index(0)]
        #[pallet::weight(T::WeightInfo::set_senate_size())]
        pub fn set_senate_size(origin: OriginFor<T>, size: u32) -> DispatchResult {
            T::ParameterOrigin::ensure_origin(origin)?;
            ensure!(size > 0, Error::<T>::SenateSizeZero);
            ensure!(size <= T::MaxSenateSize::get(), Error::<T>::SenateSizeTooLarge);
            SenateSize::<T>::put(size);
            Self::deposit_event(Event::SenateSizeSet { size });
            Ok(())
        }

        /// Sets [`MotionDelay`] to `blocks` (at least 1), for motions approved from now on.
        /// Origin: [`Config::ParameterOrigin`].
        #[pallet::call_index(4)]
        #[pallet::weight(T::WeightInfo::set_motion_delay())]
        pub fn set_motion_delay(origin: OriginFor<T>, blocks: BlockNumberFor<T>) -> DispatchResult {
            T::ParameterOrigin::ensure_origin(origin)?;
            ensure!(!blocks.is_zero(), Error::<T>::MotionDelayZero);
            MotionDelay::<T>::put(blocks);
            Self::deposit_event(Event::MotionDelaySet { blocks });
            Ok(())
        }

        /// Puts `call` before the senate as a motion; a majority of the senate (more than half
        /// of its members now) approving it schedules it to run as root after
        /// [`MotionDelay`]. `length_bound` is the most bytes the encoded motion may take
        /// (the collective's `close` needs it). Origin: a member of the triumvirate.
        #[pallet::call_index(1)]
        #[pallet::weight(T::WeightInfo::propose(encoded_len(call)))]
        pub fn propose(
            origin: OriginFor<T>,
            call: Box<<T as Config>::RuntimeCall>,
            length_bound: u32,
        ) -> DispatchResult {
            let proposer = ensure_signed(origin)?;
            ensure!(T::Triumvirate::contains(&proposer), Error::<T>::NotTriumvirate);
            let members: u32 =
                SenateMembers::<T>::decode_len().unwrap_or(0).try_into().unwrap_or(u32::MAX);
            ensure!(members > 0, Error::<T>::EmptySenate);
            let threshold = (members / 2).saturating_add(1);
            let call_hash = T::Hashing::hash_of(&call);
            let motion: <T as Config>::RuntimeCall = Call::<T>::schedule_motion { call }.into();
            T::SenateMotions::propose(proposer.clone(), threshold, Box::new(motion), length_bound)?;
            Self::deposit_event(Event::MotionProposed { proposer, call_hash, threshold });
            Ok(())
        }

        /// Schedules `call` to run as root [`MotionDelay`] blocks from now, under the
        /// name [`motion_task_name`] of a new motion id. Origin: [`Config::SenateMajority`] (an
        /// approved motion).
        #[pallet::call_index(2)]
        #[pallet::weight(T::WeightInfo::schedule_motion(encoded_len(call)))]
        pub fn schedule_motion(
            origin: OriginFor<T>,
            call: Box<<T as Config>::RuntimeCall>,
        ) -> DispatchResult {
            T::SenateMajority::ensure_origin(origin)?;
            let id = NextMotionId::<T>::get();
            let call_hash = T::Hashing::hash_of(&call);
            let bounded = T::Preimages::bound(*call)?;
            // At least the next block: the scheduler refuses the current one.
            let when = frame_system::Pallet::<T>::block_number()
                .saturating_add(MotionDelay::<T>::get().max(One::one()));
            T::Scheduler::schedule_named(
                motion_task_name(id),
                DispatchTime::At(when),
                None,
                frame_support::traits::schedule::HIGHEST_PRIORITY,
                frame_system::RawOrigin::Root.into(),
                bounded,
            )?;
            NextMotionId::<T>::put(id.saturating_add(1));
            Self::deposit_event(Event::MotionScheduled { id, call_hash, when });
            Ok(())
        }

        /// Cancels scheduled motion `id` before it runs. Origin: [`Config::VetoOrigin`].
        #[pallet::call_index(3)]
        #[pallet::weight(T::WeightInfo::veto())]
        pub fn veto(origin: OriginFor<T>, id: u32) -> DispatchResult {
            T::VetoOrigin::ensure_origin(origin)?;
            T::Scheduler::cancel_named(motion_task_name(id))
                .map_err(|_| Error::<T>::UnknownMotion)?;
            Self::deposit_event(Event::MotionVetoed { id });
            Ok(())
        }
    }

    impl<T: Config> finney_support::OnRootEpoch for Pallet<T> {
        /// The senate follows the root network's stake at each root epoch.
        fn on_root_epoch() -> Weight {
            Self::sync_senate()
        }
    }

    impl<T: Config> Pallet<T> {
        /// Whether referenda run on short periods ([`ShortPeriods`], set at genesis).
        pub fn short_periods() -> bool {
            ShortPeriods::<T>::get()
        }

        /// Brings the senate in line with the root network's stake (see the crate docs) and
        /// tells [`Config::Senate`] if its members changed. Returns the weight used:
        /// [`WeightInfo::sync_senate`] for the root network's current size.
        pub fn sync_senate() -> Weight {
            let hotkeys = T::RootValidators::root_validators();
            let read = hotkeys.len().try_into().unwrap_or(u32::MAX);
            let validators = hotkeys.iter().filter_map(|hotkey| {
                T::Hotkeys::owner_of(hotkey)
                    .map(|owner| (owner, T::Stake::total_stake_of_hotkey(hotkey)))
            });
            let candidates = senate::candidacies(validators);
            let old = SenateMembers::<T>::get();
            let incumbents: BTreeSet<T::AccountId> = old.iter().cloned().collect();
            let seats = SenateSize::<T>::get().min(T::MaxSenateSize::get());
            let ranked = senate::select(&incumbents, &candidates, seats as usize);

            let mut sorted = ranked.clone();
            sorted.sort();
            let (incoming, outgoing) = senate::diff(&old, &sorted);
            if incoming.is_empty() && outgoing.is_empty() {
                return T::WeightInfo::sync_senate(read);
            }
            // `select` returns at most `seats <= MaxSenateSize` members.
            let Ok(bounded) = BoundedVec::<T::AccountId, T::MaxSenateSize>::try_from(sorted) else {
                frame_support::defensive!("the senate outgrew MaxSenateSize");
                return T::WeightInfo::sync_senate(read);
            };
            T::Senate::change_members_sorted(&incoming, &outgoing, &bounded);
            SenateMembers::<T>::put(bounded);
            Self::deposit_event(Event::SenateChanged { incoming, outgoing, members: ranked });
            T::WeightInfo::sync_senate(read)
        }
    }
}
