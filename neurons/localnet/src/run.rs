//! `finney-localnet run`: the whole local network, and its checks.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use finney_neuron_chain::{keypair_from_uri, Chain, Keypair, Neuron};
use finney_neuron_ml::{
    cosine,
    metrics::spearman,
    task::{self, Entry},
    ExpertKind,
};
use finney_neuron_net::{
    dendrite::{post_raw, AxonTarget, CallError, Dendrite},
    now_ns,
};
use finney_neuron_protocol::{
    hotkey_of, sign_request, EmbedRequest, Limits, Modality, SignRequest,
};
use subxt::dynamic::Value;
use tokio::process::{Child, Command};

use finney_neuron_ml::ladder::{self, Rung};

const TAO: u128 = 1_000_000_000;

/// How to run the network.
pub struct Options {
    /// The node's RPC endpoint.
    pub ws: String,
    /// Epochs to wait once every neuron runs.
    pub epochs: u64,
    /// The subnet's tempo (an epoch every tempo + 1 blocks).
    pub tempo: u16,
    /// The `finney-miner` binary.
    pub miner_bin: PathBuf,
    /// The `finney-validator` binary.
    pub validator_bin: PathBuf,
    /// Where the neurons' logs and state go.
    pub workdir: PathBuf,
    /// The lexicon directory.
    pub lexicon: PathBuf,
    /// Entries held out of the validators' tasks.
    pub holdout: usize,
    /// The static experts' model directory (default: where `scripts/setup.sh` puts it).
    pub model: Option<PathBuf>,
    /// Turn on commit-reveal: the validators commit their weights' hashes and reveal them an
    /// epoch later.
    pub commit_reveal: bool,
}

/// What the checks found.
pub struct Outcome {
    /// Human-readable lines: the table and each check.
    pub report: Vec<String>,
    /// Whether every check held.
    pub passed: bool,
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// The flags every neuron takes: the node, the subnet, the hotkey.
fn neuron_args(ws: &str, netuid: u16, hotkey_uri: &str) -> Vec<String> {
    vec![
        "--ws".into(),
        ws.into(),
        "--netuid".into(),
        netuid.to_string(),
        "--hotkey".into(),
        hotkey_uri.into(),
    ]
}

fn spawn(bin: &Path, args: &[String], log: &Path) -> Result<Child, String> {
    let file = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
    let stderr = file.try_clone().map_err(err)?;
    Command::new(bin)
        .args(args)
        .env("FINNEY_LOG", "info")
        .stdout(Stdio::from(file))
        .stderr(Stdio::from(stderr))
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("starting {}: {e}", bin.display()))
}

async fn set(
    chain: &Chain,
    alice: &Keypair,
    netuid: u16,
    name: &str,
    value: Value,
) -> Result<(), String> {
    let parameter = Value::unnamed_variant(name, [value]);
    chain
        .sudo(
            alice,
            "SubtensorModule",
            "set_hyperparameter",
            vec![Value::u128(netuid.into()), parameter],
        )
        .await
        .map(|_| ())
        .map_err(|e| format!("set {name}: {e}"))
}

