//! Random sequences of extrinsics against the real runtime, checked after every block.
//!
//! Each sequence starts from the development genesis plus the harness's accounts (8 coldkeys,
//! 40 hotkeys and a sudo key, all ed25519 so that signatures, and with them block hashes and
//! proof-of-work seals, are deterministic) and three subnets, tunes the chain through sudo
//! (short tempos, low proof-of-work difficulty, small subnets, short rate limits), then builds
//! blocks the way a collator does:
//!
//! 1. `Executive::initialize_block` with an Aura pre-digest: every pallet's `on_initialize`,
//!    the subtensor block step included;
//! 2. the timestamp inherent;
//! 3. random signed extrinsics from many accounts through `Executive::apply_extrinsic`:
//!    signature, nonce, fees, `CheckWeight` and the proof-size weight reclaim all apply; an
//!    invalid transaction is rolled back as a block builder drops it;
//! 4. `on_idle` and `on_finalize` of every pallet except `ParachainSystem` (it needs the relay
//!    chain's validation-data inherent, which a native test has no relay chain to prove), then
//!    `System::finalize`.
//!
//! The block runs with a storage-proof recorder, registered as the `ProofSizeExt` too, so the
//! weight reclaim sees real proof sizes and the block's proof of validity is measured.
//!
//! The extrinsics: `add_stake`, `remove_stake` (some of everything, read through the staking
//! runtime API), `become_delegate`, `decrease_take`, `increase_take`, `burned_register`,
//! proof-of-work `register` (solved with `finney-pow`), `root_register`, `set_weights` on
//! subnets and on the root network, `commit_weights` and `reveal_weights`, `serve_axon`,
//! `swap_hotkey`, `register_network`, `dissolve_network`, the three balance transfers, subnet
//! owners' hyperparameters, sudo changing hyperparameters, network and staking parameters, and
//! a coldkey's calls in `Utility` batches and through proxies (`add_proxy`, `proxy`), and
//! referenda (`submit` on the parameter tracks, sometimes the wrong one, `place_decision_deposit`,
//! conviction votes with stake, `remove_vote`, `unlock`).
//! Arguments are mostly plausible (a coldkey's own hotkey, a registered uid) and sometimes not.
//! Calls may fail; nothing may panic.
//!
//! After every block:
//! - no panic (in debug builds `defensive!` panics too);
//! - `pallet_subtensor_staking::Pallet::do_try_state()` and `pallet_subtensor::Pallet::do_try_state()`
//!   (both compiled with `std`); built with the runtime's `try-runtime` feature
//!   (`scripts/fuzz.sh --try-runtime`), every pallet's own `try_state` as well;
//! - total issuance equals the sum over all accounts of free and reserved (held) balance; it
//!   moves only by what balances minted and burned, and everything minted is emission the
//!   subtensor pallet booked (`EmissionAccounting::minted`);
//! - the block's weight per class and in total within `RuntimeBlockWeights`, its length within
//!   `RuntimeBlockLength`, its measured storage proof within the proof size its weight declares,
//!   and its proof of validity (storage proof plus block) within the relay chain's
//!   `MAX_POV_SIZE`;
//! - the runtime APIs answer for every subnet, coldkey and delegate;
//! - a call through a `NonTransfer` proxy never lowers its delegator's balance (free and
//!   reserved): the proxy filter lets nothing through that moves or burns TAO;
//! - no transaction is invalid for another reason than fees or a full block.
//!
//! Bounded by default (16 sequences of 60 blocks, part of `cargo test`); `scripts/fuzz.sh` runs
//! the same code long, in release. Environment:
//! - `FINNEY_FUZZ_SEQUENCES`, `FINNEY_FUZZ_BLOCKS`: how many sequences of how many blocks;
//! - `FINNEY_FUZZ_SEED`: the seed of the first sequence (sequence `i` uses `seed + i`);
//! - `FINNEY_FUZZ_SECONDS`: start no new sequence after that many seconds;
//! - `FINNEY_FUZZ_KEEP_GOING=1`: run the other sequences after a failure, report all at the end;
//! - `FINNEY_FUZZ_LOG=1`: print every sequence's actions and their results.
//!
//! A failure names its seed and the command that replays it alone, and writes the sequence's
//! actions and their results to a log file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use codec::Encode;
use finney_runtime::{
    configs::{
        accounts::ProxyType,
        referenda::track,
        system::{RuntimeBlockLength, MAXIMUM_BLOCK_WEIGHT},
    },
    constants::currency::{EXISTENTIAL_DEPOSIT, TAO},
    genesis_config_presets::DEVELOPMENT_PRESET,
    Address, AllPalletsWithSystem, AssetRate, Aura, AuraExt, AuthorityDiscovery, Authorship,
    Balance, Balances, BlockNumber, CollatorSelection, ConvictionVoting, Council, CumulusXcm,
    Executive, ForeignAssets, Governance, Header, MessageQueue, Multisig, OriginCaller,
    ParachainInfo, PolkadotXcm, Preimage, Proxy, Referenda, Runtime, RuntimeCall, RuntimeEvent,
    RuntimeGenesisConfig, Scheduler, Session, Staking, SubtensorModule, Sudo, System, Timestamp,
    TransactionPayment, TriumvirateMembers, TxExtension, UncheckedExtrinsic, Utility,
    WeightReclaim, Whitelist, XcmNetwork, XcmpQueue, SLOT_DURATION,
};
use pallet_subtensor::{Hyperparameter, Modality, NetUid, NetworkParameter};
use pallet_subtensor_governance::Origin as TrackOrigin;
use pallet_subtensor_runtime_api::{
    runtime_decl_for_neuron_info_runtime_api::NeuronInfoRuntimeApiV1,
    runtime_decl_for_subnet_info_runtime_api::SubnetInfoRuntimeApiV1,
    runtime_decl_for_subnet_registration_runtime_api::SubnetRegistrationRuntimeApiV1,
};
use pallet_subtensor_staking::StakingParameter;
use pallet_subtensor_staking_runtime_api::runtime_decl_for_staking_api::StakingApiV1;
use polkadot_sdk::{
    frame_support::{
        dispatch::DispatchClass,
        traits::{
            schedule::DispatchTime, Bounded, OnFinalize, OnIdle, PalletsInfoAccess,
            PostTransactions,
        },
        weights::Weight,
    },
    pallet_conviction_voting::{AccountVote, Conviction, Vote},
    sp_consensus_aura::{Slot, AURA_ENGINE_ID},
    sp_core::{ed25519, Blake2Hasher, Pair, H256},
    sp_io::{self, TestExternalities},
    sp_keyring::Sr25519Keyring,
    sp_runtime::{
        generic::{Era, SignedPayload},
        traits::{BlakeTwo256, Hash as _, Header as _},
        transaction_validity::{InvalidTransaction, TransactionValidityError},
        BuildStorage, Digest, DigestItem, DispatchError, MultiSignature, Storage,
    },
    sp_trie::{proof_size_extension::ProofSizeExt, recorder::Recorder},
    *,
};
use std::{
    collections::BTreeMap,
    fmt::Write as _,
    panic::{catch_unwind, AssertUnwindSafe},
    time::{Duration, Instant},
};

// ---- Parameters ----

/// The bounded run of `cargo test`.
const DEFAULT_SEQUENCES: u64 = 16;
const DEFAULT_BLOCKS: u64 = 60;
const DEFAULT_SEED: u64 = 0xF1_77E7_5EED;

const COLDKEYS: usize = 8;
const HOTKEYS: usize = 40;
/// Each coldkey's endowment: enough for network locks, burns and stake, with the dev accounts
/// well below the first halving.
const COLDKEY_ENDOWMENT: Balance = 200_000 * TAO;
/// Hotkeys sign `register`, `set_weights` and `serve_axon`, and pay their fees.
const HOTKEY_ENDOWMENT: Balance = 1_000 * TAO;
const SUDO_ENDOWMENT: Balance = 10_000 * TAO;
/// Subnets created at genesis, owned by the first coldkeys.
const GENESIS_SUBNETS: usize = 3;
/// The harness solves proof of work up to this difficulty (about that many hashes); above it,
/// it sends a bogus seal.
const MAX_SOLVED_DIFFICULTY: u64 = 1 << 14;
/// The first block's Aura slot (a plausible one of 2026, 12 s slots).
const FIRST_SLOT: u64 = 147_000_000;

fn env_u64(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    let value = value.trim();
    let parsed = match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => value.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={value} is not a number")))
}

// ---- A small deterministic RNG (SplitMix64) ----

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (0 when `n == 0`).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            Some(&items[self.index(items.len())])
        }
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.index(i + 1);
            items.swap(i, j);
        }
    }
}

// ---- Accounts ----

type AccountId = finney_runtime::AccountId;

fn pair_of(kind: &str, index: usize) -> ed25519::Pair {
    let seed =
        sp_crypto_hashing::blake2_256(format!("finney-random-sequences/{kind}/{index}").as_bytes());
    ed25519::Pair::from_seed(&seed)
}

fn account_of(pair: &ed25519::Pair) -> AccountId {
    AccountId::from(pair.public())
}

/// The harness's keys and a readable name for every account the log mentions.
struct Keys {
    coldkeys: Vec<ed25519::Pair>,
    hotkeys: Vec<ed25519::Pair>,
    sudo: ed25519::Pair,
    cold: Vec<AccountId>,
    hot: Vec<AccountId>,
    sudo_id: AccountId,
    /// The dev accounts (sr25519, never signing here): transfer targets.
    dev: Vec<AccountId>,
    names: BTreeMap<AccountId, String>,
}

impl Keys {
    fn new() -> Self {
        let coldkeys: Vec<_> = (0..COLDKEYS).map(|i| pair_of("coldkey", i)).collect();
        let hotkeys: Vec<_> = (0..HOTKEYS).map(|i| pair_of("hotkey", i)).collect();
        let sudo = pair_of("sudo", 0);
        let cold: Vec<_> = coldkeys.iter().map(account_of).collect();
        let hot: Vec<_> = hotkeys.iter().map(account_of).collect();
        let sudo_id = account_of(&sudo);
        let mut names = BTreeMap::new();
        for (i, who) in cold.iter().enumerate() {
            names.insert(who.clone(), format!("cold{i}"));
        }
        for (i, who) in hot.iter().enumerate() {
            names.insert(who.clone(), format!("hot{i}"));
        }
        names.insert(sudo_id.clone(), "sudo".into());
        let mut dev = Vec::new();
        for key in Sr25519Keyring::well_known().chain([Sr25519Keyring::One, Sr25519Keyring::Two]) {
            names.insert(key.to_account_id(), format!("{key:?}").to_lowercase());
            dev.push(key.to_account_id());
        }
        Self { coldkeys, hotkeys, sudo, cold, hot, sudo_id, dev, names }
    }

