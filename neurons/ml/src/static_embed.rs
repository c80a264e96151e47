//! The static token-embedding expert: a pretrained table of one vector per token, mean-pooled.
//!
//! A text is split into tokens by its tokenizer (no special tokens added), each token's row of
//! the table is looked up, and the rows are averaged and normalised to unit length. It knows
//! what words mean (the table was distilled from a large language model) but sees a misspelt
//! word as different tokens.
//!
//! The model Finney's miners use is `wordllama` 0.4.0 (`l2_supercat_256`: 32 000 tokens x 256
//! dimensions, fp16, MIT licence), unpacked by `scripts/setup.sh` into
//! `$FINNEY_MODELS/wordllama-0.4.0.post1/` as `embeddings.safetensors` and `tokenizer.json`.
//! Its dimensions were trained Matryoshka-style, so keeping the first 64 or 32 of them is a
//! smaller model of the same kind, not a broken one.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device};
use tokenizers::Tokenizer;

use crate::{embedder::l2_normalize, Embedder};

/// The file of the embedding table inside a model directory.
pub const TABLE_FILE: &str = "embeddings.safetensors";
/// The file of the tokenizer inside a model directory.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// The directory name of the model `scripts/setup.sh` installs, under `$FINNEY_MODELS`.
pub const DEFAULT_MODEL: &str = "wordllama-0.4.0.post1";

/// Where the default model is: `$FINNEY_MODELS/wordllama-0.4.0.post1`, with `$FINNEY_MODELS`
/// defaulting to `$HOME/.cache/finney/models` as in `scripts/env.sh`.
pub fn default_model_dir() -> PathBuf {
    let models = std::env::var_os("FINNEY_MODELS").map(PathBuf::from).unwrap_or_else(|| {
        std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(".cache/finney/models")
    });
    models.join(DEFAULT_MODEL)
}

/// Why a model could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A file of the model is missing or unreadable.
    Missing(PathBuf, String),
    /// The table file holds no single 2-D tensor, or the tokenizer file is not a tokenizer.
    Format(PathBuf, String),
}

impl core::fmt::Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            LoadError::Missing(path, e) => write!(
                f,
                "cannot read {}: {e} (run scripts/setup.sh to fetch the model, or pass its directory)",
                path.display()
            ),
            LoadError::Format(path, e) => write!(f, "{} is not usable: {e}", path.display()),
        }
    }
}

impl std::error::Error for LoadError {}

/// A static token-embedding expert (see the module documentation).
pub struct StaticEmbedding {
    name: String,
    tokenizer: Tokenizer,
    /// Row-major `vocab x dim`.
    table: Vec<f32>,
    vocab: usize,
    dim: usize,
}

impl StaticEmbedding {
    /// Loads the model in `dir` ([`TABLE_FILE`] with one 2-D tensor of any float type, and
    /// [`TOKENIZER_FILE`]).
    pub fn load(dir: &Path) -> Result<Self, LoadError> {
        let table_path = dir.join(TABLE_FILE);
        let tokenizer_path = dir.join(TOKENIZER_FILE);
        if !table_path.is_file() {
            return Err(LoadError::Missing(table_path, "no such file".into()));
        }
        if !tokenizer_path.is_file() {
            return Err(LoadError::Missing(tokenizer_path, "no such file".into()));
        }
        let tensors = candle_core::safetensors::load(&table_path, &Device::Cpu)
            .map_err(|e| LoadError::Format(table_path.clone(), e.to_string()))?;
        let mut tensors: Vec<_> = tensors.into_iter().collect();
        let tensor = match (tensors.pop(), tensors.is_empty()) {
            (Some((_, t)), true) => t,
            _ => return Err(LoadError::Format(table_path, "expected exactly one tensor".into())),
        };
        let (vocab, dim) = tensor
            .dims2()
            .map_err(|e| LoadError::Format(table_path.clone(), format!("not a table: {e}")))?;
        let table = tensor
            .to_dtype(DType::F32)
            .and_then(|t| t.flatten_all())
            .and_then(|t| t.to_vec1::<f32>())
            .map_err(|e| LoadError::Format(table_path.clone(), e.to_string()))?;
        let mut tokenizer = Tokenizer::from_file(&tokenizer_path)
            .map_err(|e| LoadError::Format(tokenizer_path.clone(), e.to_string()))?;
        tokenizer
            .with_truncation(None)
            .map_err(|e| LoadError::Format(tokenizer_path, e.to_string()))?;
        tokenizer.with_padding(None);
        let name = format!(
            "static:{}",
            dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        );
        Ok(Self { name, tokenizer, table, vocab, dim })
    }

    /// The number of tokens the table has a row for.
    pub fn vocab(&self) -> usize {
        self.vocab
    }

