//! # Governance pallet
//!
//! Crate `pallet-subtensor-governance`, runtime name `Governance`: the glue between Finney's
//! stake and the FRAME governance pallets (DESIGN 6: team-led, then a senate, then a DAO).
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
//! ## Runtime configuration
//!
//! `Stake`, `Hotkeys` = `Staking`; `RootValidators` = `SubtensorModule`; `Senate` = the senate's
//! collective instance; `MaxSenateSize` the root network's `max_allowed_uids` limit (64);
//! `DefaultSenateSize` 12, as on Bittensor.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod senate;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system};

// The FRAME macros expand to code that uses `expect` and `unreachable!` on paths they prove
// unreachable; the pallet's own logic lives in `senate`, under the workspace lints.
#[allow(clippy::expect_used, clippy::unreachable)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use alloc::{collections::BTreeSet, vec::Vec};
    use finney_support::{HotkeyOwnership, RootValidators, StakeInfo};
    use frame_support::{pallet_prelude::*, traits::ChangeMembers};
    use frame_system::pallet_prelude::*;

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    /// Configuration of the governance pallet.
    #[pallet::config]
    pub trait Config: polkadot_sdk::frame_system::Config {
        /// The balance type stake is counted in.
        type Balance: Parameter + MaxEncodedLen + Ord + Copy + Default;

        /// Stake per hotkey: a root validator's total stake ranks its owner's candidacy.
        type Stake: StakeInfo<Self::AccountId, Self::Balance>;

        /// Who owns a hotkey: the coldkey that sits in the senate for it.
        type Hotkeys: HotkeyOwnership<Self::AccountId>;

        /// The root network's validators, from which the senate is drawn.
        type RootValidators: RootValidators<Self::AccountId>;

        /// The senate's collective: told of every change of members (it drops the open votes of
        /// those who leave).
        type Senate: ChangeMembers<Self::AccountId>;

        /// The most seats the senate can have (the root network's largest size).
        #[pallet::constant]
        type MaxSenateSize: Get<u32>;

        /// The number of seats until governance changes it.
        #[pallet::constant]
        type DefaultSenateSize: Get<u32>;

        /// Who may change the number of seats: root or a governance track.
        type SenateSizeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

        /// Weights of the calls and of the senate sync.
        type WeightInfo: WeightInfo;
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
    }

    /// Errors of the governance pallet.
    #[pallet::error]
    pub enum Error<T> {
        /// The senate needs at least one seat.
        SenateSizeZero,
        /// More seats than [`Config::MaxSenateSize`] (the root network's largest size).
        SenateSizeTooLarge,
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Sets the number of senate seats to `size` (1 ..= [`Config::MaxSenateSize`]); the next
        /// sync fills or trims the senate to it. Origin: [`Config::SenateSizeOrigin`].
        #[pallet::call_index(0)]
        #[pallet::weight(T::WeightInfo::set_senate_size())]
        pub fn set_senate_size(origin: OriginFor<T>, size: u32) -> DispatchResult {
            T::SenateSizeOrigin::ensure_origin(origin)?;
            ensure!(size > 0, Error::<T>::SenateSizeZero);
            ensure!(size <= T::MaxSenateSize::get(), Error::<T>::SenateSizeTooLarge);
            SenateSize::<T>::put(size);
            Self::deposit_event(Event::SenateSizeSet { size });
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