    fn name(&self, who: &AccountId) -> String {
        self.names.get(who).cloned().unwrap_or_else(|| account_name(who))
    }

    fn hot_index(&self, who: &AccountId) -> Option<usize> {
        self.hot.iter().position(|h| h == who)
    }
}

/// The genesis storage of every sequence: the development preset, the harness's accounts
/// funded, the sudo key moved to the harness, and [`GENESIS_SUBNETS`] subnets.
fn genesis_storage(keys: &Keys) -> Storage {
    let mut config = common::genesis_json(DEVELOPMENT_PRESET);
    let balances = config["balances"]["balances"].as_array_mut().expect("balances are a list");
    let endowed = keys
        .cold
        .iter()
        .map(|who| (who, COLDKEY_ENDOWMENT))
        .chain(keys.hot.iter().map(|who| (who, HOTKEY_ENDOWMENT)))
        .chain([(&keys.sudo_id, SUDO_ENDOWMENT)]);
    for (who, amount) in endowed {
        balances.push(serde_json::to_value((who, amount)).expect("an endowment is JSON"));
    }
    config["sudo"]["key"] = serde_json::to_value(Some(&keys.sudo_id)).expect("JSON");
    let subtensor = pallet_subtensor::GenesisConfig::<Runtime> {
        subnets: (0..GENESIS_SUBNETS)
            .map(|i| {
                let modality = [Modality::Text, Modality::Audio, Modality::Image][i % 3];
                (Some(keys.cold[i].clone()), modality)
            })
            .collect(),
        ..Default::default()
    };
    config["subtensorModule"] = serde_json::to_value(&subtensor).expect("JSON");
    let config: RuntimeGenesisConfig =
        serde_json::from_value(config).expect("the patched development genesis is valid");
    config.build_storage().expect("the patched development genesis builds")
}

// ---- Actions ----

/// A signed extrinsic to submit: who signs, the call and how the log shows it.
struct Action {
    signer: ed25519::Pair,
    call: RuntimeCall,
    kind: &'static str,
    what: String,
    /// An account whose balance (free and reserved) the extrinsic must not lower: the delegator
    /// of a `NonTransfer` proxy call.
    guard: Option<AccountId>,
}

/// A commit the harness may reveal later.
#[derive(Clone)]
struct Commit {
    hotkey: usize,
    netuid: NetUid,
    uids: Vec<u16>,
    values: Vec<u16>,
    salt: Vec<u16>,
    version_key: u64,
    /// The block of the commit.
    at: BlockNumber,
}

/// The hash a hotkey commits: `blake2_256(SCALE(hotkey, netuid, uids, values, salt,
/// version_key))`.
fn commit_hash(keys: &Keys, commit: &Commit) -> H256 {
    BlakeTwo256::hash_of(&(
        &keys.hot[commit.hotkey],
        commit.netuid.get(),
        &commit.uids,
        &commit.values,
        &commit.salt,
        commit.version_key,
    ))
}

fn subtensor(call: pallet_subtensor::Call<Runtime>) -> RuntimeCall {
    RuntimeCall::SubtensorModule(call)
}

fn staking(call: pallet_subtensor_staking::Call<Runtime>) -> RuntimeCall {
    RuntimeCall::Staking(call)
}

fn set_hyperparameter(netuid: NetUid, parameter: Hyperparameter) -> RuntimeCall {
    subtensor(pallet_subtensor::Call::set_hyperparameter { netuid, parameter })
}

fn sudo(call: RuntimeCall) -> RuntimeCall {
    RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

fn tao(amount: Balance) -> String {
    format!("{}.{:09} TAO", amount / TAO, amount % TAO)
}

/// Chooses the actions of the block `n` from the state after block `n - 1` (read outside the
/// proof recorder, so the choice costs the block nothing).
struct Generator<'a> {
    rng: &'a mut Rng,
    keys: &'a Keys,
    /// The block being built.
    n: BlockNumber,
    /// The hash of block `n - 1` (not in `BlockHash` until block `n` initialises).
    parent_hash: H256,
    commits: &'a mut Vec<Commit>,
    /// Seals the harness submitted, to submit one again.
    works: &'a mut Vec<(u64, u64, [u8; 32])>,
    /// The owners of the pool's hotkeys, read on first use.
    owners: Vec<Option<AccountId>>,
    /// The coldkey every choice of a coldkey returns, while building a batch or a proxied call.
    forced_cold: Option<usize>,
}

const ACTIONS: &[(&str, u64)] = &[
    ("add_stake", 14),
    ("remove_stake", 10),
    ("become_delegate", 3),
    ("decrease_take", 2),
    ("increase_take", 2),
    ("burned_register", 9),
    ("register", 6),
    ("root_register", 3),
    ("set_weights", 10),
    ("set_root_weights", 4),
    ("commit_weights", 2),
    ("reveal_weights", 2),
    ("serve_axon", 2),
    ("swap_hotkey", 2),
    ("register_network", 2),
    ("dissolve_network", 1),
    ("transfer", 6),
    ("owner_hyperparameter", 3),
    ("sudo", 4),
    ("batch", 3),
    ("add_proxy", 2),
    ("proxy", 4),
    ("referendum", 4),
];

/// What a coldkey signs, in batches and through proxies.
const COLDKEY_ACTIONS: &[&str] = &[
    "add_stake",
    "remove_stake",
    "become_delegate",
    "decrease_take",
    "increase_take",
    "burned_register",
    "root_register",
    "swap_hotkey",
    "register_network",
    "dissolve_network",
    "owner_hyperparameter",
    "transfer",
    "referendum",
];

