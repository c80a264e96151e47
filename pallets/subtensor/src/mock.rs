//! A mock runtime: frame_system, pallet_balances (with holds), the real staking pallet
//! (`pallet-subtensor-staking`, wired through the `finney_support` traits) and this pallet, with
//! a builder for the genesis state and helpers that check the invariants after every test.

#![allow(clippy::arithmetic_side_effects, clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::{self as pallet_subtensor, types::TAO, Hyperparameter, Modality};
use polkadot_sdk::{
    frame_support::{
        self, derive_impl, parameter_types,
        traits::{ConstU128, ConstU16, ConstU64, Hooks},
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
        SubtensorModule: pallet_subtensor,
    }
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
    type Block = Block;
    type AccountData = pallet_balances::AccountData<Balance>;
}

/// The existential deposit.
pub const ED: Balance = 500;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
    type Balance = Balance;
    type ExistentialDeposit = ConstU128<ED>;
    type AccountStore = System;
    type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
    pub const InitialMinStake: Balance = 1_000;
    pub const RewardsPotId: frame_support::PalletId = frame_support::PalletId(*b"fny/stak");
    /// Payouts per block, unless a test sets fewer.
    pub storage MaxPayoutsPerBlock: u32 = 1_000;
    /// No limit on the epochs of a block unless a test sets one.
    pub storage MaxEpochWeightPerBlock: frame_support::weights::Weight =
        frame_support::weights::Weight::MAX;
    /// Uids of removed subnets cleared per block, unless a test sets another number.
    pub storage MaxNeuronsClearedPerBlock: u32 = 1_000;
}

impl pallet_subtensor_staking::Config for Test {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    type ParameterOrigin = EnsureRoot<AccountId>;
    type DefaultTake = ConstU16<11_796>;
    type InitialMinDelegateTake = ConstU16<0>;
    type InitialMaxDelegateTake = ConstU16<11_796>;
    type InitialTxRateLimit = ConstU64<0>;
    type InitialTxDelegateTakeRateLimit = ConstU64<100>;
    type InitialMinStake = InitialMinStake;
    type OnStakeChanged = SubtensorModule;
    type RewardsPotId = RewardsPotId;
    type WeightInfo = ();
}

/// The cap on `max_allowed_uids` (Bittensor: 4096).
pub const MAX_UIDS_LIMIT: u16 = 4096;

impl pallet_subtensor::Config for Test {
    type Currency = Balances;
    type RuntimeHoldReason = RuntimeHoldReason;
    type StakeInfo = Staking;
    type HotkeyOwnership = Staking;
    type HotkeySwap = Staking;
    type EmissionPayout = Staking;
    type MaxEpochWeightPerBlock = MaxEpochWeightPerBlock;
    type MaxPayoutsPerBlock = MaxPayoutsPerBlock;
    type MaxNeuronsClearedPerBlock = MaxNeuronsClearedPerBlock;
    type OnRootEpoch = CountRootEpochs;
    type GovernanceOrigin = EnsureRoot<AccountId>;
    type MaxAllowedUidsLimit = ConstU16<MAX_UIDS_LIMIT>;
    type WeightInfo = ();
    #[cfg(feature = "runtime-benchmarks")]
    type BenchmarkHelper = StakeThroughLedger;
}

/// Counts the root epochs (the runtime's governance pallet syncs the senate at each).
pub struct CountRootEpochs;

thread_local! {
    static ROOT_EPOCHS: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

impl CountRootEpochs {
    /// How many root epochs ran on this thread's chain.
    pub fn count() -> u32 {
        ROOT_EPOCHS.with(core::cell::Cell::get)
    }
}

impl finney_support::OnRootEpoch for CountRootEpochs {
    fn on_root_epoch() -> polkadot_sdk::frame_support::weights::Weight {
        ROOT_EPOCHS.with(|count| count.set(count.get() + 1));
        polkadot_sdk::frame_support::weights::Weight::from_parts(1_000, 0)
    }
}

/// Stakes through the staking pallet's ledger and reports the change, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct StakeThroughLedger;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for StakeThroughLedger {
    fn stake(coldkey: &AccountId, hotkey: &AccountId, amount: Balance) {
        pallet_subtensor_staking::ledger::stake::<Test>(coldkey, hotkey, amount)
            .expect("a funded coldkey can stake");
        <SubtensorModule as finney_support::OnStakeChanged<AccountId>>::on_stake_changed(hotkey);
    }
}

// Coldkeys.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
/// A coldkey with no funds.
pub const POOR: AccountId = 9;
// Hotkeys.
pub const HOT_A: AccountId = 101;
pub const HOT_B: AccountId = 102;
pub const HOT_C: AccountId = 103;
pub const HOT_D: AccountId = 104;

