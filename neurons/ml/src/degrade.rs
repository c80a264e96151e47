//! Wrappers that make an embedder worse in a controlled way: the rungs of a quality ladder.

use rand::{rngs::StdRng, Rng, SeedableRng};

use crate::{embedder::l2_normalize, Embedder};

/// Keeps the first `dim` dimensions of the inner embedder (renormalised). On an embedding
/// trained Matryoshka-style the prefix is a smaller model of its own; fewer dimensions, less
/// quality.
pub struct Truncate<E> {
    inner: E,
    dim: usize,
}

impl<E: Embedder> Truncate<E> {
    /// The first `dim` dimensions of `inner` (at least 1, at most `inner.dim()`).
    pub fn new(inner: E, dim: usize) -> Self {
        let dim = dim.clamp(1, inner.dim().max(1));
        Self { inner, dim }
    }
}

impl<E: Embedder> Embedder for Truncate<E> {
    fn name(&self) -> String {
        format!("{}[..{}]", self.inner.name(), self.dim)
    }
    fn dim(&self) -> usize {
        self.dim
    }
    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
        self.inner
            .embed(inputs)
            .into_iter()
            .map(|mut v| {
                v.truncate(self.dim);
                l2_normalize(&mut v);
                v
            })
            .collect()
    }
}

/// Adds Gaussian noise of standard deviation `sigma / sqrt(dim)` per dimension to the inner
/// (normalised) embedding, so `sigma` is the noise's expected length relative to the signal's.
/// The noise is a function of the seed and the text: asking twice gives the same answer.
pub struct Noise<E> {
    inner: E,
    sigma: f32,
    seed: u64,
}

impl<E: Embedder> Noise<E> {
    /// `inner` plus noise of relative length `sigma` (>= 0), drawn from `seed`.
    pub fn new(inner: E, sigma: f32, seed: u64) -> Self {
        Self { inner, sigma: sigma.max(0.0), seed }
    }
}

impl<E: Embedder> Embedder for Noise<E> {
    fn name(&self) -> String {
        format!("{}+noise{}", self.inner.name(), self.sigma)
    }
    fn dim(&self) -> usize {
        self.inner.dim()
    }
    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
        let scale = self.sigma / (self.dim().max(1) as f32).sqrt();
        self.inner
            .embed(inputs)
            .into_iter()
            .zip(inputs)
            .map(|(mut v, text)| {
                l2_normalize(&mut v);
                let mut rng = StdRng::seed_from_u64(self.seed ^ text_seed(text));
                v.iter_mut().for_each(|x| *x += scale * standard_normal(&mut rng));
                l2_normalize(&mut v);
                v
            })
            .collect()
    }
}

/// Pure noise: a random unit vector per text (a function of the seed and the text). Carries no
/// information; the bottom rung, which consensus must not pay.
pub struct RandomEmbedder {
    dim: usize,
    seed: u64,
}

impl RandomEmbedder {
    /// Random vectors of `dim` dimensions (at least 1) drawn from `seed`.
    pub fn new(dim: usize, seed: u64) -> Self {
        Self { dim: dim.max(1), seed }
    }
}

impl Embedder for RandomEmbedder {
    fn name(&self) -> String {
        format!("random-{}", self.dim)
    }
    fn dim(&self) -> usize {
        self.dim
    }
    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
        inputs
            .iter()
            .map(|text| {
                let mut rng = StdRng::seed_from_u64(self.seed ^ text_seed(text));
                let mut v: Vec<f32> = (0..self.dim).map(|_| standard_normal(&mut rng)).collect();
                l2_normalize(&mut v);
                v
            })
            .collect()
    }
}

/// A 64-bit seed from a text (FNV-1a over its bytes).
pub fn text_seed(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A standard normal draw (Box-Muller).
pub fn standard_normal(rng: &mut impl Rng) -> f32 {
    let u1: f64 = rng.gen_range(f64::MIN_POSITIVE..1.0);
    let u2: f64 = rng.gen();
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::{cosine, CharNgram};

    fn texts() -> Vec<String> {
        vec!["elephant".into(), "submarine".into()]
    }

    #[test]
    fn truncation_keeps_a_normalised_prefix() {
        let t = Truncate::new(CharNgram::new(64), 16);
        let v = t.embed(&texts());
        assert_eq!(t.dim(), 16);
        assert_eq!(v[0].len(), 16);
        let norm: f32 = v[0].iter().map(|x| x * x).sum();
        assert!((norm - 1.0).abs() < 1e-4 || norm == 0.0);
        assert_eq!(Truncate::new(CharNgram::new(8), 100).dim(), 8);
    }

    #[test]
    fn noise_moves_embeddings_by_about_sigma_and_is_repeatable() {
        let clean = CharNgram::new(256);
        let noisy = Noise::new(CharNgram::new(256), 0.5, 7);
        let a = clean.embed(&texts());
        let b = noisy.embed(&texts());
        let c = cosine(&a[0], &b[0]);
        // cos = 1 / sqrt(1 + sigma^2) = 0.894 in expectation.
        assert!((0.8..0.97).contains(&c), "{c}");
        assert_eq!(b, noisy.embed(&texts()));
        let silent = Noise::new(CharNgram::new(256), 0.0, 7).embed(&texts());
        assert!(cosine(&silent[0], &a[0]) > 0.99999);
    }

    #[test]
    fn random_vectors_carry_nothing() {
        let r = RandomEmbedder::new(256, 1);
        let v = r.embed(&["elephant".into(), "elephnat".into()]);
        assert!(cosine(&v[0], &v[1]).abs() < 0.3);
        assert_eq!(v, r.embed(&["elephant".into(), "elephnat".into()]));
    }
}
