//! The `finney` binary against a running `finney-node --dev` (scripts/test.sh runs it in its
//! e2e phase), driven as an operator would: a wallet and hotkeys in a temporary wallet
//! directory, TAO from a regenerated `//Alice`, a subnet, a hotkey registered by burn and one by
//! proof of work, stake added and removed, a delegate, weights, the metagraph as JSON; and the
//! failure paths, each a named chain error (or a named local one) and a non-zero exit code.
//!
//! A second walkthrough governs: two staked root validators become the senate at a root epoch
//! (and set root weights), the triumvirate (`//Alice` on dev chains) puts a network parameter
//! before them, they vote and close, and the parameter changes after the motion delay; a
//! referendum is submitted and voted with stake. The two tests share the dev accounts, so they
//! run one after the other.
//!
//! ```text
//! FINNEY_WS=ws://127.0.0.1:9944 cargo test -p finney-cli --test dev_node -- --ignored
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
    sync::{Mutex, MutexGuard, PoisonError},
    time::{Duration, Instant},
};

use finney_neuron_chain::Chain;
use finney_neuron_protocol::hotkey_of;
use serde_json::Value as Json;
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

const PASSWORD: &str = "correct horse battery staple";

/// 1 TAO in rao.
const TAO: u128 = 1_000_000_000;

/// Held by each test for its whole run: both sign with `//Alice` (sudo, transfers, the
/// triumvirate), and two transactions of one account at once would race for its nonce.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

fn url() -> String {
    std::env::var("FINNEY_WS").unwrap_or_else(|_| "ws://127.0.0.1:9944".into())
}

/// A temporary wallet directory and the environment of every `finney` call.
struct Operator {
    dir: PathBuf,
}

impl Operator {
    fn new() -> Self {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir =
            std::env::temp_dir().join(format!("finney-cli-e2e-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Operator { dir }
    }

    fn command(&self, args: &[&str], password: &str) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_finney"));
        command
            .args(args)
            .env("FINNEY_WALLET_PATH", self.dir.join("wallets"))
            .env("FINNEY_CONFIG", self.dir.join("config.toml"))
            .env("FINNEY_NETWORK", url())
            .env("FINNEY_PASSWORD", password)
            .env_remove("FINNEY_WALLET")
            .env_remove("FINNEY_HOTKEY");
        command
    }

    /// Runs `finney args`, with `stdin` as its input.
    fn run_with(&self, args: &[&str], password: &str, stdin: &str) -> Output {
        let mut child = self
            .command(args, password)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the finney binary runs");
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, PASSWORD, "")
    }

    /// `finney args`, which must succeed; its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "finney {args:?} failed:\n{stdout}\n{stderr}");
        stdout
    }

    /// `finney args --json`, which must succeed; its JSON.
    fn json(&self, args: &[&str]) -> Json {
        let mut all = args.to_vec();
        all.push("--json");
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("finney {args:?}: {e}: {stdout}"))
    }

    /// `finney args` with `password`, which must fail with `code`; its stderr.
    fn fails(&self, args: &[&str], password: &str, code: i32) -> String {
        let out = self.run_with(args, password, "");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "finney {args:?}: {stderr}");
        stderr
    }
}

impl Drop for Operator {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn events(json: &Json) -> Vec<String> {
    json["events"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_owned()).collect()
}

fn has_event(json: &Json, name: &str) -> bool {
    events(json).iter().any(|e| e == name)
}

fn address(json: &Json) -> String {
    json["ss58Address"].as_str().unwrap().to_owned()
}

/// A new connection: a long-lived client's view of the finalized chain may lag behind the
/// blocks the `finney` processes just waited for, and it would sign with an outdated nonce.
async fn chain() -> Chain {
    Chain::connect(&url()).await.expect("a dev node at FINNEY_WS")
}

async fn sudo_hyperparameter(netuid: u16, name: &str, value: u128) {
    let chain = chain().await;
    let parameter = Value::unnamed_variant(name, [Value::u128(value)]);
    chain
        .sudo(
            &dev::alice(),
            "SubtensorModule",
            "set_hyperparameter",
            vec![Value::u128(netuid.into()), parameter],
        )
        .await
        .unwrap();
}

/// `finney subnets set`: the `ops` wallet sets `param` to `value` on subnet `netuid`.
fn subnet_set<'a>(netuid: &'a str, param: &'a str, value: &'a str) -> [&'a str; 11] {
    [
        "subnets", "set", "--wallet", "ops", "--netuid", netuid, "--param", param, "--value",
        value, "--yes",
    ]
}