/// The free balance every funded coldkey starts with: 1 000 000 TAO.
pub const INITIAL_BALANCE: Balance = 1_000_000 * TAO as Balance;

/// Builds the genesis state of a test.
pub struct ExtBuilder {
    balances: Vec<(AccountId, Balance)>,
    subnets: Vec<(Option<AccountId>, Modality)>,
    hyperparameters: Vec<(u16, Hyperparameter)>,
    network_rate_limit: Option<u64>,
}

impl Default for ExtBuilder {
    /// ALICE..=DAVE funded with [`INITIAL_BALANCE`]; the root network only.
    fn default() -> Self {
        Self {
            balances: [ALICE, BOB, CHARLIE, DAVE]
                .into_iter()
                .map(|who| (who, INITIAL_BALANCE))
                .collect(),
            subnets: Vec::new(),
            hyperparameters: Vec::new(),
            network_rate_limit: None,
        }
    }
}

impl ExtBuilder {
    /// Adds a genesis subnet (netuid 1, 2, ... in order) owned by `owner`.
    pub fn subnet(mut self, owner: AccountId) -> Self {
        self.subnets.push((Some(owner), Modality::Text));
        self
    }

    /// Sets a hyperparameter at genesis.
    pub fn hyperparameter(mut self, netuid: u16, parameter: Hyperparameter) -> Self {
        self.hyperparameters.push((netuid, parameter));
        self
    }

    /// Sets the genesis free balance of `who` (replacing its default one).
    pub fn balance(mut self, who: AccountId, amount: Balance) -> Self {
        self.balances.retain(|(account, _)| *account != who);
        self.balances.push((who, amount));
        self
    }

    /// Overrides the network rate limit.
    pub fn network_rate_limit(mut self, blocks: u64) -> Self {
        self.network_rate_limit = Some(blocks);
        self
    }

    /// The externalities, at block 1 (so events are recorded).
    pub fn build(self) -> sp_io::TestExternalities {
        let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
        pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
            .assimilate_storage(&mut storage)
            .unwrap();
        // Funds the staking pallet's rewards pot.
        pallet_subtensor_staking::GenesisConfig::<Test>::default()
            .assimilate_storage(&mut storage)
            .unwrap();
        pallet_subtensor::GenesisConfig::<Test> {
            subnets: self.subnets,
            hyperparameters: self.hyperparameters,
            network_rate_limit: self.network_rate_limit,
        }
        .assimilate_storage(&mut storage)
        .unwrap();
        let mut ext = sp_io::TestExternalities::new(storage);
        ext.execute_with(|| System::set_block_number(1));
        ext
    }

    /// Runs `test`, then checks the invariants of both pallets and the issuance invariant.
    pub fn build_and_execute(self, test: impl FnOnce()) {
        self.build().execute_with(|| {
            test();
            check_all_invariants();
        });
    }
}

/// Both pallets' `try_state`, plus: total issuance is the sum of all balances.
pub fn check_all_invariants() {
    SubtensorModule::do_try_state().expect("subtensor try_state holds");
    Staking::do_try_state().expect("staking try_state holds");
    let mut sum: Balance = 0;
    for (_, info) in frame_system::Account::<Test>::iter() {
        sum += info.data.free + info.data.reserved;
    }
    assert_eq!(sum, Balances::total_issuance(), "total issuance is the sum of all balances");
}

/// Runs blocks up to `n`: each block gets a distinct hash (recorded as the parent hash of the
/// next, as `frame_system` does) and the pallet's `on_initialize`.
pub fn run_to_block(n: BlockNumber) {
    while System::block_number() < n {
        let current = System::block_number();
        // The hash of `current`, as `frame_system::finalize` would record it.
        let hash = polkadot_sdk::sp_core::H256::repeat_byte((current % 251) as u8 + 1);
        frame_system::BlockHash::<Test>::insert(current, hash);
        System::set_block_number(current + 1);
        SubtensorModule::on_initialize(current + 1);
    }
}

/// Moves `blocks` blocks forward.
pub fn advance_blocks(blocks: BlockNumber) {
    run_to_block(System::block_number() + blocks);
}

/// The events of this pallet so far.
pub fn subtensor_events() -> Vec<crate::Event<Test>> {
    System::events()
        .into_iter()
        .filter_map(|record| match record.event {
            RuntimeEvent::SubtensorModule(event) => Some(event),
            _ => None,
        })
        .collect()
}

/// The last event of this pallet.
pub fn last_subtensor_event() -> crate::Event<Test> {
    subtensor_events().pop().expect("an event of the subtensor pallet")
}
