//! The commands that talk to the chain.

use std::{cmp::Ordering, future::Future, io::IsTerminal, time::Duration};

use clap::Subcommand;
use finney_neuron_chain::{
    commit_hash, weights_to_u16, Chain, ChainError, Included, Keypair, Neuron,
};
use finney_neuron_protocol::{hotkey_of, Hotkey};
use ring::rand::{SecureRandom, SystemRandom};
use serde_json::{json, Value as Json};
use subxt::dynamic::Value;

use crate::{
    amount::{format_tao, format_tao_plain, parse_tao},
    config::Config,
    pow, ui, value,
    wallet::Wallet,
    wallet_cmd::{open, unlock_coldkey},
    Failure, Global, Outcome,
};

/// `finney subnets ...`.
#[derive(Debug, Subcommand)]
pub enum SubnetsCommand {
    /// Every subnet: owner, neurons, tempo, registration burn and difficulty, emission.
    List,
    /// Create a subnet owned by the wallet's coldkey (the network lock is held on it).
    Create,
    /// Every hyperparameter of a subnet.
    Hyperparameters {
        /// The subnet.
        #[arg(long)]
        netuid: u16,
    },
    /// Change a hyperparameter of a subnet the wallet's coldkey owns (owner-level ones only;
    /// the others are governance's).
    Set {
        /// The subnet.
        #[arg(long)]
        netuid: u16,
        /// The hyperparameter, as the runtime names it: Tempo, WeightsRateLimit, Burn,
        /// PowRegistrationAllowed, ...
        #[arg(long, value_name = "NAME")]
        param: String,
        /// Its value: an integer, true or false, or a variant name (e.g. Text).
        #[arg(long, value_parser = value::parse_parameter)]
        value: Value,
    },
}

/// `finney stake ...`.
#[derive(Debug, Subcommand)]
pub enum StakeCommand {
    /// Stake TAO from the coldkey's free balance to a hotkey it owns or to a delegate.
    Add {
        /// The amount, in TAO.
        #[arg(long, value_name = "TAO", value_parser = parse_tao, allow_hyphen_values = true)]
        amount: u128,
        /// The hotkey to stake to, by address (default: the wallet's hotkey).
        #[arg(long, value_name = "ADDRESS", alias = "hotkey-ss58-address")]
        hotkey_ss58: Option<String>,
    },
    /// Unstake TAO from a hotkey back to the coldkey's free balance.
    Remove {
        /// The amount, in TAO.
        #[arg(long, value_name = "TAO", value_parser = parse_tao, required_unless_present = "all", allow_hyphen_values = true)]
        amount: Option<u128>,
        /// Unstake everything the coldkey has on the hotkey.
        #[arg(long, conflicts_with = "amount")]
        all: bool,
        /// The hotkey to unstake from, by address (default: the wallet's hotkey).
        #[arg(long, value_name = "ADDRESS", alias = "hotkey-ss58-address")]
        hotkey_ss58: Option<String>,
    },
    /// The coldkey's stakes, rewards not yet settled included.
    List {
        /// A coldkey to look at instead of the wallet's.
        #[arg(long, value_name = "ADDRESS")]
        ss58: Option<String>,
    },
}

/// `finney delegate ...`.
#[derive(Debug, Subcommand)]
pub enum DelegateCommand {
    /// Open the wallet's hotkey to nominators, with the chain's default take.
    Become,
    /// Every delegate: owner, take, total stake, nominators.
    List,
    /// Change the take of the wallet's delegate hotkey (a fraction, e.g. 0.09 for 9 %).
    Take {
        /// The new take, between 0 and 1.
        #[arg(long)]
        take: f64,
    },
}

/// `finney root ...`.
#[derive(Debug, Subcommand)]
pub enum RootCommand {
    /// Register the wallet's hotkey on the root network (it needs the minimum root stake).
    Register,
    /// Weight the subnets from the wallet's root hotkey.
    Weights {
        /// The subnets, comma separated.
        #[arg(long, value_delimiter = ',', required = true)]
        netuids: Vec<u16>,
        /// Their weights, comma separated (scaled so the largest is 65535).
        #[arg(long, value_delimiter = ',', required = true)]
        weights: Vec<f64>,
    },
}

/// `finney weights ...`.
#[derive(Debug, Subcommand)]
pub enum WeightsCommand {
    /// Set the hotkey's weights on a subnet.
    Set(WeightsArgs),
    /// Commit the hash of weights on a subnet with commit-reveal; prints the salt to reveal
    /// with.
    Commit(WeightsArgs),
    /// Reveal weights committed before, with the same uids, weights, version and salt.
    Reveal {
        #[command(flatten)]
        weights: WeightsArgs,
        /// The salt `weights commit` printed, comma separated.
        #[arg(long, value_delimiter = ',', required = true)]
        salt: Vec<u16>,
    },
}

/// The weights of a `weights` command.
#[derive(Debug, clap::Args)]
pub struct WeightsArgs {
    /// The subnet.
    #[arg(long)]
    pub netuid: u16,
    /// The uids, comma separated.
    #[arg(long, value_delimiter = ',', required = true)]
    pub uids: Vec<u16>,
    /// Their weights, comma separated, any non-negative scale (the largest becomes 65535).
    #[arg(long, value_delimiter = ',', required = true)]
    pub weights: Vec<f64>,
    /// The weights version key the subnet expects.
    #[arg(long, default_value_t = 0)]
    pub version_key: u64,
}