/// `finney weights verb` from the `ops` wallet's `miner` hotkey on subnet `netuid`: a weight of
/// 1 on `uids` (comma separated).
fn miner_weights<'a>(verb: &'a str, netuid: &'a str, uids: &'a str) -> Vec<&'a str> {
    vec![
        "weights",
        verb,
        "--wallet",
        "ops",
        "--hotkey",
        "miner",
        "--netuid",
        netuid,
        "--uids",
        uids,
        "--weights",
        "1",
    ]
}

fn path_of(json: &Json) -> PathBuf {
    Path::new(json["path"].as_str().unwrap()).to_owned()
}

// The guard only keeps the two tests of this file apart; each runs on a runtime of its own.
#[allow(clippy::await_holding_lock)]
#[tokio::test]
#[ignore = "needs a running finney-node --dev (FINNEY_WS); scripts/test.sh runs it"]
async fn an_operator_runs_a_subnet_with_the_cli_on_a_dev_node() {
    let _serial = serial();
    let op = Operator::new();

    // A wallet: an encrypted coldkey from a new 12-word mnemonic, shown once.
    let cold = op.json(&["wallet", "new-coldkey", "--wallet", "ops"]);
    let coldkey = address(&cold);
    let mnemonic = cold["mnemonic"].as_str().unwrap().to_owned();
    assert_eq!(mnemonic.split_whitespace().count(), 12);
    let file = std::fs::read_to_string(path_of(&cold)).unwrap();
    assert!(!file.contains(mnemonic.split_whitespace().next().unwrap()), "encrypted at rest");
    // The mnemonic regenerates the same address; an existing key is not overwritten.
    let copy = op.json(&["wallet", "regen-coldkey", "--wallet", "copy", "--mnemonic", &mnemonic]);
    assert_eq!(address(&copy), coldkey);
    assert!(copy.get("mnemonic").is_none(), "a regenerated key prints no mnemonic");
    let again = op.fails(&["wallet", "new-coldkey", "--wallet", "ops"], PASSWORD, 1);
    assert!(again.contains("already exists") && again.contains("--overwrite"), "{again}");
    // Two hotkeys.
    let miner =
        address(&op.json(&["wallet", "new-hotkey", "--wallet", "ops", "--hotkey", "miner"]));
    let pow = address(&op.json(&["wallet", "new-hotkey", "--wallet", "ops", "--hotkey", "pow"]));
    let listed = op.json(&["wallet", "list"]);
    let ops = listed["wallets"].as_array().unwrap().iter().find(|w| w["name"] == "ops").unwrap();
    assert_eq!(ops["coldkey"], coldkey.as_str());
    assert_eq!(ops["hotkeys"].as_array().unwrap().len(), 2);

    // TAO from //Alice, through the CLI: a regenerated dev key sends it.
    op.json(&["wallet", "regen-coldkey", "--wallet", "alice", "--uri", "//Alice"]);
    let sent = op
        .json(&["transfer", "--wallet", "alice", "--dest", &coldkey, "--amount", "500.5", "--yes"]);
    assert!(has_event(&sent, "Balances.Transfer"), "{sent}");
    assert!(sent["block_hash"].as_str().unwrap().starts_with("0x"));
    for hotkey in [&miner, &pow] {
        // Hotkeys sign weights and proof-of-work registrations: they pay fees.
        op.json(&["transfer", "--wallet", "alice", "--dest", hotkey, "--amount", "1", "--yes"]);
    }
    let balance = op.json(&["balance", "--wallet", "ops"]);
    assert_eq!(balance["free"].as_u64().unwrap(), 500_500_000_000, "{balance}");
    assert_eq!(balance["staked"].as_u64().unwrap(), 0);

    // A subnet of our own (on a dev chain, whatever other tests did: cheap and unlimited).
    chain().await.open_subnet_creation(&dev::alice()).await.unwrap();
    let created = op.json(&["subnets", "create", "--wallet", "ops", "--yes"]);
    assert!(has_event(&created, "SubtensorModule.NetworkAdded"), "{created}");
    let netuid = u16::try_from(created["netuid"].as_u64().unwrap()).unwrap();
    let n = netuid.to_string();
    let subnets = op.json(&["subnets", "list"]);
    let ours = subnets.as_array().unwrap().iter().find(|s| s["netuid"] == netuid).unwrap();
    assert_eq!(ours["owner"], coldkey.as_str());
    // The owner opens proof-of-work registration and lowers its floor; governance (sudo)
    // makes the difficulty low and lets weights be set every block.
    let set = op.json(&subnet_set(&n, "PowRegistrationAllowed", "true"));
    assert!(has_event(&set, "SubtensorModule.HyperparameterSet"), "{set}");
    op.json(&subnet_set(&n, "MinDifficulty", "1"));
    sudo_hyperparameter(netuid, "Difficulty", 1_000).await;
    sudo_hyperparameter(netuid, "WeightsRateLimit", 0).await;
    sudo_hyperparameter(netuid, "MaxRegistrationsPerBlock", 8).await;
    sudo_hyperparameter(netuid, "TargetRegistrationsPerInterval", 8).await;
    let params = op.json(&["subnets", "hyperparameters", "--netuid", &n]);
    assert_eq!(params["pow_registration_allowed"], true, "{params}");
    assert_eq!(params["weights_rate_limit"], 0);
    assert_eq!(params["modality"], "Text");
    // A governance-level hyperparameter is refused to the owner, by name.
    let refused = op.fails(&subnet_set(&n, "Tempo", "5"), PASSWORD, 1);
    assert!(refused.contains("SubtensorModule.set_hyperparameter failed"), "{refused}");

    // The miner's hotkey registers by burn, signed by the coldkey.
    let registered =
        op.json(&["register", "--wallet", "ops", "--hotkey", "miner", "--netuid", &n, "--yes"]);
    assert!(has_event(&registered, "SubtensorModule.NeuronRegistered"), "{registered}");
    let miner_uid = registered["uid"].as_u64().unwrap();
    // Twice is refused by the chain, by name, with its documentation.
    let twice = op.fails(
        &["register", "--wallet", "ops", "--hotkey", "miner", "--netuid", &n, "--yes"],
        PASSWORD,
        1,
    );
    assert!(twice.contains("SubtensorModule::HotKeyAlreadyRegisteredInSubNet"), "{twice}");
    assert!(twice.contains("error: SubtensorModule.burned_register failed"), "{twice}");

    // The other by proof of work on two threads, signed by the hotkey (no password needed).
    let solved = op.json(&[
        "register",
        "--wallet",
        "ops",
        "--hotkey",
        "pow",
        "--netuid",
        &n,
        "--pow",
        "--threads",
        "2",
        "--yes",
    ]);
    assert!(has_event(&solved, "SubtensorModule.NeuronRegistered"), "{solved}");
    let pow_uid = solved["uid"].as_u64().unwrap();
    assert_ne!(pow_uid, miner_uid);

    // Stake: add 100 TAO, remove 10.5.
    let staked = op.json(&[
        "stake", "add", "--wallet", "ops", "--hotkey", "miner", "--amount", "100", "--yes",
    ]);
    assert!(has_event(&staked, "Staking.StakeAdded"), "{staked}");
    assert_eq!(staked["stake"].as_u64().unwrap(), 100 * 1_000_000_000);
    let unstaked = op.json(&[
        "stake", "remove", "--wallet", "ops", "--hotkey", "miner", "--amount", "10.5", "--yes",
    ]);
    assert!(has_event(&unstaked, "Staking.StakeRemoved"), "{unstaked}");
    assert_eq!(unstaked["stake"].as_u64().unwrap(), 89_500_000_000);
    let stakes = op.json(&["stake", "list", "--wallet", "ops"]);
    let entry = stakes["stakes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["hotkey"] == miner.as_str())
        .unwrap();
    assert_eq!(entry["name"], "miner");
    assert_eq!(entry["stake"].as_u64().unwrap(), 89_500_000_000);

    // The miner's hotkey becomes a delegate.
    let delegated =
        op.json(&["delegate", "become", "--wallet", "ops", "--hotkey", "miner", "--yes"]);
    assert!(has_event(&delegated, "Staking.DelegateAdded"), "{delegated}");
    let delegates = op.json(&["delegate", "list"]);
    let ours =
        delegates.as_array().unwrap().iter().find(|d| d["hotkey"] == miner.as_str()).unwrap();
    assert_eq!(ours["owner"], coldkey.as_str());

    // Weights: the miner's self-weight (no validator permit needed).
    let uid = miner_uid.to_string();
    let weights = op.json(&miner_weights("set", &n, &uid));
    assert!(has_event(&weights, "SubtensorModule.WeightsSet"), "{weights}");
    assert_eq!(weights["weights"], serde_json::json!([65535]));

    // Commit-reveal: the owner turns it on, governance shortens the tempo so the reveal window
    // comes soon; the commit's event gives the window and the CLI the salt to reveal with.
    op.json(&subnet_set(&n, "CommitRevealWeightsEnabled", "true"));
    sudo_hyperparameter(netuid, "Tempo", 4).await;
    let committed = op.json(&miner_weights("commit", &n, &uid));
    let commit = committed["event_fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "SubtensorModule.WeightsCommitted")
        .unwrap_or_else(|| panic!("no WeightsCommitted: {committed}"))["fields"]
        .clone();
    assert_eq!(commit["hash"], committed["hash"]);
    assert_eq!(commit["hotkey"], miner.as_str(), "accounts shown as addresses");
    let salt: Vec<String> = committed["salt"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap().to_string())
        .collect();
    let salt = salt.join(",");
    chain().await.wait_for_block(commit["first_reveal_block"].as_u64().unwrap()).await.unwrap();
    let mut reveal = miner_weights("reveal", &n, &uid);
    reveal.extend(["--salt", &salt]);
    let revealed = op.json(&reveal);
    assert!(has_event(&revealed, "SubtensorModule.WeightsRevealed"), "{revealed}");

    // The metagraph shows both neurons, their coldkey and the stake.
    let graph = op.json(&["metagraph", "--netuid", &n, "--sort", "stake"]);
    let neurons = graph["neurons"].as_array().unwrap();
    let find = |hotkey: &str| neurons.iter().find(|x| x["hotkey"] == hotkey).unwrap().clone();
    let m = find(&miner);
    assert_eq!(m["uid"].as_u64().unwrap(), miner_uid);
    assert_eq!(m["coldkey"], coldkey.as_str());
    assert!(m["stake"].as_u64().unwrap() >= 89_500_000_000, "{m}");
    assert!(m["last_update"].as_u64().unwrap() > 0);
    let p = find(&pow);
    assert_eq!(p["uid"].as_u64().unwrap(), pow_uid);
    assert_eq!(p["coldkey"], coldkey.as_str());
    // Sorted by stake, largest first: the staked miner before the proof-of-work neuron.
    let position = |hotkey: &str| neurons.iter().position(|x| x["hotkey"] == hotkey).unwrap();
    assert!(position(&miner) < position(&pow));
    let table = op.ok(&["metagraph", "--netuid", &n]);
    assert!(table.contains("incentive") && table.contains("vpermit"), "{table}");
    let overview = op.json(&["wallet", "overview", "--wallet", "ops"]);
    assert_eq!(overview["registrations"].as_array().unwrap().len(), 2, "{overview}");

    // Failure paths: each names what went wrong and exits non-zero.
    // More than the balance: the chain's token error, by name.
    let too_much = op.fails(
        &["transfer", "--wallet", "ops", "--dest", &miner, "--amount", "1000000", "--yes"],
        PASSWORD,
        1,
    );
    assert!(
        too_much.contains("Balances.transfer_keep_alive failed: Token::FundsUnavailable"),
        "{too_much}"
    );
    // Stake on a hotkey no one registered: the staking pallet's error.
    let stranger = hotkey_of(&dev::ferdie()).to_string();
    let not_ours = op.fails(
        &["stake", "add", "--wallet", "ops", "--hotkey-ss58", &stranger, "--amount", "1", "--yes"],
        PASSWORD,
        1,
    );
    assert!(not_ours.contains("Staking::"), "{not_ours}");
    // A wrong password: refused before anything is sent.
    let wrong = op.fails(
        &["transfer", "--wallet", "ops", "--dest", &miner, "--amount", "1", "--yes"],
        "not the password",
        1,
    );
    assert!(wrong.contains("wrong password for coldkey"), "{wrong}");
    // Declining the confirmation sends nothing.
    let before = op.json(&["balance", "--wallet", "ops"])["free"].as_u64().unwrap();
    let declined = op.run_with(
        &["transfer", "--wallet", "ops", "--dest", &miner, "--amount", "1"],
        PASSWORD,
        "n\n",
    );
    assert_eq!(declined.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&declined.stderr).contains("not confirmed"));
    assert_eq!(op.json(&["balance", "--wallet", "ops"])["free"].as_u64().unwrap(), before);
    // Weights of another length than the uids, and bad amounts: usage errors (exit code 2).
    let mismatched = op.fails(&miner_weights("set", &n, "0,1"), PASSWORD, 2);
    assert!(mismatched.contains("one weight per uid"), "{mismatched}");
    for bad in ["1.0000000001", "-1", "ten"] {
        let err = op.fails(&["transfer", "--dest", &miner, "--amount", bad], PASSWORD, 2);
        assert!(err.contains("invalid amount"), "{err}");
    }
    // A subnet that does not exist.
    let missing = op.fails(&["metagraph", "--netuid", "65000"], PASSWORD, 1);
    assert!(missing.contains("subnet 65000 does not exist"), "{missing}");
    // A node that is not there.
    let offline =
        op.fails(&["balance", "--wallet", "ops", "--network", "ws://127.0.0.1:9"], PASSWORD, 1);
    assert!(offline.contains("cannot reach the node"), "{offline}");
}

fn account(address: &str) -> [u8; 32] {
    address.parse::<finney_neuron_protocol::Hotkey>().unwrap().0
}

/// Root calls through sudo in one `Utility.batch_all`, each named as `finney gov propose`
/// names calls and checked against the node's metadata.
async fn sudo_batch(calls: Vec<(&str, &str, Value)>) {
    let chain = chain().await;
    let mut built = Vec::new();
    for (pallet, call, args) in calls {
        built.push(chain.runtime_call(pallet, call, args).await.unwrap().value);
    }
    chain
        .sudo(&dev::alice(), "Utility", "batch_all", vec![Value::unnamed_composite(built)])
        .await
        .unwrap();
}

/// A plain storage value that is an integer.
async fn storage_number(pallet: &str, entry: &str) -> u128 {
    let chain = chain().await;
    let at = chain.api().at_current_block().await.unwrap();
    let address = subxt::dynamic::storage::<(), u128>(pallet, entry);
    at.storage().fetch(address, ()).await.unwrap().decode().unwrap()
}

/// `{"parameter": {name: value}}`, a `NetworkParameter` or `Hyperparameter` argument.
fn parameter(name: &str, value: u128) -> (&'static str, Value) {
    ("parameter", Value::named_composite([(name, Value::u128(value))]))
}

fn find<'a>(list: &'a Json, key: &str, value: u64) -> Option<&'a Json> {
    list.as_array().unwrap().iter().find(|x| x[key].as_u64() == Some(value))
}

