//! A mock runtime: frame_system, pallet_balances (with holds) and this pallet, with a builder for
//! the genesis state and a runner that checks the invariants after every test.

#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::{self as pallet_subtensor_staking, HoldReason, TotalColdkeyStake};
use polkadot_sdk::{
    frame_support::{
        self, derive_impl, parameter_types,
        traits::{fungible::InspectHold, ConstU128, ConstU16, ConstU64},
    },
    frame_system::{self, EnsureRoot},
    pallet_balances, sp_io,
    sp_runtime::BuildStorage,
};

pub type AccountId = u64;
pub type Balance = u128;
pub type BlockNumber = u64;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
    pub enum Test {
        System: frame_system,
        Balances: pallet_balances,
        Staking: pallet_subtensor_staking,
    }
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
    type Block = Block;
    type AccountData = pallet_balances::AccountData<Balance>;
}

/// The existential deposit.
pub const ED: Balance = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
    type Balance = Balance;
    type ExistentialDeposit = ConstU128<ED>;
    type AccountStore = System;
    type RuntimeHoldReason = RuntimeHoldReason;
}

/// The take of a new delegate (18 %).
pub const DEFAULT_TAKE: u16 = 11_796;
/// The initial maximum take.
pub const MAX_TAKE: u16 = 11_796;
/// The initial minimum take.
pub const MIN_TAKE: u16 = 0;
/// The initial rate limit between a coldkey's staking transactions.
pub const TX_RATE_LIMIT: BlockNumber = 1;
/// The initial rate limit of take increases.
pub const TAKE_RATE_LIMIT: BlockNumber = 100;
/// The initial minimum stake.
pub const MIN_STAKE: Balance = 100;

parameter_types! {
    pub const InitialMinStake: Balance = MIN_STAKE;
    pub const RewardsPotId: frame_support::PalletId = frame_support::PalletId(*b"fny/stak");
}

impl pallet_subtensor_staking::Config for Test {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    type ParameterOrigin = EnsureRoot<AccountId>;
    type DefaultTake = ConstU16<DEFAULT_TAKE>;
    type InitialMinDelegateTake = ConstU16<MIN_TAKE>;
    type InitialMaxDelegateTake = ConstU16<MAX_TAKE>;
    type InitialTxRateLimit = ConstU64<TX_RATE_LIMIT>;
    type InitialTxDelegateTakeRateLimit = ConstU64<TAKE_RATE_LIMIT>;
    type InitialMinStake = InitialMinStake;
    type OnStakeChanged = RecordStakeChanges;
    type RewardsPotId = RewardsPotId;
    type WeightInfo = ();
}