/// Runs the network and checks it.
pub async fn run(options: &Options, lexicon: &[Entry]) -> Result<Outcome, String> {
    // The ladder's experts in process, for their true quality: a missing model fails here,
    // before anything happens on chain.
    let ladder = ladder::default_ladder(options.model.clone());
    let experts = ladder::build(&ladder)?;
    std::fs::create_dir_all(&options.workdir).map_err(err)?;
    let chain = Chain::connect(&options.ws).await.map_err(err)?;
    let alice = keypair_from_uri("//Alice", "sudo")?;

    // 1. A subnet with a short tempo, weights every block, two validator permits, no weight cap.
    chain.open_subnet_creation(&alice).await.map_err(err)?;
    let netuid = chain.register_network(&alice).await.map_err(err)?;
    log::info!("subnet {netuid} created");
    for (name, value) in [
        ("Tempo", u128::from(options.tempo)),
        ("WeightsRateLimit", 0),
        ("MaxRegistrationsPerBlock", 32),
        ("TargetRegistrationsPerInterval", 32),
        ("Burn", TAO / 10),
        ("MinBurn", TAO / 10),
        ("MaxWeightsLimit", 65535),
        ("MinAllowedWeights", 1),
        ("MaxAllowedValidators", 2),
    ] {
        set(&chain, &alice, netuid, name, Value::u128(value)).await?;
    }
    if options.commit_reveal {
        set(&chain, &alice, netuid, "CommitRevealWeightsEnabled", Value::bool(true)).await?;
        log::info!("commit-reveal on: weights are committed, then revealed an epoch later");
    }

    // 2. The neurons' keys, funded for their fees and registered (one signer at a time).
    let miner_uris: Vec<String> =
        (0..ladder.len()).map(|i| format!("//LocalnetMiner{i}")).collect();
    let validator_uris = ["//LocalnetValidator0".to_owned(), "//LocalnetValidator1".to_owned()];
    let mut uids = Vec::new();
    for uri in miner_uris.iter().chain(validator_uris.iter()) {
        let key = hotkey_of(&keypair_from_uri(uri, "hotkey")?);
        chain.transfer(&alice, &key, 10 * TAO).await.map_err(err)?;
        uids.push(chain.burned_register(&alice, netuid, &key).await.map_err(err)?);
    }
    let validator_keys: Vec<Keypair> =
        validator_uris.iter().map(|u| keypair_from_uri(u, "hotkey")).collect::<Result<_, _>>()?;
    for key in &validator_keys {
        chain.add_stake(&alice, &hotkey_of(key), 1000 * 1_000_000_000).await.map_err(err)?;
    }
    log::info!("registered uids {uids:?}; validators staked 1000 TAO each");

    // 3. The miners, one loopback address each; wait until every axon is on chain.
    let mut children = Vec::new();
    for (i, (rung, uri)) in ladder.iter().zip(&miner_uris).enumerate() {
        let mut args = neuron_args(&options.ws, netuid, uri);
        args.extend([
            "--ip".into(),
            format!("127.0.0.{}", 10usize.saturating_add(i)),
            "--port".into(),
            "8091".into(),
            "--refresh".into(),
            "3".into(),
        ]);
        args.extend(rung.spec.miner_flags());
        children.push(spawn(
            &options.miner_bin,
            &args,
            &options.workdir.join(format!("miner-{i}.log")),
        )?);
    }
    let started = tokio::time::Instant::now();
    loop {
        let served =
            chain.neurons(netuid).await.map_err(err)?.iter().filter(|n| n.axon.is_some()).count();
        if served >= ladder.len() {
            break;
        }
        if started.elapsed() > Duration::from_secs(180) {
            return Err(format!(
                "only {served} of {} miners served an axon within 180 s (logs in {})",
                ladder.len(),
                options.workdir.display()
            ));
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    log::info!("all {} miners serve", ladder.len());

    // 4. The validators.
    for (j, uri) in validator_uris.iter().enumerate() {
        let mut args = neuron_args(&options.ws, netuid, uri);
        args.extend([
            "--lexicon".into(),
            options.lexicon.display().to_string(),
            "--holdout".into(),
            options.holdout.to_string(),
            "--state".into(),
            options.workdir.join(format!("validator-{j}.json")).display().to_string(),
        ]);
        children.push(spawn(
            &options.validator_bin,
            &args,
            &options.workdir.join(format!("validator-{j}.log")),
        )?);
    }

    // 5. True quality, offline, while the network runs.
    let (_, held_out) = task::split(lexicon, 0, options.holdout);
    let quality: Vec<f64> =
        experts.iter().map(|e| ladder::true_quality(e.as_ref(), &held_out, 40, 0.5)).collect();

    // 6. Wait the epochs.
    let start = chain.finalized_number().await.map_err(err)?;
    let blocks = options.epochs.saturating_mul(u64::from(options.tempo).saturating_add(1));
    for epoch in 1..=options.epochs {
        let target =
            start.saturating_add(epoch.saturating_mul(u64::from(options.tempo).saturating_add(1)));
        chain.wait_for_block(target).await.map_err(err)?;
        let neurons = chain.neurons(netuid).await.map_err(err)?;
        let incentives: Vec<u16> =
            uids.iter().take(ladder.len()).map(|u| incentive_of(&neurons, *u)).collect();
        log::info!(
            "epoch {epoch}/{}: block {target}, miners' incentive {incentives:?}",
            options.epochs
        );
        for (i, child) in children.iter_mut().enumerate() {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!(
                    "neuron process {i} exited early ({status}); logs in {}",
                    options.workdir.display()
                ));
            }
        }
    }
    log::info!("waited {blocks} blocks");

    // 7. The checks.
    let neurons = chain.neurons(netuid).await.map_err(err)?;
    let rows = chain.weight_rows(netuid).await.map_err(err)?;
    let mut outcome = Outcome { report: Vec::new(), passed: true };
    let miner_uids: Vec<u16> = uids.iter().take(ladder.len()).copied().collect();
    report_table(&mut outcome, &ladder, &miner_uids, &quality, &neurons);
    check_incentive(&mut outcome, &ladder, &miner_uids, &quality, &neurons);
    let validator_uids: Vec<u16> = uids.iter().skip(ladder.len()).copied().collect();
    check_agreement(&mut outcome, &validator_uids, &rows, neurons.len());
    let first = neurons.iter().find(|n| n.uid == miner_uids.first().copied().unwrap_or(0));
    if let (Some(miner), Some(validator)) = (first, validator_keys.first()) {
        check_attacks(&mut outcome, miner, validator).await;
    }
    for child in children.iter_mut() {
        let _ = child.kill().await;
    }
    Ok(outcome)
}