impl Generator<'_> {
    fn block_actions(&mut self) -> Vec<Action> {
        let count = match self.rng.below(20) {
            0 | 1 => 0,
            2..=16 => self.rng.range(1, 6),
            _ => self.rng.range(8, 24),
        };
        let mut actions: Vec<Action> = (0..count).map(|_| self.action()).collect();
        // Validators reveal their commits when the window opens (mostly).
        let open: Vec<Commit> = self.reveal_window_open();
        for commit in open.into_iter().take(3) {
            if self.rng.chance(60) {
                actions.push(self.reveal(commit));
            }
        }
        actions
    }

    /// The harness's commits whose reveal window is open at this block, as the chain stored
    /// them; commits the chain does not hold (failed, revealed, expired) are forgotten.
    fn reveal_window_open(&mut self) -> Vec<Commit> {
        let n = self.n;
        let keys = self.keys;
        let window = |commit: &Commit| {
            let hash = commit_hash(keys, commit);
            pallet_subtensor::WeightCommits::<Runtime>::get(commit.netuid, &keys.hot[commit.hotkey])
                .into_iter()
                .find(|stored| stored.hash == hash)
                .map(|stored| (stored.first_reveal_block, stored.last_reveal_block))
        };
        // (Commits of this block are not on chain yet.)
        self.commits.retain(|commit| {
            commit.at == n || window(commit).is_some_and(|(_, last)| u64::from(n) <= last)
        });
        self.commits
            .iter()
            .filter(|commit| {
                window(commit).is_some_and(|(first, last)| (first..=last).contains(&u64::from(n)))
            })
            .cloned()
            .collect()
    }

    fn action(&mut self) -> Action {
        let total: u64 = ACTIONS.iter().map(|(_, w)| w).sum();
        let mut roll = self.rng.below(total);
        let kind = ACTIONS
            .iter()
            .find(|(_, weight)| {
                if roll < *weight {
                    true
                } else {
                    roll -= weight;
                    false
                }
            })
            .map(|(kind, _)| *kind)
            .unwrap_or("transfer");
        self.action_of(kind)
    }

    fn action_of(&mut self, kind: &str) -> Action {
        match kind {
            "add_stake" => self.add_stake(),
            "remove_stake" => self.remove_stake(),
            "become_delegate" => self.become_delegate(),
            "decrease_take" => self.change_take(false),
            "increase_take" => self.change_take(true),
            "burned_register" => self.burned_register(),
            "register" => self.pow_register(),
            "root_register" => self.root_register(),
            "set_weights" => self.set_weights(),
            "set_root_weights" => self.set_root_weights(),
            "commit_weights" => self.commit_weights(),
            "reveal_weights" => self.reveal_weights(),
            "serve_axon" => self.serve_axon(),
            "swap_hotkey" => self.swap_hotkey(),
            "register_network" => self.register_network(),
            "dissolve_network" => self.dissolve_network(),
            "owner_hyperparameter" => self.owner_hyperparameter(),
            "sudo" => self.sudo_action(),
            "batch" => self.batch(),
            "add_proxy" => self.add_proxy(),
            "proxy" => self.proxy(),
            "referendum" => self.referendum(),
            _ => self.transfer(),
        }
    }

    /// A random action of `cold` (forced on every choice of a coldkey).
    fn action_of_coldkey(&mut self, cold: usize) -> Action {
        let previous = self.forced_cold.replace(cold);
        let kind = *self.rng.pick(COLDKEY_ACTIONS).unwrap();
        let action = self.action_of(kind);
        self.forced_cold = previous;
        action
    }

    // -- State the choices follow --

    fn coldkey(&mut self) -> usize {
        match self.forced_cold {
            Some(cold) => cold,
            None => self.rng.index(COLDKEYS),
        }
    }

    /// The owner of a pool hotkey (read once per block: the block's actions are chosen before
    /// any of them runs).
    fn owner_of(&mut self, hotkey: usize) -> Option<AccountId> {
        if self.owners.is_empty() {
            self.owners = self.keys.hot.iter().map(|h| Runtime::hotkey_owner(h.clone())).collect();
        }
        self.owners[hotkey].clone()
    }

    /// A hotkey for `cold`: mostly one it owns, else mostly an unowned one.
    fn hotkey_for(&mut self, cold: usize) -> usize {
        let owned: Vec<usize> = (0..HOTKEYS)
            .filter(|h| self.owner_of(*h).as_ref() == Some(&self.keys.cold[cold]))
            .collect();
        if !owned.is_empty() && self.rng.chance(70) {
            return *self.rng.pick(&owned).unwrap();
        }
        let unowned: Vec<usize> = (0..HOTKEYS).filter(|h| self.owner_of(*h).is_none()).collect();
        if !unowned.is_empty() && self.rng.chance(70) {
            return *self.rng.pick(&unowned).unwrap();
        }
        self.rng.index(HOTKEYS)
    }

    /// The subnets (not root), ascending.
    fn subnets(&self) -> Vec<NetUid> {
        let mut netuids: Vec<NetUid> =
            pallet_subtensor::SubnetHyperparameters::<Runtime>::iter_keys()
                .filter(|netuid| !netuid.is_root())
                .collect();
        netuids.sort();
        netuids
    }

    /// Mostly an existing subnet; sometimes root or a netuid that does not exist.
    fn netuid(&mut self) -> NetUid {
        let subnets = self.subnets();
        match self.rng.below(20) {
            0 => NetUid::ROOT,
            1 => NetUid(self.rng.range(1, 40) as u16),
            _ => self.rng.pick(&subnets).copied().unwrap_or(NetUid(1)),
        }
    }

    /// The registered neurons of `netuid` whose hotkeys the harness holds: `(uid, hotkey)`.
    fn members(&self, netuid: NetUid) -> Vec<(u16, usize)> {
        let mut members: Vec<(u16, usize)> = pallet_subtensor::Keys::<Runtime>::iter_prefix(netuid)
            .filter_map(|(uid, hotkey)| self.keys.hot_index(&hotkey).map(|h| (uid, h)))
            .collect();
        members.sort();
        members
    }

    /// A registered hotkey of `netuid` (mostly), with its uid.
    fn member(&mut self, netuid: NetUid) -> (Option<u16>, usize) {
        let members = self.members(netuid);
        match self.rng.pick(&members) {
            Some((uid, hotkey)) if self.rng.chance(90) => (Some(*uid), *hotkey),
            _ => (None, self.rng.index(HOTKEYS)),
        }
    }

    fn free(&self, who: &AccountId) -> Balance {
        Balances::free_balance(who)
    }

    /// An amount to stake or move out of `available`: mostly a plausible part of it.
    fn amount(&mut self, available: Balance) -> Balance {
        match self.rng.below(20) {
            0 => 0,
            1 => self.rng.range(1, 1_000_000) as Balance,
            2 => available.saturating_add(1),
            3 if self.rng.chance(30) => available,
            3..=8 => available / self.rng.range(3, 20) as Balance,
            _ => self.rng.range(1, 100) as Balance * TAO / self.rng.range(1, 8) as Balance,
        }
    }

    fn cold_action(
        &mut self,
        cold: usize,
        call: RuntimeCall,
        kind: &'static str,
        what: String,
    ) -> Action {
        let what = format!("cold{cold} {what}");
        Action { signer: self.keys.coldkeys[cold], call, kind, what, guard: None }
    }

    fn hot_action(
        &mut self,
        hot: usize,
        call: RuntimeCall,
        kind: &'static str,
        what: String,
    ) -> Action {
        let what = format!("hot{hot} {what}");
        Action { signer: self.keys.hotkeys[hot], call, kind, what, guard: None }
    }

    // -- Staking --

    fn add_stake(&mut self) -> Action {
        let cold = self.coldkey();
        let delegates: Vec<AccountId> =
            Runtime::delegates().into_iter().map(|info| info.hotkey).collect();
        let hotkey = match self.rng.pick(&delegates) {
            Some(delegate) if self.rng.chance(30) => delegate.clone(),
            _ => {
                let h = self.hotkey_for(cold);
                self.keys.hot[h].clone()
            }
        };
        let amount = self.amount(self.free(&self.keys.cold[cold]));
        let what = format!("add_stake({}, {})", self.keys.name(&hotkey), tao(amount));
        let call = staking(pallet_subtensor_staking::Call::add_stake { hotkey, amount });
        self.cold_action(cold, call, "add_stake", what)
    }

    fn remove_stake(&mut self) -> Action {
        let cold = self.coldkey();
        let stakes = Runtime::stakes_of_coldkey(self.keys.cold[cold].clone());
        let (hotkey, amount) = match self.rng.pick(&stakes) {
            Some((hotkey, stake)) if self.rng.chance(90) => {
                let amount = match self.rng.below(10) {
                    0..=3 => *stake,
                    4 => stake / 2,
                    5 => stake.saturating_sub(1),
                    6 => stake.saturating_add(1),
                    7 => 0,
                    _ => self.rng.range(1, (*stake).min(u64::MAX as u128) as u64) as Balance,
                };
                (hotkey.clone(), amount)
            }
            _ => {
                let h = self.hotkey_for(cold);
                (self.keys.hot[h].clone(), self.rng.range(1, 10) as Balance * TAO)
            }
        };
        let what = format!("remove_stake({}, {})", self.keys.name(&hotkey), tao(amount));
        let call = staking(pallet_subtensor_staking::Call::remove_stake { hotkey, amount });
        self.cold_action(cold, call, "remove_stake", what)
    }

    fn become_delegate(&mut self) -> Action {
        let cold = self.coldkey();
        let hot = self.hotkey_for(cold);
        let hotkey = self.keys.hot[hot].clone();
        let call = staking(pallet_subtensor_staking::Call::become_delegate { hotkey });
        self.cold_action(cold, call, "become_delegate", format!("become_delegate(hot{hot})"))
    }

    fn change_take(&mut self, increase: bool) -> Action {
        let cold = self.coldkey();
        let hot = self.hotkey_for(cold);
        let hotkey = self.keys.hot[hot].clone();
        let current =
            Runtime::delegate_info(hotkey.clone()).map(|info| info.take).unwrap_or(11_796);
        let take = match self.rng.below(10) {
            0 => 0,
            1 => u16::MAX,
            2 => current,
            3 => self.rng.below(u64::from(u16::MAX) + 1) as u16,
            _ if increase => current.saturating_add(self.rng.range(1, 3000) as u16),
            _ => current.saturating_sub(self.rng.range(1, 3000) as u16),
        };
        let (call, kind) = if increase {
            (pallet_subtensor_staking::Call::increase_take { hotkey, take }, "increase_take")
        } else {
            (pallet_subtensor_staking::Call::decrease_take { hotkey, take }, "decrease_take")
        };
        self.cold_action(cold, staking(call), kind, format!("{kind}(hot{hot}, {take})"))
    }

    // -- Registration --

    fn burned_register(&mut self) -> Action {
        let cold = self.coldkey();
        let netuid = self.netuid();
        let hot = self.hotkey_for(cold);
        let hotkey = self.keys.hot[hot].clone();
        let call = subtensor(pallet_subtensor::Call::burned_register { netuid, hotkey });
        self.cold_action(
            cold,
            call,
            "burned_register",
            format!("burned_register({netuid}, hot{hot})"),
        )
    }

    fn pow_register(&mut self) -> Action {
        let netuid = self.netuid();
        let unowned: Vec<usize> = (0..HOTKEYS).filter(|h| self.owner_of(*h).is_none()).collect();
        let hot = match self.rng.pick(&unowned) {
            Some(h) if self.rng.chance(50) => *h,
            _ => self.rng.index(HOTKEYS),
        };
        let hotkey = self.keys.hot[hot].clone();
        let coldkey = match self.owner_of(hot) {
            Some(owner) if self.rng.chance(90) => owner,
            _ => {
                let cold = self.coldkey();
                self.keys.cold[cold].clone()
            }
        };
        let n = u64::from(self.n);
        let block_number = match self.rng.below(20) {
            0 => n,
            1 => n.saturating_sub(3),
            2 => n + 1,
            3..=5 => n.saturating_sub(2),
            _ => n.saturating_sub(1),
        };
        let block_hash: [u8; 32] = if block_number + 1 == n {
            self.parent_hash.into()
        } else if block_number < n {
            frame_system::BlockHash::<Runtime>::get(block_number as BlockNumber).into()
        } else {
            [0; 32]
        };
        let difficulty = pallet_subtensor::Difficulty::<Runtime>::get(netuid);
        let hotkey_bytes: [u8; 32] = *hotkey.as_ref();
        let start = self.rng.next();
        let solved = if difficulty <= MAX_SOLVED_DIFFICULTY {
            finney_pow::solve(
                &block_hash,
                &hotkey_bytes,
                difficulty,
                start,
                64 * MAX_SOLVED_DIFFICULTY,
            )
        } else {
            None
        };
        let (nonce, work, how) = match (solved, self.rng.below(20)) {
            (_, 0) if !self.works.is_empty() => {
                let (_, nonce, work) = self.works[self.rng.index(self.works.len())];
                (nonce, work, "a used seal")
            }
            (Some(solution), 1) => {
                let mut work = solution.work;
                work[31] ^= 1;
                (solution.nonce, work, "a corrupted seal")
            }
            (Some(solution), _) => (solution.nonce, solution.work, "solved"),
            (None, _) => (start, sp_crypto_hashing::blake2_256(&start.to_le_bytes()), "unsolved"),
        };
        self.works.push((block_number, nonce, work));
        if self.works.len() > 64 {
            self.works.remove(0);
        }
        let what = format!(
            "register({netuid}, block {block_number}, difficulty {difficulty}, {how}, hot{hot}, {})",
            self.keys.name(&coldkey)
        );
        let call = subtensor(pallet_subtensor::Call::register {
            netuid,
            block_number,
            nonce,
            work,
            hotkey,
            coldkey,
        });
        self.hot_action(hot, call, "register", what)
    }

    fn root_register(&mut self) -> Action {
        let cold = self.coldkey();
        // Joining root needs stake: mostly a hotkey the coldkey staked to.
        let staked: Vec<usize> = Runtime::stakes_of_coldkey(self.keys.cold[cold].clone())
            .iter()
            .filter_map(|(hotkey, _)| self.keys.hot_index(hotkey))
            .collect();
        let hot = match self.rng.pick(&staked) {
            Some(hot) if self.rng.chance(60) => *hot,
            _ => self.hotkey_for(cold),
        };
        let hotkey = self.keys.hot[hot].clone();
        let call = subtensor(pallet_subtensor::Call::root_register { hotkey });
        self.cold_action(cold, call, "root_register", format!("root_register(hot{hot})"))
    }

    // -- Weights --

    /// Random weights over `0..n` (dests), sometimes broken.
    fn weights_over(&mut self, dests_pool: &[u16], own: Option<u16>) -> (Vec<u16>, Vec<u16>) {
        let mut dests = dests_pool.to_vec();
        self.rng.shuffle(&mut dests);
        let k = self.rng.range(1, dests.len().max(1) as u64) as usize;
        dests.truncate(k);
        match self.rng.below(20) {
            0 => dests.push(dests_pool.len() as u16 + self.rng.range(0, 3) as u16),
            1 if !dests.is_empty() => dests.push(dests[0]),
            2 | 3 => dests = own.into_iter().collect(),
            _ => {}
        }
        let zero = self.rng.chance(10);
        let mut weights: Vec<u16> =
            dests.iter().map(|_| if zero { 0 } else { self.rng.below(65_536) as u16 }).collect();
        if self.rng.chance(3) {
            weights.push(1);
        }
        (dests, weights)
    }

    fn version_key(&mut self) -> u64 {
        if self.rng.chance(90) {
            0
        } else {
            self.rng.below(4)
        }
    }

    fn set_weights(&mut self) -> Action {
        let netuid = self.netuid();
        let (uid, hot) = self.member(netuid);
        let n = pallet_subtensor::SubnetworkN::<Runtime>::get(netuid);
        let pool: Vec<u16> = (0..n).collect();
        let (dests, weights) = self.weights_over(&pool, uid);
        let version_key = self.version_key();
        let what = format!("set_weights({netuid}, {dests:?}, {weights:?}, {version_key})");
        let call =
            subtensor(pallet_subtensor::Call::set_weights { netuid, dests, weights, version_key });
        self.hot_action(hot, call, "set_weights", what)
    }

    fn set_root_weights(&mut self) -> Action {
        let (_, hot) = self.member(NetUid::ROOT);
        let mut netuids: Vec<u16> = pallet_subtensor::SubnetHyperparameters::<Runtime>::iter_keys()
            .map(|netuid| netuid.get())
            .collect();
        netuids.sort();
        let (mut dests, weights) = self.weights_over(&netuids, None);
        // `weights_over` breaks dests by index; on root they are netuids.
        if self.rng.chance(5) {
            dests.push(60);
        }
        let version_key = self.version_key();
        let what = format!("set_weights(root, {dests:?}, {weights:?}, {version_key})");
        let netuid = NetUid::ROOT;
        let call =
            subtensor(pallet_subtensor::Call::set_weights { netuid, dests, weights, version_key });
        self.hot_action(hot, call, "set_root_weights", what)
    }

    fn commit_weights(&mut self) -> Action {
        let commit_reveal: Vec<NetUid> = pallet_subtensor::SubnetHyperparameters::<Runtime>::iter()
            .filter(|(_, params)| params.commit_reveal_weights_enabled)
            .map(|(netuid, _)| netuid)
            .collect();
        let netuid = match self.rng.pick(&commit_reveal) {
            Some(netuid) if self.rng.chance(85) => *netuid,
            _ => self.netuid(),
        };
        let (uid, hot) = self.member(netuid);
        let n = pallet_subtensor::SubnetworkN::<Runtime>::get(netuid);
        let pool: Vec<u16> = (0..n).collect();
        let (uids, values) = self.weights_over(&pool, uid);
        let salt: Vec<u16> =
            (0..self.rng.range(0, 8)).map(|_| self.rng.below(65_536) as u16).collect();
        let version_key = self.version_key();
        let commit = Commit { hotkey: hot, netuid, uids, values, salt, version_key, at: self.n };
        let commit_hash = commit_hash(self.keys, &commit);
        self.commits.push(commit);
        if self.commits.len() > 32 {
            self.commits.remove(0);
        }
        let what = format!("commit_weights({netuid}, {commit_hash:?})");
        let call = subtensor(pallet_subtensor::Call::commit_weights { netuid, commit_hash });
        self.hot_action(hot, call, "commit_weights", what)
    }

    /// A reveal at a random time: mostly of a commit of the harness (too early, in its window or
    /// a repeat), sometimes of nothing committed.
    fn reveal_weights(&mut self) -> Action {
        let commit = match self.rng.pick(self.commits.as_slice()) {
            Some(commit) if self.rng.chance(90) => commit.clone(),
            _ => {
                let netuid = self.netuid();
                let (_, hotkey) = self.member(netuid);
                Commit {
                    hotkey,
                    netuid,
                    uids: vec![0],
                    values: vec![1],
                    salt: vec![],
                    version_key: 0,
                    at: 0,
                }
            }
        };
        self.reveal(commit)
    }

    fn reveal(&mut self, commit: Commit) -> Action {
        let Commit { hotkey: hot, netuid, uids, values, salt, version_key, .. } = commit;
        let what =
            format!("reveal_weights({netuid}, {uids:?}, {values:?}, {salt:?}, {version_key})");
        let call = subtensor(pallet_subtensor::Call::reveal_weights {
            netuid,
            uids,
            values,
            salt,
            version_key,
        });
        self.hot_action(hot, call, "reveal_weights", what)
    }

    fn serve_axon(&mut self) -> Action {
        let netuid = self.netuid();
        let (_, hot) = self.member(netuid);
        let (ip, ip_type) = match self.rng.below(20) {
            0 => (0, 4),
            1 => (0x7F00_0001, 4),
            2 => (u128::from(self.rng.next()) << 64 | u128::from(self.rng.next()), 6),
            3 => (0x0A00_0001, 5),
            _ => (u128::from(self.rng.range(0x0100_0001, 0xDFFF_FFFE)), 4),
        };
        let port = if self.rng.chance(5) { 0 } else { self.rng.range(1, 65_535) as u16 };
        let version = self.rng.below(1000) as u32;
        let what = format!("serve_axon({netuid}, ip {ip:#x} v{ip_type}, port {port})");
        let call = subtensor(pallet_subtensor::Call::serve_axon {
            netuid,
            version,
            ip,
            port,
            ip_type,
            protocol: 0,
            placeholder1: 0,
            placeholder2: 0,
        });
        self.hot_action(hot, call, "serve_axon", what)
    }

    fn swap_hotkey(&mut self) -> Action {
        let cold = self.coldkey();
        let hot = self.hotkey_for(cold);
        let unowned: Vec<usize> = (0..HOTKEYS).filter(|h| self.owner_of(*h).is_none()).collect();
        let new_hot = match self.rng.pick(&unowned) {
            Some(h) if self.rng.chance(85) => *h,
            _ => self.rng.index(HOTKEYS),
        };
        let call = subtensor(pallet_subtensor::Call::swap_hotkey {
            hotkey: self.keys.hot[hot].clone(),
            new_hotkey: self.keys.hot[new_hot].clone(),
        });
        self.cold_action(cold, call, "swap_hotkey", format!("swap_hotkey(hot{hot}, hot{new_hot})"))
    }

    // -- Subnets --

    fn register_network(&mut self) -> Action {
        let cold = self.coldkey();
        let cost = Runtime::get_network_registration_cost();
        let call = subtensor(pallet_subtensor::Call::register_network {});
        self.cold_action(
            cold,
            call,
            "register_network",
            format!("register_network() at {}", tao(cost.into())),
        )
    }

    /// The owner of `netuid` (mostly), else any coldkey.
    fn owner_or_any(&mut self, netuid: NetUid) -> usize {
        if let Some(cold) = self.forced_cold {
            return cold;
        }
        let owner = pallet_subtensor::SubnetOwner::<Runtime>::get(netuid)
            .and_then(|owner| self.keys.cold.iter().position(|c| *c == owner));
        match owner {
            Some(cold) if self.rng.chance(85) => cold,
            _ => self.coldkey(),
        }
    }

    fn dissolve_network(&mut self) -> Action {
        let netuid = self.netuid();
        let cold = self.owner_or_any(netuid);
        let call = subtensor(pallet_subtensor::Call::dissolve_network { netuid });
        self.cold_action(cold, call, "dissolve_network", format!("dissolve_network({netuid})"))
    }

    /// A hyperparameter change an owner might make (some are governance-only).
    fn owner_parameter(&mut self) -> Hyperparameter {
        use Hyperparameter::*;
        let r = &mut *self.rng;
        match r.below(24) {
            0 => MinAllowedWeights(r.below(4) as u16),
            1 => MaxWeightsLimit(r.below(65_536) as u16),
            2 => ImmunityPeriod(r.below(40) as u16),
            3 => ActivityCutoff(r.range(1, 200) as u16),
            4 => WeightsVersionKey(r.below(3)),
            5 => Kappa(r.below(65_536) as u16),
            6 => Rho(r.range(1, 30) as u16),
            7 => BondsMovingAverage(r.range(0, 1_000_001)),
            8 => MinBurn(r.range(1, 2 * TAO as u64)),
            9 => MaxBurn(r.range(1, 20) * TAO as u64),
            10 => MinDifficulty(r.range(1, 64)),
            11 => MaxDifficulty(1 << r.below(14)),
            12 => AdjustmentAlpha(r.next()),
            13 => NetworkRegistrationAllowed(r.chance(85)),
            14 => PowRegistrationAllowed(r.chance(85)),
            15 => ServingRateLimit(r.below(10)),
            16 => CommitRevealWeightsEnabled(r.chance(40)),
            17 => CommitRevealPeriod(r.below(4)),
            18 => Yuma3Enabled(r.chance(50)),
            19 => BondsPenalty(r.below(65_536) as u16),
            20 => LiquidAlphaEnabled(r.chance(50)),
            21 => {
                let low = r.below(65_536) as u16;
                AlphaValues { low, high: low.saturating_add(r.below(20_000) as u16) }
            }
            22 => AlphaSigmoidSteepness(r.below(3000) as u16),
            _ => Modality(
                [
                    pallet_subtensor::Modality::Text,
                    pallet_subtensor::Modality::Audio,
                    pallet_subtensor::Modality::Image,
                    pallet_subtensor::Modality::Other,
                ][r.index(4)],
            ),
        }
    }

    fn owner_hyperparameter(&mut self) -> Action {
        let netuid = self.netuid();
        let cold = self.owner_or_any(netuid);
        let parameter = self.owner_parameter();
        let what = format!("set_hyperparameter({netuid}, {parameter:?})");
        self.cold_action(cold, set_hyperparameter(netuid, parameter), "owner_hyperparameter", what)
    }

    // -- Balances --

    fn transfer(&mut self) -> Action {
        let from_coldkey = self.forced_cold.is_some() || self.rng.chance(75);
        let (signer, from) = match if from_coldkey { 0 } else { self.rng.range(15, 19) } {
            0..=14 => {
                let cold = self.coldkey();
                (self.keys.coldkeys[cold], self.keys.cold[cold].clone())
            }
            15..=18 => {
                let hot = self.rng.index(HOTKEYS);
                (self.keys.hotkeys[hot], self.keys.hot[hot].clone())
            }
            _ => (self.keys.sudo, self.keys.sudo_id.clone()),
        };
        let to = match self.rng.below(20) {
            0..=7 => self.keys.cold[self.rng.index(COLDKEYS)].clone(),
            8..=14 => self.keys.hot[self.rng.index(HOTKEYS)].clone(),
            15..=17 => self.keys.dev[self.rng.index(self.keys.dev.len())].clone(),
            18 => self.keys.sudo_id.clone(),
            _ => account_of(&pair_of("fresh", self.rng.below(1000) as usize)),
        };
        let dest = Address::Id(to.clone());
        let free = self.free(&from);
        let (call, what) = match self.rng.below(30) {
            0..=19 => {
                let value = self.amount(free / 4);
                let what = format!("transfer_keep_alive({}, {})", self.keys.name(&to), tao(value));
                (pallet_balances::Call::transfer_keep_alive { dest, value }, what)
            }
            20..=28 => {
                let value = match self.rng.below(4) {
                    0 => self.rng.range(1, 2 * EXISTENTIAL_DEPOSIT as u64) as Balance,
                    _ => self.amount(free),
                };
                let what = format!("transfer_allow_death({}, {})", self.keys.name(&to), tao(value));
                (pallet_balances::Call::transfer_allow_death { dest, value }, what)
            }
            _ => {
                let keep_alive = self.rng.chance(50);
                let what =
                    format!("transfer_all({}, keep_alive {keep_alive})", self.keys.name(&to));
                (pallet_balances::Call::transfer_all { dest, keep_alive }, what)
            }
        };
        let what = format!("{} {what}", self.keys.name(&from));
        Action { signer, call: RuntimeCall::Balances(call), kind: "transfer", what, guard: None }
    }

    // -- Batches and proxies --

    fn batch(&mut self) -> Action {
        let cold = self.coldkey();
        let (calls, whats): (Vec<RuntimeCall>, Vec<String>) = (0..self.rng.range(1, 4))
            .map(|_| {
                let action = self.action_of_coldkey(cold);
                (action.call, action.what)
            })
            .unzip();
        let (call, name) = match self.rng.below(3) {
            0 => (pallet_utility::Call::batch { calls }, "batch"),
            1 => (pallet_utility::Call::batch_all { calls }, "batch_all"),
            _ => (pallet_utility::Call::force_batch { calls }, "force_batch"),
        };
        let what = format!("{name}[{}]", whats.join("; "));
        self.cold_action(cold, RuntimeCall::Utility(call), "batch", what)
    }

    /// The pool's account `index`: coldkeys first, then hotkeys.
    fn pool_account(&self, index: usize) -> (AccountId, ed25519::Pair) {
        if index < COLDKEYS {
            (self.keys.cold[index].clone(), self.keys.coldkeys[index])
        } else {
            let hot = index - COLDKEYS;
            (self.keys.hot[hot].clone(), self.keys.hotkeys[hot])
        }
    }

    fn add_proxy(&mut self) -> Action {
        let cold = self.coldkey();
        if self.rng.chance(10) {
            let call = RuntimeCall::Proxy(pallet_proxy::Call::remove_proxies {});
            return self.cold_action(cold, call, "add_proxy", "remove_proxies()".into());
        }
        let index = self.rng.index(COLDKEYS + HOTKEYS);
        let (delegate, _) = self.pool_account(index);
        let proxy_type = match self.rng.below(20) {
            0..=14 => ProxyType::NonTransfer,
            15..=17 => ProxyType::Any,
            18 => ProxyType::CancelProxy,
            _ => ProxyType::Governance,
        };
        let delay = if self.rng.chance(90) { 0 } else { self.rng.range(1, 3) as BlockNumber };
        let what =
            format!("add_proxy({}, {proxy_type:?}, delay {delay})", self.keys.name(&delegate));
        let call = RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
            delegate: Address::Id(delegate),
            proxy_type,
            delay,
        });
        self.cold_action(cold, call, "add_proxy", what)
    }

    /// A coldkey's proxy calls for it: the inner call is whatever the coldkey might sign (a
    /// batch of it, or sudo). Through a `NonTransfer` proxy the coldkey's balance, free and
    /// reserved, must not go down.
    fn proxy(&mut self) -> Action {
        let mut proxies = Vec::new();
        let mut definitions = Vec::new();
        for cold in 0..COLDKEYS {
            let (stored, _) = pallet_proxy::Proxies::<Runtime>::get(&self.keys.cold[cold]);
            for definition in stored {
                proxies.push((cold, definition.delegate.clone(), definition.proxy_type));
                definitions.push((cold, definition.delegate, definition.proxy_type));
            }
        }
        let (cold, delegate, proxy_type) = match self.rng.pick(&proxies) {
            Some(proxy) if self.rng.chance(90) => proxy.clone(),
            _ => {
                let cold = self.coldkey();
                let index = self.rng.index(COLDKEYS + HOTKEYS);
                let (delegate, _) = self.pool_account(index);
                (cold, delegate, ProxyType::NonTransfer)
            }
        };
        let signer = if delegate == self.keys.sudo_id {
            self.keys.sudo
        } else {
            let index = self.keys.cold.iter().position(|c| *c == delegate).unwrap_or_else(|| {
                COLDKEYS + self.keys.hot_index(&delegate).expect("proxies are pool accounts")
            });
            self.pool_account(index).1
        };
        let inner = match self.rng.below(20) {
            0..=2 => {
                let previous = self.forced_cold.replace(cold);
                let batch = self.batch();
                self.forced_cold = previous;
                batch
            }
            3 => self.sudo_action(),
            _ => self.action_of_coldkey(cold),
        };
        let force_proxy_type = if self.rng.chance(30) { Some(proxy_type) } else { None };
        // The definition the proxy pallet uses: the first of the delegate's that matches.
        let used = definitions
            .iter()
            .find(|(c, d, t)| {
                *c == cold && *d == delegate && force_proxy_type.is_none_or(|forced| forced == *t)
            })
            .map(|(_, _, t)| *t);
        let what = format!(
            "{} proxy({}) for cold{cold}: {}",
            self.keys.name(&delegate),
            match used {
                Some(proxy_type) => format!("{proxy_type:?}"),
                None => "none".into(),
            },
            inner.what
        );
        let call = RuntimeCall::Proxy(pallet_proxy::Call::proxy {
            real: Address::Id(self.keys.cold[cold].clone()),
            force_proxy_type,
            call: Box::new(inner.call),
        });
        // (The signer pays the fee: no guard when it is the coldkey itself.)
        let real = self.keys.cold[cold].clone();
        let guard = (used == Some(ProxyType::NonTransfer) && delegate != real).then_some(real);
        Action { signer, call, kind: "proxy", what, guard }
    }

    // -- Sudo --

    fn sudo_action(&mut self) -> Action {
        let (inner, what) = match self.rng.below(10) {
            0..=2 => {
                let netuid = self.netuid();
                let calls = tune_subnet(self.rng, netuid);
                (
                    RuntimeCall::Utility(pallet_utility::Call::force_batch { calls }),
                    format!("tune subnet {netuid}"),
                )
            }
            3..=5 => {
                let netuid = if self.rng.chance(15) { NetUid::ROOT } else { self.netuid() };
                let parameter = self.governance_parameter();
                let what = format!("set_hyperparameter({netuid}, {parameter:?})");
                (set_hyperparameter(netuid, parameter), what)
            }
            6..=7 => {
                let parameter = network_parameter(self.rng);
                let what = format!("set_network_parameter({parameter:?})");
                (subtensor(pallet_subtensor::Call::set_network_parameter { parameter }), what)
            }
            _ => {
                let parameter = staking_parameter(self.rng);
                let what = format!("set_staking_parameter({parameter:?})");
                (staking(pallet_subtensor_staking::Call::set_staking_parameter { parameter }), what)
            }
        };
        if self.rng.chance(5) {
            let cold = self.coldkey();
            return self.cold_action(cold, sudo(inner), "sudo", format!("sudo({what})"));
        }
        Action {
            signer: self.keys.sudo,
            call: sudo(inner),
            kind: "sudo",
            what: format!("sudo sudo({what})"),
            guard: None,
        }
    }

    /// A coldkey in the referenda: submits a parameter change on its track (or on the wrong
    /// one, which enacts with `BadOrigin`), places a decision deposit, votes with (up to, and
    /// sometimes beyond) its stake and a random conviction, removes a vote, or unlocks what its
    /// ended votes locked. With the development preset's short periods a referendum the stake
    /// backs passes and enacts within a sequence.
    fn referendum(&mut self) -> Action {
        let cold = self.coldkey();
        let who = self.keys.cold[cold].clone();
        let count = pallet_referenda::ReferendumCount::<Runtime>::get();
        // Mostly a referendum that exists, the latest ones most often.
        let index = match count {
            0 => 0,
            _ if self.rng.chance(10) => count,
            _ => count.saturating_sub(1 + self.rng.below(u64::from(count.min(4))) as u32),
        };
        let (call, what) = match self.rng.below(20) {
            0..=3 => {
                let (origin, inner, what) = match self.rng.below(10) {
                    0..=4 => {
                        let parameter = network_parameter(self.rng);
                        let call =
                            subtensor(pallet_subtensor::Call::set_network_parameter { parameter });
                        (TrackOrigin::ProtocolParameters, call, format!("{parameter:?}"))
                    }
                    5..=8 => {
                        let parameter = staking_parameter(self.rng);
                        let what = format!("{parameter:?}");
                        let call = staking(pallet_subtensor_staking::Call::set_staking_parameter {
                            parameter,
                        });
                        (TrackOrigin::StakingParameters, call, what)
                    }
                    _ => {
                        // The wrong track: enacted with BadOrigin, nothing changes.
                        let parameter = staking_parameter(self.rng);
                        let what = format!("{parameter:?}");
                        let call = staking(pallet_subtensor_staking::Call::set_staking_parameter {
                            parameter,
                        });
                        (TrackOrigin::ProtocolParameters, call, format!("{what} (wrong track)"))
                    }
                };
                let proposal = Bounded::Inline(inner.encode().try_into().unwrap());
                let call = pallet_referenda::Call::submit {
                    proposal_origin: Box::new(OriginCaller::Governance(origin)),
                    proposal,
                    enactment_moment: DispatchTime::After(self.rng.below(3) as BlockNumber),
                };
                (RuntimeCall::Referenda(call), format!("submit({origin:?}, {what})"))
            }
            4..=6 => (
                RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }),
                format!("place_decision_deposit({index})"),
            ),
            7..=15 => {
                let stake: Balance =
                    Runtime::stakes_of_coldkey(who.clone()).iter().map(|(_, s)| *s).sum();
                let balance = self.amount(stake);
                let aye = self.rng.chance(70);
                let conviction = match self.rng.below(7) {
                    0 => Conviction::None,
                    1 => Conviction::Locked1x,
                    2 => Conviction::Locked2x,
                    3 => Conviction::Locked3x,
                    4 => Conviction::Locked4x,
                    5 => Conviction::Locked5x,
                    _ => Conviction::Locked6x,
                };
                let vote = AccountVote::Standard { vote: Vote { aye, conviction }, balance };
                let what = format!("vote({index}, aye {aye}, {conviction:?}, {})", tao(balance));
                (
                    RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote {
                        poll_index: index,
                        vote,
                    }),
                    what,
                )
            }
            16..=17 => (
                RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::remove_vote {
                    class: None,
                    index,
                }),
                format!("remove_vote({index})"),
            ),
            _ => {
                let class = if self.rng.chance(50) {
                    track::PROTOCOL_PARAMETERS
                } else {
                    track::STAKING_PARAMETERS
                };
                let call =
                    pallet_conviction_voting::Call::unlock { class, target: Address::Id(who) };
                (RuntimeCall::ConvictionVoting(call), format!("unlock(track {class})"))
            }
        };
        self.cold_action(cold, call, "referendum", what)
    }

    fn governance_parameter(&mut self) -> Hyperparameter {
        use Hyperparameter::*;
        let r = &mut *self.rng;
        match r.below(13) {
            0 => Tempo(if r.chance(5) { 0 } else { r.range(1, 12) as u16 }),
            1 => MaxAllowedUids(r.range(1, 24) as u16),
            2 => MaxAllowedValidators(r.range(0, 12) as u16),
            3 => WeightsRateLimit(r.below(5)),
            4 => AdjustmentInterval(r.range(0, 30) as u16),
            5 => TargetRegistrationsPerInterval(r.range(0, 4) as u16),
            6 => MaxRegistrationsPerBlock(r.range(0, 5) as u16),
            7 => Burn(r.range(1, 10) * TAO as u64),
            8 => Difficulty(r.range(1, 4096)),
            9 => Kappa(r.below(65_536) as u16),
            10 => BondsMovingAverage(r.range(0, 1_000_001)),
            11 => AdjustmentAlpha(r.next()),
            _ => self.owner_parameter(),
        }
    }
}

