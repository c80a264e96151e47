//! The quality ladder: the miners a local network runs, and their true quality measured
//! offline on the held-out part of the lexicon.

use finney_neuron_ml::{
    degrade::{Noise, RandomEmbedder, Truncate},
    metrics::mean,
    task::{self, Entry},
    CharNgram, Embedder,
};

/// One rung: a miner's expert flags.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    /// A short name.
    pub name: &'static str,
    /// `--expert`.
    pub expert: &'static str,
    /// `--dim`.
    pub dim: usize,
    /// `--truncate`.
    pub truncate: Option<usize>,
    /// `--noise`.
    pub noise: Option<f32>,
}

/// The seed every miner of the ladder uses for its noise.
pub const SEED: u64 = 7;

/// The default ladder, best first.
pub fn default_ladder() -> Vec<Rung> {
    let r = |name, expert, truncate, noise| Rung { name, expert, dim: 512, truncate, noise };
    vec![
        r("ngram-512", "ngram", None, None),
        r("ngram-512+noise1.5", "ngram", None, Some(1.5)),
        r("ngram-512[..64]", "ngram", Some(64), None),
        r("ngram-512[..32]", "ngram", Some(32), None),
        r("ngram-512[..16]", "ngram", Some(16), None),
        r("random-512", "random", None, None),
    ]
}

impl Rung {
    /// The command-line flags of `finney-miner` for this rung.
    pub fn miner_flags(&self) -> Vec<String> {
        let mut flags = vec![
            "--expert".into(),
            self.expert.into(),
            "--dim".into(),
            self.dim.to_string(),
            "--seed".into(),
            SEED.to_string(),
        ];
        if let Some(t) = self.truncate {
            flags.extend(["--truncate".into(), t.to_string()]);
        }
        if let Some(n) = self.noise {
            flags.extend(["--noise".into(), n.to_string()]);
        }
        flags
    }

    /// The same expert, built in process (as `finney-miner` builds it from the flags).
    pub fn embedder(&self) -> Box<dyn Embedder> {
        let base: Box<dyn Embedder> = match self.expert {
            "random" => Box::new(RandomEmbedder::new(self.dim, SEED)),
            _ => Box::new(CharNgram::new(self.dim)),
        };
        let base: Box<dyn Embedder> = match self.truncate {
            Some(t) => Box::new(Truncate::new(base, t)),
            None => base,
        };
        match self.noise {
            Some(n) => Box::new(Noise::new(base, n, SEED)),
            None => base,
        }
    }
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
