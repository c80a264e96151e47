//! # Finney neuron machine learning
//!
//! What miners and validators compute, with no model hub and no C/C++ library:
//!
//! - [`Embedder`]: a miner's expert, text in, one vector per text out. [`CharNgram`] hashes
//!   character n-grams (no weights, robust to typos); [`degrade`] wraps any embedder into a
//!   worse one (fewer dimensions, added noise, or pure noise), so one binary can play every rung
//!   of a quality ladder. [`StaticEmbedding`] mean-pools a pretrained token-embedding table
//!   (wordllama's, fetched by `scripts/setup.sh`): it knows meanings, not spellings.
//! - [`task`]: retrieval tasks a validator draws from a lexicon (reverse dictionary: a gloss
//!   must retrieve its word; typo: a misspelt word must retrieve the word), shuffled
//!   reproducibly from a seed, and the reciprocal rank an embedder earns on each query.
//! - [`lexicon`]: WordNet's data files read into (word, definition) entries.
//! - [`spec`] and [`ladder`]: an expert described by a miner's flags, the quality ladder a local
//!   network runs, its true quality, and the gate over it measured on held-out queries.
//! - [`metrics`]: ranks, mean reciprocal rank, top-k accuracy, Spearman correlation.
//! - [`gate`]: the mixture of experts. A softmax gate over experts, a linear function of a
//!   query's features, trained by gradient descent (candle's autograd) to maximise the expected
//!   reciprocal rank: it learns which expert to trust for which kind of query.
//!
//! Design: docs/design.md, section 8.

pub mod degrade;
pub mod embedder;
pub mod gate;
pub mod ladder;
pub mod lexicon;
pub mod metrics;
pub mod ngram;
pub mod spec;
pub mod static_embed;
pub mod task;

pub use embedder::{cosine, l2_normalize, Embedder};
pub use ngram::CharNgram;
pub use spec::{ExpertKind, ExpertSpec};
pub use static_embed::StaticEmbedding;
