//! A mock runtime: frame_system, balances, preimage and scheduler, a `pallet-collective`
//! instance as the senate, and this pallet, whose root network, stake and hotkey owners are a
//! table the tests write; the triumvirate is [`TRIUMVIRATE`].

#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate as pallet_subtensor_governance;
use core::cell::RefCell;
use finney_support::{HotkeyOwnership, RootValidators, StakeInfo};
use polkadot_sdk::{
    frame_support::{
        self, derive_impl, parameter_types,
        traits::{ConstU128, ConstU32, ConstU64, EqualPrivilegeOnly},
        weights::Weight,
    },
    frame_system::{self, EnsureRoot},
    pallet_balances, pallet_collective, pallet_preimage, pallet_scheduler, sp_io,
    sp_runtime::{BuildStorage, DispatchResult, Perbill},
};

pub type AccountId = u64;
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
    pub enum Test {
        System: frame_system,
        Balances: pallet_balances,
        Preimage: pallet_preimage,
        Scheduler: pallet_scheduler,
        Senate: pallet_collective::<Instance1>,
        Governance: pallet_subtensor_governance,
    }
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
    type Block = Block;
    type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
    type Balance = Balance;
    type ExistentialDeposit = ConstU128<1>;
    type AccountStore = System;
}

impl pallet_preimage::Config for Test {
    type RuntimeEvent = RuntimeEvent;
    type WeightInfo = ();
    type Currency = Balances;
    type ManagerOrigin = EnsureRoot<AccountId>;
    type Consideration = ();
}

parameter_types! {
    pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * Weight::from_parts(2_000_000_000_000, u64::MAX);
}

impl pallet_scheduler::Config for Test {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeOrigin = RuntimeOrigin;
    type PalletsOrigin = OriginCaller;
    type RuntimeCall = RuntimeCall;
    type MaximumWeight = MaximumSchedulerWeight;
    type ScheduleOrigin = EnsureRoot<AccountId>;
    type OriginPrivilegeCmp = EqualPrivilegeOnly;
    type MaxScheduledPerBlock = ConstU32<10>;
    type WeightInfo = ();
    type Preimages = Preimage;
    type BlockNumberProvider = System;
}

/// The largest senate.
pub const MAX_SENATE: u32 = 8;
/// The default number of seats.
pub const DEFAULT_SENATE: u32 = 3;
/// Blocks between a motion's approval and its dispatch.
pub const MOTION_DELAY: u64 = 5;
/// The triumvirate.
pub const TRIUMVIRATE: [AccountId; 2] = [100, 101];

parameter_types! {
    pub MaxProposalWeight: Weight = Weight::from_parts(1_000_000_000_000, u64::MAX);
}

impl pallet_collective::Config<pallet_collective::Instance1> for Test {
    type RuntimeOrigin = RuntimeOrigin;
    type Proposal = RuntimeCall;
    type RuntimeEvent = RuntimeEvent;
    type MotionDuration = ConstU64<100>;
    type MaxProposals = ConstU32<10>;
    type MaxMembers = ConstU32<MAX_SENATE>;
    type DefaultVote = pallet_collective::PrimeDefaultVote;
    type WeightInfo = ();
    type SetMembersOrigin = EnsureRoot<AccountId>;
    type MaxProposalWeight = MaxProposalWeight;
    type DisapproveOrigin = EnsureRoot<AccountId>;
    type KillOrigin = EnsureRoot<AccountId>;
    type Consideration = ();
}

/// Members of [`TRIUMVIRATE`].
pub struct Triumvirate;

thread_local! {
    static EXTRA_TRIUMVIRS: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
}

impl frame_support::traits::Contains<AccountId> for Triumvirate {
    fn contains(who: &AccountId) -> bool {
        TRIUMVIRATE.contains(who) || EXTRA_TRIUMVIRS.with(|extra| extra.borrow().contains(who))
    }
}

/// Motions go to the senate collective.
pub struct SenateMotions;

impl crate::ProposeMotion<AccountId, RuntimeCall> for SenateMotions {
    fn propose(
        proposer: AccountId,
        threshold: u32,
        call: Box<RuntimeCall>,
        length_bound: u32,
    ) -> DispatchResult {
        Senate::do_propose_proposed(proposer, threshold, call, length_bound).map(|_| ())
    }
}

