//! Ranking metrics: where the right answer ranks, MRR, top-k, Spearman.

/// The rank (1 = best) of candidate `target` when candidates are sorted by `scores`, highest
/// first. Ties count against the target (a candidate scoring the same ranks above it), and a
/// non-finite target score ranks last: an embedder that answers the same vector for everything
/// earns the worst rank, not the best.
pub fn rank_of(scores: &[f32], target: usize) -> usize {
    let worst = scores.len().max(1);
    let Some(&mine) = scores.get(target) else { return worst };
    if !mine.is_finite() {
        return worst;
    }
    let above = scores
        .iter()
        .enumerate()
        .filter(|&(j, s)| j != target && s.is_finite() && *s >= mine)
        .count();
    above.saturating_add(1)
}

/// `1 / rank` (0 for rank 0, which no ranking produces).
pub fn reciprocal_rank(rank: usize) -> f64 {
    if rank == 0 {
        0.0
    } else {
        1.0 / rank as f64
    }
}

/// The mean reciprocal rank of a random ranking of `n` candidates, `H(n) / n`: what a miner
/// earns by chance (0 for no candidates).
pub fn chance_mrr(n: usize) -> f64 {
    if n == 0 {
        return 0.0;
    }
    (1..=n).map(|k| 1.0 / k as f64).sum::<f64>() / n as f64
}

/// How far `mrr` is above chance for `n` candidates: `(mrr - chance) / (1 - chance)`, 1 for a
/// perfect ranking, 0 for chance, negative below chance (at least -1). A random embedder
/// scores about 0 on average; keeping the sign lets an average of rounds cancel its luck.
pub fn above_chance(mrr: f64, n: usize) -> f64 {
    let chance = chance_mrr(n);
    if !mrr.is_finite() || chance >= 1.0 {
        return 0.0;
    }
    ((mrr - chance) / (1.0 - chance)).clamp(-1.0, 1.0)
}

/// The mean reciprocal rank (0 for no ranks).
pub fn mrr(ranks: &[usize]) -> f64 {
    mean(ranks.iter().map(|&r| reciprocal_rank(r)))
}

/// The share of ranks at most `k`.
pub fn top_k(ranks: &[usize], k: usize) -> f64 {
    mean(ranks.iter().map(|&r| if r >= 1 && r <= k { 1.0 } else { 0.0 }))
}

/// The mean of `values` (0 for none).
pub fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0u64), |(s, n), v| (s + v, n.saturating_add(1)));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// The ranks (1-based) of `values`, ascending, ties sharing the mean of their ranks.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (values.get(a).copied().unwrap_or(0.0), values.get(b).copied().unwrap_or(0.0));
        x.total_cmp(&y)
    });
    let mut ranks = vec![0.0; values.len()];
    let mut start = 0usize;
    while start < order.len() {
        let value = order.get(start).and_then(|&i| values.get(i)).copied().unwrap_or(0.0);
        let mut end = start;
        while order
            .get(end)
            .and_then(|&i| values.get(i))
            .is_some_and(|v| v.total_cmp(&value).is_eq())
        {
            end = end.saturating_add(1);
        }
        // Positions start..end (0-based) hold ranks start+1..=end; their mean is (start+1+end)/2.
        let shared = (start as f64 + 1.0 + end as f64) / 2.0;
        for &i in order.get(start..end).unwrap_or_default() {
            if let Some(r) = ranks.get_mut(i) {
                *r = shared;
            }
        }
        start = end;
    }
    ranks
}

/// Pearson's correlation of `x` and `y` (0 when either is constant or they differ in length).
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    if x.len() != y.len() || x.is_empty() {
        return 0.0;
    }
    let (mx, my) = (mean(x.iter().copied()), mean(y.iter().copied()));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx <= 0.0 || syy <= 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

/// Spearman's rank correlation: Pearson's on the average ranks.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&average_ranks(x), &average_ranks(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_count_ties_against_the_target() {
        assert_eq!(rank_of(&[0.1, 0.9, 0.5], 1), 1);
        assert_eq!(rank_of(&[0.1, 0.9, 0.5], 2), 2);
        assert_eq!(rank_of(&[0.1, 0.9, 0.5], 0), 3);
        assert_eq!(rank_of(&[0.5, 0.5, 0.5], 1), 3);
        assert_eq!(rank_of(&[0.2, f32::NAN, 0.1], 1), 3);
        assert_eq!(rank_of(&[0.2, f32::NAN, 0.1], 0), 1);
        assert_eq!(rank_of(&[0.2], 5), 1);
    }

    #[test]
    fn chance_by_hand() {
        // n = 4: (1 + 1/2 + 1/3 + 1/4) / 4 = 25/48.
        assert!((chance_mrr(4) - 25.0 / 48.0).abs() < 1e-12);
        assert_eq!(chance_mrr(1), 1.0);
        assert_eq!(chance_mrr(0), 0.0);
        assert!(above_chance(25.0 / 48.0, 4).abs() < 1e-12);
        assert_eq!(above_chance(0.0, 4), -1.0);
        assert!(above_chance(0.4, 4) < 0.0);
        assert_eq!(above_chance(1.0, 4), 1.0);
        assert!((above_chance(0.76, 4) - 0.5).abs() < 1e-3);
        assert_eq!(above_chance(1.0, 1), 0.0);
    }

    #[test]
    fn mrr_and_top_k_by_hand() {
        // 1/1 + 1/2 + 1/4 + 1/5 = 1.95, over 4.
        assert!((mrr(&[1, 2, 4, 5]) - 0.4875).abs() < 1e-12);
        assert_eq!(top_k(&[1, 2, 4, 5], 1), 0.25);
        assert_eq!(top_k(&[1, 2, 4, 5], 4), 0.75);
        assert_eq!(mrr(&[]), 0.0);
    }

    #[test]
    fn spearman_by_hand() {
        assert_eq!(average_ranks(&[10.0, 30.0, 20.0, 20.0]), vec![1.0, 4.0, 2.5, 2.5]);
        assert!((spearman(&[1.0, 2.0, 3.0, 4.0], &[10.0, 20.0, 30.0, 40.0]) - 1.0).abs() < 1e-12);
        assert!((spearman(&[1.0, 2.0, 3.0, 4.0], &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-12);
        // x ranks 1..5, y ranks 2,1,4,3,5: d^2 = 1+1+1+1+0 = 4, rho = 1 - 6*4/(5*24) = 0.8.
        let rho = spearman(&[1.0, 2.0, 3.0, 4.0, 5.0], &[0.2, 0.1, 0.4, 0.3, 0.5]);
        assert!((rho - 0.8).abs() < 1e-12, "{rho}");
        assert_eq!(spearman(&[1.0, 1.0], &[1.0, 2.0]), 0.0);
    }
}
