//! # `finney-miner`
//!
//! A miner of a Finney text subnet. It:
//!
//! 1. connects to a node (`--ws`), and registers its hotkey on `--netuid` by burn with
//!    `--coldkey` when it is not registered yet;
//! 2. publishes its axon (`serve_axon`) at `--ip:--port` unless the chain already has it;
//! 3. serves `Embed` and `Info` there: only to hotkeys registered on the subnet (403 otherwise;
//!    with `--require-validator-permit`, only to validators), callers with more stake first;
//! 4. follows the metagraph every `--refresh` seconds to know who may call.
//!
//! The expert and its degradation are flags, so one binary plays every rung of a quality
//! ladder: `--expert static|ngram|random`, `--dim`, `--truncate N`, `--noise SIGMA`, `--seed`,
//! `--model DIR` (the static expert's table and tokenizer, fetched by `scripts/setup.sh`).
//!
//! ```text
//! finney-miner --netuid 1 --hotkey //Miner1 --coldkey //Alice --ip 127.0.0.2 --port 8091
//! ```
//!
//! Design: docs/design.md, section 8.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    path::PathBuf,
    sync::{Arc, RwLock},
    time::Duration,
};

use clap::{Parser, ValueEnum};
use finney_neuron_chain::{keypair_from_uri, Chain, Neuron};
use finney_neuron_ml::{Embedder, ExpertSpec};
use finney_neuron_net::axon::{Admission, Axon, AxonConfig, Expert};
use finney_neuron_protocol::{
    hotkey_of, EmbedRequest, EmbedResponse, Hotkey, InfoResponse, Modality, Refusal,
    PROTOCOL_VERSION,
};

/// The expert a miner serves.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExpertKind {
    /// A pretrained static token-embedding table, mean-pooled: meaning, not spelling.
    Static,
    /// Character n-grams hashed into `--dim` dimensions: spelling, not meaning.
    Ngram,
    /// A random vector per text: no information at all.
    Random,
}

#[derive(Debug, Parser)]
#[command(version, about = "A Finney miner: serves embeddings to its subnet's validators")]
struct Args {
    /// The node's RPC endpoint.
    #[arg(long, default_value = "ws://127.0.0.1:9944")]
    ws: String,
    /// The subnet to mine on.
    #[arg(long)]
    netuid: u16,
    /// The hotkey, as a secret URI (`//Miner1`, a mnemonic, or `0x` seed).
    #[arg(long)]
    hotkey: String,
    /// The coldkey that registers the hotkey (pays the burn) when it is not registered.
    #[arg(long)]
    coldkey: Option<String>,
    /// The address to serve at, as published on chain (not 127.0.0.1, which the chain refuses;
    /// 127.0.0.2 and up reach loopback on Linux).
    #[arg(long, default_value = "127.0.0.2")]
    ip: IpAddr,
    /// The port to serve at.
    #[arg(long, default_value_t = 8091)]
    port: u16,
    /// The expert.
    #[arg(long, value_enum, default_value_t = ExpertKind::Static)]
    expert: ExpertKind,
    /// The dimension of the n-gram and random experts (the static expert's is its table's).
    #[arg(long, default_value_t = 256)]
    dim: usize,
    /// The static expert's model directory (`embeddings.safetensors` and `tokenizer.json`);
    /// default `$FINNEY_MODELS/wordllama-0.4.0.post1`, where `scripts/setup.sh` puts it.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Keep only the first N dimensions.
    #[arg(long)]
    truncate: Option<usize>,
    /// Add noise of this relative size to every embedding.
    #[arg(long)]
    noise: Option<f32>,
    /// The seed of the noise or random expert.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Serve only callers with a validator permit.
    #[arg(long)]
    require_validator_permit: bool,
    /// Requests served at once.
    #[arg(long, default_value_t = 2)]
    slots: usize,
    /// Seconds between metagraph refreshes.
    #[arg(long, default_value_t = 12)]
    refresh: u64,
}

fn build_expert(args: &Args) -> Result<Box<dyn Embedder>, String> {
    let kind = match args.expert {
        ExpertKind::Static => finney_neuron_ml::ExpertKind::Static,
        ExpertKind::Ngram => finney_neuron_ml::ExpertKind::Ngram,
        ExpertKind::Random => finney_neuron_ml::ExpertKind::Random,
    };
    ExpertSpec {
        kind,
        dim: args.dim,
        truncate: args.truncate,
        noise: args.noise,
        seed: args.seed,
        model: args.model.clone(),
    }
    .build()
}

/// The subnet's registered hotkeys, from the last metagraph read: stake and validator permit.
#[derive(Default)]
struct Metagraph {
    members: RwLock<HashMap<[u8; 32], (u64, bool)>>,
    require_permit: bool,
    netuid: u16,
}