/// A connection to the node of `--network` (or the config's).
pub(crate) async fn connect(global: &Global, config: &Config) -> Result<Chain, Failure> {
    let url = config.network(global.network.as_deref());
    Ok(Chain::connect(&url).await?)
}

/// The chain's error, readable: the failing call, the error's name and its documentation from
/// the node's metadata.
async fn explain(chain: &Chain, error: ChainError) -> Failure {
    let message = match &error {
        ChainError::Failed(message) => message,
        ChainError::Rpc(message) if message.contains("Inability to pay some fees") => {
            return format!(
                "{error} (the signing key needs free TAO for the transaction fee; a hotkey \
                 signs weights, axons and proof-of-work registrations)"
            )
            .into();
        }
        _ => return error.into(),
    };
    let what = message.split_once(": ").map(|(w, _)| w).unwrap_or("the call");
    if let Some((_, rest)) = message.split_once("Pallet error: ") {
        let name = rest.split_whitespace().next().unwrap_or(rest);
        if let Some((pallet, variant)) = name.split_once("::") {
            let docs = chain.error_docs(pallet, variant).await;
            // Rustdoc links read as plain names: [`Burn`] -> Burn.
            let docs = docs
                .map(|d| format!(": {}", d.replace("[`", "").replace("`]", "")))
                .unwrap_or_default();
            return format!("{what} failed: {pallet}::{variant}{docs}").into();
        }
    }
    if let Some((_, reason)) = message.split_once("dispatch error: ") {
        return match dispatch_error_name(reason) {
            Some(name) => {
                let text = reason.split_once(": ").map(|(_, t)| t).unwrap_or(reason);
                format!("{what} failed: {name}: {text}").into()
            }
            None => format!("{what} failed: {reason}").into(),
        };
    }
    error.into()
}

/// The name of a dispatch error that is not a pallet's, from the text subxt gives it, e.g.
/// `Token::FundsUnavailable` for "Token error: Funds are unavailable.".
fn dispatch_error_name(reason: &str) -> Option<&'static str> {
    const NAMES: [(&str, &str); 22] = [
        ("Bad origin.", "BadOrigin"),
        ("Failed to lookup some data.", "CannotLookup"),
        ("At least one consumer is remaining", "ConsumerRemaining"),
        ("There are no providers", "NoProviders"),
        ("There are too many consumers", "TooManyConsumers"),
        ("Root origin is not allowed.", "RootNotAllowed"),
        ("Token error: Funds are unavailable.", "Token::FundsUnavailable"),
        ("Token error: Some part of the balance gives the only", "Token::OnlyProvider"),
        ("Token error: Account cannot exist with the funds", "Token::BelowMinimum"),
        ("Token error: Account cannot be created.", "Token::CannotCreate"),
        ("Token error: The asset in question is unknown.", "Token::UnknownAsset"),
        ("Token error: Funds exist but are frozen.", "Token::Frozen"),
        ("Token error: Operation is not supported", "Token::Unsupported"),
        ("Token error: Account cannot be created for a held", "Token::CannotCreateHold"),
        ("Token error: Withdrawal would cause unwanted loss", "Token::NotExpendable"),
        ("Token error: Account cannot receive the assets.", "Token::Blocked"),
        ("Arithmetic error: Underflow.", "Arithmetic::Underflow"),
        ("Arithmetic error: Overflow.", "Arithmetic::Overflow"),
        ("Arithmetic error: Division by zero.", "Arithmetic::DivisionByZero"),
        ("Transactional error: Too many", "Transactional::LimitReached"),
        ("Transactional error: A transactional layer", "Transactional::NoLayer"),
        ("Resources exhausted", "Exhausted"),
    ];
    NAMES.iter().find(|(text, _)| reason.starts_with(text)).map(|(_, name)| *name)
}

fn parse_address(text: &str, what: &str) -> Result<Hotkey, Failure> {
    text.trim()
        .parse::<Hotkey>()
        .map_err(|e| Failure::usage(format!("{what} {text:?} is not an SS58 address: {e}")))
}

/// Abbreviates an address for a table: `5Grwva…utQY`.
pub(crate) fn short(address: &str) -> String {
    let chars: Vec<char> = address.chars().collect();
    if chars.len() <= 12 {
        return address.to_owned();
    }
    let head: String = chars.iter().take(6).collect();
    let tail: String = chars.iter().skip(chars.len().saturating_sub(4)).collect();
    format!("{head}…{tail}")
}

/// TAO without trailing zeros, exact: `1.5`, `0.000000001`, `10`.
pub(crate) fn tao_short(rao: u128) -> String {
    let plain = format_tao_plain(rao);
    let trimmed = plain.trim_end_matches('0').trim_end_matches('.');
    trimmed.to_owned()
}

fn proportion(value: u16) -> String {
    format!("{:.5}", f64::from(value) / 65535.0)
}

/// The receipt of a submitted call: its block and events (JSON with `--json`, `extra` merged
/// in).
pub(crate) fn print_receipt(global: &Global, included: &Included, extra: Json) -> Outcome {
    if global.json {
        let details: Vec<Json> = included
            .events
            .iter()
            .zip(&included.fields)
            .map(|(name, fields)| json!({ "event": name, "fields": value::to_json(fields) }))
            .collect();
        let mut out = json!({
            "block_hash": included.block_hash,
            "events": included.events,
            "event_fields": details,
        });
        if let (Some(map), Json::Object(more)) = (out.as_object_mut(), extra) {
            map.extend(more);
        }
        return ui::print_json(&out);
    }
    println!("included in block {}", included.block_hash);
    for (name, fields) in included.events.iter().zip(&included.fields) {
        println!("  {}", value::event_line(name, fields));
    }
    Ok(())
}

