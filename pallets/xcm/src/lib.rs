//! # XCM network pallet
//!
//! Crate `pallet-subtensor-xcm`, runtime name `XcmNetwork`: which relay network (Polkadot,
//! Kusama, a testnet) Finney runs on, so that one runtime blob serves every chain.
//!
//! Design: docs/design.md, section 7.
//!
//! The XCM configuration names Finney's place in the consensus universe
//! (`UniversalLocation = [GlobalConsensus(network), Parachain(id)]`) and accepts 32-byte
//! accounts that name that network. Both need the network, which a parachain cannot read from
//! its relay chain. The genesis preset of each chain sets it ([`GenesisConfig::relay_network`]);
//! it never changes afterwards (there is no call: a chain does not move to another relay
//! network, and a runtime upgrade with a migration could still correct a wrong value).
//!
//! [`RelayNetworkOf`] is the `Get<Option<NetworkId>>` the runtime's XCM configuration uses.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;

use polkadot_sdk::{frame_support, staging_xcm as xcm};

// The FRAME macros expand to code that uses `expect` and `unreachable!` on paths they prove
// unreachable.
#[allow(clippy::expect_used, clippy::unreachable)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::pallet_prelude::*;
    use xcm::latest::NetworkId;

    #[pallet::pallet]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config: polkadot_sdk::frame_system::Config {}

    /// The relay network this chain runs on; `None` on a chain whose preset names none (the
    /// universal location then has no global consensus).
    #[pallet::storage]
    pub type RelayNetwork<T> = StorageValue<_, NetworkId, OptionQuery>;

    #[pallet::genesis_config]
    #[derive(frame_support::DefaultNoBound)]
    pub struct GenesisConfig<T: Config> {
        /// [`RelayNetwork`].
        pub relay_network: Option<NetworkId>,
        #[serde(skip)]
        pub _config: core::marker::PhantomData<T>,
    }

    #[pallet::genesis_build]
    impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
        fn build(&self) {
            if let Some(network) = self.relay_network {
                RelayNetwork::<T>::put(network);
            }
        }
    }

    impl<T: Config> Pallet<T> {
        /// The relay network this chain runs on.
        pub fn relay_network() -> Option<NetworkId> {
            RelayNetwork::<T>::get()
        }
    }
}

/// The relay network as the XCM configuration's `Get<Option<NetworkId>>` (for
/// `AccountId32Aliases`, `SignedToAccountId32` and the universal location).
pub struct RelayNetworkOf<T>(core::marker::PhantomData<T>);
impl<T: Config> frame_support::traits::Get<Option<xcm::latest::NetworkId>> for RelayNetworkOf<T> {
    fn get() -> Option<xcm::latest::NetworkId> {
        Pallet::<T>::relay_network()
    }
}