/// Sudo's changes that make `netuid` a small, fast subnet open to proof of work.
fn tune_subnet(r: &mut Rng, netuid: NetUid) -> Vec<RuntimeCall> {
    use Hyperparameter::*;
    let validators = r.range(1, 6) as u16;
    let uids = r.range(u64::from(validators).max(4), 16) as u16;
    [
        Tempo(if r.chance(3) { 0 } else { r.range(1, 10) as u16 }),
        MaxAllowedValidators(validators),
        MaxAllowedUids(uids),
        MinDifficulty(1),
        MaxDifficulty(1 << r.below(13)),
        Difficulty(1),
        PowRegistrationAllowed(true),
        WeightsRateLimit(r.below(4)),
        ImmunityPeriod(r.below(30) as u16),
        ActivityCutoff(r.range(5, 200) as u16),
        AdjustmentInterval(r.range(2, 30) as u16),
        TargetRegistrationsPerInterval(r.range(1, 3) as u16),
        MaxRegistrationsPerBlock(r.range(1, 4) as u16),
        MinBurn(r.range(1, TAO as u64)),
        MaxBurn(r.range(1, 20) * TAO as u64),
        ServingRateLimit(r.below(5)),
        CommitRevealWeightsEnabled(r.chance(25)),
        CommitRevealPeriod(r.range(1, 2)),
        Yuma3Enabled(r.chance(30)),
        LiquidAlphaEnabled(r.chance(30)),
    ]
    .into_iter()
    .map(|parameter| set_hyperparameter(netuid, parameter))
    .collect()
}

