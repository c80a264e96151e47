//! Governance (DESIGN 6): the sudo key (Alice on dev chains, until a referendum retires it), the
//! senate of `pallet-subtensor-governance`, and the referenda of [`super::referenda`].
//!
//! - `TriumvirateMembers` (`pallet-membership`, at most 3, set by root or the general-admin
//!   track): who may propose motions (`Governance::propose`).
//! - `Council` (`pallet-collective`) is the senate. It is named `Council` so that polkadot-js
//!   apps' Council > Motions page shows it (the apps recognise a collective by that name only).
//!   Its members are the owner coldkeys of the largest root validators, synced by `Governance`
//!   at each root epoch (nobody sets them by hand). Senators vote with `Council::vote` and anyone
//!   closes with `Council::close`; the collective's own `propose` is filtered out
//!   (`BaseCallFilter`), so only the triumvirate proposes.
//! - An approved motion runs `Governance::schedule_motion`, which has the `Scheduler` run the call
//!   as root after `Governance::MotionDelay` (a day; a few blocks on development chains), unless
//!   root or the referendum-canceller track vetoes it (`Governance::veto`).
//! - `Preimage` holds large scheduled calls, against a deposit held on the account that notes
//!   them.

use crate::configs::referenda::RootOr;
use crate::{
    configs::system::{weight_share, MAXIMUM_BLOCK_WEIGHT},
    constants::{currency::deposit, time::DAYS},
    AccountId, Balance, Balances, Council, OriginCaller, Preimage, Runtime, RuntimeCall,
    RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, Staking, SubtensorModule,
    TriumvirateMembers,
};
use alloc::boxed::Box;
use pallet_subtensor_governance::origins::{GeneralAdmin, ReferendumCanceller, ReferendumKiller};
use polkadot_sdk::{
    frame_support::{
        parameter_types,
        traits::{fungible::HoldConsideration, ConstU32, EqualPrivilegeOnly, LinearStoragePrice},
        weights::Weight,
    },
    frame_system::{EnsureNever, EnsureRoot},
    sp_runtime::{DispatchResult, Perbill},
    *,
};

impl pallet_sudo::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
    /// The preimage deposit: one storage item plus its bytes.
    pub const PreimageBaseDeposit: Balance = deposit(2, 64);
    /// The preimage deposit per byte.
    pub const PreimageByteDeposit: Balance = deposit(0, 1);
    /// The hold reason of preimage deposits.
    pub const PreimageHoldReason: RuntimeHoldReason =
        RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
    type Currency = Balances;
    type ManagerOrigin = EnsureRoot<AccountId>;
    type Consideration = HoldConsideration<
        AccountId,
        Balances,
        PreimageHoldReason,
        LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
    >;
}

parameter_types! {
    /// Scheduled calls may use up to 80 % of a block.
    pub MaximumSchedulerWeight: Weight = weight_share(Perbill::from_percent(80), MAXIMUM_BLOCK_WEIGHT);
}

impl pallet_scheduler::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeOrigin = RuntimeOrigin;
    type PalletsOrigin = OriginCaller;
    type RuntimeCall = RuntimeCall;
    type MaximumWeight = MaximumSchedulerWeight;
    /// Only root schedules directly; the senate's motions go through `Governance`.
    type ScheduleOrigin = EnsureRoot<AccountId>;
    type OriginPrivilegeCmp = EqualPrivilegeOnly;
    type MaxScheduledPerBlock = ConstU32<50>;
    type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
    type Preimages = Preimage;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// The triumvirate's instance of `pallet-membership`.
pub type TriumvirateInstance = pallet_membership::Instance1;

impl pallet_membership::Config<TriumvirateInstance> for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type AddOrigin = RootOr<GeneralAdmin>;
    type RemoveOrigin = RootOr<GeneralAdmin>;
    type SwapOrigin = RootOr<GeneralAdmin>;
    type ResetOrigin = RootOr<GeneralAdmin>;
    type PrimeOrigin = RootOr<GeneralAdmin>;
    type MembershipInitialized = ();
    type MembershipChanged = ();
    type MaxMembers = ConstU32<3>;
    type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// The senate's instance of `pallet-collective`.
pub type SenateInstance = pallet_collective::Instance1;

/// The most senators: 64, the root network's default size (governance may grow the root network
/// beyond it; the senate stays at most this large).
pub const MAX_SENATE_SIZE: u32 = 64;