/// Submits `call` and waits for its finalization, a spinner turning meanwhile (on a terminal,
/// without `--json`); a refusal comes back [`explain`]ed.
pub(crate) async fn finalized<T>(
    global: &Global,
    chain: &Chain,
    call: impl Future<Output = Result<T, ChainError>>,
) -> Result<T, Failure> {
    finalized_as(global, chain, "submitting, waiting for finalization", call).await
}

/// [`finalized`], saying `what` is being waited for.
pub(crate) async fn finalized_as<T>(
    global: &Global,
    chain: &Chain,
    what: &str,
    call: impl Future<Output = Result<T, ChainError>>,
) -> Result<T, Failure> {
    match ui::spinning(what, ui::spinner_wanted(global.json), call).await {
        Ok(done) => Ok(done),
        Err(e) => Err(explain(chain, e).await),
    }
}

/// A call signed by the wallet's coldkey: asks `question` (unless `--yes`), unlocks the
/// coldkey, then submits what `call` makes with it and waits for its finalization
/// ([`finalized`]).
pub(crate) async fn with_coldkey<T>(
    global: &Global,
    chain: &Chain,
    wallet: &Wallet,
    question: &str,
    call: impl AsyncFnOnce(&Keypair) -> Result<T, ChainError>,
) -> Result<T, Failure> {
    ui::confirm(question, global.yes)?;
    let coldkey = unlock_coldkey(wallet)?;
    finalized(global, chain, call(&coldkey)).await
}

/// The receipt of a staking call, with the stake of `owner` on `hotkey` after it.
async fn print_stake_receipt(
    global: &Global,
    chain: &Chain,
    included: &Included,
    hotkey: &Hotkey,
    owner: &Hotkey,
) -> Outcome {
    let now = chain.stake_of(hotkey, owner).await?;
    if !global.json {
        println!("stake of {owner} on {hotkey}: {}", format_tao(now));
    }
    print_receipt(global, included, json!({ "stake": now }))
}

fn hotkey_name(global: &Global, config: &Config) -> String {
    config.hotkey(global.hotkey.as_deref())
}

/// The hotkey a command acts on: `--hotkey-ss58`, else the wallet's hotkey.
fn target_hotkey(
    global: &Global,
    config: &Config,
    wallet: &Wallet,
    ss58: Option<&str>,
) -> Result<Hotkey, Failure> {
    match ss58 {
        Some(text) => parse_address(text, "hotkey"),
        None => Ok(wallet.hotkey_address(&hotkey_name(global, config))?),
    }
}

/// `finney balance`.
pub async fn balance(global: &Global, ss58: Option<&str>) -> Outcome {
    let (wallet, config) = open(global)?;
    let who = match ss58 {
        Some(text) => parse_address(text, "address")?,
        None => wallet.coldkey_address()?,
    };
    let chain = connect(global, &config).await?;
    let balance = chain.account_balance(&who).await?;
    let stakes = chain.stakes_of_coldkey(&who).await?;
    let staked = stakes.iter().fold(0u128, |sum, (_, v)| sum.saturating_add(*v));
    let total = balance.free.saturating_add(staked);
    if global.json {
        return ui::print_json(&json!({
            "address": who.to_string(),
            "free": balance.free,
            "staked": staked,
            "reserved": balance.reserved,
            "frozen": balance.frozen,
            "total": total,
        }));
    }
    println!("{}", who);
    println!(
        "{}",
        ui::table(
            &["", ">TAO"],
            vec![
                vec!["free".into(), format_tao(balance.free)],
                vec!["staked".into(), format_tao(staked)],
                vec!["total".into(), format_tao(total)],
            ],
        )
    );
    Ok(())
}

/// `finney transfer`.
pub async fn transfer(global: &Global, dest: &str, amount: u128) -> Outcome {
    let (wallet, config) = open(global)?;
    let to = parse_address(dest, "destination")?;
    let from = wallet.coldkey_address()?;
    let chain = connect(global, &config).await?;
    let free = chain.account_balance(&from).await?.free;
    let question =
        format!("Transfer {} from {from} (free {}) to {to}?", format_tao(amount), format_tao(free));
    let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
        chain.transfer(coldkey, &to, amount).await
    })
    .await?;
    print_receipt(global, &included, json!({ "amount": amount, "dest": to.to_string() }))
}

