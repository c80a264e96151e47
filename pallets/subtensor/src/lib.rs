//! # Subtensor pallet: subnets, neurons, weights, epochs and emission
//!
//! Subnets and their neurons (DESIGN section 4), and the emission that pays them (section 5). In the runtime as `SubtensorModule`, so
//! polkadot-js sees `api.tx.subtensorModule.*`. Names follow Bittensor's Finney chain so its
//! operators recognise them.
//!
//! Design: docs/design.md, sections 4 and 5.2 to 5.6.
//!
//! ## Terminology
//!
//! - *Coldkey*: an account that owns funds; it registers subnets, pays registration burns and
//!   owns hotkeys. *Hotkey*: the operational key of a neuron, owned by exactly one coldkey. Hotkey
//!   ownership and stake live in the staking pallet and are reached only through the
//!   [`finney_support`] traits of [`Config`]; the pallet keeps a copy of each uid's stake
//!   ([`NeuronStake`]) that the staking pallet updates through [`finney_support::OnStakeChanged`].
//! - *Subnet* ([`NetUid`]): a competition with its own [`SubnetHyperparams`] and [`Modality`].
//!   Netuid 0 is the *root network*, whose members are the top validators by stake.
//! - *Neuron*: a hotkey registered on a subnet, addressed by its *uid* (`u16`, dense `0..n`).
//!
//! ## Lifecycle
//!
//! - [`Pallet::register_network`]: a coldkey puts the network lock cost on hold and becomes the
//!   owner of a new subnet with default hyperparameters. The lock doubles with each registration
//!   and decays back linearly (DESIGN 4.2). When the [`SubnetLimit`] is reached, the non-immune
//!   subnet with the lowest emission value is dissolved to make room (DESIGN 5.5).
//!   [`Pallet::dissolve_network`]: the owner removes its subnet and gets the lock back.
//! - Hyperparameters change through one typed call, [`Pallet::set_hyperparameter`]: the owner
//!   may change the owner-level ones ([`ChangeLevel`]), governance ([`Config::GovernanceOrigin`])
//!   all of them; each value is bounds-checked. Network-wide parameters:
//!   [`Pallet::set_network_parameter`] (governance).
//! - Neurons register by burning the subnet's [`Burn`] ([`Pallet::burned_register`]) or by proof
//!   of work ([`Pallet::register`], [`finney_pow`]). A full subnet replaces the neuron with the
//!   lowest pruning score past its immunity period. Every `adjustment_interval` blocks the
//!   difficulty and burn adapt to demand ([`yuma_consensus::registration`]).
//! - [`Pallet::root_register`]: a hotkey with at least [`RootRegistrationMinStake`] of stake
//!   joins the root network; when full, the newcomer replaces the member with the least stake
//!   if it has strictly more.
//! - [`Pallet::serve_axon`], [`Pallet::serve_prometheus`]: a neuron publishes its endpoints.
//! - [`Pallet::set_weights`], or [`Pallet::commit_weights`] then [`Pallet::reveal_weights`] on
//!   subnets with commit-reveal: a validator's scores, admitted by the rules of DESIGN 4.1.
//! - [`Pallet::swap_hotkey`]: a coldkey burns [`KeySwapCost`] to move a hotkey's registrations,
//!   stake, weight commits and not yet paid rewards to a new hotkey, at most once per
//!   [`HotkeySwapRateLimit`] blocks per hotkey ([`swap`]).
//! - Every block ([`coinbase`], DESIGN 4.3): the registration controller; the
//!   root epoch when due, which sets each subnet's [`EmissionValues`] from the root validators'
//!   weights; the payout of the last epochs' rewards ([`LoadedEmission`]) through
//!   [`Config::EmissionPayout`] (minted as stake, delegates paying their nominators); the block
//!   emission (halving schedule over the real total issuance) split between the subnets, each
//!   owner's cut minted to its coldkey and the rest accrued in [`PendingEmission`]; and the
//!   subnet epochs that are due ([`epoch`]): Yuma consensus over storage, its results written
//!   back, the pending emission turned into per-neuron rewards for the next block.
//!
//! ## Consistency
//!
//! The [`neurons`] module is the single write path for the uid maps ([`Keys`], [`Uids`],
//! [`IsNetworkMember`], [`SubnetworkN`]) and the only code that adds or removes entries of the
//! per-uid vectors ([`Rank`], [`Trust`], ... [`LastUpdate`]), which it lists once for every
//! module that names them all; the epoch ([`epoch`]) and `set_weights` ([`LastUpdate`]) write
//! their values in place. `try_state` ([`invariants`]) checks that uids are dense, the maps
//! agree and every per-uid vector has one entry per uid, and that every rao of emission is
//! accounted for ([`EmissionAccounting`]). When each epoch runs is decided in one place,
//! [`types::schedule`].
//!
//! ## Deliberate differences from Bittensor
//!
//! - The network lock is put on hold ([`HoldReason::SubnetLock`]) instead of being burned and
//!   re-minted; total issuance does not move when a subnet is registered or dissolved.
//! - Hyperparameters are changed through one typed call ([`Pallet::set_hyperparameter`])
//!   instead of one `sudo_set_*` call each; who may change what follows Bittensor's split.
//! - `swap_hotkey` burns [`KeySwapCost`] as Bittensor does, but its rate limit
//!   ([`HotkeySwapRateLimit`]) is per hotkey instead of Bittensor's per-coldkey transaction rate
//!   limit, so a coldkey can move all its hotkeys at once. The swapped-away hotkey keeps its
//!   owner, so no one else can register it; rewards loaded for it before the swap are paid to
//!   the new hotkey, and commits it made are revealable by the new hotkey (Bittensor's hash
//!   names the hotkey, so a moved commit could not be revealed).
//! - Proof-of-work registration must be signed by the hotkey (Bittensor accepts any signer;
//!   its wallets sign with the hotkey) and the work's block must be one of the 3 before the
//!   current one (Bittensor accepts the block being built and the 2 before it; the block being
//!   built has a hash that reads as zero, so work on it can be computed in advance). Used works
//!   are forgotten once out of that window ([`UsedWork`]) instead of kept forever.
//! - Joining the root network needs a minimum stake on the hotkey
//!   ([`RootRegistrationMinStake`]).
//!
//! ## In a runtime
//!
//! The runtime names the pallet `SubtensorModule`, lists it after the balances and staking
//! pallets, includes its [`HoldReason`] in `RuntimeHoldReason` and gets the
//! [`finney_support`] traits from the staking pallet (`StakeInfo`, `HotkeyOwnership`,
//! `HotkeySwap` = `Staking`). `MaxAllowedUidsLimit` 4096 as on Bittensor;
//! `GovernanceOrigin` root or a governance track. Calls whose cost grows with a subnet are
//! charged for the largest one (`MaxAllowedUidsLimit`) and refunded to the actual size. The
//! genesis config creates the root network
//! and, for dev chains, subnets without a lock and hyperparameter overrides (short tempos and
//! rate limits).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod coinbase;
pub mod epoch;
mod hyperparameters;
// With `std` too, so the runtime's tests (the random-sequence harness) can check these invariants
// after every block without the `try-runtime` build.
#[cfg(any(test, feature = "std", feature = "try-runtime"))]
pub mod invariants;
pub mod neurons;
pub mod queries;
mod registration;
mod serving;
mod set_weights;
pub mod stake;
mod subnets;
pub mod swap;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use finney_support::NetUid;
pub use queries::{NeuronInfo, NeuronInfoLite, RegistrationCost, SubnetInfo};
pub use types::{
    AxonInfo, ChangeLevel, EmissionTotals, Hyperparameter, Modality, NetworkParameter,
    PrometheusInfo, RootEpochSkip, SubnetHyperparams, WeightCommit,
};
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
    <T as frame_system::Config>::AccountId,