// The guard only keeps the two tests of this file apart; each runs on a runtime of its own.
#[allow(clippy::await_holding_lock)]
#[tokio::test]
#[ignore = "needs a running finney-node --dev (FINNEY_WS); scripts/test.sh runs it"]
async fn the_senate_and_referenda_with_the_cli_on_a_dev_node() {
    let _serial = serial();
    let started = Instant::now();
    let op = Operator::new();
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();

    // The triumvirate of the dev chain is //Alice; two fresh senators-to-be, each with a hotkey.
    let alice =
        address(&op.json(&["wallet", "regen-coldkey", "--wallet", "alice", "--uri", "//Alice"]));
    let before = op.json(&["gov", "list"]);
    assert!(
        before["triumvirate"].as_array().unwrap().iter().any(|a| a == alice.as_str()),
        "{before}"
    );
    let senators: Vec<(&str, String, String)> = ["senator1", "senator2"]
        .into_iter()
        .map(|name| {
            let cold = address(&op.json(&["wallet", "new-coldkey", "--wallet", name]));
            let hot =
                address(&op.json(&["wallet", "new-hotkey", "--wallet", name, "--hotkey", "root"]));
            (name, cold, hot)
        })
        .collect();

    // Their stake outweighs every root validator's (earlier tests may have staked some).
    let root = op.json(&["metagraph", "--netuid", "0"]);
    let largest = root["neurons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| u128::from(n["stake"].as_u64().unwrap()))
        .max()
        .unwrap_or(0);
    let minimum = storage_number("SubtensorModule", "RootRegistrationMinStake").await;
    let base = largest.max(minimum) + 1_000 * TAO;
    let stakes = [base + 2_000 * TAO, base + 1_000 * TAO];
    // Sudo funds them (and their hotkeys, which pay for root weights), seats two senators,
    // runs a root epoch every 4 blocks, and makes subnets cheap to create. Beyond its stake a
    // senator pays a subnet's lock, a registration's burn, fees, and a referendum's deposits
    // (1 TAO to submit, 100 TAO to decide on the protocol-parameters track).
    let mut calls = Vec::new();
    for ((_, cold, hot), stake) in senators.iter().zip(stakes) {
        for (who, free) in [(cold, stake + 1_000 * TAO), (hot, TAO)] {
            let args = Value::named_composite([
                ("who", Value::from_bytes(account(who))),
                ("new_free", Value::u128(free)),
            ]);
            calls.push(("Balances", "force_set_balance", args));
        }
    }
    calls.push((
        "Governance",
        "set_senate_size",
        Value::named_composite([("size", Value::u128(2))]),
    ));
    for (name, value) in
        [("NetworkRateLimit", 0), ("NetworkMinLockCost", TAO), ("NetworkLockReductionInterval", 1)]
    {
        calls.push((
            "SubtensorModule",
            "set_network_parameter",
            Value::named_composite([parameter(name, value)]),
        ));
    }
    for (name, value) in [
        ("Tempo", 3),
        ("WeightsRateLimit", 0),
        ("MaxRegistrationsPerBlock", 8),
        ("TargetRegistrationsPerInterval", 8),
    ] {
        let args = Value::named_composite([("netuid", Value::u128(0)), parameter(name, value)]);
        calls.push(("SubtensorModule", "set_hyperparameter", args));
    }
    sudo_batch(calls).await;
    // The subnet lock decays per block since the last registration: let two blocks pass.
    let chain_now = chain().await;
    let now = chain_now.finalized_number().await.unwrap();
    chain_now.wait_for_block(now + 2).await.unwrap();
    let created = op.json(&["subnets", "create", "--wallet", "senator1", "--yes"]);
    let netuid = created["netuid"].as_u64().unwrap();
    let n = netuid.to_string();
    sudo_batch(
        ["MaxRegistrationsPerBlock", "TargetRegistrationsPerInterval"]
            .into_iter()
            .map(|name| {
                let args = Value::named_composite([
                    ("netuid", Value::u128(netuid.into())),
                    parameter(name, 8),
                ]);
                ("SubtensorModule", "set_hyperparameter", args)
            })
            .collect(),
    )
    .await;

    // Each registers its hotkey on the subnet, stakes and joins the root network (the two at
    // once: they sign with their own keys).
    std::thread::scope(|scope| {
        for ((name, _, _), stake) in senators.iter().zip(stakes) {
            let (op, n) = (&op, &n);
            scope.spawn(move || {
                let amount = format!("{}.{:09}", stake / TAO, stake % TAO);
                let w = ["--wallet", name, "--hotkey", "root", "--yes"];
                let registered = op.json(&[&["register", "--netuid", n][..], &w].concat());
                assert!(has_event(&registered, "SubtensorModule.NeuronRegistered"), "{registered}");
                let staked = op.json(&[&["stake", "add", "--amount", &amount][..], &w].concat());
                assert!(has_event(&staked, "Staking.StakeAdded"), "{staked}");
                let joined = op.json(&[&["root", "register"][..], &w].concat());
                assert!(has_event(&joined, "SubtensorModule.NeuronRegistered"), "{joined}");
                assert_eq!(joined["netuid"], 0);
            });
        }
    });

    // A root validator weights the subnets: the success path of `finney root weights`.
    let weighted = op.json(&[
        "root",
        "weights",
        "--wallet",
        "senator1",
        "--hotkey",
        "root",
        "--netuids",
        &n,
        "--weights",
        "1",
        "--yes",
    ]);
    assert!(has_event(&weighted, "SubtensorModule.WeightsSet"), "{weighted}");
    assert_eq!(weighted["weights"], serde_json::json!([65535]));

    // At the next root epoch the senate is their coldkeys.
    let mut expected: Vec<&str> = senators.iter().map(|(_, cold, _)| cold.as_str()).collect();
    expected.sort();
    let seated = Instant::now();
    let state = loop {
        let state = op.json(&["gov", "list"]);
        let mut senate: Vec<&str> =
            state["senate"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        senate.sort();
        if senate == expected {
            break state;
        }
        assert!(seated.elapsed() < Duration::from_secs(60), "no senate after 60 s: {state}");
        tokio::time::sleep(Duration::from_secs(1)).await;
    };
    assert_eq!(state["senate_size"], 2);
    let mut council: Vec<&str> =
        state["council_members"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    council.sort();
    assert_eq!(council, expected, "the collective's members are the senators");

    // The triumvirate puts a network parameter before the senate.
    let cost = 1_000_000 + u64::try_from(nanos % 1_000_000).unwrap();
    let args = format!(r#"{{"parameter": {{"KeySwapCost": {cost}}}}}"#);
    let call = ["--call", "SubtensorModule.set_network_parameter", "--args", &args, "--yes"];
    let proposed = op.json(&[&["gov", "propose", "--wallet", "alice"][..], &call].concat());
    assert!(has_event(&proposed, "Council.Proposed"), "{proposed}");
    assert!(has_event(&proposed, "Governance.MotionProposed"), "{proposed}");
    assert_eq!(proposed["threshold"], 2, "a majority of two");
    let index = proposed["motion"].as_u64().unwrap();
    let m = index.to_string();
    let listed = op.json(&["gov", "list"]);
    let motion = find(&listed["motions"], "index", index).unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(motion["hash"], proposed["hash"]);
    assert_eq!(
        motion["call"],
        format!(
            r#"SubtensorModule.set_network_parameter {{"parameter":{{"KeySwapCost":{cost}}}}}"#
        )
    );
    assert_eq!(motion["call_data"], proposed["call_data"]);
    assert_eq!(motion["threshold"], 2);
    assert_eq!(motion["ayes"].as_array().unwrap().len(), 0);
    let table = op.ok(&["gov", "list"]);
    assert!(table.contains("open motions") && table.contains("KeySwapCost"), "{table}");

    // Only the triumvirate proposes: the chain's error, by name, exit code 1.
    let refused =
        op.fails(&[&["gov", "propose", "--wallet", "senator1"][..], &call].concat(), PASSWORD, 1);
    assert!(refused.contains("Governance::NotTriumvirate"), "{refused}");
    assert!(refused.contains("Only a member of the triumvirate may propose"), "{refused}");
    // A call the runtime does not have, or arguments that do not fit it: exit code 2.
    let bad = r#"{"parameter": {"NoSuchParameter": 1}}"#;
    let unknown = op.fails(
        &[
            "gov",
            "propose",
            "--wallet",
            "alice",
            "--call",
            "SubtensorModule.set_network_parameter",
            "--args",
            bad,
            "--yes",
        ],
        PASSWORD,
        2,
    );
    assert!(
        unknown.contains("expected one of") && unknown.contains("NoSuchParameter"),
        "{unknown}"
    );
    let nowhere = op.fails(
        &["gov", "propose", "--wallet", "alice", "--call", "Nope.nothing", "--yes"],
        PASSWORD,
        2,
    );
    assert!(nowhere.contains("no pallet \"Nope\""), "{nowhere}");
    let missing = op.fails(
        &["gov", "vote", "--wallet", "senator1", "--motion", "999999", "--aye", "--yes"],
        PASSWORD,
        1,
    );
    assert!(missing.contains("no open motion #999999"), "{missing}");

    // The senators approve; one closes (stderr is no terminal here: notes, no spinner).
    for (ayes, (name, _, _)) in senators.iter().enumerate() {
        let voted = op.json(&["gov", "vote", "--wallet", name, "--motion", &m, "--aye", "--yes"]);
        assert!(has_event(&voted, "Council.Voted"), "{voted}");
        assert_eq!(voted["ayes"].as_u64().unwrap(), u64::try_from(ayes).unwrap() + 1, "{voted}");
    }
    let close =
        op.run(&["gov", "close", "--wallet", "senator2", "--motion", &m, "--yes", "--json"]);
    let stderr = String::from_utf8_lossy(&close.stderr).into_owned();
    assert!(close.status.success(), "{stderr}");
    assert!(
        stderr.contains("submitting, waiting for finalization ...") && !stderr.contains('\r'),
        "{stderr}"
    );
    let closed: Json = serde_json::from_slice(&close.stdout).unwrap();
    assert!(has_event(&closed, "Council.Approved"), "{closed}");
    assert!(has_event(&closed, "Governance.MotionScheduled"), "{closed}");
    assert_eq!(closed["approved"], true);
    let id = closed["scheduled"]["id"].as_u64().unwrap();
    let when = closed["scheduled"]["when"].as_u64().unwrap();

    // Scheduled, not yet run: the parameter changes at block `when`, as root.
    let listed = op.json(&["gov", "list"]);
    assert!(find(&listed["motions"], "index", index).is_none(), "closed: {listed}");
    let waiting = find(&listed["scheduled"], "id", id).unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(waiting["when"].as_u64().unwrap(), when);
    assert_eq!(waiting["call"], motion["call"]);
    chain().await.wait_for_block(when).await.unwrap();
    assert_eq!(storage_number("SubtensorModule", "KeySwapCost").await, u128::from(cost));
    let listed = op.json(&["gov", "list"]);
    assert!(find(&listed["scheduled"], "id", id).is_none(), "it ran: {listed}");

    // A referendum on the protocol-parameters track, its decision deposit placed, voted with
    // stake: 1 TAO at 2x conviction counts 2 TAO aye and 1 TAO of support.
    let remark = format!(r#"{{"remark": "finney-cli e2e {nanos}"}}"#);
    let submitted = op.json(&[
        "gov",
        "propose",
        "--wallet",
        "senator1",
        "--referendum",
        "--track",
        "protocol_parameters",
        "--call",
        "System.remark",
        "--args",
        &remark,
        "--yes",
    ]);
    for event in ["Preimage.Noted", "Referenda.Submitted", "Referenda.DecisionDepositPlaced"] {
        assert!(has_event(&submitted, event), "{event}: {submitted}");
    }
    let referendum = submitted["referendum"].as_u64().unwrap();
    let r = referendum.to_string();
    let voted = op.json(&[
        "gov",
        "vote",
        "--wallet",
        "senator2",
        "--referendum",
        &r,
        "--aye",
        "--amount",
        "1",
        "--conviction",
        "2x",
        "--yes",
    ]);
    assert!(has_event(&voted, "ConvictionVoting.Voted"), "{voted}");
    assert_eq!(voted["conviction"], "Locked2x");
    let listed = op.json(&["gov", "list"]);
    let ours =
        find(&listed["referenda"], "index", referendum).unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(ours["track_name"], "protocol_parameters");
    assert_eq!(ours["proposal_hash"], submitted["proposal_hash"]);
    assert!(ours["decision_deposit"].as_bool().unwrap());
    assert!(["preparing", "deciding"].contains(&ours["status"].as_str().unwrap()), "{ours}");
    let expected =
        serde_json::json!({ "ayes": 2_000_000_000u64, "nays": 0, "support": 1_000_000_000u64 });
    assert_eq!(ours["tally"], expected, "{ours}");
    assert_eq!(voted["tally"], expected);
    assert!(ours["call"].as_str().unwrap().starts_with("System.remark"), "{ours}");
    eprintln!("the governance walkthrough took {:.0} s", started.elapsed().as_secs_f64());
}