/// `finney subnets ...`.
pub async fn subnets(global: &Global, command: &SubnetsCommand) -> Outcome {
    let (wallet, config) = open(global)?;
    let chain = connect(global, &config).await?;
    match command {
        SubnetsCommand::List => {
            let subnets = chain.subnets().await?;
            if global.json {
                let list: Vec<Json> = subnets
                    .iter()
                    .map(|s| {
                        json!({
                            "netuid": s.netuid,
                            "owner": s.owner.as_ref().map(|o| o.to_string()),
                            "neurons": s.neurons,
                            "max_neurons": s.max_neurons,
                            "tempo": s.tempo,
                            "burn": s.burn,
                            "difficulty": s.difficulty,
                            "registered_at": s.registered_at,
                            "locked": s.locked,
                            "emission_value": s.emission_value,
                        })
                    })
                    .collect();
                return ui::print_json(&Json::Array(list));
            }
            let rows = subnets
                .iter()
                .map(|s| {
                    vec![
                        s.netuid.to_string(),
                        format!("{}/{}", s.neurons, s.max_neurons),
                        s.owner.as_ref().map(|o| short(&o.to_string())).unwrap_or_default(),
                        s.tempo.to_string(),
                        tao_short(s.burn.into()),
                        s.difficulty.to_string(),
                        tao_short(s.emission_value.into()),
                        tao_short(s.locked.into()),
                        s.registered_at.to_string(),
                    ]
                })
                .collect();
            println!(
                "{}",
                ui::table(
                    &[
                        ">netuid",
                        ">neurons",
                        "owner",
                        ">tempo",
                        ">burn τ",
                        ">difficulty",
                        ">emission τ/block",
                        ">locked τ",
                        ">since block",
                    ],
                    rows
                )
            );
            Ok(())
        }
        SubnetsCommand::Create => {
            let owner = wallet.coldkey_address()?;
            let lock = chain.network_registration_cost().await?;
            let free = chain.account_balance(&owner).await?.free;
            let question = format!(
                "Create a subnet owned by {owner}, locking {} (free {})?",
                format_tao(lock.into()),
                format_tao(free)
            );
            let (included, netuid) =
                with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                    chain.create_subnet(coldkey).await
                })
                .await?;
            if !global.json {
                println!("subnet {netuid} created, owned by {owner}");
            }
            print_receipt(global, &included, json!({ "netuid": netuid }))
        }
        SubnetsCommand::Hyperparameters { netuid } => {
            let params = chain
                .subnet_hyperparameters(*netuid)
                .await?
                .ok_or_else(|| format!("subnet {netuid} does not exist"))?;
            if global.json {
                return ui::print_json(&value::to_json(&params));
            }
            let rows = value::fields(&params)
                .unwrap_or_default()
                .into_iter()
                .map(|(name, v)| vec![name, value::cell(&v)])
                .collect();
            println!("subnet {netuid}");
            println!("{}", ui::table(&["hyperparameter", ">value"], rows));
            Ok(())
        }
        SubnetsCommand::Set { netuid, param, value } => {
            let owner = wallet.coldkey_address()?;
            let shown = value::cell(&value::to_json(value));
            let question = format!("Set {param} = {shown} on subnet {netuid}, signed by {owner}?");
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.set_hyperparameter(coldkey, *netuid, param, value.clone()).await
            })
            .await?;
            print_receipt(global, &included, json!({ "netuid": netuid }))
        }
    }
}

/// `finney register`.
pub async fn register(
    global: &Global,
    netuid: u16,
    by_pow: bool,
    threads: Option<usize>,
) -> Outcome {
    let (wallet, config) = open(global)?;
    let name = hotkey_name(global, &config);
    let hotkey = wallet.hotkey_address(&name)?;
    let owner = wallet.coldkey_address()?;
    let chain = connect(global, &config).await?;
    let cost = chain
        .registration_cost(netuid)
        .await?
        .ok_or_else(|| format!("subnet {netuid} does not exist"))?;
    if by_pow {
        if !cost.pow_registration_allowed {
            return Err(format!(
                "subnet {netuid} does not allow registration by proof of work \
                 (its hyperparameter pow_registration_allowed is false): register by burn"
            )
            .into());
        }
        let keypair = wallet.hotkey(&name)?;
        ui::confirm(
            &format!(
                "Register hotkey {hotkey} (owner {owner}) on subnet {netuid} by proof of work at \
                 difficulty {}? The hotkey signs and pays the fee.",
                cost.difficulty
            ),
            global.yes,
        )?;
        return register_by_pow(global, &chain, &keypair, netuid, &owner, threads).await;
    }
    let free = chain.account_balance(&owner).await?.free;
    let question = format!(
        "Register hotkey {hotkey} on subnet {netuid}, burning {} from {owner} (free {})?",
        format_tao(cost.burn.into()),
        format_tao(free)
    );
    let (included, uid) = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
        chain.register_burned(coldkey, netuid, &hotkey).await
    })
    .await?;
    if !global.json {
        println!("hotkey {hotkey} registered on subnet {netuid} as uid {uid}");
    }
    print_receipt(global, &included, json!({ "netuid": netuid, "uid": uid }))
}

fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    let _ = SystemRandom::new().fill(&mut bytes);
    u64::from_le_bytes(bytes)
}

