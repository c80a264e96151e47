//! Retrieval tasks a validator draws from a lexicon, and how an embedder scores on them.

use rand::{rngs::StdRng, seq::SliceRandom, Rng, SeedableRng};

use crate::{
    cosine,
    metrics::{rank_of, reciprocal_rank},
    Embedder,
};

/// A word and its definition.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The word.
    pub word: String,
    /// Its definition (gloss).
    pub gloss: String,
}

/// What a query asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueryKind {
    /// Reverse dictionary: the query is a definition, the answer its word (meaning).
    Definition,
    /// Spelling: the query is a misspelt word, the answer the word (form).
    Typo,
}

/// One query and the candidate that answers it.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    /// The text sent to the experts.
    pub text: String,
    /// What it asks.
    pub kind: QueryKind,
    /// The index of the right candidate.
    pub target: usize,
}

impl Query {
    /// The gate's features of this query: a bias, its kind (one-hot), its length in words.
    pub fn features(&self) -> Vec<f64> {
        let words = self.text.split_whitespace().count() as f64;
        let (definition, typo) = match self.kind {
            QueryKind::Definition => (1.0, 0.0),
            QueryKind::Typo => (0.0, 1.0),
        };
        vec![1.0, definition, typo, (1.0 + words).ln() / 3.0]
    }
}

/// The number of features [`Query::features`] returns.
pub const FEATURES: usize = 4;

/// Candidates (words) and queries that must each retrieve one of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// The candidate words.
    pub candidates: Vec<String>,
    /// The queries, shuffled.
    pub queries: Vec<Query>,
}

impl Task {
    /// Every text an expert must embed: the candidates, then the queries.
    pub fn texts(&self) -> Vec<String> {
        self.candidates.iter().cloned().chain(self.queries.iter().map(|q| q.text.clone())).collect()
    }
}

/// Splits `lexicon` reproducibly into a private part and a held-out part of `holdout` entries
/// (a validator draws its tasks from the first; true quality is measured on the second).
pub fn split(lexicon: &[Entry], seed: u64, holdout: usize) -> (Vec<Entry>, Vec<Entry>) {
    let mut shuffled = lexicon.to_vec();
    shuffled.shuffle(&mut StdRng::seed_from_u64(seed));
    let cut = shuffled.len().saturating_sub(holdout);
    let held_out = shuffled.split_off(cut);
    (shuffled, held_out)
}

/// Draws a task from `lexicon`: `candidates` distinct words, and one query for each of the
/// first `queries` of them (a typo with probability `typo_share`, else the definition), in a
/// shuffled order. The same seed gives the same task.
pub fn draw(
    lexicon: &[Entry],
    seed: u64,
    candidates: usize,
    queries: usize,
    typo_share: f64,
) -> Task {
    let mut rng = StdRng::seed_from_u64(seed);
    let chosen: Vec<&Entry> = lexicon.choose_multiple(&mut rng, candidates).collect();
    let mut qs: Vec<Query> = chosen
        .iter()
        .enumerate()
        .take(queries)
        .map(|(target, entry)| {
            if rng.gen_bool(typo_share.clamp(0.0, 1.0)) {
                Query { text: typo(&entry.word, &mut rng), kind: QueryKind::Typo, target }
            } else {
                Query { text: entry.gloss.clone(), kind: QueryKind::Definition, target }
            }
        })
        .collect();
    qs.shuffle(&mut rng);
    Task { candidates: chosen.iter().map(|e| e.word.clone()).collect(), queries: qs }
}

/// One random edit of `word` that changes it: two neighbouring letters swapped, a letter
/// dropped, or a letter doubled (always doubled for words under 3 letters). Never the first
/// letter; a swap of two equal letters, which would leave the word as it is, is not used.
pub fn typo(word: &str, rng: &mut impl Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 3 {
        let i = if n == 0 { 0 } else { rng.gen_range(0..n) };
        if let Some(&c) = chars.get(i) {
            chars.insert(i, c);
        }
        return chars.into_iter().collect();
    }
    let i = rng.gen_range(1..n.saturating_sub(1)); // never the first letter
    let swappable = chars.get(i) != chars.get(i.saturating_add(1));
    match rng.gen_range(0..3) {
        0 if swappable => chars.swap(i, i.saturating_add(1)),
        1 => {
            chars.remove(i);
        }
        _ => {
            if let Some(&c) = chars.get(i) {
                chars.insert(i, c);
            }
        }
    }
    chars.into_iter().collect()
}

