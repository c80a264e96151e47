//! Block authoring: who collates, how collators are selected and rotated, and Aura.
//!
//! Collators are the invulnerables set at genesis (and by governance) plus candidates who lock a
//! bond; sessions rotate every six hours. Aura gives each collator its slot.

use crate::{
    constants::{currency::TAO, time::HOURS, time::SLOT_DURATION},
    AccountId, Aura, AuraId, Balance, Balances, BlockNumber, CollatorSelection, Runtime,
    RuntimeEvent, Session, SessionKeys,
};
use polkadot_sdk::*;

use frame_support::{
    parameter_types,
    traits::{ConstBool, ConstU32, ConstU64},
    PalletId,
};

impl pallet_authorship::Config for Runtime {
    type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
    type EventHandler = (CollatorSelection,);
}

parameter_types! {
    /// A session lasts six hours.
    pub const Period: BlockNumber = 6 * HOURS;
    /// Sessions start at block 0.
    pub const Offset: BlockNumber = 0;
}

impl pallet_session::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type ValidatorId = AccountId;
    type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
    type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
    type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
    type SessionManager = CollatorSelection;
    type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
    type Keys = SessionKeys;
    type DisablingStrategy = ();
    type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
    type Currency = Balances;
    type KeyDeposit = ();
}

impl pallet_aura::Config for Runtime {
    type AuthorityId = AuraId;
    type DisabledValidators = ();
    type MaxAuthorities = ConstU32<100_000>;
    // One block per 12-second Aura slot, so that the chain keeps Bittensor's block time on a
    // relay chain with 6-second blocks (the collators would otherwise build one block per relay
    // block). `AuraUnincludedSegmentApi::can_build_upon` tells the collators the same.
    type AllowMultipleBlocksPerSlot = ConstBool<false>;
    type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl cumulus_pallet_aura_ext::Config for Runtime {}

/// The collators' authority-discovery keys, for the node's collator discovery: each collator
/// publishes its addresses on the DHT signed with its key, and connects to its neighbours in the
/// authoring order so that blocks reach the next authors in one hop.
impl pallet_authority_discovery::Config for Runtime {
    type MaxAuthorities = ConstU32<100_000>;
}

parameter_types! {
    /// The account that collects fees and pays collators.
    pub const PotId: PalletId = PalletId(*b"PotStake");
    /// The bond a collator candidate locks: 100 TAO. Every genesis preset sets
    /// `collatorSelection.candidacyBond` to it; governance may change it later
    /// (`CollatorSelection::set_candidacy_bond`).
    pub const CandidacyBond: Balance = 100 * TAO;
}

/// Root, or a collator-selection referendum, manages the invulnerable collators and the
/// candidacy rules.
pub type CollatorSelectionUpdateOrigin =
    crate::configs::referenda::RootOr<pallet_subtensor_governance::origins::CollatorSelection>;

impl pallet_collator_selection::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type Currency = Balances;
    type UpdateOrigin = CollatorSelectionUpdateOrigin;
    type PotId = PotId;
    type MaxCandidates = ConstU32<100>;
    type MinEligibleCollators = ConstU32<1>;
    type MaxInvulnerables = ConstU32<20>;
    // A multiple of the session length, or kicking gets inconsistent.
    type KickThreshold = Period;
    type ValidatorId = AccountId;
    type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
    type ValidatorRegistration = Session;
    type WeightInfo = pallet_collator_selection::weights::SubstrateWeight<Runtime>;
}