fn network_parameter(r: &mut Rng) -> NetworkParameter {
    use NetworkParameter::*;
    match r.below(6) {
        0 => SubnetLimit(r.range(0, 9) as u16),
        1 => NetworkMinLockCost(r.range(1, 100) * TAO as u64),
        2 => NetworkLockReductionInterval(r.range(0, 300)),
        3 => NetworkRateLimit(r.range(0, 10)),
        4 => NetworkImmunityPeriod(r.range(0, 60)),
        _ => SubnetOwnerCut(r.below(65_536) as u16),
    }
}

fn staking_parameter(r: &mut Rng) -> StakingParameter<BlockNumber, Balance> {
    use StakingParameter::*;
    match r.below(5) {
        0 => TxRateLimit(r.range(0, 3) as BlockNumber),
        1 => TxDelegateTakeRateLimit(r.range(0, 30) as BlockNumber),
        2 => MinDelegateTake(r.below(4000) as u16),
        3 => MaxDelegateTake(r.range(8000, 65_535) as u16),
        _ => MinStake([1, 500_000, 100_000_000, TAO][r.index(4)]),
    }
}

/// The first block's sudo batch: fast networks, registrations and staking, every genesis subnet
/// and the root network tuned.
fn setup_calls(r: &mut Rng) -> Vec<RuntimeCall> {
    use NetworkParameter::*;
    let network =
        |parameter| subtensor(pallet_subtensor::Call::set_network_parameter { parameter });
    let stake =
        |parameter| staking(pallet_subtensor_staking::Call::set_staking_parameter { parameter });
    let mut calls = vec![
        network(NetworkRateLimit(r.range(0, 5))),
        network(NetworkMinLockCost(r.range(1, 100) * TAO as u64)),
        network(NetworkLockReductionInterval(r.range(10, 300))),
        network(NetworkImmunityPeriod(r.range(0, 60))),
        network(SubnetLimit(r.range(3, 8) as u16)),
        stake(StakingParameter::TxRateLimit(r.range(0, 2) as BlockNumber)),
        stake(StakingParameter::TxDelegateTakeRateLimit(r.range(0, 20) as BlockNumber)),
        set_hyperparameter(NetUid::ROOT, Hyperparameter::Tempo(r.range(1, 10) as u16)),
        set_hyperparameter(NetUid::ROOT, Hyperparameter::WeightsRateLimit(r.below(3))),
        set_hyperparameter(
            NetUid::ROOT,
            Hyperparameter::MaxAllowedValidators(r.range(2, 6) as u16),
        ),
        set_hyperparameter(NetUid::ROOT, Hyperparameter::MaxAllowedUids(r.range(6, 10) as u16)),
    ];
    for netuid in 1..=GENESIS_SUBNETS as u16 {
        calls.extend(tune_subnet(r, NetUid(netuid)));
    }
    calls
}