async fn register_by_pow(
    global: &Global,
    chain: &Chain,
    keypair: &Keypair,
    netuid: u16,
    owner: &Hotkey,
    threads: Option<usize>,
) -> Outcome {
    let threads = threads.unwrap_or_else(pow::default_threads).max(1);
    let hotkey = hotkey_of(keypair);
    let terminal = std::io::stderr().is_terminal();
    const ATTEMPTS: u32 = 3;
    for attempt in 1..=ATTEMPTS {
        let difficulty = chain
            .registration_cost(netuid)
            .await?
            .ok_or_else(|| format!("subnet {netuid} does not exist"))?
            .difficulty;
        let solver = pow::Solver::start(hotkey.0, difficulty, threads, random_u64());
        let mut blocks = chain.best_blocks().await?;
        let first = blocks.next().await?;
        solver.set_block(first.number, &first.hash);
        let mut block = first.number;
        let started = std::time::Instant::now();
        let mut last_note = std::time::Instant::now();
        let found = loop {
            tokio::select! {
                next = blocks.next() => {
                    let next = next?;
                    solver.set_block(next.number, &next.hash);
                    block = next.number;
                }
                () = tokio::time::sleep(Duration::from_millis(100)) => {}
            }
            if let Some(found) = solver.take() {
                break found;
            }
            let every = if terminal { Duration::from_millis(500) } else { Duration::from_secs(5) };
            if last_note.elapsed() >= every {
                last_note = std::time::Instant::now();
                let seconds = started.elapsed().as_secs_f64();
                let line = format!(
                    "proof of work: block #{block}, difficulty {difficulty}, {} on {threads} \
                     thread(s), {} hashes, {seconds:.0} s",
                    pow::format_rate(solver.hashes() as f64 / seconds.max(0.001)),
                    solver.hashes()
                );
                ui::progress(&line, terminal);
            }
        };
        let hashes = solver.hashes();
        solver.stop();
        if terminal {
            ui::note("");
        }
        ui::note(&format!(
            "solved over block #{} (nonce {}) after {hashes} hashes in {:.1} s; submitting",
            found.block_number,
            found.nonce,
            started.elapsed().as_secs_f64()
        ));
        let submitted = ui::spinning(
            "waiting for finalization",
            ui::spinner_wanted(global.json),
            chain.pow_register(keypair, netuid, found.block_number, found.nonce, found.work, owner),
        )
        .await;
        match submitted {
            Ok((included, uid)) => {
                if !global.json {
                    println!("hotkey {hotkey} registered on subnet {netuid} as uid {uid}");
                }
                return print_receipt(
                    global,
                    &included,
                    json!({ "netuid": netuid, "uid": uid, "nonce": found.nonce,
                            "work_block": found.block_number }),
                );
            }
            Err(ChainError::Failed(message))
                if message.contains("InvalidWorkBlock") && attempt < ATTEMPTS =>
            {
                ui::note("the work landed too late for its block; solving again over a newer one");
            }
            Err(e) => return Err(explain(chain, e).await),
        }
    }
    Err("the proof of work kept landing too late".into())
}

/// `finney stake ...`.
pub async fn stake(global: &Global, command: &StakeCommand) -> Outcome {
    let (wallet, config) = open(global)?;
    match command {
        StakeCommand::Add { amount, hotkey_ss58 } => {
            let hotkey = target_hotkey(global, &config, &wallet, hotkey_ss58.as_deref())?;
            let owner = wallet.coldkey_address()?;
            let chain = connect(global, &config).await?;
            let free = chain.account_balance(&owner).await?.free;
            let question = format!(
                "Stake {} from {owner} (free {}) to hotkey {hotkey}?",
                format_tao(*amount),
                format_tao(free)
            );
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.add_stake_rao(coldkey, &hotkey, *amount).await
            })
            .await?;
            print_stake_receipt(global, &chain, &included, &hotkey, &owner).await
        }
        StakeCommand::Remove { amount, all, hotkey_ss58 } => {
            let hotkey = target_hotkey(global, &config, &wallet, hotkey_ss58.as_deref())?;
            let owner = wallet.coldkey_address()?;
            let chain = connect(global, &config).await?;
            let staked = chain.stake_of(&hotkey, &owner).await?;
            let amount = match (amount, all) {
                (_, true) => staked,
                (Some(amount), false) => *amount,
                (None, false) => return Err(Failure::usage("give --amount or --all")),
            };
            let question = format!(
                "Unstake {} of {owner}'s stake ({}) from hotkey {hotkey}?",
                format_tao(amount),
                format_tao(staked)
            );
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.remove_stake(coldkey, &hotkey, amount).await
            })
            .await?;
            print_stake_receipt(global, &chain, &included, &hotkey, &owner).await
        }
        StakeCommand::List { ss58 } => {
            let owner = match ss58 {
                Some(text) => parse_address(text, "coldkey")?,
                None => wallet.coldkey_address()?,
            };
            let chain = connect(global, &config).await?;
            let stakes = chain.stakes_of_coldkey(&owner).await?;
            let names: Vec<(String, String)> = wallet
                .hotkey_names()
                .into_iter()
                .filter_map(|n| wallet.hotkey_address(&n).ok().map(|a| (a.to_string(), n)))
                .collect();
            let name_of =
                |address: &str| names.iter().find(|(a, _)| a == address).map(|(_, n)| n.clone());
            let total = stakes.iter().fold(0u128, |sum, (_, v)| sum.saturating_add(*v));
            if global.json {
                let list: Vec<Json> = stakes
                    .iter()
                    .map(|(hotkey, stake)| {
                        let address = hotkey.to_string();
                        json!({ "hotkey": address, "name": name_of(&address), "stake": stake })
                    })
                    .collect();
                return ui::print_json(
                    &json!({ "coldkey": owner.to_string(), "stakes": list, "total": total }),
                );
            }
            println!("stakes of {owner}");
            let mut rows: Vec<Vec<String>> = stakes
                .iter()
                .map(|(hotkey, stake)| {
                    let address = hotkey.to_string();
                    vec![name_of(&address).unwrap_or_default(), address, format_tao(*stake)]
                })
                .collect();
            rows.push(vec!["total".into(), String::new(), format_tao(total)]);
            println!("{}", ui::table(&["name", "hotkey", ">stake"], rows));
            Ok(())
        }
    }
}

