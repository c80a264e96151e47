//! # `finney`
//!
//! The wallet and operator command line of Finney, shaped like Bittensor's `btcli`: wallets
//! (an encrypted coldkey and unencrypted hotkeys in `~/.finney/wallets`), balances and
//! transfers, subnets, registration by burn or by proof of work on every core, staking and
//! delegation, the root network, weights, the metagraph as a table or JSON, and governance
//! (the triumvirate's motions, the senate's votes, referenda voted with stake).
//!
//! It talks to a node over RPC through the neurons' chain client (`finney-neuron-chain`,
//! subxt's dynamic API): calls are named by pallet and call and encoded against the metadata
//! the node serves, so it follows runtime upgrades without a rebuild.
//!
//! Exit codes: 0 success; 1 the command failed (the chain refused the call, the node cannot be
//! reached, a wrong password, a declined confirmation); 2 bad arguments (a call or arguments
//! the node's runtime does not have included).
//!
//! Design: docs/design.md, sections 4.1, 4.2, 5.1 and 8.

mod amount;
mod chain_cmd;
mod config;
mod gov_cmd;
mod keyfile;
mod pow;
mod ui;
mod value;
mod wallet;
mod wallet_cmd;

use std::{path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand};
use finney_neuron_chain::ChainError;

const AFTER_HELP: &str = "\
Defaults come from the flags, then the environment (FINNEY_NETWORK, FINNEY_WALLET_PATH,
FINNEY_WALLET, FINNEY_HOTKEY), then the config file (~/.finney/config.toml, or FINNEY_CONFIG;
see `finney config`), then the built-in defaults. The coldkey's password is asked on the
terminal, never echoed; scripts may set FINNEY_PASSWORD instead.

Amounts are TAO with up to 9 decimals (1 TAO = 10^9 rao), read exactly.

Exit codes:
  0  success
  1  the command failed: the chain refused the call (its error is printed), the node cannot
     be reached, a wrong password, a missing key, a declined confirmation
  2  bad arguments";

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "finney",
    version,
    about = "Finney's wallet and operator CLI: keys, transfers, subnets, registration, staking, weights, the metagraph, governance",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    global: Global,
}

/// Flags every command takes.
#[derive(Debug, Args, Clone)]
pub struct Global {
    /// The node's RPC endpoint, or `local` [default: ws://127.0.0.1:9944; env FINNEY_NETWORK]
    #[arg(long, global = true, value_name = "URL", alias = "subtensor.network")]
    pub network: Option<String>,
    /// The directory of the wallets [default: ~/.finney/wallets; env FINNEY_WALLET_PATH]
    #[arg(long, global = true, value_name = "DIR", alias = "wallet.path")]
    pub wallet_path: Option<PathBuf>,
    /// The wallet's name [default: default; env FINNEY_WALLET]
    #[arg(long, global = true, value_name = "NAME", aliases = ["wallet.name", "wallet-name"])]
    pub wallet: Option<String>,
    /// The hotkey's name in the wallet [default: default; env FINNEY_HOTKEY]
    #[arg(long, global = true, value_name = "NAME", aliases = ["wallet.hotkey", "wallet-hotkey"])]
    pub hotkey: Option<String>,
    /// Answer yes to confirmation prompts (for scripts).
    #[arg(long, short = 'y', global = true, alias = "no-prompt")]
    pub yes: bool,
    /// Print JSON on stdout, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create, regenerate and list keys.
    #[command(subcommand)]
    Wallet(wallet_cmd::WalletCommand),
    /// The free and staked balance of the wallet's coldkey, or of any address.
    Balance {
        /// An address to look at instead of the wallet's coldkey.
        #[arg(long, value_name = "ADDRESS")]
        ss58: Option<String>,
    },
    /// Send TAO from the wallet's coldkey (keeps the sender alive).
    Transfer {
        /// The recipient's address (SS58).
        #[arg(long, value_name = "ADDRESS")]
        dest: String,
        /// The amount, in TAO.
        #[arg(long, value_name = "TAO", value_parser = amount::parse_tao, allow_hyphen_values = true)]
        amount: u128,
    },
    /// List, create and configure subnets.
    #[command(subcommand)]
    Subnets(chain_cmd::SubnetsCommand),
    /// Register the wallet's hotkey on a subnet: by burning TAO from the coldkey, or by proof
    /// of work (`--pow`).
    Register {
        /// The subnet.
        #[arg(long)]
        netuid: u16,
        /// Register by proof of work instead of a burn: solved on every core, signed by the
        /// hotkey (which pays the transaction fee).
        #[arg(long)]
        pow: bool,
        /// Solver threads for `--pow` [default: every core].
        #[arg(long, requires = "pow")]
        threads: Option<usize>,
    },
    /// Stake TAO from the coldkey to a hotkey, unstake it, list stakes.
    #[command(subcommand)]
    Stake(chain_cmd::StakeCommand),
    /// Open a hotkey to nominators; list delegates.
    #[command(subcommand)]
    Delegate(chain_cmd::DelegateCommand),
    /// The root network: register a hotkey, weight the subnets.
    #[command(subcommand)]
    Root(chain_cmd::RootCommand),
    /// Set, commit or reveal the hotkey's weights on a subnet.
    #[command(subcommand)]
    Weights(chain_cmd::WeightsCommand),
    /// The metagraph of a subnet: a table, or JSON with --json.
    Metagraph {
        /// The subnet.
        #[arg(long)]
        netuid: u16,
        /// The column to sort by: uid, hotkey, coldkey, stake, rank, trust, consensus,
        /// incentive, dividends, emission, vpermit, active, updated, axon. Numbers sort largest
        /// first, names and uids smallest first.
        #[arg(long, default_value = "uid")]
        sort: String,
        /// Reverse the order.
        #[arg(long)]
        reverse: bool,
    },
    /// Governance: the triumvirate's motions before the senate, the senators' votes, referenda
    /// voted with stake.
    #[command(subcommand)]
    Gov(gov_cmd::GovCommand),
    /// Show or change the defaults in the config file.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print a shell completion script: `finney completions bash > ~/.local/share/bash-completion/completions/finney`
    /// (or zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Measure the proof-of-work solver: hashes per second on 1, 2, ... threads against
    /// finney-pow's single-threaded solver.
    PowBench {
        /// Seconds per measurement.
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
        /// The largest thread count to measure [default: every core].
        #[arg(long)]
        threads: Option<usize>,
    },
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Print the config file and the defaults in effect.
    Show,
    /// Set a default: network, wallet, hotkey or wallet_path (an empty value unsets it).
    Set {
        /// The key.
        key: String,
        /// The value.
        value: String,
    },
}