// ---- Blocks ----

/// Every pallet but `ParachainSystem`, in the runtime's order: their `on_finalize` runs.
type FinalizedPallets = (
    System,
    Timestamp,
    ParachainInfo,
    WeightReclaim,
    Balances,
    TransactionPayment,
    Sudo,
    Governance,
    Council,
    TriumvirateMembers,
    Authorship,
    CollatorSelection,
    Session,
    Aura,
    AuraExt,
    AuthorityDiscovery,
    XcmpQueue,
    PolkadotXcm,
    CumulusXcm,
    MessageQueue,
    ForeignAssets,
    AssetRate,
    XcmNetwork,
    Utility,
    Multisig,
    Proxy,
    SubtensorModule,
    Staking,
    Preimage,
    Scheduler,
    Referenda,
    ConvictionVoting,
    Whitelist,
);

fn tx_extension(nonce: u32) -> TxExtension {
    (
        frame_system::CheckNonZeroSender::<Runtime>::new(),
        frame_system::CheckSpecVersion::<Runtime>::new(),
        frame_system::CheckTxVersion::<Runtime>::new(),
        frame_system::CheckGenesis::<Runtime>::new(),
        frame_system::CheckEra::<Runtime>::from(Era::Immortal),
        frame_system::CheckNonce::<Runtime>::from(nonce),
        frame_system::CheckWeight::<Runtime>::new(),
        pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
        frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
    )
        .into()
}

/// What applying an extrinsic did.
enum Outcome {
    Succeeded,
    Failed(String),
    Invalid(TransactionValidityError),
}

fn error_name(error: &DispatchError) -> String {
    match error {
        DispatchError::Module(module) => module.message.unwrap_or("module error").to_string(),
        other => format!("{other:?}"),
    }
}

/// Applies a bare or signed extrinsic as a block builder does: dropped (rolled back) if invalid.
fn apply(xt: UncheckedExtrinsic, block_len: &mut usize) -> Outcome {
    let len = xt.encoded_size();
    sp_io::storage::start_transaction();
    let result = Executive::apply_extrinsic(xt);
    if result.is_ok() {
        sp_io::storage::commit_transaction();
        *block_len += len;
    } else {
        sp_io::storage::rollback_transaction();
    }
    match result {
        Ok(Ok(())) => Outcome::Succeeded,
        Ok(Err(error)) => Outcome::Failed(error_name(&error)),
        Err(invalid) => Outcome::Invalid(invalid),
    }
}

fn apply_signed(signer: &ed25519::Pair, call: RuntimeCall, block_len: &mut usize) -> Outcome {
    let who = account_of(signer);
    let nonce = System::account_nonce(&who);
    let payload = match SignedPayload::new(call, tx_extension(nonce)) {
        Ok(payload) => payload,
        Err(invalid) => return Outcome::Invalid(invalid),
    };
    let signature = payload.using_encoded(|bytes| signer.sign(bytes));
    let (call, extension, _) = payload.deconstruct();
    let xt = UncheckedExtrinsic::new_signed(
        call,
        Address::Id(who),
        MultiSignature::Ed25519(signature),
        extension,
    );
    apply(xt, block_len)
}

/// What a block did and used.
struct BlockOutcome {
    header: Header,
    outcomes: Vec<Outcome>,
    weight: frame_support::dispatch::PerDispatchClass<Weight>,
    /// The block's size (header and extrinsics), as `System` counts it.
    block_size: u32,
    /// The encoded length of the included extrinsics.
    body_len: usize,
    /// Proxy calls that lowered a `NonTransfer` delegator's balance.
    guard_violations: Vec<String>,
}

/// An account's free and reserved (held) balance.
fn total_balance(who: &AccountId) -> Balance {
    let data = frame_system::Account::<Runtime>::get(who).data;
    data.free + data.reserved
}

/// The short account id the log shows for an account outside the pool.
fn account_name(who: &AccountId) -> String {
    let bytes: &[u8; 32] = who.as_ref();
    format!("0x{:02x}{:02x}{:02x}{:02x}..", bytes[0], bytes[1], bytes[2], bytes[3])
}