parameter_types! {
    /// A senate motion may take up to half a block.
    pub MaxMotionWeight: Weight = weight_share(Perbill::from_percent(50), MAXIMUM_BLOCK_WEIGHT);
}

impl pallet_collective::Config<SenateInstance> for Runtime {
    type RuntimeOrigin = RuntimeOrigin;
    type Proposal = RuntimeCall;
    type RuntimeEvent = RuntimeEvent;
    /// A motion is open for votes for a week (closing early once decided).
    type MotionDuration = ConstU32<{ 7 * DAYS }>;
    type MaxProposals = ConstU32<20>;
    type MaxMembers = ConstU32<MAX_SENATE_SIZE>;
    type DefaultVote = pallet_collective::MoreThanMajorityThenPrimeDefaultVote;
    type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
    /// Membership follows stake (`Governance::sync_senate`) only.
    type SetMembersOrigin = EnsureNever<()>;
    type MaxProposalWeight = MaxMotionWeight;
    type DisapproveOrigin = RootOr<ReferendumCanceller>;
    type KillOrigin = RootOr<ReferendumKiller>;
    /// Only the triumvirate proposes, through `Governance::propose`.
    type Consideration = ();
}

/// The runtime's call filter: every call except the senate collective's own `propose` (motions
/// come from the triumvirate, through `Governance::propose`).
pub struct NoSenateProposals;

impl frame_support::traits::Contains<RuntimeCall> for NoSenateProposals {
    fn contains(call: &RuntimeCall) -> bool {
        !matches!(call, RuntimeCall::Council(pallet_collective::Call::propose { .. }))
    }
}

/// Motions of the triumvirate go to the senate collective.
pub struct SenateMotions;

impl pallet_subtensor_governance::ProposeMotion<AccountId, RuntimeCall> for SenateMotions {
    fn propose(
        proposer: AccountId,
        threshold: u32,
        call: Box<RuntimeCall>,
        length_bound: u32,
    ) -> DispatchResult {
        Council::do_propose_proposed(proposer, threshold, call, length_bound).map(|_| ())
    }
}

impl pallet_subtensor_governance::Config for Runtime {
    type Balance = Balance;
    type Stake = Staking;
    type Hotkeys = Staking;
    type RootValidators = SubtensorModule;
    type Senate = Council;
    type MaxSenateSize = ConstU32<MAX_SENATE_SIZE>;
    /// Twelve seats, as on Bittensor.
    type DefaultSenateSize = ConstU32<12>;
    type ParameterOrigin = RootOr<GeneralAdmin>;
    type RuntimeCall = RuntimeCall;
    type PalletsOrigin = OriginCaller;
    type Scheduler = Scheduler;
    type Preimages = Preimage;
    type Triumvirate = TriumvirateMembers;
    type SenateMotions = SenateMotions;
    type SenateMajority =
        pallet_collective::EnsureProportionMoreThan<AccountId, SenateInstance, 1, 2>;
    type VetoOrigin = RootOr<ReferendumCanceller>;
    /// A day; the development presets set a few blocks in their genesis.
    type DefaultMotionDelay = ConstU32<DAYS>;
    type WeightInfo = pallet_subtensor_governance::weights::SubstrateWeight<Runtime>;
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = GovernanceBenchmarks;
}

/// Sets up the governance benchmarks' state in the runtime's pallets: root validators through
/// `SubtensorModule` and `Staking`, triumvirs through `TriumvirateMembers`.
#[cfg(feature = "runtime-benchmarks")]
pub struct GovernanceBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_subtensor_governance::BenchmarkHelper<AccountId, Balance> for GovernanceBenchmarks {
    fn add_root_validator(hotkey: &AccountId, coldkey: &AccountId, stake: Balance) {
        use frame_support::traits::fungible::Mutate;
        use pallet_subtensor::BenchmarkHelper as _;
        SubtensorModule::benchmark_root_validator(hotkey, coldkey);
        Balances::set_balance(
            coldkey,
            stake.saturating_mul(2).saturating_add(crate::constants::currency::TAO),
        );
        crate::configs::subtensor::StakeThroughLedger::stake(coldkey, hotkey, stake);
    }

    fn add_triumvirate_member(who: &AccountId) {
        // Fails only if `who` is already a member, or the triumvirate is full (the benchmarks
        // then fail their own checks).
        let _ = TriumvirateMembers::add_member(RuntimeOrigin::root(), who.clone().into());
    }
}