/// Why a command failed, and the exit code it gives.
#[derive(Debug)]
pub struct Failure {
    /// What to print after `error: `.
    pub message: String,
    /// 1 for a failure, 2 for bad arguments.
    pub code: u8,
}

impl Failure {
    /// Bad arguments (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { message: message.into(), code: 2 }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure { message, code: 1 }
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Self {
        Failure { message: message.to_owned(), code: 1 }
    }
}

impl From<ChainError> for Failure {
    fn from(error: ChainError) -> Self {
        // A call or arguments the node's runtime does not have: bad arguments.
        let code = if matches!(error, ChainError::Invalid(_)) { 2 } else { 1 };
        Failure { message: error.to_string(), code }
    }
}

/// The result of a command.
pub type Outcome = Result<(), Failure>;

fn config_command(command: &ConfigCommand, global: &Global) -> Outcome {
    let path = config::path();
    let mut file = config::Config::load(&path)?;
    match command {
        ConfigCommand::Show => {
            let effective = serde_json::json!({
                "file": path.display().to_string(),
                "network": file.network(global.network.as_deref()),
                "wallet_path": file.wallet_path(global.wallet_path.as_deref()).display().to_string(),
                "wallet": file.wallet(global.wallet.as_deref()),
                "hotkey": file.hotkey(global.hotkey.as_deref()),
            });
            if global.json {
                ui::print_json(&effective)?;
            } else {
                println!("config file: {}", path.display());
                for key in config::KEYS {
                    let value = effective.get(key).and_then(|v| v.as_str()).unwrap_or("");
                    println!("  {key:<12} {value}");
                }
            }
        }
        ConfigCommand::Set { key, value } => {
            file.set(key, value).map_err(Failure::usage)?;
            file.save(&path)?;
            println!("{key} = {value:?} in {}", path.display());
        }
    }
    Ok(())
}

