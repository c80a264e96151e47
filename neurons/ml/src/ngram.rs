//! The character n-gram expert: no weights, robust to typos, blind to meaning.

use crate::{embedder::l2_normalize, Embedder};

/// Hashes the character n-grams (lengths `min_n..=max_n`) of each lowercased word, padded as
/// `<word>`, into `dim` signed buckets (the hashing trick), and normalises the sum. Two texts
/// are close when they share spellings: a misspelt word finds its word, a definition does not.
#[derive(Clone, Debug)]
pub struct CharNgram {
    dim: usize,
    min_n: usize,
    max_n: usize,
}

impl CharNgram {
    /// An n-gram expert with `dim` dimensions (at least 1) over n-grams of 3 to 5 characters.
    pub fn new(dim: usize) -> Self {
        Self { dim: dim.max(1), min_n: 3, max_n: 5 }
    }

    fn embed_one(&self, text: &str) -> Vec<f32> {
        let mut v = vec![0.0f32; self.dim];
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let padded: Vec<char> = std::iter::once('<')
                .chain(word.to_lowercase().chars())
                .chain(std::iter::once('>'))
                .collect();
            for n in self.min_n..=self.max_n {
                for gram in padded.windows(n) {
                    let h = fnv1a(gram);
                    let bucket =
                        usize::try_from(h.checked_rem(self.dim as u64).unwrap_or(0)).unwrap_or(0);
                    let sign = if (h >> 63) == 1 { -1.0 } else { 1.0 };
                    if let Some(slot) = v.get_mut(bucket) {
                        *slot += sign;
                    }
                }
            }
        }
        l2_normalize(&mut v);
        v
    }
}

/// 64-bit FNV-1a over the characters' UTF-32 code points.
fn fnv1a(chars: &[char]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in chars {
        for b in u32::from(*c).to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

impl Embedder for CharNgram {
    fn name(&self) -> String {
        format!("char-ngram-{}-{}x{}", self.min_n, self.max_n, self.dim)
    }
    fn dim(&self) -> usize {
        self.dim
    }
    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
        inputs.iter().map(|s| self.embed_one(s)).collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::cosine;

    #[test]
    fn a_typo_stays_close_and_unrelated_words_do_not() {
        let e = CharNgram::new(512);
        let v =
            e.embed(&["elephant".into(), "elephnat".into(), "submarine".into(), "ELEPHANT".into()]);
        let (word, typo, other, upper) = (&v[0], &v[1], &v[2], &v[3]);
        assert!(cosine(word, typo) > 0.4, "{}", cosine(word, typo));
        assert!(cosine(word, other) < 0.2, "{}", cosine(word, other));
        assert!((cosine(word, upper) - 1.0).abs() < 1e-6);
        assert_eq!(word.len(), 512);
    }

    #[test]
    fn the_empty_text_embeds_to_zero() {
        let v = CharNgram::new(8).embed(&["".into(), "  ".into()]);
        assert_eq!(v, vec![vec![0.0; 8], vec![0.0; 8]]);
    }
}
