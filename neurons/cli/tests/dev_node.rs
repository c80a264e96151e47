//! The `finney` binary against a running `finney-node --dev` (scripts/test.sh runs it in its
//! e2e phase), driven as an operator would: a wallet and hotkeys in a temporary wallet
//! directory, TAO from a regenerated `//Alice`, a subnet, a hotkey registered by burn and one by
//! proof of work, stake added and removed, a delegate, weights, the metagraph as JSON; and the
//! failure paths, each a named chain error (or a named local one) and a non-zero exit code.
//!
//! ```text
//! FINNEY_WS=ws://127.0.0.1:9944 cargo test -p finney-cli --test dev_node -- --ignored
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

use finney_neuron_chain::Chain;
use finney_neuron_protocol::hotkey_of;
use serde_json::Value as Json;
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

const PASSWORD: &str = "correct horse battery staple";

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

#[tokio::test]
#[ignore = "needs a running finney-node --dev (FINNEY_WS); scripts/test.sh runs it"]
async fn an_operator_runs_a_subnet_with_the_cli_on_a_dev_node() {
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
