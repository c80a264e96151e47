//! The expert interface and vector helpers.

/// A text embedder: a miner's expert.
pub trait Embedder: Send + Sync {
    /// A short name for logs and the `Embed` response's `model` field.
    fn name(&self) -> String;
    /// The length of every embedding.
    fn dim(&self) -> usize;
    /// One embedding of length [`Embedder::dim`] per input, in order.
    fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>>;
}

/// A boxed or shared embedder is an embedder.
macro_rules! forward_embedder {
    ($($pointer:ident)::+) => {
        impl<E: Embedder + ?Sized> Embedder for $($pointer)::+<E> {
            fn name(&self) -> String {
                (**self).name()
            }
            fn dim(&self) -> usize {
                (**self).dim()
            }
            fn embed(&self, inputs: &[String]) -> Vec<Vec<f32>> {
                (**self).embed(inputs)
            }
        }
    };
}
forward_embedder!(Box);
forward_embedder!(std::sync::Arc);

/// Scales `v` to unit length (a zero vector stays zero).
pub fn l2_normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// The cosine similarity of `a` and `b` over their common length (0 when either is zero).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let (mut dot, mut na, mut nb) = (0.0f32, 0.0f32, 0.0f32);
    for (x, y) in a.iter().zip(b) {
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if na > 0.0 && nb > 0.0 {
        dot / (na.sqrt() * nb.sqrt())
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_and_normalisation() {
        assert!((cosine(&[1.0, 0.0], &[2.0, 0.0]) - 1.0).abs() < 1e-6);
        assert!(cosine(&[1.0, 0.0], &[0.0, 3.0]).abs() < 1e-6);
        assert!((cosine(&[1.0, 1.0], &[-1.0, -1.0]) + 1.0).abs() < 1e-6);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 0.0]), 0.0);
        let mut v = vec![3.0, 4.0];
        l2_normalize(&mut v);
        assert_eq!(v, vec![0.6, 0.8]);
    }
}
