//! The quality ladder: the miners a local network runs (`finney-localnet`, the neuron
//! benchmark), their true quality measured offline on the held-out part of the lexicon, and the
//! gate over them trained on one set of queries and measured on another.

use std::{path::PathBuf, sync::Arc};

use crate::{
    gate::{Gate, Training},
    metrics::mean,
    task::{self, Entry, QueryKind, FEATURES},
    Embedder, ExpertKind, ExpertSpec, StaticEmbedding,
};

/// One rung: a named miner expert.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    /// A short name.
    pub name: &'static str,
    /// The expert `finney-miner` builds from its flags.
    pub spec: ExpertSpec,
}

/// The seed every miner of the ladder uses for its noise.
pub const SEED: u64 = 7;

/// The default ladder: the pretrained static expert (in `model`, default
/// `$FINNEY_MODELS/wordllama-0.4.0.post1`), the n-gram specialist, and degradations of the
/// static expert down to a random one.
pub fn default_ladder(model: Option<PathBuf>) -> Vec<Rung> {
    let r = |name, kind, dim, truncate, noise| Rung {
        name,
        spec: ExpertSpec { kind, dim, truncate, noise, seed: SEED, model: model.clone() },
    };
    use ExpertKind::{Ngram, Random, Static};
    vec![
        r("static-256", Static, 256, None, None),
        r("ngram-512", Ngram, 512, None, None),
        r("static-256+noise", Static, 256, None, Some(1.0)),
        r("static-256[..32]", Static, 256, Some(32), None),
        r("static-256[..8]", Static, 256, Some(8), None),
        r("random-256", Random, 256, None, None),
    ]
}

/// Builds the experts of `rungs` in process, as `finney-miner` builds them from their flags,
/// loading each static model once.
pub fn build(rungs: &[Rung]) -> Result<Vec<Box<dyn Embedder>>, String> {
    let mut models: Vec<(PathBuf, Arc<StaticEmbedding>)> = Vec::new();
    rungs
        .iter()
        .map(|rung| match rung.spec.kind {
            ExpertKind::Static => {
                let dir = rung.spec.model_dir();
                let model = match models.iter().find(|(d, _)| *d == dir) {
                    Some((_, m)) => m.clone(),
                    None => {
                        let m = Arc::new(StaticEmbedding::load(&dir).map_err(|e| e.to_string())?);
                        models.push((dir, m.clone()));
                        m
                    }
                };
                Ok(rung.spec.degrade(Box::new(model)))
            }
            _ => rung.spec.build(),
        })
        .collect()
}

/// The mean reciprocal rank of `embedder` on `tasks` tasks drawn from `held_out` (64
/// candidates and 64 queries, as the validators draw them), seeds 0..tasks.
pub fn true_quality(
    embedder: &dyn Embedder,
    held_out: &[Entry],
    tasks: u64,
    typo_share: f64,
) -> f64 {
    let scores: Vec<f64> = (0..tasks)
        .flat_map(|seed| task::evaluate(embedder, &task::draw(held_out, seed, 64, 64, typo_share)))
        .collect();
    mean(scores.into_iter())
}

/// Each expert's reciprocal rank on every query of `tasks` tasks drawn from `entries` with
/// seeds `first_seed..`: per query, its gate features, its kind, and one reciprocal rank per
/// expert.
pub fn query_ranks(
    experts: &[Box<dyn Embedder>],
    entries: &[Entry],
    first_seed: u64,
    tasks: u64,
    typo_share: f64,
) -> Vec<(Vec<f64>, QueryKind, Vec<f64>)> {
    let mut rows = Vec::new();
    for seed in first_seed..first_seed.saturating_add(tasks) {
        let task = task::draw(entries, seed, 64, 64, typo_share);
        let ranks: Vec<Vec<f64>> =
            experts.iter().map(|e| task::evaluate(e.as_ref(), &task)).collect();
        for (q, query) in task.queries.iter().enumerate() {
            let rr = ranks.iter().map(|r| r.get(q).copied().unwrap_or(0.0)).collect();
            rows.push((query.features(), query.kind, rr));
        }
    }
    rows
}

/// The gate trained on one set of queries and measured on another.
pub struct GateReport {
    /// Per expert: its MRR on the held-out definition queries, typo queries, and all.
    pub per_expert: Vec<[f64; 3]>,
    /// Per expert: the share of held-out queries whose word it ranks first (top-1 accuracy).
    pub top1: Vec<f64>,
    /// The routed MRR on the held-out queries: each goes to the expert the gate picks.
    pub routed: f64,
    /// The routed top-1 accuracy on the held-out queries.
    pub routed_top1: f64,
    /// The index of the best single expert on all held-out queries.
    pub best: usize,
    /// How often the gate sent a held-out definition / typo query to each expert.
    pub routing: Vec<[usize; 2]>,
}

/// Trains the gate on `train` rows and measures it on `test` rows (as [`query_ranks`] gives).
pub fn gate_report(
    train: &[(Vec<f64>, QueryKind, Vec<f64>)],
    test: &[(Vec<f64>, QueryKind, Vec<f64>)],
    experts: usize,
) -> Result<GateReport, String> {
    let xs: Vec<Vec<f64>> = train.iter().map(|(x, _, _)| x.clone()).collect();
    let rr: Vec<Vec<f64>> = train.iter().map(|(_, _, r)| r.clone()).collect();
    let mut gate = Gate::new(experts, FEATURES);
    gate.train(&xs, &rr, Training::default()).map_err(|e| e.to_string())?;

    let of_kind = |kind: Option<QueryKind>, e: usize| {
        mean(
            test.iter()
                .filter(|(_, k, _)| kind.is_none_or(|kind| *k == kind))
                .map(|(_, _, r)| r.get(e).copied().unwrap_or(0.0)),
        )
    };
    let per_expert: Vec<[f64; 3]> = (0..experts)
        .map(|e| {
            [
                of_kind(Some(QueryKind::Definition), e),
                of_kind(Some(QueryKind::Typo), e),
                of_kind(None, e),
            ]
        })
        .collect();
    let best = (0..experts)
        .max_by(|a, b| {
            let (x, y) = (per_expert.get(*a), per_expert.get(*b));
            let all = |v: Option<&[f64; 3]>| v.map_or(0.0, |v| v.get(2).copied().unwrap_or(0.0));
            all(x).total_cmp(&all(y))
        })
        .unwrap_or(0);
    let first = |rr: f64| if rr >= 1.0 { 1.0 } else { 0.0 };
    let top1: Vec<f64> = (0..experts)
        .map(|e| mean(test.iter().map(|(_, _, r)| first(r.get(e).copied().unwrap_or(0.0)))))
        .collect();
    let mut routing = vec![[0usize; 2]; experts];
    let mut routed_ranks = Vec::with_capacity(test.len());
    let routed = mean(test.iter().map(|(x, kind, r)| {
        let e = gate.route(x);
        let i = usize::from(*kind == QueryKind::Typo);
        if let Some(count) = routing.get_mut(e).and_then(|slot| slot.get_mut(i)) {
            *count = count.saturating_add(1);
        }
        let rr = r.get(e).copied().unwrap_or(0.0);
        routed_ranks.push(rr);
        rr
    }));
    let routed_top1 = mean(routed_ranks.into_iter().map(first));
    Ok(GateReport { per_expert, top1, routed, routed_top1, best, routing })
}