/// Builds block `n` on `parent_hash` with `actions`; must run inside the externalities.
fn build_block(n: BlockNumber, parent_hash: H256, actions: &[Action]) -> BlockOutcome {
    let slot = Slot::from(FIRST_SLOT + u64::from(n));
    let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
    let header = Header::new(n, H256::zero(), H256::zero(), parent_hash, digest);
    Executive::initialize_block(&header);

    let mut body_len = 0;
    let now = u64::from(slot) * SLOT_DURATION;
    let timestamp =
        UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set { now }));
    match apply(timestamp, &mut body_len) {
        Outcome::Succeeded => {}
        Outcome::Failed(error) => panic!("the timestamp inherent failed: {error}"),
        Outcome::Invalid(error) => panic!("the timestamp inherent is invalid: {error:?}"),
    }
    Executive::inherents_applied();

    let mut guard_violations = Vec::new();
    let outcomes = actions
        .iter()
        .map(|action| {
            let before = action.guard.as_ref().map(total_balance);
            let outcome = apply_signed(&action.signer, action.call.clone(), &mut body_len);
            if let (Some(who), Some(before)) = (&action.guard, before) {
                let after = total_balance(who);
                if after < before {
                    guard_violations.push(format!(
                        "`{}` lowered the balance of {} from {before} to {after}",
                        action.what,
                        account_name(who),
                    ));
                }
            }
            outcome
        })
        .collect();

    // `Executive::finalize_block` without `ParachainSystem`'s `on_finalize`.
    System::note_finished_extrinsics();
    <<Runtime as frame_system::Config>::PostTransactions as PostTransactions>::post_transactions();
    let max_block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
    let remaining = max_block.saturating_sub(System::block_weight().total());
    if remaining.all_gt(Weight::zero()) {
        let used = <AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(n, remaining);
        System::register_extra_weight_unchecked(used, DispatchClass::Mandatory);
    }
    <FinalizedPallets as OnFinalize<BlockNumber>>::on_finalize(n);
    let weight = System::block_weight().clone();
    let block_size = System::block_size();
    let header = System::finalize();
    BlockOutcome { header, outcomes, weight, block_size, body_len, guard_violations }
}

// ---- Checks ----

fn ensure(condition: bool, what: impl FnOnce() -> String) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what())
    }
}

/// Total issuance is the sum of all balances, free and held.
fn check_issuance() -> Result<Balance, String> {
    let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
    let sum = frame_system::Account::<Runtime>::iter()
        .map(|(_, info)| info.data.free + info.data.reserved)
        .sum::<Balance>();
    ensure(issuance == sum, || {
        format!("total issuance {issuance} differs from the sum of all balances {sum}")
    })?;
    Ok(issuance)
}

/// The subtensor pallet's invariants: `pallet_subtensor::Pallet::do_try_state()`, which `std`
/// compiles as well as `try-runtime` (uid maps, vector lengths, neuron stakes, orphaned state,
/// subnet locks, emission books, the proof-of-work and swapped-hotkey queues).
fn subtensor_invariants() -> Result<(), String> {
    SubtensorModule::do_try_state().map_err(|error| format!("{error:?}"))
}

/// With the runtime's `try-runtime` feature (`scripts/fuzz.sh --try-runtime`): every pallet's
/// own `try_state`, the subtensor pallet's `do_try_state` and the balances pallet's included.
#[cfg(feature = "try-runtime")]
fn all_pallets_try_state(n: BlockNumber) -> Result<(), String> {
    use frame_support::traits::{TryState, TryStateSelect};
    <AllPalletsWithSystem as TryState<BlockNumber>>::try_state(n, TryStateSelect::All)
        .map_err(|error| format!("{error:?}"))
}

/// Without `try-runtime` the FRAME pallets' `try_state` is not compiled.
#[cfg(not(feature = "try-runtime"))]
fn all_pallets_try_state(_: BlockNumber) -> Result<(), String> {
    Ok(())
}

/// The runtime APIs answer for everything there is (a panic here is a bug).
fn query_runtime_apis(keys: &Keys) -> Result<(), String> {
    let subnets = Runtime::get_subnets_info();
    let networks = usize::from(pallet_subtensor::TotalNetworks::<Runtime>::get());
    ensure(subnets.len() == networks, || {
        format!("get_subnets_info lists {} networks of {networks}", subnets.len())
    })?;
    for netuid in pallet_subtensor::SubnetHyperparameters::<Runtime>::iter_keys() {
        let n = usize::from(pallet_subtensor::SubnetworkN::<Runtime>::get(netuid));
        let neurons = Runtime::get_neurons_lite(netuid).len();
        ensure(neurons == n, || format!("get_neurons_lite({netuid}) lists {neurons} of {n}"))?;
        let _ = Runtime::get_neurons(netuid);
        let _ = Runtime::get_subnet_hyperparams(netuid);
        let _ = Runtime::get_registration_cost(netuid);
    }
    let _ = Runtime::get_network_registration_cost();
    for delegate in Runtime::delegates() {
        let _ = Runtime::delegate_info(delegate.hotkey);
    }
    for coldkey in keys.cold.iter() {
        for (hotkey, _) in Runtime::stakes_of_coldkey(coldkey.clone()) {
            let _ = Runtime::total_hotkey_stake(hotkey.clone());
            let _ = Runtime::hotkey_owner(hotkey);
        }
    }
    Ok(())
}

/// Mints and burns of a block, from the balances pallet's events.
#[derive(Default, Debug)]
struct Flows {
    minted: u128,
    issued: u128,
    burned: u128,
    rescinded: u128,
    epochs: u64,
    root_epochs: u64,
}

fn flows() -> Flows {
    let mut flows = Flows::default();
    for record in System::read_events_no_consensus() {
        match record.event {
            RuntimeEvent::Balances(event) => match event {
                pallet_balances::Event::Minted { amount, .. } => flows.minted += amount,
                pallet_balances::Event::Issued { amount } => flows.issued += amount,
                pallet_balances::Event::Burned { amount, .. }
                | pallet_balances::Event::BurnedHeld { amount, .. } => flows.burned += amount,
                pallet_balances::Event::Rescinded { amount } => flows.rescinded += amount,
                _ => {}
            },
            RuntimeEvent::SubtensorModule(pallet_subtensor::Event::EpochRun { .. }) => {
                flows.epochs += 1
            }
            RuntimeEvent::SubtensorModule(pallet_subtensor::Event::EmissionValuesSet {
                ..
            }) => flows.root_epochs += 1,
            _ => {}
        }
    }
    flows
}

// ---- Statistics ----

#[derive(Default)]
struct CallStats {
    succeeded: u64,
    failed: u64,
    invalid: u64,
}

#[derive(Default)]
struct Stats {
    sequences: u64,
    failed_sequences: u64,
    blocks: u64,
    extrinsics: u64,
    succeeded: u64,
    failed: u64,
    invalid: u64,
    epochs: u64,
    root_epochs: u64,
    calls: BTreeMap<&'static str, CallStats>,
    errors: BTreeMap<String, u64>,
    invalids: BTreeMap<String, u64>,
    /// The largest share of the block's ref time and proof size (declared), in percent.
    max_ref_time_percent: f64,
    max_declared_proof_percent: f64,
    /// The largest measured proof of validity (storage proof plus block), in bytes.
    max_pov: usize,
    /// The largest measured proof over the declared proof size of its block.
    max_measured_over_declared: f64,
}

impl Stats {
    fn merge(&mut self, other: Stats) {
        self.sequences += other.sequences;
        self.failed_sequences += other.failed_sequences;
        self.blocks += other.blocks;
        self.extrinsics += other.extrinsics;
        self.succeeded += other.succeeded;
        self.failed += other.failed;
        self.invalid += other.invalid;
        self.epochs += other.epochs;
        self.root_epochs += other.root_epochs;
        for (kind, calls) in other.calls {
            let mine = self.calls.entry(kind).or_default();
            mine.succeeded += calls.succeeded;
            mine.failed += calls.failed;
            mine.invalid += calls.invalid;
        }
        for (error, count) in other.errors {
            *self.errors.entry(error).or_default() += count;
        }
        for (error, count) in other.invalids {
            *self.invalids.entry(error).or_default() += count;
        }
        self.max_ref_time_percent = self.max_ref_time_percent.max(other.max_ref_time_percent);
        self.max_declared_proof_percent =
            self.max_declared_proof_percent.max(other.max_declared_proof_percent);
        self.max_pov = self.max_pov.max(other.max_pov);
        self.max_measured_over_declared =
            self.max_measured_over_declared.max(other.max_measured_over_declared);
    }

    fn report(&self, seed: u64, elapsed: Duration) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "random_sequences: {} sequences ({} failed), {} blocks, {} extrinsics \
             ({} succeeded, {} failed, {} invalid) in {:.1} s (first seed {seed:#x})",
            self.sequences,
            self.failed_sequences,
            self.blocks,
            self.extrinsics,
            self.succeeded,
            self.failed,
            self.invalid,
            elapsed.as_secs_f64(),
        );
        let _ = writeln!(
            out,
            "  subnet epochs run: {}, root epochs run: {}",
            self.epochs, self.root_epochs
        );
        let _ = writeln!(
            out,
            "  heaviest block: {:.1} % of the ref time, {:.1} % of the proof size declared; \
             largest measured PoV {} bytes ({:.2} % of MAX_POV_SIZE); \
             measured proof / declared: at most {:.2}",
            self.max_ref_time_percent,
            self.max_declared_proof_percent,
            self.max_pov,
            self.max_pov as f64 * 100.0 / MAXIMUM_BLOCK_WEIGHT.proof_size() as f64,
            self.max_measured_over_declared,
        );
        let _ = writeln!(out, "  calls (succeeded / failed / invalid):");
        for (kind, calls) in &self.calls {
            let _ = writeln!(
                out,
                "    {kind:<22} {:>6} / {:>6} / {:>4}",
                calls.succeeded, calls.failed, calls.invalid
            );
        }
        let mut errors: Vec<_> = self.errors.iter().collect();
        errors.sort_by(|a, b| b.1.cmp(a.1));
        let list: Vec<String> = errors.iter().take(25).map(|(e, c)| format!("{e} {c}")).collect();
        let _ = writeln!(out, "  most frequent errors: {}", list.join(", "));
        let invalids: Vec<String> = self.invalids.iter().map(|(e, c)| format!("{e} {c}")).collect();
        let _ = writeln!(out, "  invalid transactions: {}", invalids.join(", "));
        out
    }
}

// ---- A sequence ----

/// The state of one sequence between blocks.
struct Chain {
    ext: TestExternalities,
    recorder: Recorder<Blake2Hasher>,
    number: BlockNumber,
    parent_hash: H256,
    issuance: Balance,
    minted: u128,
    commits: Vec<Commit>,
    works: Vec<(u64, u64, [u8; 32])>,
}

impl Chain {
    fn new(storage: &Storage) -> Self {
        let mut ext = TestExternalities::new(storage.clone());
        let recorder = Recorder::<Blake2Hasher>::default();
        ext.register_extension(ProofSizeExt::new(recorder.clone()));
        let (parent_hash, issuance, minted) = ext.execute_with(|| {
            (
                System::block_hash(0),
                pallet_balances::TotalIssuance::<Runtime>::get(),
                pallet_subtensor::EmissionAccounting::<Runtime>::get().minted,
            )
        });
        Self {
            ext,
            recorder,
            number: 0,
            parent_hash,
            issuance,
            minted,
            commits: Vec::new(),
            works: Vec::new(),
        }
    }