fn incentive_of(neurons: &[Neuron], uid: u16) -> u16 {
    neurons.iter().find(|n| n.uid == uid).map_or(0, |n| n.incentive)
}

fn check(outcome: &mut Outcome, ok: bool, line: String) {
    outcome.report.push(format!("{} {line}", if ok { "PASS" } else { "FAIL" }));
    outcome.passed &= ok;
}

fn report_table(
    outcome: &mut Outcome,
    ladder: &[Rung],
    uids: &[u16],
    quality: &[f64],
    neurons: &[Neuron],
) {
    outcome.report.push(format!(
        "{:<5} {:<22} {:>12} {:>10} {:>10}",
        "uid", "rung", "true MRR", "incentive", "dividends"
    ));
    for ((rung, uid), q) in ladder.iter().zip(uids).zip(quality) {
        let n = neurons.iter().find(|n| n.uid == *uid);
        outcome.report.push(format!(
            "{uid:<5} {:<22} {q:>12.4} {:>10} {:>10}",
            rung.name,
            n.map_or(0, |n| n.incentive),
            n.map_or(0, |n| n.dividends)
        ));
    }
}

fn check_incentive(
    outcome: &mut Outcome,
    ladder: &[Rung],
    uids: &[u16],
    quality: &[f64],
    neurons: &[Neuron],
) {
    let incentive: Vec<f64> = uids.iter().map(|u| f64::from(incentive_of(neurons, *u))).collect();
    let rho = spearman(&incentive, quality);
    check(outcome, rho >= 0.9, format!("Spearman(incentive, true quality) = {rho:.3} (>= 0.9)"));
    let total: f64 = neurons.iter().map(|n| f64::from(n.incentive)).sum();
    let random = ladder.iter().position(|r| r.spec.kind == ExpertKind::Random);
    if let (Some(i), true) = (random, total > 0.0) {
        let share = incentive.get(i).copied().unwrap_or(0.0) / total;
        check(
            outcome,
            share < 0.02,
            format!("the random miner's share of the incentive = {:.2} % (< 2 %)", share * 100.0),
        );
    } else {
        check(outcome, false, "no incentive was paid at all".into());
    }
}