impl Metagraph {
    fn update(&self, neurons: &[Neuron]) {
        let members = neurons.iter().map(|n| (n.hotkey.0, (n.stake, n.validator_permit))).collect();
        if let Ok(mut guard) = self.members.write() {
            *guard = members;
        }
    }
}

impl Admission for Metagraph {
    fn admit(&self, caller: &Hotkey) -> Result<u64, Refusal> {
        let members = self
            .members
            .read()
            .map_err(|_| Refusal::Unavailable("the metagraph is being updated".into()))?;
        match members.get(&caller.0) {
            None => Err(Refusal::Forbidden(format!(
                "{caller} is not registered on subnet {}",
                self.netuid
            ))),
            Some((_, false)) if self.require_permit => Err(Refusal::Forbidden(format!(
                "{caller} has no validator permit on subnet {}",
                self.netuid
            ))),
            Some((stake, _)) => Ok(*stake),
        }
    }
}

/// An embedder served as the axon's expert.
struct Served {
    embedder: Box<dyn Embedder>,
}

impl Expert for Served {
    fn info(&self) -> InfoResponse {
        InfoResponse {
            model: self.embedder.name(),
            dim: u32::try_from(self.embedder.dim()).unwrap_or(u32::MAX),
            modalities: vec![Modality::Text],
            version: PROTOCOL_VERSION,
        }
    }

    fn embed(&self, request: &EmbedRequest) -> Result<EmbedResponse, Refusal> {
        if request.modality != Modality::Text {
            return Err(Refusal::BadRequest(format!(
                "this miner embeds text, not {:?}",
                request.modality
            )));
        }
        Ok(EmbedResponse {
            model: self.embedder.name(),
            dim: u32::try_from(self.embedder.dim()).unwrap_or(u32::MAX),
            embeddings: self.embedder.embed(&request.inputs),
        })
    }
}

async fn run(args: Args) -> Result<(), String> {
    let hotkey = keypair_from_uri(&args.hotkey, "--hotkey")?;
    let me = hotkey_of(&hotkey);
    // The expert first: a missing model fails before anything is paid for.
    let expert = Arc::new(Served { embedder: build_expert(&args)? });
    let chain = Chain::connect(&args.ws).await.map_err(|e| e.to_string())?;
    let neurons = chain.neurons(args.netuid).await.map_err(|e| e.to_string())?;

    let uid = match neurons.iter().find(|n| n.hotkey == me) {
        Some(n) => n.uid,
        None => {
            let coldkey_uri = args.coldkey.as_deref().ok_or_else(|| {
                format!(
                    "{me} is not registered on subnet {}; pass --coldkey to register it by burn",
                    args.netuid
                )
            })?;
            let coldkey = keypair_from_uri(coldkey_uri, "--coldkey")?;
            let uid = chain
                .burned_register(&coldkey, args.netuid, &me)
                .await
                .map_err(|e| format!("registering {me}: {e}"))?;
            log::info!("registered {me} on subnet {} as uid {uid}", args.netuid);
            uid
        }
    };

    let published = neurons
        .iter()
        .find(|n| n.hotkey == me)
        .and_then(|n| n.axon.as_ref())
        .is_some_and(|a| a.ip == args.ip && a.port == args.port);
    if !published {
        chain
            .serve_axon(
                &hotkey,
                args.netuid,
                u32::try_from(PROTOCOL_VERSION).unwrap_or(0),
                args.ip,
                args.port,
            )
            .await
            .map_err(|e| format!("serve_axon: {e}"))?;
        log::info!("published the axon {}:{} for uid {uid}", args.ip, args.port);
    }

    let metagraph = Arc::new(Metagraph {
        members: RwLock::default(),
        require_permit: args.require_validator_permit,
        netuid: args.netuid,
    });
    metagraph.update(&chain.neurons(args.netuid).await.map_err(|e| e.to_string())?);
    log::info!("expert: {} ({} dimensions)", expert.embedder.name(), expert.embedder.dim());

    let mut config = AxonConfig::new(SocketAddr::new(args.ip, args.port));
    config.slots = args.slots;
    let axon = Axon::start(hotkey, config, metagraph.clone(), expert)
        .await
        .map_err(|e| format!("binding {}:{}: {e}", args.ip, args.port))?;

    let refresher = {
        let (chain, metagraph, netuid) = (chain.clone(), metagraph.clone(), args.netuid);
        let every = Duration::from_secs(args.refresh.max(1));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                match chain.neurons(netuid).await {
                    Ok(neurons) => metagraph.update(&neurons),
                    Err(e) => log::warn!("metagraph refresh failed: {e}"),
                }
            }
        })
    };
    tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
    log::info!("stopping");
    refresher.abort();
    axon.stop().await;
    Ok(())
}

#[tokio::main]
async fn main() {
    finney_neuron_net::init_logging();
    if let Err(e) = run(Args::parse()).await {
        log::error!("{e}");
        std::process::exit(1);
    }
}