/// The reciprocal rank of each query, given embeddings of the candidates and of the queries
/// (in [`Task::texts`] order). A missing or malformed embedding ranks last.
pub fn reciprocal_ranks(task: &Task, embeddings: &[Vec<f32>]) -> Vec<f64> {
    let n = task.candidates.len();
    let (cands, queries) = embeddings.split_at(n.min(embeddings.len()));
    task.queries
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let Some(qv) = queries.get(i) else { return reciprocal_rank(n.max(1)) };
            let scores: Vec<f32> =
                (0..n).map(|j| cands.get(j).map_or(f32::NAN, |c| cosine(qv, c))).collect();
            reciprocal_rank(rank_of(&scores, q.target))
        })
        .collect()
}

/// The reciprocal rank of each query of `task` for `embedder`.
pub fn evaluate(embedder: &dyn Embedder, task: &Task) -> Vec<f64> {
    reciprocal_ranks(task, &embedder.embed(&task.texts()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::{degrade::RandomEmbedder, metrics::mean, CharNgram};

    pub(crate) fn lexicon() -> Vec<Entry> {
        [
            ("elephant", "a very large grey animal with a trunk"),
            ("submarine", "a ship that can travel under water"),
            ("violin", "a wooden instrument with four strings played with a bow"),
            ("bakery", "a shop where bread and cakes are made and sold"),
            ("glacier", "a slow river of ice in the mountains"),
            ("telescope", "an instrument that makes distant things look closer"),
            ("lighthouse", "a tower with a bright light that guides ships"),
            ("carpenter", "a person who makes things from wood"),
        ]
        .iter()
        .map(|(w, g)| Entry { word: w.to_string(), gloss: g.to_string() })
        .collect()
    }

    #[test]
    fn tasks_are_reproducible_and_well_formed() {
        let a = draw(&lexicon(), 42, 6, 4, 0.5);
        assert_eq!(a, draw(&lexicon(), 42, 6, 4, 0.5));
        assert_ne!(a, draw(&lexicon(), 43, 6, 4, 0.5));
        assert_eq!(a.candidates.len(), 6);
        assert_eq!(a.queries.len(), 4);
        let mut targets: Vec<usize> = a.queries.iter().map(|q| q.target).collect();
        targets.sort();
        assert_eq!(targets, vec![0, 1, 2, 3]);
        assert_eq!(a.texts().len(), 10);
    }

    #[test]
    fn a_typo_is_one_edit_away() {
        let mut rng = StdRng::seed_from_u64(1);
        for _ in 0..50 {
            let t = typo("lighthouse", &mut rng);
            assert_ne!(t, "lighthouse");
            // A swap of the two l's would leave the word unchanged.
            assert_ne!(typo("balloon", &mut rng), "balloon");
            assert!(t.starts_with('l'));
            assert!((9..=11).contains(&t.chars().count()), "{t}");
        }
        assert_eq!(typo("a", &mut rng), "aa");
    }

    #[test]
    fn ngrams_solve_typos_and_random_solves_nothing() {
        let task = draw(&lexicon(), 7, 8, 8, 1.0);
        let ngram = mean(evaluate(&CharNgram::new(512), &task).into_iter());
        let random = mean(evaluate(&RandomEmbedder::new(512, 3), &task).into_iter());
        assert!(ngram > 0.9, "{ngram}");
        assert!(random < ngram, "{random} vs {ngram}");
    }

    #[test]
    fn missing_embeddings_rank_last() {
        let task = draw(&lexicon(), 7, 8, 8, 1.0);
        let rr = reciprocal_ranks(&task, &[]);
        assert!(rr.iter().all(|&r| (r - 1.0 / 8.0).abs() < 1e-12), "{rr:?}");
    }

    #[test]
    fn the_split_is_disjoint_and_reproducible() {
        let (private, held_out) = split(&lexicon(), 5, 3);
        assert_eq!((private.len(), held_out.len()), (5, 3));
        assert!(held_out.iter().all(|e| !private.contains(e)));
        assert_eq!(split(&lexicon(), 5, 3).1, held_out);
    }
}