/// `finney delegate ...`.
pub async fn delegate(global: &Global, command: &DelegateCommand) -> Outcome {
    let (wallet, config) = open(global)?;
    let chain = connect(global, &config).await?;
    match command {
        DelegateCommand::Become => {
            let hotkey = wallet.hotkey_address(&hotkey_name(global, &config))?;
            let question = format!("Open hotkey {hotkey} to nominators?");
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.become_delegate(coldkey, &hotkey).await
            })
            .await?;
            print_receipt(global, &included, json!({ "hotkey": hotkey.to_string() }))
        }
        DelegateCommand::List => {
            let delegates = chain.delegates().await?;
            if global.json {
                let list: Vec<Json> = delegates
                    .iter()
                    .map(|d| {
                        json!({
                            "hotkey": d.hotkey.to_string(),
                            "owner": d.owner.to_string(),
                            "take": d.take,
                            "total_stake": d.total_stake,
                            "nominators": d.nominators.iter()
                                .map(|(c, v)| json!({ "coldkey": c.to_string(), "stake": v }))
                                .collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                return ui::print_json(&Json::Array(list));
            }
            let rows = delegates
                .iter()
                .map(|d| {
                    vec![
                        d.hotkey.to_string(),
                        short(&d.owner.to_string()),
                        format!("{:.2} %", f64::from(d.take) * 100.0 / 65535.0),
                        format_tao(d.total_stake),
                        d.nominators.len().to_string(),
                    ]
                })
                .collect();
            println!(
                "{}",
                ui::table(&["hotkey", "owner", ">take", ">total stake", ">nominators"], rows)
            );
            Ok(())
        }
        DelegateCommand::Take { take } => {
            if !(0.0..=1.0).contains(take) {
                return Err(Failure::usage("the take is a fraction between 0 and 1"));
            }
            let hotkey = wallet.hotkey_address(&hotkey_name(global, &config))?;
            let current = chain
                .delegates()
                .await?
                .into_iter()
                .find(|d| d.hotkey == hotkey)
                .ok_or_else(|| format!("hotkey {hotkey} is not a delegate"))?
                .take;
            // In 0..=65535 after the range check, so the conversion is exact.
            let new = (take * 65535.0).round().clamp(0.0, 65535.0) as u16;
            let call = match new.cmp(&current) {
                Ordering::Less => "decrease_take",
                Ordering::Greater => "increase_take",
                Ordering::Equal => {
                    println!("the take is already {new}/65535");
                    return Ok(());
                }
            };
            let question =
                format!("Change the take of {hotkey} from {current} to {new} (of 65535)?");
            let args = vec![Value::from_bytes(hotkey.0), Value::u128(new.into())];
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.submit(coldkey, "Staking", call, args).await
            })
            .await?;
            print_receipt(global, &included, json!({ "take": new }))
        }
    }
}

/// `finney root ...`.
pub async fn root(global: &Global, command: &RootCommand) -> Outcome {
    let (wallet, config) = open(global)?;
    let chain = connect(global, &config).await?;
    match command {
        RootCommand::Register => {
            let hotkey = wallet.hotkey_address(&hotkey_name(global, &config))?;
            let question = format!("Register hotkey {hotkey} on the root network?");
            let (included, uid) =
                with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                    chain.root_register(coldkey, &hotkey).await
                })
                .await?;
            if !global.json {
                println!("hotkey {hotkey} registered on the root network as uid {uid}");
            }
            print_receipt(global, &included, json!({ "netuid": 0, "uid": uid }))
        }
        RootCommand::Weights { netuids, weights } => {
            let args = WeightsArgs {
                netuid: 0,
                uids: netuids.clone(),
                weights: weights.clone(),
                version_key: 0,
            };
            set_weights(global, &chain, &wallet, &config, &args).await
        }
    }
}

fn normalise(args: &WeightsArgs) -> Result<Vec<u16>, Failure> {
    if args.uids.len() != args.weights.len() {
        return Err(Failure::usage(format!(
            "{} uids but {} weights: give one weight per uid",
            args.uids.len(),
            args.weights.len()
        )));
    }
    if args.weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
        return Err(Failure::usage("weights must be finite and non-negative"));
    }
    if args.weights.iter().all(|w| *w == 0.0) {
        return Err(Failure::usage("at least one weight must be positive"));
    }
    Ok(weights_to_u16(&args.weights))
}

async fn set_weights(
    global: &Global,
    chain: &Chain,
    wallet: &Wallet,
    config: &Config,
    args: &WeightsArgs,
) -> Outcome {
    let values = normalise(args)?;
    let hotkey = wallet.hotkey(&hotkey_name(global, config))?;
    let set = chain.set_weights(&hotkey, args.netuid, &args.uids, &values, args.version_key);
    let included = finalized(global, chain, set).await?;
    print_receipt(
        global,
        &included,
        json!({ "netuid": args.netuid, "uids": args.uids, "weights": values }),
    )
}

