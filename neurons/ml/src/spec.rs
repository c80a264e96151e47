//! An expert described by a few settings (a miner's `--expert`, `--dim`, `--truncate`,
//! `--noise`, `--seed`, `--model` flags), and built from them.

use std::path::PathBuf;

use crate::{
    degrade::{Noise, RandomEmbedder, Truncate},
    static_embed::{self, StaticEmbedding},
    CharNgram, Embedder,
};

/// The kind of base expert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpertKind {
    /// The pretrained static token-embedding table ([`StaticEmbedding`]): meaning.
    Static,
    /// Character n-grams hashed into `dim` dimensions ([`CharNgram`]): spelling.
    Ngram,
    /// A random vector per text ([`RandomEmbedder`]): no information.
    Random,
}

impl ExpertKind {
    /// The name used on command lines.
    pub fn as_str(self) -> &'static str {
        match self {
            ExpertKind::Static => "static",
            ExpertKind::Ngram => "ngram",
            ExpertKind::Random => "random",
        }
    }
}

/// A base expert and its degradations, applied in this order: truncation, then noise.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpertSpec {
    /// The base expert.
    pub kind: ExpertKind,
    /// The dimension of the n-gram and random experts (the static expert's is its table's).
    pub dim: usize,
    /// Keep only the first N dimensions.
    pub truncate: Option<usize>,
    /// Add noise of this relative size.
    pub noise: Option<f32>,
    /// The seed of the noise and of the random expert.
    pub seed: u64,
    /// The static expert's model directory (default: [`static_embed::default_model_dir`]).
    pub model: Option<PathBuf>,
}

impl ExpertSpec {
    /// A base expert with no degradation, seed 0 and the default model.
    pub fn new(kind: ExpertKind, dim: usize) -> Self {
        Self { kind, dim, truncate: None, noise: None, seed: 0, model: None }
    }

    /// The static expert's model directory.
    pub fn model_dir(&self) -> PathBuf {
        self.model.clone().unwrap_or_else(static_embed::default_model_dir)
    }

    /// Builds the expert (loading the model for a static one).
    pub fn build(&self) -> Result<Box<dyn Embedder>, String> {
        let base: Box<dyn Embedder> = match self.kind {
            ExpertKind::Static => {
                Box::new(StaticEmbedding::load(&self.model_dir()).map_err(|e| e.to_string())?)
            }
            ExpertKind::Ngram => Box::new(CharNgram::new(self.dim)),
            ExpertKind::Random => Box::new(RandomEmbedder::new(self.dim, self.seed)),
        };
        Ok(self.degrade(base))
    }

    /// Wraps `base` (an already built expert of this spec's kind) in this spec's degradations.
    pub fn degrade(&self, base: Box<dyn Embedder>) -> Box<dyn Embedder> {
        let truncated: Box<dyn Embedder> = match self.truncate {
            Some(dim) => Box::new(Truncate::new(base, dim)),
            None => base,
        };
        match self.noise {
            Some(sigma) => Box::new(Noise::new(truncated, sigma, self.seed)),
            None => truncated,
        }
    }

    /// The `finney-miner` flags that build this expert.
    pub fn miner_flags(&self) -> Vec<String> {
        let mut flags = vec![
            "--expert".into(),
            self.kind.as_str().into(),
            "--dim".into(),
            self.dim.to_string(),
            "--seed".into(),
            self.seed.to_string(),
        ];
        if let Some(t) = self.truncate {
            flags.extend(["--truncate".into(), t.to_string()]);
        }
        if let Some(n) = self.noise {
            flags.extend(["--noise".into(), n.to_string()]);
        }
        if let (ExpertKind::Static, Some(model)) = (self.kind, &self.model) {
            flags.extend(["--model".into(), model.display().to_string()]);
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn degradations_apply_in_order() {
        let spec = ExpertSpec {
            truncate: Some(8),
            noise: Some(0.5),
            seed: 3,
            ..ExpertSpec::new(ExpertKind::Ngram, 64)
        };
        let e = spec.build().unwrap();
        assert_eq!(e.dim(), 8);
        assert_eq!(e.embed(&["word".into()])[0].len(), 8);
        assert_eq!(
            spec.miner_flags(),
            [
                "--expert",
                "ngram",
                "--dim",
                "64",
                "--seed",
                "3",
                "--truncate",
                "8",
                "--noise",
                "0.5"
            ]
        );
    }

    #[test]
    fn a_static_expert_without_its_model_is_a_clear_error() {
        let spec = ExpertSpec {
            model: Some(PathBuf::from("/nonexistent/model")),
            ..ExpertSpec::new(ExpertKind::Static, 0)
        };
        let err = spec.build().err().unwrap();
        assert!(err.contains("/nonexistent/model") && err.contains("scripts/setup.sh"), "{err}");
    }
}