std::thread_local! {
    static STAKE_CHANGES: core::cell::RefCell<Vec<AccountId>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// The mock's [`finney_support::OnStakeChanged`]: records the hotkeys it is told about.
pub struct RecordStakeChanges;

impl finney_support::OnStakeChanged<AccountId> for RecordStakeChanges {
    fn on_stake_changed(hotkey: &AccountId) -> frame_support::weights::Weight {
        STAKE_CHANGES.with(|changes| changes.borrow_mut().push(*hotkey));
        frame_support::weights::Weight::zero()
    }

    fn max_weight() -> frame_support::weights::Weight {
        frame_support::weights::Weight::zero()
    }
}

/// The hotkeys [`RecordStakeChanges`] was told about since the last call, in order.
pub fn take_stake_changes() -> Vec<AccountId> {
    STAKE_CHANGES.with(|changes| core::mem::take(&mut *changes.borrow_mut()))
}

// Coldkeys.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
/// A coldkey with no account at all.
pub const NOBODY: AccountId = 9;
// Hotkeys.
pub const HOT_A: AccountId = 101;
pub const HOT_B: AccountId = 102;
pub const HOT_C: AccountId = 103;
/// A hotkey that is never registered.
pub const HOT_UNKNOWN: AccountId = 199;

/// The free balance every funded coldkey starts with.
pub const INITIAL_BALANCE: Balance = 1_000_000;

/// Builds the genesis state of a test.
pub struct ExtBuilder {
    balances: Vec<(AccountId, Balance)>,
    hotkeys: Vec<(AccountId, AccountId)>,
    delegates: Vec<(AccountId, u16)>,
    stakes: Vec<(AccountId, AccountId, Balance)>,
    tx_rate_limit: Option<BlockNumber>,
    max_take: Option<u16>,
    min_stake: Option<Balance>,
}

impl Default for ExtBuilder {
    /// ALICE..=EVE funded with [`INITIAL_BALANCE`]; no hotkeys.
    fn default() -> Self {
        Self {
            balances: [ALICE, BOB, CHARLIE, DAVE, EVE]
                .into_iter()
                .map(|who| (who, INITIAL_BALANCE))
                .collect(),
            hotkeys: Vec::new(),
            delegates: Vec::new(),
            stakes: Vec::new(),
            tx_rate_limit: None,
            max_take: None,
            min_stake: None,
        }
    }
}

impl ExtBuilder {
    /// Funds `who` with `amount` at genesis (replacing its default balance).
    pub fn balance(mut self, who: AccountId, amount: Balance) -> Self {
        self.balances.retain(|(account, _)| *account != who);
        self.balances.push((who, amount));
        self
    }

    /// Registers `hotkey`, owned by `coldkey`.
    pub fn hotkey(mut self, hotkey: AccountId, coldkey: AccountId) -> Self {
        self.hotkeys.push((hotkey, coldkey));
        self
    }

    /// Makes `hotkey` a delegate with `take`.
    pub fn delegate(mut self, hotkey: AccountId, take: u16) -> Self {
        self.delegates.push((hotkey, take));
        self
    }

    /// Stakes `amount` from `coldkey` to `hotkey` at genesis.
    pub fn stake(mut self, coldkey: AccountId, hotkey: AccountId, amount: Balance) -> Self {
        self.stakes.push((coldkey, hotkey, amount));
        self
    }

    /// Overrides the staking rate limit at genesis.
    pub fn tx_rate_limit(mut self, blocks: BlockNumber) -> Self {
        self.tx_rate_limit = Some(blocks);
        self
    }

    /// Sets the maximum take.
    pub fn max_take(mut self, take: u16) -> Self {
        self.max_take = Some(take);
        self
    }

    /// Sets the minimum stake.
    pub fn min_stake(mut self, amount: Balance) -> Self {
        self.min_stake = Some(amount);
        self
    }

    /// The externalities, at block 1 (so events are recorded).
    pub fn build(self) -> sp_io::TestExternalities {
        let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
        pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
            .assimilate_storage(&mut storage)
            .unwrap();
        // Take bounds first, so genesis delegates are checked against them.
        let max_take = self.max_take;
        let min_stake = self.min_stake;
        let mut ext = sp_io::TestExternalities::new(storage);
        ext.execute_with(|| {
            if let Some(take) = max_take {
                crate::MaxDelegateTake::<Test>::put(take);
            }
            if let Some(amount) = min_stake {
                crate::MinStake::<Test>::put(amount);
            }
            let genesis = pallet_subtensor_staking::GenesisConfig::<Test> {
                hotkeys: self.hotkeys,
                delegates: self.delegates,
                stakes: self.stakes,
                tx_rate_limit: self.tx_rate_limit,
            };
            frame_support::traits::BuildGenesisConfig::build(&genesis);
            System::set_block_number(1);
        });
        ext
    }

    /// Runs `test`, then checks the pallet's invariants and the issuance invariant.
    pub fn build_and_execute(self, test: impl FnOnce()) {
        self.build().execute_with(|| {
            test();
            check_all_invariants();
        });
    }
}

/// `try_state`, plus: total issuance is the sum of all balances (free and held), and every
/// account's staking hold is its total stake (also for accounts without stake).
pub fn check_all_invariants() {
    Staking::do_try_state().expect("try_state holds");
    let mut sum: Balance = 0;
    for (who, info) in frame_system::Account::<Test>::iter() {
        sum += info.data.free + info.data.reserved;
        assert_eq!(
            Balances::balance_on_hold(&HoldReason::Staked.into(), &who),
            TotalColdkeyStake::<Test>::get(who),
            "the staking hold of {who} is its total stake"
        );
    }
    assert_eq!(sum, Balances::total_issuance(), "total issuance is the sum of all balances");
}

/// Moves to block `n`.
pub fn run_to_block(n: BlockNumber) {
    System::set_block_number(n);
}

/// Moves `blocks` blocks forward.
pub fn advance_blocks(blocks: BlockNumber) {
    run_to_block(System::block_number() + blocks);
}

/// The events of this pallet so far.
pub fn staking_events() -> Vec<crate::Event<Test>> {
    System::events()
        .into_iter()
        .filter_map(|record| match record.event {
            RuntimeEvent::Staking(event) => Some(event),
            _ => None,
        })
        .collect()
}

/// The last event of this pallet.
pub fn last_staking_event() -> crate::Event<Test> {
    staking_events().pop().expect("an event of the staking pallet")
}