    fn embed_ids(&self, ids: &[u32]) -> Vec<f32> {
        // The sum of the rows: normalising it gives the normalised mean.
        let mut v = vec![0.0f32; self.dim];
        for id in ids {
            let Ok(id) = usize::try_from(*id) else { continue };
            let start = id.saturating_mul(self.dim);
            let Some(row) = self.table.get(start..start.saturating_add(self.dim)) else {
                continue;
            };
            v.iter_mut().zip(row).for_each(|(a, b)| *a += b);
        }
        l2_normalize(&mut v);
        v
    }
}

impl Embedder for StaticEmbedding {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn dim(&self) -> usize {
        self.dim
    }

    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
        inputs
            .iter()
            .map(|text| match self.tokenizer.encode(text.as_str(), false) {
                Ok(encoding) => self.embed_ids(encoding.get_ids()),
                // A text the tokenizer cannot split embeds as zero: it matches nothing.
                Err(_) => vec![0.0; self.dim],
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::cosine;
    use candle_core::Tensor;

    /// A word-level tokenizer over five words (unknown words map to `[UNK]`, id 0).
    const TOKENIZER: &str = r#"{
      "version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
      "normalizer": {"type": "Lowercase"},
      "pre_tokenizer": {"type": "Whitespace"},
      "post_processor": null, "decoder": null,
      "model": {"type": "WordLevel", "unk_token": "[UNK]",
                "vocab": {"[UNK]": 0, "cat": 1, "feline": 2, "dog": 3, "canine": 4, "pet": 5}}
    }"#;

    /// A model directory with the fixture tokenizer and a 6 x 3 fp16 table in which "cat" and
    /// "feline" point one way, "dog" and "canine" another, and "pet" between them.
    fn fixture() -> tempdir::Dir {
        let dir = tempdir::Dir::new("static");
        std::fs::write(dir.path().join(TOKENIZER_FILE), TOKENIZER).unwrap();
        let rows: [[f32; 3]; 6] = [
            [0.0, 0.0, 1.0],
            [1.0, 0.1, 0.0],
            [0.9, 0.0, 0.0],
            [0.1, 1.0, 0.0],
            [0.0, 0.9, 0.0],
            [1.0, 1.0, 0.0],
        ];
        let flat: Vec<f32> = rows.iter().flatten().copied().collect();
        let table = Tensor::from_vec(flat, (6, 3), &Device::Cpu)
            .and_then(|t| t.to_dtype(DType::F16))
            .unwrap();
        table.save_safetensors("embedding.weight", dir.path().join(TABLE_FILE)).unwrap();
        dir
    }

    #[test]
    fn mean_pools_the_rows_of_the_tokens() {
        let dir = fixture();
        let model = StaticEmbedding::load(dir.path()).unwrap();
        assert_eq!((model.vocab(), model.dim()), (6, 3));
        let texts = ["cat", "Feline", "dog", "canine", "cat dog"].map(String::from);
        let e = model.embed(&texts);
        assert!(cosine(&e[0], &e[1]) > 0.99, "synonyms are close");
        assert!(cosine(&e[2], &e[3]) > 0.99);
        assert!(cosine(&e[0], &e[2]) < 0.2, "unrelated words are far");
        // "cat dog" is the normalised mean of rows 1 and 3: (1.1, 1.1, 0) / |.|.
        let half = std::f32::consts::FRAC_1_SQRT_2;
        for (got, want) in e[4].iter().zip([half, half, 0.0]) {
            assert!((got - want).abs() < 1e-3, "{:?}", e[4]);
        }
        for v in &e {
            let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-3);
        }
    }

    #[test]
    fn unknown_and_empty_texts_embed_without_panicking() {
        let dir = fixture();
        let model = StaticEmbedding::load(dir.path()).unwrap();
        let e = model.embed(&["zebra".to_string(), String::new()]);
        assert_eq!(e[0], vec![0.0, 0.0, 1.0], "the unknown token's row");
        assert_eq!(e[1], vec![0.0; 3], "no token: the zero vector");
    }

    #[test]
    fn a_missing_model_says_how_to_get_it() {
        let dir = tempdir::Dir::new("empty");
        let err = StaticEmbedding::load(dir.path()).err().unwrap().to_string();
        assert!(err.contains(TABLE_FILE) && err.contains("scripts/setup.sh"), "{err}");
        std::fs::write(dir.path().join(TABLE_FILE), b"not safetensors").unwrap();
        std::fs::write(dir.path().join(TOKENIZER_FILE), TOKENIZER).unwrap();
        let err = StaticEmbedding::load(dir.path()).err().unwrap().to_string();
        assert!(err.contains("is not usable"), "{err}");
    }

    /// A directory under the system's temp dir, removed on drop.
    mod tempdir {
        pub struct Dir(std::path::PathBuf);
        impl Dir {
            pub fn new(tag: &str) -> Self {
                static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
                let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let path = std::env::temp_dir()
                    .join(format!("finney-ml-{tag}-{}-{n}", std::process::id()));
                std::fs::create_dir_all(&path).unwrap();
                Self(path)
            }
            pub fn path(&self) -> &std::path::Path {
                &self.0
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }
}