>>::Balance;

/// The hash of a weight commit: `blake2_256` (an `H256`), whatever the runtime's hasher.
pub type CommitHash =
    <polkadot_sdk::sp_runtime::traits::BlakeTwo256 as polkadot_sdk::sp_runtime::traits::Hash>::Output;

/// A weight commit.
pub type WeightCommitOf = WeightCommit<CommitHash>;

/// What the benchmarks need from the runtime beyond this pallet's `Config`.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
    /// Stakes `amount` from `coldkey` (funded by the benchmark) to `hotkey`, which `coldkey`
    /// already owns.
    fn stake(coldkey: &AccountId, hotkey: &AccountId, amount: Balance);
}

// The FRAME macros expand to code that uses `expect` and `unreachable!` on paths they prove
// unreachable; the pallet's own logic lives in the other modules, under the workspace lints.
// `serve_axon` keeps Bittensor's eight arguments.
#[allow(clippy::expect_used, clippy::unreachable, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use alloc::vec::Vec;
    use finney_support::{EmissionPayout, HotkeyOwnership, HotkeySwap, StakeInfo};
    use frame_support::{
        pallet_prelude::*,
        traits::{
            fungible::{Inspect, InspectHold, Mutate, MutateHold},
            BuildGenesisConfig,
        },
    };
    use frame_system::pallet_prelude::*;
    use types::network_defaults;

    /// The in-code storage version.
    const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

    #[pallet::pallet]
    #[pallet::storage_version(STORAGE_VERSION)]
    // Per-subnet vectors and weight rows are bounded by `max_allowed_uids` (itself at most
    // `Config::MaxAllowedUidsLimit`) in code rather than in their types.
    #[pallet::without_storage_info]
    pub struct Pallet<T>(_);

    /// Configuration of the subtensor pallet.
    #[pallet::config]
    pub trait Config: polkadot_sdk::frame_system::Config {
        /// The native currency: network locks are held with [`HoldReason::SubnetLock`],
        /// registration burns leave total issuance.
        type Currency: Inspect<Self::AccountId>
            + Mutate<Self::AccountId>
            + InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
            + MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

        /// The runtime's hold reason, which includes this pallet's [`HoldReason`].
        type RuntimeHoldReason: From<HoldReason>;

        /// The stake behind hotkeys (root network membership, the runtime APIs).
        type StakeInfo: StakeInfo<Self::AccountId, BalanceOf<Self>>;

        /// Hotkey owners: checked and recorded on registration.
        type HotkeyOwnership: HotkeyOwnership<Self::AccountId>;

        /// Moves a hotkey's stake and delegate status to the new hotkey, owned by the same
        /// coldkey, in [`Pallet::swap_hotkey`].
        type HotkeySwap: HotkeySwap<Self::AccountId>;

        /// Pays each epoch's rewards to a hotkey: mints them and credits them as stake, split
        /// between the hotkey's owner and its nominators (DESIGN 5.3).
        type EmissionPayout: EmissionPayout<Self::AccountId, BalanceOf<Self>>;

        /// The most hotkeys paid their epoch rewards in one block; the rest of
        /// [`LoadedEmission`] waits for the next block. Each payout mints and writes stake, so
        /// paying a whole 4096-uid subnet at once would not fit in a block. A block also pays
        /// no more than the weight of this many hotkeys registered on one network each.
        #[pallet::constant]
        type MaxPayoutsPerBlock: Get<u32>;

        /// The most weight the subnet epochs of one block may use. Epochs that are due when
        /// this budget is spent wait in [`EpochQueue`] for the next block (one epoch always
        /// runs per block, whatever its weight, so the queue always drains).
        #[pallet::constant]
        type MaxEpochWeightPerBlock: Get<Weight>;

        /// The most uids of removed subnets whose neuron state one block clears
        /// ([`NeuronsToClear`]). Removing a subnet only drops its per-subnet state; each uid's
        /// entries (its hotkey maps, endpoints, commits, weights and bonds) are cleared by the
        /// following blocks, this many per block, so removing a 4096-uid subnet fits in a block.
        #[pallet::constant]
        type MaxNeuronsClearedPerBlock: Get<u32>;

        /// Told after each root epoch (the governance pallet syncs the senate then); its weight
        /// is added to the block step's.
        type OnRootEpoch: finney_support::OnRootEpoch;

        /// Governance (root or a governance track): every hyperparameter and the network-wide
        /// parameters.
        type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

        /// The largest `max_allowed_uids` governance may set (Bittensor: 4096).
        #[pallet::constant]
        type MaxAllowedUidsLimit: Get<u16>;

        /// Weights of this pallet's calls, from its benchmarks.
        type WeightInfo: WeightInfo;

        /// Sets up the stake the benchmarks need, through the staking pallet.
        #[cfg(feature = "runtime-benchmarks")]
        type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
    }

    /// Why this pallet holds funds.
    #[pallet::composite_enum]
    pub enum HoldReason {
        /// The network lock of a subnet the account owns.
        #[codec(index = 0)]
        SubnetLock,
    }

    // ---- Subnets ----

    /// The hyperparameters of each subnet; a subnet exists if and only if it has an entry.
    #[pallet::storage]
    pub type SubnetHyperparameters<T: Config> =
        StorageMap<_, Identity, NetUid, SubnetHyperparams, OptionQuery>;

    /// The number of networks, the root network included.
    #[pallet::storage]
    pub type TotalNetworks<T: Config> = StorageValue<_, u16, ValueQuery>;

    /// The owner coldkey of each subnet (none for the root network and genesis subnets without
    /// an owner).
    #[pallet::storage]
    pub type SubnetOwner<T: Config> = StorageMap<_, Identity, NetUid, T::AccountId, OptionQuery>;

    /// The lock each subnet's owner has on hold, in rao.
    #[pallet::storage]
    pub type SubnetLocked<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// The block each subnet was registered at.
    #[pallet::storage]
    pub type NetworkRegisteredAt<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// Each subnet's share of block emission in rao, written by the root epoch ([`coinbase`]); the
    /// subnet with the lowest is pruned first when the subnet limit is reached.
    #[pallet::storage]
    pub type EmissionValues<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// Default of [`SubnetLimit`].
    #[pallet::type_value]
    pub fn DefaultSubnetLimit() -> u16 {
        network_defaults::SUBNET_LIMIT
    }
    /// Default of [`NetworkMinLockCost`].
    #[pallet::type_value]
    pub fn DefaultNetworkMinLockCost() -> u64 {
        network_defaults::NETWORK_MIN_LOCK_COST
    }
    /// Default of [`NetworkLockReductionInterval`].
    #[pallet::type_value]
    pub fn DefaultNetworkLockReductionInterval() -> u64 {
        network_defaults::NETWORK_LOCK_REDUCTION_INTERVAL
    }
    /// Default of [`NetworkRateLimit`].
    #[pallet::type_value]
    pub fn DefaultNetworkRateLimit() -> u64 {
        network_defaults::NETWORK_RATE_LIMIT
    }
    /// Default of [`NetworkImmunityPeriod`].
    #[pallet::type_value]
    pub fn DefaultNetworkImmunityPeriod() -> u64 {
        network_defaults::NETWORK_IMMUNITY_PERIOD
    }
    /// Default of [`SubnetOwnerCut`].
    #[pallet::type_value]
    pub fn DefaultSubnetOwnerCut() -> u16 {
        network_defaults::SUBNET_OWNER_CUT
    }
    /// Default of [`RootRegistrationMinStake`].
    #[pallet::type_value]
    pub fn DefaultRootRegistrationMinStake() -> u64 {
        network_defaults::ROOT_REGISTRATION_MIN_STAKE
    }

    /// The most networks, the root network included (`subnet_limit`).
    #[pallet::storage]
    pub type SubnetLimit<T: Config> = StorageValue<_, u16, ValueQuery, DefaultSubnetLimit>;

    /// The smallest network lock, in rao (`network_min_lock_cost`).
    #[pallet::storage]
    pub type NetworkMinLockCost<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultNetworkMinLockCost>;

    /// Blocks over which the network lock decays back to the minimum.
    #[pallet::storage]
    pub type NetworkLockReductionInterval<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultNetworkLockReductionInterval>;

    /// Blocks between two network registrations (`network_rate_limit`).
    #[pallet::storage]
    pub type NetworkRateLimit<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultNetworkRateLimit>;

    /// Blocks after its registration during which a subnet is not pruned.
    #[pallet::storage]
    pub type NetworkImmunityPeriod<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultNetworkImmunityPeriod>;

    /// The subnet owner's cut of its subnet's emission, a proportion of 65535 ([`coinbase`]).
    #[pallet::storage]
    pub type SubnetOwnerCut<T: Config> = StorageValue<_, u16, ValueQuery, DefaultSubnetOwnerCut>;

    /// The least total stake, in rao, a hotkey needs to join the root network
    /// ([`Pallet::root_register`]); 0 for none.
    #[pallet::storage]
    pub type RootRegistrationMinStake<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultRootRegistrationMinStake>;

    /// The lock paid by the last network registration, in rao.
    #[pallet::storage]
    pub type NetworkLastLockCost<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultNetworkMinLockCost>;

    /// The block of the last network registration; none before the first one ever.
    #[pallet::storage]
    pub type NetworkLastRegistered<T: Config> = StorageValue<_, u64, OptionQuery>;

    // ---- Registration terms ----

    /// The burn of a burned registration, in rao, per subnet.
    #[pallet::storage]
    pub type Burn<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// The proof-of-work difficulty per subnet.
    #[pallet::storage]
    pub type Difficulty<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// Registrations on each subnet in the current block.
    #[pallet::storage]
    pub type RegistrationsThisBlock<T: Config> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

    /// Registrations on each subnet in the current adjustment interval.
    #[pallet::storage]
    pub type RegistrationsThisInterval<T: Config> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery>;

    /// Proof-of-work registrations on each subnet in the current adjustment interval.
    #[pallet::storage]
    pub type PowRegistrationsThisInterval<T: Config> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery>;

    /// Burned registrations on each subnet in the current adjustment interval.
    #[pallet::storage]
    pub type BurnRegistrationsThisInterval<T: Config> =
        StorageMap<_, Identity, NetUid, u16, ValueQuery>;

    /// The block of each subnet's last difficulty and burn adjustment.
    #[pallet::storage]
    pub type LastAdjustmentBlock<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// The proof-of-work seals used recently, with the block each was used at: a work is never
    /// accepted twice. An entry is pruned once its work can no longer be submitted anyway (its
    /// block has left the window, [`types::used_work_expired`]), by later proof-of-work
    /// registrations ([`types::MAX_USED_WORKS_PRUNED_PER_REGISTRATION`] each, oldest first).
    #[pallet::storage]
    pub type UsedWork<T: Config> = StorageMap<_, Identity, [u8; 32], u64, OptionQuery>;

    /// The entries of [`UsedWork`] in the order they were used, for pruning: the `i`-th work
    /// used (counted from genesis) and the block it was used at. Only the indexes
    /// [`UsedWorkQueueBounds`] names are stored.
    #[pallet::storage]
    pub type UsedWorkQueue<T: Config> =
        StorageMap<_, Twox64Concat, u64, ([u8; 32], u64), OptionQuery>;

    /// `(first, end)`: the indexes of [`UsedWorkQueue`] that are stored, `first..end`.
    #[pallet::storage]
    pub type UsedWorkQueueBounds<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

    // ---- Neurons ----
    //
    // The uid maps are written only by `crate::neurons`, which alone adds and removes per-uid
    // entries. The per-uid vectors (`Vec`s indexed by uid, one per subnet) are listed once, in
    // `crate::neurons::for_each_per_uid_vector!`: a new one is declared here and added there.

    /// The number of neurons of each subnet; their uids are `0..n`.
    #[pallet::storage]
    pub type SubnetworkN<T: Config> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

    /// The hotkey of each (subnet, uid).
    #[pallet::storage]
    pub type Keys<T: Config> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, T::AccountId, OptionQuery>;

    /// The uid of each (subnet, hotkey).
    #[pallet::storage]
    pub type Uids<T: Config> =
        StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, T::AccountId, u16, OptionQuery>;

    /// The subnets each hotkey is registered on: (hotkey, netuid) is present if and only if
    /// [`Uids`] has (netuid, hotkey).
    #[pallet::storage]
    pub type IsNetworkMember<T: Config> =
        StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, NetUid, (), OptionQuery>;

    /// Per uid: the block the neuron was registered at. One vector per subnet (Bittensor keeps
    /// one entry per uid), so the epoch and the replacement scan read it once, not once per uid.
    #[pallet::storage]
    pub type BlockAtRegistration<T: Config> = StorageMap<_, Identity, NetUid, Vec<u64>, ValueQuery>;

    /// Per uid: the total stake of its hotkey, in rao, in chunks of [`stake::STAKE_CHUNK`] uids
    /// (chunk `c` holds uids `64 c ..= 64 c + 63`), so an epoch reads a subnet's stake in
    /// `n / 64` reads. Always equal to the staking pallet's total (see [`stake`]).
    #[pallet::storage]
    pub type NeuronStake<T: Config> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<u64>, ValueQuery>;

    /// Per uid: whether the neuron was active at the last epoch.
    #[pallet::storage]
    pub type Active<T: Config> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;
    /// Per uid: rank (u16 proportion).
    #[pallet::storage]
    pub type Rank<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: trust (u16 proportion).
    #[pallet::storage]
    pub type Trust<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: consensus (u16 proportion).
    #[pallet::storage]
    pub type Consensus<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: incentive (u16 proportion).
    #[pallet::storage]
    pub type Incentive<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: dividends (u16 proportion).
    #[pallet::storage]
    pub type Dividends<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: emission of the last epoch, in rao.
    #[pallet::storage]
    pub type Emission<T: Config> = StorageMap<_, Identity, NetUid, Vec<u64>, ValueQuery>;
    /// Per uid: validator trust (u16 proportion).
    #[pallet::storage]
    pub type ValidatorTrust<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: pruning score (u16, max-upscaled); the lowest is replaced first.
    #[pallet::storage]
    pub type PruningScores<T: Config> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;
    /// Per uid: whether the neuron holds a validator permit.
    #[pallet::storage]
    pub type ValidatorPermit<T: Config> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;
    /// Per uid: the block of the neuron's last weights (its registration block before that).
    #[pallet::storage]
    pub type LastUpdate<T: Config> = StorageMap<_, Identity, NetUid, Vec<u64>, ValueQuery>;

    /// The weight row of each (subnet, uid): `(dest, u16 weight)` max-upscaled, zeros kept.
    #[pallet::storage]
    pub type Weights<T: Config> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;

    /// The bond row of each (subnet, uid), written by the epoch ([`epoch`]).
    #[pallet::storage]
    pub type Bonds<T: Config> =
        StorageDoubleMap<_, Identity, NetUid, Identity, u16, Vec<(u16, u16)>, ValueQuery>;

    // ---- Emission (DESIGN 4.3, 5.2 to 5.4) ----

    /// Rao accrued by each subnet since its last epoch (its share of block emission after the
    /// owner cut), distributed by its next epoch. Not yet minted.
    #[pallet::storage]
    pub type PendingEmission<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// What each subnet's epochs computed and the next blocks pay out, in uid order:
    /// `(hotkey, server rao, validator rao)` per neuron with a nonzero reward, paid at most
    /// [`Config::MaxPayoutsPerBlock`] per block. Not yet minted.
    #[pallet::storage]
    pub type LoadedEmission<T: Config> =
        StorageMap<_, Identity, NetUid, Vec<(T::AccountId, u64, u64)>, OptionQuery>;

    /// The block of the oldest epoch whose rewards may still be in each subnet's
    /// [`LoadedEmission`]: set by the epoch that loads into an empty [`LoadedEmission`],
    /// removed when it is paid out completely (0 if absent: any block). The payout redirects a
    /// swapped-away hotkey's rewards only from subnets whose rewards go back to the swap
    /// ([`swap`]).
    #[pallet::storage]
    pub type LoadedEmissionSince<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// The block of each subnet's last epoch (0: none yet).
    #[pallet::storage]
    pub type LastEpochBlock<T: Config> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

    /// Subnets whose epoch is due but has not run yet, oldest first: an epoch waits here when
    /// the block's epoch budget ([`Config::MaxEpochWeightPerBlock`]) is spent.
    #[pallet::storage]
    pub type EpochQueue<T: Config> = StorageValue<_, Vec<NetUid>, ValueQuery>;

    /// Removed subnets whose uids are still being cleared, oldest first, each with the number
    /// of its uids left to clear (uids `0..left` still hold their [`Keys`], [`Uids`],
    /// [`IsNetworkMember`], endpoint, commit, weight and bond entries). The block step clears
    /// [`Config::MaxNeuronsClearedPerBlock`] a block, highest uid first; a netuid is not given
    /// to a new subnet while it is listed here.
    #[pallet::storage]
    pub type NeuronsToClear<T: Config> = StorageValue<_, Vec<(NetUid, u16)>, ValueQuery>;

    /// The emission accounting of this pallet since genesis, checked by `try_state`.
    #[pallet::storage]
    pub type EmissionAccounting<T: Config> = StorageValue<_, EmissionTotals, ValueQuery>;

    // ---- Serving ----

    /// The axon of each (subnet, hotkey).
    #[pallet::storage]
    pub type Axons<T: Config> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        T::AccountId,
        AxonInfo,
        OptionQuery,
    >;

    /// The prometheus endpoint of each (subnet, hotkey).
    #[pallet::storage]
    pub type Prometheus<T: Config> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        T::AccountId,
        PrometheusInfo,
        OptionQuery,
    >;

    // ---- Commit-reveal ----

    /// The unrevealed weight commits of each (subnet, hotkey), oldest first, at most
    /// [`types::MAX_UNREVEALED_COMMITS`].
    #[pallet::storage]
    pub type WeightCommits<T: Config> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        T::AccountId,
        Vec<WeightCommitOf>,
        ValueQuery,
    >;

    /// The hotkeys swapped away whose weight commits on a subnet a hotkey holds, most recent
    /// first, at most [`types::MAX_UNREVEALED_COMMITS`] ([`swap`]): a reveal by the hotkey
    /// also matches a commit hash made with one of them. Removed with the hotkey's last commit
    /// there.
    #[pallet::storage]
    pub type FormerCommitHotkeys<T: Config> = StorageDoubleMap<
        _,
        Identity,
        NetUid,
        Blake2_128Concat,
        T::AccountId,
        Vec<T::AccountId>,
        ValueQuery,
    >;

    // ---- Hotkey swaps ([`swap`]) ----

    /// Default of [`KeySwapCost`].
    #[pallet::type_value]
    pub fn DefaultKeySwapCost() -> u64 {
        swap::DEFAULT_KEY_SWAP_COST
    }
    /// Default of [`HotkeySwapRateLimit`].
    #[pallet::type_value]
    pub fn DefaultHotkeySwapRateLimit() -> u64 {
        swap::DEFAULT_HOTKEY_SWAP_RATE_LIMIT
    }

    /// The rao a coldkey burns to swap a hotkey ([`Pallet::swap_hotkey`]); Bittensor's
    /// `KeySwapCost`, 1 TAO by default.
    #[pallet::storage]
    pub type KeySwapCost<T: Config> = StorageValue<_, u64, ValueQuery, DefaultKeySwapCost>;

    /// Blocks before a hotkey that received a swap may be swapped again (0: no limit); a day
    /// by default.
    #[pallet::storage]
    pub type HotkeySwapRateLimit<T: Config> =
        StorageValue<_, u64, ValueQuery, DefaultHotkeySwapRateLimit>;

    /// The block at which each hotkey received the registrations and stake of a swap, for
    /// [`HotkeySwapRateLimit`]; moves with the hotkey's next swap.
    #[pallet::storage]
    pub type LastHotkeySwap<T: Config> =
        StorageMap<_, Blake2_128Concat, T::AccountId, u64, OptionQuery>;

    /// Swapped-away hotkeys whose rewards loaded before the swap may still be unpaid:
    /// `old hotkey -> (new hotkey, block of the swap)`. The payout pays such rewards to the new
    /// hotkey; forgotten once every reward loaded at or before that block is paid.
    #[pallet::storage]
    pub type SwappedHotkey<T: Config> =
        StorageMap<_, Blake2_128Concat, T::AccountId, (T::AccountId, u64), OptionQuery>;

    /// The hotkeys of [`SwappedHotkey`] in the order they were swapped, for pruning: the `i`-th
    /// redirect recorded (counted from genesis). Only the indexes [`SwappedHotkeyQueueBounds`]
    /// names are stored.
    #[pallet::storage]
    pub type SwappedHotkeyQueue<T: Config> =
        StorageMap<_, Twox64Concat, u64, T::AccountId, OptionQuery>;

    /// `(first, end)`: the indexes of [`SwappedHotkeyQueue`] that are stored, `first..end`.
    #[pallet::storage]
    pub type SwappedHotkeyQueueBounds<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

    /// Events of the subtensor pallet.
    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        /// `owner` registered the subnet `netuid`, locking `lock` rao.
        NetworkAdded { netuid: NetUid, owner: T::AccountId, lock: u64 },
        /// The subnet `netuid` was removed; `returned` rao of lock went back to its owner.
        NetworkRemoved { netuid: NetUid, owner: Option<T::AccountId>, returned: u64 },
        /// A hyperparameter of `netuid` changed.
        HyperparameterSet { netuid: NetUid, parameter: Hyperparameter },
        /// A network-wide parameter changed.
        NetworkParameterSet { parameter: NetworkParameter },
        /// `hotkey` registered on `netuid` as `uid`; `replaced` is the hotkey it replaced, if
        /// the subnet was full.
        NeuronRegistered {
            netuid: NetUid,
            uid: u16,
            hotkey: T::AccountId,
            replaced: Option<T::AccountId>,
        },
        /// `coldkey` burned `amount` rao to register on `netuid`.
        RegistrationBurned { netuid: NetUid, coldkey: T::AccountId, amount: u64 },
        /// The difficulty and burn of `netuid` were adjusted after an interval with
        /// `registrations` registrations.
        RegistrationTermsAdjusted { netuid: NetUid, difficulty: u64, burn: u64, registrations: u16 },
        /// `hotkey` published its axon on `netuid`.
        AxonServed { netuid: NetUid, hotkey: T::AccountId },
        /// `hotkey` published its prometheus endpoint on `netuid`.
        PrometheusServed { netuid: NetUid, hotkey: T::AccountId },
        /// The neuron `uid` of `netuid` set `count` weights.
        WeightsSet { netuid: NetUid, uid: u16, count: u32 },
        /// `hotkey` committed weights on `netuid`, to be revealed in blocks
        /// `first_reveal_block..=last_reveal_block`.
        WeightsCommitted {
            netuid: NetUid,
            hotkey: T::AccountId,
            hash: CommitHash,
            first_reveal_block: u64,
            last_reveal_block: u64,
        },
        /// `hotkey` revealed the weights of the commit `hash` on `netuid`.
        WeightsRevealed { netuid: NetUid, hotkey: T::AccountId, hash: CommitHash },
        /// The owner `coldkey` moved the registrations, stake, commits and loaded rewards of
        /// `old_hotkey` to `new_hotkey`, burning `cost` rao.
        HotkeySwapped {
            coldkey: T::AccountId,
            old_hotkey: T::AccountId,
            new_hotkey: T::AccountId,
            cost: u64,
        },
        /// The owner of `netuid` was paid its cut of this block's emission of the subnet.
        OwnerCutPaid { netuid: NetUid, owner: T::AccountId, amount: u64 },
        /// The root epoch set each subnet's share of block emission, `shares` as
        /// `(netuid, rao per block)`, from a block emission of `block_emission` rao. (Not named
        /// `values`: polkadot-js event data has a `values()` method.)
        EmissionValuesSet { block_emission: u64, shares: Vec<(NetUid, u64)> },
        /// The root epoch could not run and the emission values stay as they were (for
        /// example: no root validators, or none with stake).
        RootEpochSkipped { reason: types::RootEpochSkip },
        /// The epoch of `netuid` ran at `block`: `emission` rao accrued since the last epoch were
        /// distributed, `distributed` of them go to neurons on the next block (the rest is
        /// rounding dust, never minted).
        EpochRun { netuid: NetUid, block: u64, emission: u64, distributed: u64 },
        /// The reward of `hotkey` from an epoch of `netuid` could not be paid (the hotkey has
        /// no owner any more); nothing was minted for it.
        EmissionUnpaid { netuid: NetUid, hotkey: T::AccountId, amount: u64 },
        /// The last uids of the removed subnet `netuid` were cleared ([`NeuronsToClear`]):
        /// nothing of it is left, and its netuid is free for a new subnet.
        NeuronsCleared { netuid: NetUid },
    }

    /// Errors of the subtensor pallet.
    #[pallet::error]
    pub enum Error<T> {
        /// The subnet does not exist.
        SubNetworkDoesNotExist,
        /// The call is not allowed on the root network.
        RegistrationNotPermittedOnRootSubnet,
        /// The root network does not exist.
        RootNetworkDoesNotExist,
        /// The signer is not the subnet's owner.
        NotSubnetOwner,
        /// The root network cannot be dissolved.
        CannotDissolveRootNetwork,
        /// The last network registration was less than `network_rate_limit` blocks ago.
        NetworkTxRateLimitExceeded,
        /// The coldkey's free balance cannot cover the network lock.
        NotEnoughBalanceToLockNetwork,
        /// The subnet limit is reached and every subnet is immune.
        AllNetworksInImmunity,
        /// No netuid is left.
        NoFreeNetuid,
        /// Only governance may change this hyperparameter.
        HyperparameterNeedsGovernance,
        /// The hyperparameter value is out of its bounds.
        HyperparameterOutOfBounds,
        /// `max_allowed_uids` would be below the subnet's neuron count.
        MaxAllowedUidsLessThanCurrentUids,
        /// `max_allowed_uids` would be above the runtime's limit.
        MaxAllowedUidsExceedsLimit,
        /// The network parameter value is out of its bounds.
        NetworkParameterOutOfBounds,
        /// Registration is disabled on the subnet (or proof-of-work registration is).
        SubNetRegistrationDisabled,
        /// `max_registrations_per_block` registrations already happened in this block.
        TooManyRegistrationsThisBlock,
        /// `3 * target_registrations_per_interval` registrations already happened in this
        /// interval.
        TooManyRegistrationsThisInterval,
        /// The hotkey is already registered on the subnet.
        HotKeyAlreadyRegisteredInSubNet,
        /// The coldkey does not own the hotkey.
        NonAssociatedColdkey,
        /// The coldkey's free balance cannot cover the burn.
        NotEnoughBalanceToBurn,
        /// The subnet cannot hold any neuron (`max_allowed_uids` is 0).
        NoNeuronIdAvailable,
        /// The work's block is not one of the 3 blocks before the current one: it is the
        /// current block, in the future, or older.
        InvalidWorkBlock,
        /// A proof-of-work registration must be signed by the hotkey it registers.
        PowSignerNotHotkey,
        /// The work was already used.
        WorkAlreadyUsed,
        /// The work is not the seal of the nonce for this block and hotkey.
        InvalidSeal,
        /// The seal does not meet the subnet's difficulty.
        InvalidDifficulty,
        /// The root network is full and the hotkey's stake is not above the smallest member's.
        StakeTooLowForRoot,
        /// The hotkey is not registered on the subnet.
        HotKeyNotRegisteredInSubNet,
        /// The IP type is neither 4 nor 6.
        InvalidIpType,
        /// The IP address is 0, loopback, broadcast or malformed.
        InvalidIpAddress,
        /// The port is 0.
        InvalidPort,
        /// The endpoint was served less than `serving_rate_limit` blocks ago.
        ServingRateLimitExceeded,
        /// `dests` and `weights` differ in length.
        WeightVecNotEqualSize,
        /// More weights than the subnet has neurons.
        UidsLengthExceedUidsInSubNet,
        /// A root weight points at a netuid that does not exist.
        InvalidRootWeightDestination,
        /// The version key is below the subnet's `weights_version_key`.
        IncorrectWeightVersionKey,
        /// The neuron set weights less than `weights_rate_limit` blocks ago.
        SettingWeightsTooFast,
        /// The neuron holds no validator permit.
        NeuronNoValidatorPermit,
        /// A dest appears twice.
        DuplicateUids,
        /// A dest is not a uid of the subnet.
        UidVecContainInvalidOne,
        /// Fewer weights than `min(min_allowed_weights, n)`.
        WeightVecLengthIsLow,
        /// The largest normalised weight is above `max_weights_limit`.
        MaxWeightExceeded,
        /// The subnet uses commit-reveal: commit and reveal instead.
        CommitRevealEnabled,
        /// The subnet does not use commit-reveal.
        CommitRevealDisabled,
        /// The hotkey already has the most unrevealed commits allowed.
        TooManyUnrevealedCommits,
        /// No commit of the hotkey matches the revealed weights, salt and version key.
        InvalidRevealCommitHashNotMatch,
        /// The matching commit's reveal window has not started.
        RevealTooEarly,
        /// The matching commit's reveal window is over.
        ExpiredWeightCommit,
        /// The new hotkey is the old one.
        NewHotKeyIsSameWithOld,
        /// The new hotkey is already registered or owned.
        HotKeyAlreadyExists,
        /// The hotkey has never been registered (it has no owner).
        HotKeyAccountNotExists,
        /// The coldkey's free balance cannot cover [`KeySwapCost`].
        NotEnoughBalanceToPaySwapHotKey,
        /// The hotkey received a swap less than [`HotkeySwapRateLimit`] blocks ago.
        HotKeySetTxRateLimitExceeded,
        /// The hotkey was swapped away and rewards loaded before that swap are still being paid
        /// to its new hotkey ([`SwappedHotkey`]); try again in a few blocks.
        SwappedHotKeyRewardsPending,
        /// `max_allowed_validators * max_allowed_uids` would be more than
        /// [`types::MAX_EPOCH_WEIGHT_ENTRIES`] (64 validators on a 4096-uid subnet): the subnet's
        /// epoch would read more weights than fit in one block.
        EpochTooLarge,
        /// The hotkey's total stake is below [`RootRegistrationMinStake`]: stake to it before
        /// joining the root network.
        StakeBelowRootMinimum,
    }

    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        /// Adjusts the registration terms of the subnets whose interval is over and resets the
        /// per-block registration counters (DESIGN 4.3: first thing in the block).
        fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
            Self::block_step()
        }

        fn integrity_test() {
            assert!(
                T::MaxAllowedUidsLimit::get() >= SubnetHyperparams::default().max_allowed_uids,
                "MaxAllowedUidsLimit must allow the default max_allowed_uids"
            );
        }

        #[cfg(feature = "try-runtime")]
        fn try_state(
            _n: BlockNumberFor<T>,
        ) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
            Self::do_try_state()
        }
    }

    /// Genesis state: the root network always; subnets without a lock (for dev and test
    /// chains); optional overrides of the network rate limit and hyperparameters so a dev
    /// chain shows epochs within minutes.
    #[pallet::genesis_config]
    #[derive(frame_support::DefaultNoBound)]
    pub struct GenesisConfig<T: Config> {
        /// Subnets created at genesis as netuids 1, 2, ...: `(owner, modality)`; no lock is held.
        pub subnets: Vec<(Option<T::AccountId>, Modality)>,
        /// Hyperparameter changes applied at genesis, in order: `(netuid, parameter)`.
        pub hyperparameters: Vec<(u16, Hyperparameter)>,
        /// Overrides the network rate limit.
        pub network_rate_limit: Option<u64>,
    }

    #[pallet::genesis_build]
    impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
        // An invalid genesis must stop the chain from being built.
        #[allow(clippy::expect_used, clippy::panic)]
        fn build(&self) {
            Pallet::<T>::init_network(NetUid::ROOT, None, SubnetHyperparams::root(), 0, 0);
            for (index, (owner, modality)) in self.subnets.iter().enumerate() {
                let netuid = u16::try_from(index.saturating_add(1)).expect("few genesis subnets");
                let params = SubnetHyperparams { modality: *modality, ..Default::default() };
                Pallet::<T>::init_network(NetUid(netuid), owner.clone(), params, 0, 0);
            }
            for (netuid, parameter) in &self.hyperparameters {
                Pallet::<T>::apply_hyperparameter(NetUid(*netuid), parameter)
                    .expect("genesis hyperparameters must be valid");
            }
            if let Some(limit) = self.network_rate_limit {
                NetworkRateLimit::<T>::put(limit);
            }
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        /// Registers a new subnet owned by the signing coldkey.
        ///
        /// Puts the current network lock cost ([`Pallet::network_lock_cost`]) on hold, subject
        /// to [`NetworkRateLimit`]. The subnet gets default hyperparameters and the lowest
        /// free netuid: one no network uses and no removed network's uids are still being
        /// cleared from ([`NeuronsToClear`]). If [`SubnetLimit`] networks exist, the non-immune
        /// subnet with the lowest emission value is removed first (its owner gets its lock
        /// back); its netuid is reused at once if it had no neurons, else once they are
        /// cleared. Emits [`Event::NetworkAdded`] (and [`Event::NetworkRemoved`] for a pruned
        /// subnet).
        ///
        /// Charged for the neurons of the subnet it would prune
        /// ([`Pallet::neurons_a_registration_may_prune`]), for none when none is pruned, and
        /// refunded to what was pruned. Pruning only drops the subnet's per-subnet state (a
        /// 4096-uid subnet fits in one call); its uids are cleared by the next blocks.
        #[pallet::call_index(0)]
        #[pallet::weight(T::WeightInfo::register_network(u32::from(
            Pallet::<T>::neurons_a_registration_may_prune()
        )))]
        pub fn register_network(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            let pruned_neurons = Self::do_register_network(coldkey)?;
            Ok(Some(T::WeightInfo::register_network(pruned_neurons)).into())
        }

        /// Removes the subnet `netuid`, with all its neurons, and returns the lock to its owner.
        /// Only the subnet owner may call it; the root network cannot be dissolved. Emits
        /// [`Event::NetworkRemoved`].
        ///
        /// The subnet and its neurons are gone at once (calls and runtime APIs no longer see
        /// them); each uid's remaining entries are cleared by the next blocks
        /// ([`NeuronsToClear`], [`Config::MaxNeuronsClearedPerBlock`] a block), which then emit
        /// [`Event::NeuronsCleared`]. Charged for the subnet's current number of neurons (its
        /// stake chunks are removed in the call).
        #[pallet::call_index(1)]
        #[pallet::weight(T::WeightInfo::dissolve_network(u32::from(SubnetworkN::<T>::get(netuid))))]
        pub fn dissolve_network(
            origin: OriginFor<T>,
            netuid: NetUid,
        ) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            let neurons = Self::do_dissolve_network(coldkey, netuid)?;
            Ok(Some(T::WeightInfo::dissolve_network(neurons)).into())
        }

        /// Changes one hyperparameter of `netuid`.
        ///
        /// Governance ([`Config::GovernanceOrigin`]) may change any; the subnet owner (signed)
        /// only those of [`ChangeLevel::Owner`]. The value is bounds-checked
        /// ([`Hyperparameter`]). Emits [`Event::HyperparameterSet`].
        #[pallet::call_index(2)]
        #[pallet::weight(T::WeightInfo::set_hyperparameter())]
        pub fn set_hyperparameter(
            origin: OriginFor<T>,
            netuid: NetUid,
            parameter: Hyperparameter,
        ) -> DispatchResult {
            Self::do_set_hyperparameter(origin, netuid, parameter)
        }

        /// Changes one network-wide parameter. Only [`Config::GovernanceOrigin`] may call it.
        /// Emits [`Event::NetworkParameterSet`].
        #[pallet::call_index(3)]
        #[pallet::weight(T::WeightInfo::set_network_parameter())]
        pub fn set_network_parameter(
            origin: OriginFor<T>,
            parameter: NetworkParameter,
        ) -> DispatchResult {
            T::GovernanceOrigin::ensure_origin(origin)?;
            Self::do_set_network_parameter(parameter)
        }

        /// Registers `hotkey` on `netuid` by burning the subnet's current [`Burn`] from the
        /// signing coldkey (it leaves total issuance).
        ///
        /// The coldkey must own `hotkey` (its first registration makes it the owner). Subject to
        /// the registration guards and rate limits (DESIGN 4.2). A full subnet replaces its
        /// neuron with the lowest pruning score past immunity. Emits
        /// [`Event::RegistrationBurned`] and [`Event::NeuronRegistered`].
        #[pallet::call_index(4)]
        #[pallet::weight(T::WeightInfo::burned_register(u32::from(T::MaxAllowedUidsLimit::get())))]
        pub fn burned_register(
            origin: OriginFor<T>,
            netuid: NetUid,
            hotkey: T::AccountId,
        ) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            Self::do_burned_register(coldkey, netuid, hotkey)?;
            Ok(Some(T::WeightInfo::burned_register(Self::neuron_count(netuid))).into())
        }

        /// Registers `hotkey`, owned by `coldkey`, on `netuid` by proof of work.
        ///
        /// `work` must be the seal of `nonce` for the hash of `block_number` (one of the last 3
        /// blocks before the current one) and `hotkey`, meet the subnet's [`Difficulty`] and
        /// never have been used ([`finney_pow`]). The subnet must allow proof-of-work
        /// registration. Otherwise as [`Pallet::burned_register`], without a burn. The hotkey
        /// signs (as Bittensor's wallets do): the seal does not name the coldkey, so a
        /// transaction signed by anyone else could be copied from the pool with another coldkey.
        /// Emits [`Event::NeuronRegistered`].
        ///
        /// Also prunes up to [`types::MAX_USED_WORKS_PRUNED_PER_REGISTRATION`] expired
        /// [`UsedWork`] entries, oldest first; its weight covers them.
        #[pallet::call_index(5)]
        #[pallet::weight(T::WeightInfo::register(u32::from(T::MaxAllowedUidsLimit::get())))]
        pub fn register(
            origin: OriginFor<T>,
            netuid: NetUid,
            block_number: u64,
            nonce: u64,
            work: [u8; 32],
            hotkey: T::AccountId,
            coldkey: T::AccountId,
        ) -> DispatchResultWithPostInfo {
            let signer = ensure_signed(origin)?;
            ensure!(signer == hotkey, Error::<T>::PowSignerNotHotkey);
            Self::do_pow_register(netuid, block_number, nonce, work, hotkey, coldkey)?;
            Ok(Some(T::WeightInfo::register(Self::neuron_count(netuid))).into())
        }

        /// Registers `hotkey`, owned by the signing coldkey, on the root network. The hotkey's
        /// total stake must be at least [`RootRegistrationMinStake`] (so hotkeys without stake
        /// cannot use up the root network's registrations), and the root network's registration
        /// limits apply. When the root network is full, `hotkey` replaces the member with the
        /// least stake (lowest uid on a tie) if its own stake is strictly larger. Emits
        /// [`Event::NeuronRegistered`].
        ///
        /// Charged for the root network's current members and the newcomer (the replacement
        /// scans them), not for the largest possible subnet.
        #[pallet::call_index(6)]
        #[pallet::weight(T::WeightInfo::root_register(
            u32::from(SubnetworkN::<T>::get(NetUid::ROOT)).saturating_add(1)
        ))]
        pub fn root_register(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
        ) -> DispatchResultWithPostInfo {
            let coldkey = ensure_signed(origin)?;
            Self::do_root_register(coldkey, hotkey)?;
            Ok(Some(T::WeightInfo::root_register(Self::neuron_count(NetUid::ROOT))).into())
        }

        /// Publishes the signing hotkey's axon on `netuid`. The hotkey must be registered there;
        /// the IP must be a valid IPv4/IPv6 address that is not 0, loopback or broadcast, the
        /// port nonzero; at most once per `serving_rate_limit` blocks. Emits
        /// [`Event::AxonServed`].
        #[pallet::call_index(7)]
        #[pallet::weight(T::WeightInfo::serve_axon())]
        pub fn serve_axon(
            origin: OriginFor<T>,
            netuid: NetUid,
            version: u32,
            ip: u128,
            port: u16,
            ip_type: u8,
            protocol: u8,
            placeholder1: u8,
            placeholder2: u8,
        ) -> DispatchResult {
            let hotkey = ensure_signed(origin)?;
            let axon = AxonInfo {
                block: 0,
                version,
                ip,
                port,
                ip_type,
                protocol,
                placeholder1,
                placeholder2,
            };
            Self::do_serve_axon(hotkey, netuid, axon)
        }

        /// Publishes the signing hotkey's prometheus endpoint on `netuid`, with the checks of
        /// [`Pallet::serve_axon`]. Emits [`Event::PrometheusServed`].
        #[pallet::call_index(8)]
        #[pallet::weight(T::WeightInfo::serve_prometheus())]
        pub fn serve_prometheus(
            origin: OriginFor<T>,
            netuid: NetUid,
            version: u32,
            ip: u128,
            port: u16,
            ip_type: u8,
        ) -> DispatchResult {
            let hotkey = ensure_signed(origin)?;
            Self::do_serve_prometheus(
                hotkey,
                netuid,
                PrometheusInfo { block: 0, version, ip, port, ip_type },
            )
        }

        /// Sets the signing hotkey's weights on `netuid`: `weights[i]` for the uid `dests[i]` (on
        /// the root network, for the netuid `dests[i]`). Admitted by the rules of DESIGN 4.1, in
        /// order, each failure a named error; the row is stored max-upscaled. Not allowed on a
        /// subnet with commit-reveal. Emits [`Event::WeightsSet`].
        #[pallet::call_index(9)]
        #[pallet::weight(T::WeightInfo::set_weights(
            u32::from(T::MaxAllowedUidsLimit::get()).max(dests.len().try_into().unwrap_or(u32::MAX))
        ))]
        pub fn set_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            dests: Vec<u16>,
            weights: Vec<u16>,
            version_key: u64,
        ) -> DispatchResultWithPostInfo {
            let hotkey = ensure_signed(origin)?;
            let size = Self::weights_size(netuid, dests.len());
            Self::do_set_weights_direct(hotkey, netuid, dests, weights, version_key)?;
            Ok(Some(T::WeightInfo::set_weights(size)).into())
        }

        /// Commits the hash of weights to reveal later, on a subnet with commit-reveal. The
        /// signing hotkey must be registered; it may hold at most
        /// [`types::MAX_UNREVEALED_COMMITS`] unrevealed commits (expired ones are dropped). The
        /// commit is revealable during the epoch `commit_reveal_period` epochs after the
        /// current one. Emits [`Event::WeightsCommitted`].
        #[pallet::call_index(10)]
        #[pallet::weight(T::WeightInfo::commit_weights())]
        pub fn commit_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            commit_hash: CommitHash,
        ) -> DispatchResult {
            let hotkey = ensure_signed(origin)?;
            Self::do_commit_weights(hotkey, netuid, commit_hash)
        }

        /// Reveals committed weights: the hash of (hotkey, netuid, uids, values, salt,
        /// version_key) must match an unrevealed commit whose reveal window is open; the weights
        /// then go through every rule of [`Pallet::set_weights`]. A commit the hotkey received
        /// by [`Pallet::swap_hotkey`] matches with the hotkey that made it
        /// ([`FormerCommitHotkeys`]). Emits [`Event::WeightsRevealed`] and
        /// [`Event::WeightsSet`].
        #[pallet::call_index(11)]
        #[pallet::weight(T::WeightInfo::reveal_weights(
            u32::from(T::MaxAllowedUidsLimit::get()).max(uids.len().try_into().unwrap_or(u32::MAX))
        ))]
        pub fn reveal_weights(
            origin: OriginFor<T>,
            netuid: NetUid,
            uids: Vec<u16>,
            values: Vec<u16>,
            salt: Vec<u16>,
            version_key: u64,
        ) -> DispatchResultWithPostInfo {
            let hotkey = ensure_signed(origin)?;
            let size = Self::weights_size(netuid, uids.len());
            Self::do_reveal_weights(hotkey, netuid, uids, values, salt, version_key)?;
            Ok(Some(T::WeightInfo::reveal_weights(size)).into())
        }

        /// Moves `hotkey`'s registrations (uids, endpoints, weight commits) on every network
        /// to `new_hotkey`, its stake and delegate status through the staking pallet, and the
        /// rewards loaded for it but not yet paid ([`LoadedEmission`]), which the next payouts
        /// pay to `new_hotkey` ([`SwappedHotkey`]). The new hotkey can reveal the moved commits.
        ///
        /// Only the owner coldkey may call it; `new_hotkey` must be unowned and unregistered.
        /// The coldkey burns [`KeySwapCost`] (it leaves total issuance). A hotkey that received
        /// a swap cannot be swapped again for [`HotkeySwapRateLimit`] blocks, nor a swapped-away
        /// hotkey while rewards loaded before its swap are being paid. `hotkey` stays owned by
        /// the coldkey, so no one else can register it. Emits [`Event::HotkeySwapped`].
        ///
        /// Charged for the networks `hotkey` is registered on ([`swap`] loops over them).
        #[pallet::call_index(12)]
        #[pallet::weight(T::WeightInfo::swap_hotkey(Pallet::<T>::networks_of(hotkey)))]
        pub fn swap_hotkey(
            origin: OriginFor<T>,
            hotkey: T::AccountId,
            new_hotkey: T::AccountId,
        ) -> DispatchResult {
            let coldkey = ensure_signed(origin)?;
            Self::do_swap_hotkey(coldkey, hotkey, new_hotkey)
        }
    }
}