impl pallet_subtensor_governance::Config for Test {
    type Balance = Balance;
    type Stake = MockRoot;
    type Hotkeys = MockRoot;
    type RootValidators = MockRoot;
    type Senate = Senate;
    type MaxSenateSize = ConstU32<MAX_SENATE>;
    type DefaultSenateSize = ConstU32<DEFAULT_SENATE>;
    type ParameterOrigin = EnsureRoot<AccountId>;
    type RuntimeCall = RuntimeCall;
    type PalletsOrigin = OriginCaller;
    type Scheduler = Scheduler;
    type Preimages = Preimage;
    type Triumvirate = Triumvirate;
    type SenateMotions = SenateMotions;
    type SenateMajority =
        pallet_collective::EnsureProportionMoreThan<AccountId, pallet_collective::Instance1, 1, 2>;
    type VetoOrigin = EnsureRoot<AccountId>;
    type DefaultMotionDelay = ConstU64<MOTION_DELAY>;
    type WeightInfo = ();
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = MockRoot;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for MockRoot {
    fn add_root_validator(hotkey: &AccountId, coldkey: &AccountId, stake: Balance) {
        ROOT.with(|root| {
            root.borrow_mut().push(Validator { hotkey: *hotkey, owner: *coldkey, stake })
        });
    }

    fn add_triumvirate_member(who: &AccountId) {
        EXTRA_TRIUMVIRS.with(|extra| extra.borrow_mut().push(*who));
    }
}

/// A root validator of the mock: its hotkey, the coldkey owning it, the stake behind it.
#[derive(Clone, Copy, Debug)]
pub struct Validator {
    pub hotkey: AccountId,
    pub owner: AccountId,
    pub stake: Balance,
}

thread_local! {
    static ROOT: RefCell<Vec<Validator>> = const { RefCell::new(Vec::new()) };
}

/// The mock's root network, stake and hotkey owners.
pub struct MockRoot;

impl MockRoot {
    /// Replaces the root network with `validators`, by uid.
    pub fn set(validators: &[(AccountId, AccountId, Balance)]) {
        ROOT.with(|root| {
            *root.borrow_mut() = validators
                .iter()
                .map(|&(hotkey, owner, stake)| Validator { hotkey, owner, stake })
                .collect();
        });
    }

    /// Sets the stake behind `hotkey`.
    pub fn set_stake(hotkey: AccountId, stake: Balance) {
        ROOT.with(|root| {
            for validator in root.borrow_mut().iter_mut().filter(|v| v.hotkey == hotkey) {
                validator.stake = stake;
            }
        });
    }

    fn find(hotkey: &AccountId) -> Option<Validator> {
        ROOT.with(|root| root.borrow().iter().find(|v| v.hotkey == *hotkey).copied())
    }
}

impl RootValidators<AccountId> for MockRoot {
    fn root_validators() -> Vec<AccountId> {
        ROOT.with(|root| root.borrow().iter().map(|v| v.hotkey).collect())
    }

    fn max_root_validators() -> u32 {
        MAX_SENATE
    }
}

impl StakeInfo<AccountId, Balance> for MockRoot {
    fn total_stake_of_hotkey(hotkey: &AccountId) -> Balance {
        Self::find(hotkey).map_or(0, |v| v.stake)
    }

    fn stake_of(hotkey: &AccountId, coldkey: &AccountId) -> Balance {
        Self::find(hotkey).filter(|v| v.owner == *coldkey).map_or(0, |v| v.stake)
    }

    fn total_stake_of_coldkey(coldkey: &AccountId) -> Balance {
        ROOT.with(|root| {
            root.borrow().iter().filter(|v| v.owner == *coldkey).map(|v| v.stake).sum()
        })
    }

    fn total_stake() -> Balance {
        ROOT.with(|root| root.borrow().iter().map(|v| v.stake).sum())
    }
}

impl HotkeyOwnership<AccountId> for MockRoot {
    fn owner_of(hotkey: &AccountId) -> Option<AccountId> {
        Self::find(hotkey).map(|v| v.owner)
    }

    fn create_hotkey_account(_hotkey: &AccountId, _coldkey: &AccountId) -> DispatchResult {
        Ok(())
    }
}

/// Runs the blocks up to `n` (each block's `on_initialize`: the scheduler dispatches then).
pub fn run_to_block(n: u64) {
    use polkadot_sdk::frame_support::traits::OnInitialize;
    while System::block_number() < n {
        let next = System::block_number() + 1;
        System::set_block_number(next);
        Scheduler::on_initialize(next);
    }
}

/// A fresh chain at block 1 with an empty root network.
pub fn new_test_ext() -> sp_io::TestExternalities {
    let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
    let mut ext = sp_io::TestExternalities::new(storage);
    ext.execute_with(|| {
        System::set_block_number(1);
        MockRoot::set(&[]);
    });
    ext
}