/// `finney weights ...`.
pub async fn weights(global: &Global, command: &WeightsCommand) -> Outcome {
    let (wallet, config) = open(global)?;
    let chain = connect(global, &config).await?;
    match command {
        WeightsCommand::Set(args) => set_weights(global, &chain, &wallet, &config, args).await,
        WeightsCommand::Commit(args) => {
            let values = normalise(args)?;
            let hotkey = wallet.hotkey(&hotkey_name(global, &config))?;
            let salt: Vec<u16> =
                (0..8).map(|_| u16::try_from(random_u64() & 0xffff).unwrap_or(0)).collect();
            let hash = commit_hash(
                &hotkey_of(&hotkey),
                args.netuid,
                &args.uids,
                &values,
                &salt,
                args.version_key,
            );
            let commit = chain.commit_weights(&hotkey, args.netuid, hash);
            let (included, first, last) = finalized(global, &chain, commit).await?;
            let salt_text = salt.iter().map(u16::to_string).collect::<Vec<_>>().join(",");
            if !global.json {
                println!(
                    "committed 0x{}; reveal it in blocks {first}..={last} with --salt {salt_text}",
                    hex::encode(hash)
                );
            }
            print_receipt(
                global,
                &included,
                json!({
                    "hash": format!("0x{}", hex::encode(hash)),
                    "salt": salt,
                    "first_reveal_block": first,
                    "last_reveal_block": last,
                }),
            )
        }
        WeightsCommand::Reveal { weights: args, salt } => {
            let values = normalise(args)?;
            let hotkey = wallet.hotkey(&hotkey_name(global, &config))?;
            let reveal = chain.reveal_weights(
                &hotkey,
                args.netuid,
                &args.uids,
                &values,
                salt,
                args.version_key,
            );
            let included = finalized(global, &chain, reveal).await?;
            print_receipt(global, &included, json!({ "weights": values }))
        }
    }
}

fn neuron_json(n: &Neuron) -> Json {
    json!({
        "uid": n.uid,
        "hotkey": n.hotkey.to_string(),
        "coldkey": n.coldkey.as_ref().map(|c| c.to_string()),
        "active": n.active,
        "stake": n.stake,
        "rank": n.rank,
        "trust": n.trust,
        "consensus": n.consensus,
        "incentive": n.incentive,
        "dividends": n.dividends,
        "emission": n.emission,
        "validator_permit": n.validator_permit,
        "last_update": n.last_update,
        "axon": n.axon.as_ref().map(|a| json!({
            "ip": a.ip.to_string(), "port": a.port, "version": a.version, "block": a.block
        })),
    })
}

fn axon_text(n: &Neuron) -> String {
    n.axon
        .as_ref()
        .map(|a| match a.ip {
            std::net::IpAddr::V6(ip) => format!("[{ip}]:{}", a.port),
            std::net::IpAddr::V4(ip) => format!("{ip}:{}", a.port),
        })
        .unwrap_or_else(|| "-".into())
}

/// Sorts the metagraph by `column`: numbers largest first, names and uids smallest first.
fn sort_neurons(neurons: &mut [Neuron], column: &str, reverse: bool) -> Result<(), Failure> {
    let by_number = |key: fn(&Neuron) -> u64| {
        move |a: &Neuron, b: &Neuron| key(b).cmp(&key(a)).then(a.uid.cmp(&b.uid))
    };
    match column {
        "uid" => neurons.sort_by_key(|n| n.uid),
        "hotkey" => neurons.sort_by_key(|n| n.hotkey.to_string()),
        "coldkey" => neurons.sort_by_key(|n| n.coldkey.as_ref().map(|c| c.to_string())),
        "axon" => neurons.sort_by_key(axon_text),
        "stake" => neurons.sort_by(by_number(|n| n.stake)),
        "rank" => neurons.sort_by(by_number(|n| n.rank.into())),
        "trust" => neurons.sort_by(by_number(|n| n.trust.into())),
        "consensus" => neurons.sort_by(by_number(|n| n.consensus.into())),
        "incentive" => neurons.sort_by(by_number(|n| n.incentive.into())),
        "dividends" => neurons.sort_by(by_number(|n| n.dividends.into())),
        "emission" => neurons.sort_by(by_number(|n| n.emission)),
        "vpermit" | "validator_permit" => {
            neurons.sort_by(by_number(|n| u64::from(n.validator_permit)))
        }
        "active" => neurons.sort_by(by_number(|n| u64::from(n.active))),
        "updated" | "last_update" => neurons.sort_by(by_number(|n| n.last_update)),
        other => {
            return Err(Failure::usage(format!(
                "cannot sort by {other:?}: uid, hotkey, coldkey, stake, rank, trust, consensus, \
                 incentive, dividends, emission, vpermit, active, updated or axon"
            )))
        }
    }
    if reverse {
        neurons.reverse();
    }
    Ok(())
}