fn check_agreement(
    outcome: &mut Outcome,
    validators: &[u16],
    rows: &[(u16, Vec<(u16, u16)>)],
    n: usize,
) {
    let dense = |uid: u16| -> Vec<f32> {
        let mut v = vec![0.0f32; n];
        if let Some((_, row)) = rows.iter().find(|(u, _)| *u == uid) {
            for (dest, w) in row {
                if let Some(slot) = v.get_mut(usize::from(*dest)) {
                    *slot = f32::from(*w);
                }
            }
        }
        v
    };
    match validators {
        [a, b] => {
            let c = cosine(&dense(*a), &dense(*b));
            check(
                outcome,
                c >= 0.95,
                format!("the validators' weight rows agree: cosine = {c:.3} (>= 0.95)"),
            );
        }
        _ => check(outcome, false, "two validators expected".into()),
    }
}

async fn check_attacks(outcome: &mut Outcome, miner: &Neuron, validator: &Keypair) {
    let Some(axon) = miner.axon.as_ref() else {
        check(outcome, false, "the first miner serves no axon".into());
        return;
    };
    let ip = axon.ip.to_string();
    let target = AxonTarget { ip: ip.clone(), port: axon.port, hotkey: miner.hotkey };
    let request = EmbedRequest { modality: Modality::Text, inputs: vec!["lighthouse".into()] };
    let timeout = Duration::from_secs(10);

    // An unregistered caller.
    let stranger = keypair_from_uri("//LocalnetStranger", "stranger");
    if let Ok(stranger) = stranger {
        let answer =
            Dendrite::new(stranger, Limits::default()).embed(&target, &request, timeout).await;
        let ok = matches!(answer, Err(CallError::Refused { status: 403, .. }));
        check(outcome, ok, format!("an unregistered caller is refused with 403 ({answer:?})"));
    }

    let body = serde_json::to_vec(&request).unwrap_or_default();
    let signed = |keypair: &Keypair, body: &[u8], nonce: u64| {
        sign_request(
            keypair,
            SignRequest {
                synapse: "Embed",
                body,
                timeout: 10.0,
                nonce,
                uuid: "localnet-probe",
                dendrite_ip: "127.0.0.1",
                dendrite_port: 0,
                axon_ip: &ip,
                axon_port: axon.port,
                axon_hotkey: &miner.hotkey,
            },
        )
        .to_pairs()
    };
    // A replay: accepted once, refused the second time.
    let headers = signed(validator, &body, now_ns());
    let first = post_raw(&ip, axon.port, "Embed", &headers, body.clone(), timeout).await;
    let second = post_raw(&ip, axon.port, "Embed", &headers, body.clone(), timeout).await;
    let ok = matches!(first, Ok((200, _))) && matches!(second, Ok((401, _)));
    check(
        outcome,
        ok,
        format!(
            "a replayed request is refused with 401 (first {:?}, replay {:?})",
            status(&first),
            status(&second)
        ),
    );
    // A bad signature: the validator's hotkey claimed, another key signing.
    if let Ok(forger) = keypair_from_uri("//LocalnetStranger", "forger") {
        let mut headers = signed(&forger, &body, now_ns());
        for (name, value) in headers.iter_mut() {
            if *name == "bt_header_dendrite_hotkey" {
                *value = hotkey_of(validator).to_string();
            }
        }
        let answer = post_raw(&ip, axon.port, "Embed", &headers, body.clone(), timeout).await;
        check(
            outcome,
            matches!(answer, Ok((401, _))),
            format!("a forged signature is refused with 401 ({:?})", status(&answer)),
        );
    }
    // An oversize body.
    let big = vec![b' '; Limits::default().max_request_body.saturating_add(1)];
    let headers = signed(validator, &big, now_ns());
    let answer = post_raw(&ip, axon.port, "Embed", &headers, big, timeout).await;
    check(
        outcome,
        matches!(answer, Ok((413, _))),
        format!("an oversize body is refused with 413 ({:?})", status(&answer)),
    );
}

fn status(answer: &Result<(u16, String), CallError>) -> String {
    match answer {
        Ok((code, _)) => code.to_string(),
        Err(e) => e.to_string(),
    }
}
