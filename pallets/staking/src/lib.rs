//! # Subtensor staking pallet
//!
//! Stake, delegation and nominator rewards for Finney (DESIGN sections 5.1 and 5.3). In the
//! runtime as `Staking`, so polkadot-js sees `api.tx.staking.*`.
//!
//! Design: docs/design.md, sections 5.1 and 5.3.
//!
//! ## Overview
//!
//! A coldkey puts TAO behind a hotkey with [`Pallet::add_stake`] and takes it back with
//! [`Pallet::remove_stake`]. The stake behind a hotkey is a pool of shares ([`pool`]); each
//! coldkey's stake is its shares (plus stake that entered since the hotkey's last payout), and
//! counts for the hotkey on every subnet it is registered on. Staked TAO never leaves the
//! coldkey's account: it is put on hold with [`HoldReason::Staked`], so wallets show it as held,
//! the balances pallet's total issuance stays the chain's issuance, and staking or unstaking
//! never changes it.
//!
//! ## Terminology
//!
//! - *Coldkey*: an account that owns funds and signs the calls of this pallet.
//! - *Hotkey*: the operational key of a neuron, owned by exactly one coldkey ([`Owner`]). The
//!   owner is recorded by pallet-subtensor when the hotkey first registers, through
//!   [`finney_support::HotkeyOwnership::create_hotkey_account`], and changes only through a hotkey
//!   swap.
//! - *Delegate*: a hotkey whose owner called [`Pallet::become_delegate`]. Anyone may stake to a
//!   delegate; only the owner may stake to a hotkey that is not one.
//! - *Nominator*: a coldkey staking to a delegate it does not own.
//! - *Take*: the part of a delegate's validator rewards its owner keeps, a `u16` proportion of
//!   `u16::MAX` (11796 is 18 %), between [`MinDelegateTake`] and [`MaxDelegateTake`].
//!
//! ## Rules
//!
//! - A coldkey's staking transactions ([`Pallet::add_stake`], [`Pallet::remove_stake`]) are at
//!   least [`TxRateLimit`] blocks apart (0 disables the limit, 1 allows one per block).
//! - A coldkey's stake on a hotkey is either zero or at least [`MinStake`], so dust cannot bloat
//!   storage. Removing stake that would leave less than the minimum fails: remove all of it.
//! - Staking keeps the existential deposit free: only the balance above it can be staked.
//! - [`Pallet::decrease_take`] works at any time; [`Pallet::increase_take`] only once
//!   [`TxDelegateTakeRateLimit`] blocks have passed since the hotkey became a delegate or last
//!   changed its take, so nominators have time to leave before a higher take applies.
//! - Governance ([`Config::ParameterOrigin`]) sets the take bounds, the rate limits and the
//!   minimum stake through one typed call, [`Pallet::set_staking_parameter`].
//!
//! ## Rewards
//!
//! pallet-subtensor pays each epoch's (server, validator) amounts to a hotkey through
//! [`finney_support::EmissionPayout`], in O(1) whatever the number of nominators: the owner's
//! part (take and server amount) is minted to the owner and staked; the nominators' part is
//! minted into the rewards pot and raises the value of the hotkey's pool, so every staker's
//! stake grows by its share at once (see [`rewards`]). Stake added since the hotkey's last
//! payout earns nothing of the next one (no reward sniping). Each staker's reward is settled
//! (moved from the pot onto its hold) when it next acts; until then the runtime API shows it.
//! Rewards compound as stake.
//!
//! ## Consistency
//!
//! The [`ledger`] module is the single write path for stake: the pools, the stakes and cohorts,
//! the totals, the coldkey index, the balances on hold and the rewards pot. `try_state`
//! ([`invariants`]) checks that they agree, and that the pot holds every unsettled reward.
//!
//! ## In a runtime
//!
//! The runtime names the pallet `Staking`, lists it after the balances pallet (genesis stakes are
//! held from genesis balances) and includes its [`HoldReason`] in `RuntimeHoldReason`. Config
//! values matching Bittensor: `DefaultTake` 11796 (18 %), `InitialMinDelegateTake` 0,
//! `InitialMaxDelegateTake` 11796, `InitialTxRateLimit` 1, `InitialTxDelegateTakeRateLimit`
//! 216 000 (30 days of 12 s blocks), `InitialMinStake` 500 000 rao, `ParameterOrigin` root or a
//! governance track, `RewardsPotId` a pallet id of its own. The other pallets get the [`finney_support`] traits from `Staking` itself.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod delegation;
mod interface;
// With `std` too, so the mock runtimes of other pallets can check these invariants in tests.
#[cfg(any(test, feature = "std", feature = "try-runtime"))]
pub mod invariants;
pub mod ledger;
pub mod pool;
mod queries;
pub mod rewards;
mod staking;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pool::{Cohort, PoolId, StakePool, StakeShares};
pub use types::{DelegateInfo, StakingParameter};
pub use weights::WeightInfo;