/// `finney metagraph`.
pub async fn metagraph(global: &Global, netuid: u16, sort: &str, reverse: bool) -> Outcome {
    let (_, config) = open(global)?;
    let chain = connect(global, &config).await?;
    if chain.registration_cost(netuid).await?.is_none() {
        return Err(format!("subnet {netuid} does not exist").into());
    }
    let block = chain.finalized_number().await?;
    let mut neurons = chain.neurons(netuid).await?;
    sort_neurons(&mut neurons, sort, reverse)?;
    if global.json {
        return ui::print_json(&json!({
            "netuid": netuid,
            "block": block,
            "neurons": neurons.iter().map(neuron_json).collect::<Vec<_>>(),
        }));
    }
    let total_stake = neurons.iter().fold(0u128, |s, n| s.saturating_add(n.stake.into()));
    let total_emission = neurons.iter().fold(0u128, |s, n| s.saturating_add(n.emission.into()));
    println!(
        "subnet {netuid} at block {block}: {} neurons, stake {}, emission {} per epoch",
        neurons.len(),
        format_tao(total_stake),
        format_tao(total_emission)
    );
    let rows = neurons
        .iter()
        .map(|n| {
            vec![
                n.uid.to_string(),
                short(&n.hotkey.to_string()),
                tao_short(n.stake.into()),
                proportion(n.rank),
                proportion(n.trust),
                proportion(n.consensus),
                proportion(n.incentive),
                proportion(n.dividends),
                tao_short(n.emission.into()),
                if n.validator_permit { "*".into() } else { String::new() },
                n.last_update.to_string(),
                axon_text(n),
            ]
        })
        .collect();
    println!(
        "{}",
        ui::table(
            &[
                ">uid",
                "hotkey",
                ">stake τ",
                ">rank",
                ">trust",
                ">consensus",
                ">incentive",
                ">dividends",
                ">emission τ",
                "vpermit",
                ">updated",
                "axon",
            ],
            rows
        )
    );
    Ok(())
}

/// `finney wallet overview`: where the wallet's hotkeys are registered, and their stake.
pub async fn overview(global: &Global) -> Outcome {
    let (wallet, config) = open(global)?;
    let owner = wallet.coldkey_address()?;
    let hotkeys: Vec<(String, Hotkey)> = wallet
        .hotkey_names()
        .into_iter()
        .filter_map(|n| wallet.hotkey_address(&n).ok().map(|a| (n, a)))
        .collect();
    let chain = connect(global, &config).await?;
    let balance = chain.account_balance(&owner).await?;
    let mut entries = Vec::new();
    for subnet in chain.subnets().await? {
        for neuron in chain.neurons(subnet.netuid).await? {
            if let Some((name, _)) = hotkeys.iter().find(|(_, a)| *a == neuron.hotkey) {
                entries.push((name.clone(), subnet.netuid, neuron));
            }
        }
    }
    if global.json {
        let list: Vec<Json> = entries
            .iter()
            .map(|(name, netuid, n)| {
                let mut value = neuron_json(n);
                if let Some(map) = value.as_object_mut() {
                    map.insert("name".into(), json!(name));
                    map.insert("netuid".into(), json!(netuid));
                }
                value
            })
            .collect();
        return ui::print_json(&json!({
            "wallet": wallet.name,
            "coldkey": owner.to_string(),
            "free": balance.free,
            "hotkeys": hotkeys.iter().map(|(n, a)| json!({"name": n, "address": a.to_string()}))
                .collect::<Vec<_>>(),
            "registrations": list,
        }));
    }
    println!("wallet {} (coldkey {owner}), free {}", wallet.name, format_tao(balance.free));
    let rows = entries
        .iter()
        .map(|(name, netuid, n)| {
            vec![
                name.clone(),
                short(&n.hotkey.to_string()),
                netuid.to_string(),
                n.uid.to_string(),
                tao_short(n.stake.into()),
                proportion(n.incentive),
                proportion(n.dividends),
                tao_short(n.emission.into()),
                if n.validator_permit { "*".into() } else { String::new() },
                axon_text(n),
            ]
        })
        .collect();
    println!(
        "{}",
        ui::table(
            &[
                "hotkey",
                "address",
                ">netuid",
                ">uid",
                ">stake τ",
                ">incentive",
                ">dividends",
                ">emission τ",
                "vpermit",
                "axon",
            ],
            rows
        )
    );
    let unregistered: Vec<&str> = hotkeys
        .iter()
        .filter(|(_, a)| !entries.iter().any(|(_, _, n)| n.hotkey == *a))
        .map(|(n, _)| n.as_str())
        .collect();
    if !unregistered.is_empty() {
        println!("not registered: {}", unregistered.join(", "));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn amounts_and_addresses_read_well() {
        assert_eq!(tao_short(1_500_000_000), "1.5");
        assert_eq!(tao_short(10_000_000_000), "10");
        assert_eq!(tao_short(1), "0.000000001");
        assert_eq!(tao_short(0), "0");
        assert_eq!(short("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"), "5Grwva…utQY");
        assert_eq!(proportion(65535), "1.00000");
    }

    #[test]
    fn dispatch_errors_get_their_names() {
        assert_eq!(
            dispatch_error_name("Token error: Funds are unavailable."),
            Some("Token::FundsUnavailable")
        );
        assert_eq!(dispatch_error_name("Bad origin."), Some("BadOrigin"));
        assert_eq!(dispatch_error_name("Something else"), None);
    }

    #[test]
    fn weights_are_checked_and_scaled() {
        let args = |uids: Vec<u16>, weights: Vec<f64>| WeightsArgs {
            netuid: 1,
            uids,
            weights,
            version_key: 0,
        };
        assert_eq!(normalise(&args(vec![1, 2], vec![0.5, 0.5])).unwrap(), vec![65535, 65535]);
        assert_eq!(normalise(&args(vec![1, 2], vec![1.0, 3.0])).unwrap(), vec![21845, 65535]);
        assert_eq!(normalise(&args(vec![1], vec![1.0, 2.0])).unwrap_err().code, 2);
        assert!(normalise(&args(vec![1], vec![-1.0])).is_err());
        assert!(normalise(&args(vec![1], vec![f64::NAN])).is_err());
        assert!(normalise(&args(vec![1], vec![0.0])).is_err());
    }
}