    /// Builds the next block with `actions`, logs it and checks everything after it.
    fn block(
        &mut self,
        keys: &Keys,
        actions: Vec<Action>,
        stats: &mut Stats,
        log: &mut Vec<String>,
    ) {
        let n = self.number + 1;
        let parent_hash = self.parent_hash;
        // Logged first, so that a panic in the block leaves its actions in the log.
        log.push(format!("block {n}: {} extrinsics", actions.len()));
        let first_line = log.len();
        log.extend(actions.iter().map(|action| format!("  {}", action.what)));
        self.recorder.reset();
        let outcome = self
            .ext
            .execute_with_recorder(self.recorder.clone(), || build_block(n, parent_hash, &actions));
        let proof = self.recorder.to_storage_proof().encoded_size();
        self.recorder.reset();
        self.ext.commit_all().expect("the block's changes commit");
        self.number = n;
        self.parent_hash = outcome.header.hash();

        // Log and count the extrinsics.
        for (index, (action, result)) in actions.iter().zip(&outcome.outcomes).enumerate() {
            let calls = stats.calls.entry(action.kind).or_default();
            stats.extrinsics += 1;
            let result = match result {
                Outcome::Succeeded => {
                    stats.succeeded += 1;
                    calls.succeeded += 1;
                    "ok".to_string()
                }
                Outcome::Failed(error) => {
                    stats.failed += 1;
                    calls.failed += 1;
                    *stats.errors.entry(format!("{}: {error}", action.kind)).or_default() += 1;
                    format!("failed: {error}")
                }
                Outcome::Invalid(invalid) => {
                    stats.invalid += 1;
                    calls.invalid += 1;
                    *stats.invalids.entry(format!("{invalid:?}")).or_default() += 1;
                    format!("invalid: {invalid:?}")
                }
            };
            log[first_line + index] = format!("  {} -> {result}", action.what);
        }
        stats.blocks += 1;

        // A `NonTransfer` proxy moves and burns none of its delegator's TAO.
        assert!(
            outcome.guard_violations.is_empty(),
            "block {n}: a NonTransfer proxy call lowered its delegator's balance: {}",
            outcome.guard_violations.join("; ")
        );

        // Transactions are only invalid for fees or a full block.
        for (action, result) in actions.iter().zip(&outcome.outcomes) {
            if let Outcome::Invalid(invalid) = result {
                let expected = matches!(
                    invalid,
                    TransactionValidityError::Invalid(
                        InvalidTransaction::Payment | InvalidTransaction::ExhaustsResources
                    )
                );
                assert!(expected, "block {n}: `{}` is invalid: {invalid:?}", action.what);
            }
        }

        // Weight, length and proof of validity against the limits.
        let limits = <Runtime as frame_system::Config>::BlockWeights::get();
        let total = outcome.weight.total();
        assert!(
            total.all_lte(limits.max_block),
            "block {n} weighs {total:?}, above the block's {:?}",
            limits.max_block
        );
        for class in [DispatchClass::Normal, DispatchClass::Operational] {
            if let Some(max) = limits.get(class).max_total {
                let used = *outcome.weight.get(class);
                assert!(used.all_lte(max), "block {n}: {class:?} weighs {used:?}, above {max:?}");
            }
        }
        let lengths = RuntimeBlockLength::get().max;
        let max_len = [DispatchClass::Normal, DispatchClass::Operational, DispatchClass::Mandatory]
            .into_iter()
            .map(|class| *lengths.get(class))
            .max()
            .unwrap_or_default();
        assert!(
            outcome.block_size <= max_len,
            "block {n} is {} bytes long, above {max_len}",
            outcome.block_size
        );
        let pov = proof + outcome.body_len + outcome.header.encoded_size();
        let max_pov = MAXIMUM_BLOCK_WEIGHT.proof_size() as usize;
        assert!(pov <= max_pov, "block {n}'s proof of validity is {pov} bytes, above {max_pov}");
        // The weights' proof sizes must cover what the block really read.
        assert!(
            proof as u64 <= total.proof_size(),
            "block {n} read a storage proof of {proof} bytes, more than the {} its weight declares",
            total.proof_size()
        );
        stats.max_pov = stats.max_pov.max(pov);
        stats.max_ref_time_percent = stats
            .max_ref_time_percent
            .max(total.ref_time() as f64 * 100.0 / limits.max_block.ref_time() as f64);
        stats.max_declared_proof_percent = stats
            .max_declared_proof_percent
            .max(total.proof_size() as f64 * 100.0 / limits.max_block.proof_size() as f64);
        if total.proof_size() > 0 {
            stats.max_measured_over_declared =
                stats.max_measured_over_declared.max(proof as f64 / total.proof_size() as f64);
        }

        // State invariants, issuance and the runtime APIs.
        let (issuance_before, minted_before) = (self.issuance, self.minted);
        let (issuance, minted) = self.ext.execute_with(|| {
            if let Err(error) = pallet_subtensor_staking::Pallet::<Runtime>::do_try_state() {
                fail(n, format!("the staking pallet's try_state fails: {error:?}"));
            }
            if let Err(error) = subtensor_invariants() {
                fail(n, format!("subtensor invariant: {error}"));
            }
            if let Err(error) = all_pallets_try_state(n) {
                fail(n, format!("try_state: {error}"));
            }
            let issuance = check_issuance().unwrap_or_else(|error| fail(n, error));
            let minted = pallet_subtensor::EmissionAccounting::<Runtime>::get().minted;
            let flows = flows();
            stats.epochs += flows.epochs;
            stats.root_epochs += flows.root_epochs;
            // Every rao minted is emission the subtensor pallet booked.
            let minted_now = flows.minted + flows.issued;
            if minted < minted_before || minted_now != minted - minted_before {
                let booked = minted.wrapping_sub(minted_before);
                fail(
                    n,
                    format!("balances minted {minted_now}, subtensor booked {booked} of emission"),
                );
            }
            let expected = issuance_before + minted_now - flows.burned - flows.rescinded;
            if issuance != expected {
                fail(
                    n,
                    format!(
                        "total issuance went from {issuance_before} to {issuance}, \
                         balances' events say {expected} ({flows:?})"
                    ),
                );
            }
            if let Err(error) = query_runtime_apis(keys) {
                fail(n, format!("runtime API: {error}"));
            }
            (issuance, minted)
        });
        self.issuance = issuance;
        self.minted = minted;
    }
}

/// Fails the sequence at block `n`.
fn fail(n: BlockNumber, what: String) -> ! {
    panic!("block {n}: {what}")
}

/// Runs one sequence of `blocks` blocks from `seed`.
fn run_sequence(
    storage: &Storage,
    keys: &Keys,
    seed: u64,
    blocks: u64,
    stats: &mut Stats,
    log: &mut Vec<String>,
) {
    let mut rng = Rng(seed);
    let mut chain = Chain::new(storage);
    let setup = Action {
        signer: keys.sudo,
        call: sudo(RuntimeCall::Utility(pallet_utility::Call::force_batch {
            calls: setup_calls(&mut rng),
        })),
        kind: "sudo",
        what: "sudo sudo(setup: network, staking and root parameters, genesis subnets tuned)"
            .into(),
        guard: None,
    };
    chain.block(keys, vec![setup], stats, log);
    for _ in 1..blocks {
        let n = chain.number + 1;
        let parent_hash = chain.parent_hash;
        let Chain { ext, commits, works, .. } = &mut chain;
        let actions = ext.execute_with(|| {
            Generator {
                rng: &mut rng,
                keys,
                n,
                parent_hash,
                commits,
                works,
                owners: Vec::new(),
                forced_cold: None,
            }
            .block_actions()
        });
        chain.block(keys, actions, stats, log);
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "a panic without a message".into())
}

#[test]
fn random_sequences() {
    let sequences = env_u64("FINNEY_FUZZ_SEQUENCES").unwrap_or(DEFAULT_SEQUENCES);
    let blocks = env_u64("FINNEY_FUZZ_BLOCKS").unwrap_or(DEFAULT_BLOCKS).max(1);
    let first_seed = env_u64("FINNEY_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let deadline = env_u64("FINNEY_FUZZ_SECONDS").map(Duration::from_secs);
    let keep_going = env_u64("FINNEY_FUZZ_KEEP_GOING").unwrap_or(0) != 0;
    let print_log = env_u64("FINNEY_FUZZ_LOG").unwrap_or(0) != 0;

    // The pallets whose `on_finalize` the blocks run are all but `ParachainSystem`.
    let names = |infos: Vec<frame_support::traits::PalletInfoData>| {
        infos.into_iter().map(|info| info.name).collect::<Vec<_>>()
    };
    let mut all = names(AllPalletsWithSystem::infos());
    all.retain(|name| *name != "ParachainSystem");
    assert_eq!(
        all,
        names(FinalizedPallets::infos()),
        "the runtime's pallets changed: update FinalizedPallets in runtime/tests/random_sequences.rs"
    );

    let keys = Keys::new();
    let storage = genesis_storage(&keys);
    let started = Instant::now();
    let mut stats = Stats::default();
    let mut failures = Vec::new();
    for i in 0..sequences {
        if deadline.is_some_and(|deadline| started.elapsed() >= deadline) {
            break;
        }
        let seed = first_seed.wrapping_add(i);
        let mut log = Vec::new();
        let mut sequence_stats = Stats::default();
        let result = catch_unwind(AssertUnwindSafe(|| {
            run_sequence(&storage, &keys, seed, blocks, &mut sequence_stats, &mut log)
        }));
        sequence_stats.sequences = 1;
        sequence_stats.failed_sequences = u64::from(result.is_err());
        stats.merge(sequence_stats);
        if print_log {
            println!("sequence {i} (seed {seed:#x}):\n{}", log.join("\n"));
        }
        if let Err(payload) = result {
            let message = panic_message(&*payload);
            let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("random_sequences-{seed:#x}.log"));
            let written = std::fs::write(&path, log.join("\n") + "\n").is_ok();
            let tail = log.iter().rev().take(40).rev().cloned().collect::<Vec<_>>().join("\n");
            eprintln!(
                "random_sequences: sequence {i} (seed {seed:#x}) failed: {message}\n\
                 replay it: FINNEY_FUZZ_SEED={seed:#x} FINNEY_FUZZ_SEQUENCES=1 FINNEY_FUZZ_BLOCKS={blocks} \
                 cargo test -p finney-runtime --locked --test random_sequences -- --nocapture\n\
                 its actions: {}\nthe last ones:\n{tail}",
                if written { path.display().to_string() } else { "(log not written)".into() },
            );
            failures.push(format!("seed {seed:#x}: {message}"));
            if !keep_going {
                break;
            }
        }
    }
    // (On a line of its own: libtest has printed "test random_sequences ... " before.)
    println!("\n{}", stats.report(first_seed, started.elapsed()));
    assert!(failures.is_empty(), "{} sequence(s) failed:\n{}", failures.len(), failures.join("\n"));
}