use finney_support::OnStakeChanged;
use polkadot_sdk::{frame_support, frame_system};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
    <T as frame_system::Config>::AccountId,
>>::Balance;

/// The parameter type of [`Pallet::set_staking_parameter`] for a runtime.
pub type StakingParameterOf<T> =
    StakingParameter<frame_system::pallet_prelude::BlockNumberFor<T>, BalanceOf<T>>;

// The FRAME macros expand to code that uses `expect` and `unreachable!` on paths they prove
// unreachable; the pallet's own logic lives in the other modules, under the workspace lints.
#[allow(clippy::expect_used, clippy::unreachable)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use alloc::vec::Vec;
    use frame_support::{
        pallet_prelude::*,
        traits::{
            fungible::{Inspect, InspectHold, Mutate, MutateHold},
            BuildGenesisConfig,
        },
    };
    use frame_system::pallet_prelude::*;

    /// The in-code storage version.
    /// Version 1: stake as pools of shares ([`Pools`], [`PoolShares`]) instead of one balance per
    /// (hotkey, coldkey). No chain ran version 0 in production, so there is no migration.
    const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

    #[pallet::pallet]
    #[pallet::storage_version(STORAGE_VERSION)]
    pub struct Pallet<T>(_);

    /// Configuration of the staking pallet.
    #[pallet::config]
    pub trait Config: polkadot_sdk::frame_system::Config {
        /// The native currency. Stake is held on the coldkey with [`HoldReason::Staked`]; rewards
        /// are minted with it.
        type Currency: Inspect<Self::AccountId>
            + Mutate<Self::AccountId>
            + InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
            + MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

        /// The runtime's hold reason, which includes this pallet's [`HoldReason`].
        type RuntimeHoldReason: From<HoldReason>;

        /// The origin that may change the staking parameters (root, or a governance track).
        type ParameterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

        /// The take a hotkey gets when it becomes a delegate (Bittensor: 11796, i.e. 18 %),
        /// clamped into [`MinDelegateTake`]..=[`MaxDelegateTake`].
        #[pallet::constant]
        type DefaultTake: Get<u16>;

        /// The initial value of [`MinDelegateTake`].
        #[pallet::constant]
        type InitialMinDelegateTake: Get<u16>;

        /// The initial value of [`MaxDelegateTake`].
        #[pallet::constant]
        type InitialMaxDelegateTake: Get<u16>;

        /// The initial value of [`TxRateLimit`], in blocks.
        #[pallet::constant]
        type InitialTxRateLimit: Get<BlockNumberFor<Self>>;

        /// The initial value of [`TxDelegateTakeRateLimit`], in blocks.
        #[pallet::constant]
        type InitialTxDelegateTakeRateLimit: Get<BlockNumberFor<Self>>;

        /// The initial value of [`MinStake`].
        #[pallet::constant]
        type InitialMinStake: Get<BalanceOf<Self>>;

        /// Told whenever a hotkey's total stake changes (subtensor keeps each subnet's stake
        /// per uid with it). `()` when nothing keeps a copy.
        type OnStakeChanged: finney_support::OnStakeChanged<Self::AccountId>;

        /// The id of the rewards pot, the keyless account that holds minted rewards until the
        /// stakers they belong to settle them (see [`crate::ledger`]).
        #[pallet::constant]
        type RewardsPotId: Get<frame_support::PalletId>;

        /// Weights of this pallet's calls, from its benchmarks.
        type WeightInfo: WeightInfo;
    }

    /// Why this pallet holds funds.
    #[pallet::composite_enum]
    pub enum HoldReason {
        /// The funds are staked to a hotkey.
        #[codec(index = 0)]
        Staked,
    }

    /// Default of [`MinDelegateTake`].
    #[pallet::type_value]
    pub fn DefaultMinDelegateTake<T: Config>() -> u16 {
        T::InitialMinDelegateTake::get()
    }

    /// Default of [`MaxDelegateTake`].
    #[pallet::type_value]
    pub fn DefaultMaxDelegateTake<T: Config>() -> u16 {
        T::InitialMaxDelegateTake::get()
    }

    /// Default of [`TxRateLimit`].
    #[pallet::type_value]
    pub fn DefaultTxRateLimit<T: Config>() -> BlockNumberFor<T> {
        T::InitialTxRateLimit::get()
    }

    /// Default of [`TxDelegateTakeRateLimit`].
    #[pallet::type_value]
    pub fn DefaultTxDelegateTakeRateLimit<T: Config>() -> BlockNumberFor<T> {
        T::InitialTxDelegateTakeRateLimit::get()
    }

    /// Default of [`MinStake`].
    #[pallet::type_value]
    pub fn DefaultMinStake<T: Config>() -> BalanceOf<T> {
        T::InitialMinStake::get()
    }

    /// The coldkey that owns a hotkey. Set when the hotkey first registers; moved by a swap.
    #[pallet::storage]
    pub type Owner<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

    /// The delegates and their take (a proportion of `u16::MAX`). A hotkey is a delegate if and
    /// only if it has an entry here.
    #[pallet::storage]
    pub type Delegates<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u16>;

    /// The stake pool of each hotkey with stake: its active value and shares, its entering stake
    /// and how many payouts it has had (see [`crate::pool`]). Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type Pools<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, StakePool>;

    /// The hotkey of each pool. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type PoolHotkey<T: Config> = StorageMap<_, Twox64Concat, PoolId, T::AccountId>;

    /// The id the next new pool gets. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type NextPoolId<T: Config> = StorageValue<_, PoolId, ValueQuery>;

    /// Each coldkey's stake in each pool (pool id, coldkey): its shares, its entering stake and
    /// what is held on the coldkey for it. Its value in TAO, rewards not yet settled included, is
    /// what the runtime API `stakingApi.stake(hotkey, coldkey)` returns. Written only by
    /// [`crate::ledger`].
    #[pallet::storage]
    pub type PoolShares<T: Config> = StorageDoubleMap<
        _,
        Twox64Concat,
        PoolId,
        Blake2_128Concat,
        T::AccountId,
        StakeShares,
        OptionQuery,
    >;

    /// The closed cohorts (pool id, cohort number) whose shares are not yet all handed out to
    /// their stakers. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type Cohorts<T: Config> =
        StorageDoubleMap<_, Twox64Concat, PoolId, Twox64Concat, u32, Cohort, OptionQuery>;

    /// Index of the pools a coldkey has stake in: (coldkey, pool id) is present if and only if
    /// `PoolShares[pool id][coldkey]` is. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type StakingPools<T: Config> =
        StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, PoolId, (), OptionQuery>;

    /// The settled stake of each coldkey over all hotkeys: equal to its balance on hold for
    /// [`HoldReason::Staked`]. Rewards paid to its hotkeys since it last acted are not included
    /// (the runtime API's `stakesOfColdkey` shows them). Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type TotalColdkeyStake<T: Config> =
        StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

    /// The total stake on the chain, rewards not yet settled included: the sum of the pools'
    /// totals. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type TotalStake<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

    /// Rao that rounding left in pools whose last share was withdrawn. They stay in the rewards
    /// pot, so total issuance still counts them. Written only by [`crate::ledger`].
    #[pallet::storage]
    pub type StakeDust<T: Config> = StorageValue<_, u128, ValueQuery>;

    /// The block of a coldkey's last staking transaction, for [`TxRateLimit`].
    #[pallet::storage]
    pub type LastTxBlock<T: Config> =
        StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

    /// The block a delegate last changed its take (or became a delegate), for
    /// [`TxDelegateTakeRateLimit`].
    #[pallet::storage]
    pub type LastTxBlockDelegateTake<T: Config> =
        StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

    /// The minimum number of blocks between two staking transactions of a coldkey
    /// (`tx_rate_limit`); 0 disables the limit.
    #[pallet::storage]
    pub type TxRateLimit<T: Config> =
        StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultTxRateLimit<T>>;

    /// The minimum number of blocks between a delegate's take change and a take increase.
    #[pallet::storage]
    pub type TxDelegateTakeRateLimit<T: Config> =
        StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultTxDelegateTakeRateLimit<T>>;

    /// The lowest take a delegate may set.
    #[pallet::storage]
    pub type MinDelegateTake<T: Config> =
        StorageValue<_, u16, ValueQuery, DefaultMinDelegateTake<T>>;

    /// The highest take a delegate may set; payouts never apply more than this.
    #[pallet::storage]
    pub type MaxDelegateTake<T: Config> =
        StorageValue<_, u16, ValueQuery, DefaultMaxDelegateTake<T>>;

    /// The smallest nonzero stake a coldkey may have on a hotkey.
    #[pallet::storage]
    pub type MinStake<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery, DefaultMinStake<T>>;

    /// Events of the staking pallet.
    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// `coldkey` staked `amount` to `hotkey`; the amount is now held on `coldkey`.
        StakeAdded { coldkey: T::AccountId, hotkey: T::AccountId, amount: BalanceOf<T> },
        /// `coldkey` unstaked `amount` from `hotkey`; the amount is free again on `coldkey`.
        StakeRemoved { coldkey: T::AccountId, hotkey: T::AccountId, amount: BalanceOf<T> },
        /// `hotkey`, owned by `coldkey`, became a delegate with `take`.
        DelegateAdded { coldkey: T::AccountId, hotkey: T::AccountId, take: u16 },
        /// The owner `coldkey` lowered the take of the delegate `hotkey` to `take`.
        TakeDecreased { coldkey: T::AccountId, hotkey: T::AccountId, take: u16 },
        /// The owner `coldkey` raised the take of the delegate `hotkey` to `take`.
        TakeIncreased { coldkey: T::AccountId, hotkey: T::AccountId, take: u16 },
        /// `hotkey` was registered for the first time; `coldkey` owns it.
        HotkeyAccountCreated { hotkey: T::AccountId, coldkey: T::AccountId },
        /// The owner `coldkey` moved the staking state of `old_hotkey` to `new_hotkey`.
        HotkeySwapped { coldkey: T::AccountId, old_hotkey: T::AccountId, new_hotkey: T::AccountId },
        /// An epoch's rewards were paid to `hotkey`: `server_amount` and `validator_amount` as
        /// computed by consensus, of which `take` went to the owner as delegate take and
        /// `to_stakers` raised the value of the hotkey's stake pool (shared by its stakers by
        /// their shares, settled when each next acts); `minted` is what was actually minted.
        EmissionPaid {
            hotkey: T::AccountId,
            server_amount: BalanceOf<T>,
            validator_amount: BalanceOf<T>,
            take: BalanceOf<T>,
            to_stakers: BalanceOf<T>,
            minted: BalanceOf<T>,
        },
        /// Governance set a staking parameter.
        StakingParameterSet { parameter: StakingParameterOf<T> },
    }

    /// Errors of the staking pallet.
    #[pallet::error]
    pub enum Error<T> {
        /// The hotkey has never been registered, so it has no owner.
        HotkeyNotRegistered,
        /// The hotkey is already registered (it has an owner).
        HotkeyAlreadyRegistered,
        /// The coldkey does not own the hotkey: only the owner may do this (or stake to a hotkey
        /// that is not a delegate).
        NonAssociatedColdkey,
        /// The hotkey is already a delegate.
        HotkeyAlreadyDelegate,
        /// The hotkey is not a delegate.
        HotkeyNotDelegate,
        /// The amount is zero.
        StakeAmountZero,
        /// The coldkey's free balance (above the existential deposit) is less than the amount.
        NotEnoughBalanceToStake,
        /// The coldkey has less stake on the hotkey than the amount.
        NotEnoughStakeToWithdraw,
        /// The coldkey's stake on the hotkey would be nonzero but below [`MinStake`].
        StakeBelowMinimum,
        /// The coldkey's last staking transaction was less than [`TxRateLimit`] blocks ago.
        TxRateLimitExceeded,
        /// The take is below [`MinDelegateTake`].
        DelegateTakeTooLow,
        /// The take is above [`MaxDelegateTake`].
        DelegateTakeTooHigh,
        /// `decrease_take` needs a take lower than the current one.
        TakeNotDecreased,
        /// `increase_take` needs a take higher than the current one.
        TakeNotIncreased,
        /// The delegate's take changed less than [`TxDelegateTakeRateLimit`] blocks ago.
        DelegateTxRateLimitExceeded,
        /// The minimum take would be above the maximum take.
        InvalidTakeBounds,
        /// The stake records disagree (a closed cohort without its record); nothing was changed.
        /// This is a bug: please report it.
        InconsistentStake,
    }

    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        fn integrity_test() {
            assert!(
                T::InitialMinDelegateTake::get() <= T::InitialMaxDelegateTake::get(),
                "InitialMinDelegateTake must not exceed InitialMaxDelegateTake"
            );
        }

        #[cfg(feature = "try-runtime")]
        fn try_state(
            _n: BlockNumberFor<T>,
        ) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
            Self::do_try_state()
        }
    }

    /// Genesis state: hotkey owners, delegates and stakes (on top of the balances pallet's
    /// genesis, which must fund the stakers), and optionally a shorter staking rate limit.
    #[pallet::genesis_config]
    #[derive(frame_support::DefaultNoBound)]
    pub struct GenesisConfig<T: Config> {
        /// `(hotkey, owner coldkey)`.
        pub hotkeys: Vec<(T::AccountId, T::AccountId)>,
        /// `(hotkey, take)`: hotkeys that start as delegates.
        pub delegates: Vec<(T::AccountId, u16)>,
        /// `(coldkey, hotkey, amount)`: initial stakes, held from the coldkey's balance.
        pub stakes: Vec<(T::AccountId, T::AccountId, BalanceOf<T>)>,
        /// Overrides [`Config::InitialTxRateLimit`] (a dev chain may want 0).
        pub tx_rate_limit: Option<BlockNumberFor<T>>,
    }

    #[pallet::genesis_build]
    impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
        // An invalid genesis must stop the chain from being built.
        #[allow(clippy::expect_used, clippy::panic)]
        fn build(&self) {
            ledger::fund_pot::<T>();
            if let Some(limit) = self.tx_rate_limit {
                TxRateLimit::<T>::put(limit);
            }
            for (hotkey, coldkey) in &self.hotkeys {
                Pallet::<T>::do_create_hotkey_account(hotkey, coldkey)
                    .expect("genesis hotkeys must have one owner each");
            }
            for (hotkey, take) in &self.delegates {
                assert!(Owner::<T>::contains_key(hotkey), "genesis delegate must be a hotkey");
                assert!(
                    (MinDelegateTake::<T>::get()..=MaxDelegateTake::<T>::get()).contains(take),
                    "genesis delegate take must be within the take bounds"
                );
                Delegates::<T>::insert(hotkey, take);
            }
            for (coldkey, hotkey, amount) in &self.stakes {
                assert!(Owner::<T>::contains_key(hotkey), "genesis stake must be on a hotkey");
                ledger::stake::<T>(coldkey, hotkey, *amount)
                    .expect("genesis staker must have the free balance to stake");
            }
            // Genesis stakes earn from the first payout on.
            for (_, hotkey, _) in &self.stakes {
                ledger::activate_entering::<T>(hotkey).expect("genesis stakes fit in a pool");
            }
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Stakes `amount` from the signing coldkey's free balance to `hotkey`.
        ///
        /// The coldkey must own `hotkey` unless `hotkey` is a delegate. The amount is put on hold
        /// on the coldkey; total issuance does not change. Subject to [`TxRateLimit`] and
        /// [`MinStake`]. Emits [`Event::StakeAdded`]. Charged for [`Config::OnStakeChanged`]'s
        /// actual work (at most its `max_weight`).
        #[pallet::call_index(0)]
        #[pallet::weight(T::WeightInfo::add_stake().saturating_add(T::OnStakeChanged::max_weight()))]
        pub fn add_stake(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
            amount: BalanceOf<T>,
        ) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            let reported = Self::do_add_stake(coldkey, hotkey, amount)?;
            // Charged for the networks the hotkey is actually on, not the most it could be.
            Ok(Some(T::WeightInfo::add_stake().saturating_add(reported)).into())
        }

        /// Unstakes `amount` of the signing coldkey's stake from `hotkey`, releasing it to the
        /// coldkey's free balance.
        ///
        /// What remains must be zero or at least [`MinStake`]. Subject to [`TxRateLimit`]. Emits
        /// [`Event::StakeRemoved`]. Charged for [`Config::OnStakeChanged`]'s actual work (at most
        /// its `max_weight`).
        #[pallet::call_index(1)]
        #[pallet::weight(T::WeightInfo::remove_stake().saturating_add(T::OnStakeChanged::max_weight()))]
        pub fn remove_stake(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
            amount: BalanceOf<T>,
        ) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            let reported = Self::do_remove_stake(coldkey, hotkey, amount)?;
            // Charged for the networks the hotkey is actually on, not the most it could be.
            Ok(Some(T::WeightInfo::remove_stake().saturating_add(reported)).into())
        }

        /// Opens `hotkey` to nominators, with [`Config::DefaultTake`] (clamped into the take
        /// bounds). Only the owner of `hotkey` may call it. Emits [`Event::DelegateAdded`].
        #[pallet::call_index(2)]
        #[pallet::weight(T::WeightInfo::become_delegate())]
        pub fn become_delegate(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_become_delegate(coldkey, hotkey)
        }

        /// Lowers the take of the delegate `hotkey` to `take`, which must be below the current
        /// take and at least [`MinDelegateTake`]. Only the owner may call it; allowed at any time.
        /// Emits [`Event::TakeDecreased`].
        #[pallet::call_index(3)]
        #[pallet::weight(T::WeightInfo::decrease_take())]
        pub fn decrease_take(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
            take: u16,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_decrease_take(coldkey, hotkey, take)
        }

        /// Raises the take of the delegate `hotkey` to `take`, which must be above the current
        /// take and at most [`MaxDelegateTake`]. Only the owner may call it, and only once
        /// [`TxDelegateTakeRateLimit`] blocks have passed since the last take change. Emits
        /// [`Event::TakeIncreased`].
        #[pallet::call_index(4)]
        #[pallet::weight(T::WeightInfo::increase_take())]
        pub fn increase_take(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
            take: u16,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_increase_take(coldkey, hotkey, take)
        }

        /// Sets one staking parameter: the take bounds, a rate limit or the minimum stake. Only
        /// [`Config::ParameterOrigin`] may call it. The take bounds must stay ordered (minimum
        /// not above maximum). Emits [`Event::StakingParameterSet`].
        #[pallet::call_index(5)]
        #[pallet::weight(T::WeightInfo::set_staking_parameter())]
        pub fn set_staking_parameter(
            origin: OriginFor<T>,
            parameter: StakingParameterOf<T>,
        ) -> DispatchResult {
            T::ParameterOrigin::ensure_origin(origin)?;
            Self::do_set_staking_parameter(parameter)
        }
    }
}
