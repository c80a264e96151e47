//! Scores to the `u16` weights `set_weights` takes.

/// Max-upscales validator scores to `u16` weights, as the chain stores weights (design 4.4): the
/// largest becomes 65535 and the others `round(x * 65535 / max)` (to nearest, ties away from
/// zero), clamped to `0..=65535`. Negative and non-finite scores count as 0; all zero stays all
/// zero.
pub fn weights_to_u16(scores: &[f64]) -> Vec<u16> {
    let clean: Vec<f64> =
        scores.iter().map(|&x| if x.is_finite() && x > 0.0 { x } else { 0.0 }).collect();
    let max = clean.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        return vec![0; scores.len()];
    }
    clean
        .iter()
        .map(|x| {
            let scaled = (x * 65535.0 / max).round();
            // In 0..=65535 after the clamp, so the conversion is exact.
            scaled.clamp(0.0, 65535.0) as u16
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_score_becomes_65535() {
        // 0.5/1.0 * 65535 = 32767.5 rounds away from zero; 0.25 -> 16383.75 -> 16384.
        assert_eq!(weights_to_u16(&[0.5, 1.0, 0.25, 0.0]), vec![32768, 65535, 16384, 0]);
        assert_eq!(weights_to_u16(&[3.0, 3.0]), vec![65535, 65535]);
        assert_eq!(weights_to_u16(&[1e-9, 2e-9]), vec![32768, 65535]);
    }

    #[test]
    fn bad_scores_count_as_zero() {
        assert_eq!(weights_to_u16(&[f64::NAN, -1.0, f64::INFINITY, 2.0]), vec![0, 0, 0, 65535]);
        assert_eq!(weights_to_u16(&[0.0, 0.0]), vec![0, 0]);
        assert_eq!(weights_to_u16(&[]), Vec::<u16>::new());
    }
}