fn pow_bench(seconds: f64, threads: Option<usize>, json: bool) -> Outcome {
    let most = threads.unwrap_or_else(pow::default_threads).max(1);
    ui::note(&format!("measuring for {seconds} s each ..."));
    let reference = pow::measure_reference(seconds);
    let mut rows = vec![("finney-pow solve (1 thread)".to_owned(), 1usize, reference)];
    for count in 1..=most {
        rows.push((
            format!("finney solver, {count} thread(s)"),
            count,
            pow::measure(count, seconds),
        ));
    }
    if json {
        let list: Vec<_> = rows
            .iter()
            .map(|(what, threads, rate)| {
                serde_json::json!({"solver": what, "threads": threads, "hashes_per_second": rate.round()})
            })
            .collect();
        ui::print_json(&serde_json::Value::Array(list))?;
    } else {
        let table = ui::table(
            &["solver", ">threads", ">hashes/s", ">vs finney-pow"],
            rows.iter()
                .map(|(what, threads, rate)| {
                    vec![
                        what.clone(),
                        threads.to_string(),
                        pow::format_rate(*rate),
                        format!("{:.2}x", rate / reference.max(1.0)),
                    ]
                })
                .collect(),
        );
        println!("{table}");
    }
    Ok(())
}

async fn run(cli: Cli) -> Outcome {
    let global = &cli.global;
    match &cli.command {
        Command::Wallet(command) => wallet_cmd::run(command, global).await,
        Command::Config(command) => config_command(command, global),
        Command::PowBench { seconds, threads } => pow_bench(*seconds, *threads, global.json),
        Command::Completions { shell } => {
            // Generated into memory first: clap_complete panics on a write error, and a script
            // piped into `head` is not one.
            let mut script = Vec::new();
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut command, "finney", &mut script);
            match std::io::Write::write_all(&mut std::io::stdout(), &script) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(format!("writing the completions: {e}").into())
                }
                _ => Ok(()),
            }
        }
        Command::Balance { ss58 } => chain_cmd::balance(global, ss58.as_deref()).await,
        Command::Transfer { dest, amount } => chain_cmd::transfer(global, dest, *amount).await,
        Command::Subnets(command) => chain_cmd::subnets(global, command).await,
        Command::Register { netuid, pow, threads } => {
            chain_cmd::register(global, *netuid, *pow, *threads).await
        }
        Command::Stake(command) => chain_cmd::stake(global, command).await,
        Command::Delegate(command) => chain_cmd::delegate(global, command).await,
        Command::Root(command) => chain_cmd::root(global, command).await,
        Command::Weights(command) => chain_cmd::weights(global, command).await,
        Command::Metagraph { netuid, sort, reverse } => {
            chain_cmd::metagraph(global, *netuid, sort, *reverse).await
        }
        Command::Gov(command) => gov_cmd::run(global, command).await,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn completions_name_every_subcommand() {
        let mut script = Vec::new();
        clap_complete::generate(
            clap_complete::Shell::Bash,
            &mut Cli::command(),
            "finney",
            &mut script,
        );
        let script = String::from_utf8(script).unwrap_or_default();
        for word in
            ["wallet", "new-coldkey", "metagraph", "register", "commit", "completions", "gov"]
        {
            assert!(script.contains(word), "the bash completions lack {word}");
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn btcli_style_flags_parse() {
        let parsed = Cli::try_parse_from([
            "finney",
            "stake",
            "add",
            "--wallet.name",
            "ops",
            "--wallet.hotkey",
            "miner",
            "--amount",
            "1.5",
            "-y",
        ]);
        let cli = parsed.map_err(|e| e.to_string());
        assert!(cli.is_ok(), "{cli:?}");
        if let Ok(cli) = cli {
            assert_eq!(cli.global.wallet.as_deref(), Some("ops"));
            assert_eq!(cli.global.hotkey.as_deref(), Some("miner"));
            assert!(cli.global.yes);
        }
        // A source of the secret and --overwrite go together; two sources do not.
        let regen = ["finney", "wallet", "regen-hotkey", "--mnemonic", "a b", "--overwrite"];
        assert!(Cli::try_parse_from(regen).is_ok());
        let two = ["finney", "wallet", "regen-hotkey", "--mnemonic", "a b", "--seed", "0x00"];
        assert!(Cli::try_parse_from(two).is_err());
        // A bad amount is a usage error (exit code 2), with the reason.
        let err = Cli::try_parse_from(["finney", "transfer", "--dest", "x", "--amount", "1e3"])
            .err()
            .map(|e| (e.exit_code(), e.to_string()));
        assert!(matches!(&err, Some((2, text)) if text.contains("invalid amount")), "{err:?}");
    }

    /// `finney args`: the parsed command line, or the exit code and message of clap's error.
    fn parse(args: &[&str]) -> Result<Cli, (i32, String)> {
        let mut all = vec!["finney"];
        all.extend_from_slice(args);
        Cli::try_parse_from(all).map_err(|e| (e.exit_code(), e.to_string()))
    }

    #[test]
    fn gov_arguments_parse() {
        let args = r#"{"parameter": {"NetworkRateLimit": 7}}"#;
        let cli = parse(&[
            "gov",
            "propose",
            "--call",
            "SubtensorModule.set_network_parameter",
            "--args",
            args,
        ]);
        let Ok(Cli { command: Command::Gov(gov_cmd::GovCommand::Propose(p)), .. }) = cli else {
            panic!("not a propose: {cli:?}");
        };
        assert_eq!(p.call.map(|c| c.pallet).as_deref(), Some("SubtensorModule"));
        assert!(p.args.is_some() && !p.referendum && p.after == 1);
        // A referendum needs a track, a track a referendum; one call, given one way.
        assert!(parse(&[
            "gov",
            "propose",
            "--call-hex",
            "0x0000",
            "--referendum",
            "--track",
            "root"
        ])
        .is_ok());
        assert!(parse(&["gov", "propose", "--call-hex", "0x0000", "--referendum"]).is_err());
        assert!(parse(&["gov", "propose", "--call-hex", "0x0000", "--track", "root"]).is_err());
        assert!(parse(&["gov", "propose", "--call-hex", "0x0000", "--after", "3"]).is_err());
        assert!(parse(&["gov", "propose"]).is_err());
        assert!(parse(&["gov", "propose", "--call", "A.b", "--call-hex", "0x00"]).is_err());
        assert!(parse(&["gov", "propose", "--call-hex", "0x00", "--args", "{}"]).is_err());
        // Bad JSON and bad names are usage errors (exit code 2), with the reason.
        let bad = parse(&["gov", "propose", "--call", "A.b", "--args", "{nope"]).err();
        assert!(matches!(&bad, Some((2, text)) if text.contains("not JSON")), "{bad:?}");
        let bad = parse(&["gov", "propose", "--call", "set_network_parameter"]).err();
        assert!(matches!(&bad, Some((2, text)) if text.contains("Pallet.call_name")), "{bad:?}");
        let bad = parse(&["gov", "propose", "--call", "A.b", "--args", "7"]).err();
        assert!(matches!(&bad, Some((2, text)) if text.contains("JSON object")), "{bad:?}");

        // Votes: a motion or a referendum, aye or nay; a referendum vote needs an amount.
        let cli = parse(&[
            "gov",
            "vote",
            "--referendum",
            "3",
            "--aye",
            "--amount",
            "1.5",
            "--conviction",
            "2x",
        ]);
        let Ok(Cli { command: Command::Gov(gov_cmd::GovCommand::Vote(v)), .. }) = cli else {
            panic!("not a vote: {cli:?}");
        };
        assert_eq!((v.referendum, v.aye, v.amount), (Some(3), true, Some(1_500_000_000)));
        assert_eq!(v.conviction, finney_neuron_chain::Conviction::Locked2x);
        assert!(parse(&["gov", "vote", "--motion", "0", "--nay"]).is_ok());
        assert!(parse(&["gov", "vote", "--motion", "0"]).is_err());
        assert!(parse(&["gov", "vote", "--motion", "0", "--aye", "--nay"]).is_err());
        assert!(parse(&["gov", "vote", "--motion", "0", "--referendum", "1", "--aye"]).is_err());
        assert!(parse(&["gov", "vote", "--referendum", "1", "--aye"]).is_err());
        assert!(parse(&["gov", "vote", "--motion", "1", "--aye", "--amount", "1"]).is_err());
        let bad = parse(&[
            "gov",
            "vote",
            "--referendum",
            "1",
            "--aye",
            "--amount",
            "1",
            "--conviction",
            "9x",
        ])
        .err();
        assert!(matches!(&bad, Some((2, text)) if text.contains("invalid conviction")), "{bad:?}");
        assert!(parse(&["gov", "close", "--motion", "4", "--yes"]).is_ok());
        assert!(parse(&["gov", "list", "--all", "--json"]).is_ok());
    }

    #[test]
    fn invalid_calls_are_usage_errors() {
        let failure = Failure::from(ChainError::Invalid("no pallet".into()));
        assert_eq!((failure.code, failure.message.as_str()), (2, "no pallet"));
        assert_eq!(Failure::from(ChainError::Failed("x".into())).code, 1);
    }
}
