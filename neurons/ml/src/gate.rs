//! The mixture-of-experts gate: which expert to trust for which kind of query.
//!
//! For a query with features `x` (length F), the gate's probability of expert e is
//! `p_e(x) = softmax(W x)_e`, with W an E x F matrix. Given, for N training queries, the
//! reciprocal rank `rr[q][e]` each expert earned, training minimises
//!
//! ```text
//! L(W) = -(1/N) sum_q sum_e p_e(x_q) rr[q][e]  +  (l2/2) |W|^2
//! ```
//!
//! the negative expected reciprocal rank of the expert the gate picks at random by its
//! probabilities, by gradient descent; the gradient comes from candle's autograd. Routed
//! queries go to the expert with the highest probability.

use candle_core::{Device, Tensor, Var};

/// A softmax gate over `experts` experts on `features` query features.
#[derive(Clone, Debug, PartialEq)]
pub struct Gate {
    experts: usize,
    features: usize,
    /// Row-major E x F.
    weights: Vec<f64>,
}

/// How to train a gate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Training {
    /// Gradient steps.
    pub steps: usize,
    /// Step size.
    pub learning_rate: f64,
    /// L2 penalty on the weights.
    pub l2: f64,
}

impl Default for Training {
    /// 300 steps of size 2.0 with an L2 penalty of 1e-3.
    fn default() -> Self {
        Self { steps: 300, learning_rate: 2.0, l2: 1e-3 }
    }
}

/// Why a gate could not be trained.
#[derive(Debug)]
pub enum GateError {
    /// A query's features or reciprocal ranks have the wrong length.
    Shape(String),
    /// The tensor library failed.
    Tensor(candle_core::Error),
}

impl core::fmt::Display for GateError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            GateError::Shape(m) => write!(f, "gate: {m}"),
            GateError::Tensor(e) => write!(f, "gate: tensor error: {e}"),
        }
    }
}

impl std::error::Error for GateError {}

impl From<candle_core::Error> for GateError {
    fn from(e: candle_core::Error) -> Self {
        GateError::Tensor(e)
    }
}

impl Gate {
    /// A gate that trusts every expert equally (all weights zero).
    pub fn new(experts: usize, features: usize) -> Self {
        Self { experts, features, weights: vec![0.0; experts.saturating_mul(features)] }
    }

    /// The number of experts.
    pub fn experts(&self) -> usize {
        self.experts
    }

    /// The weights, row-major experts x features.
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// A gate with the given weights (row-major experts x features).
    pub fn from_weights(
        experts: usize,
        features: usize,
        weights: Vec<f64>,
    ) -> Result<Self, GateError> {
        if weights.len() != experts.saturating_mul(features) {
            return Err(GateError::Shape(format!(
                "{} weights for {experts} experts x {features} features",
                weights.len()
            )));
        }
        Ok(Self { experts, features, weights })
    }

    /// The probability of each expert for a query with features `x`.
    pub fn probabilities(&self, x: &[f64]) -> Vec<f64> {
        let logits: Vec<f64> = self
            .weights
            .chunks(self.features.max(1))
            .map(|row| row.iter().zip(x).map(|(w, v)| w * v).sum())
            .collect();
        let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let exps: Vec<f64> = logits.iter().map(|l| (l - max).exp()).collect();
        let total: f64 = exps.iter().sum();
        exps.iter().map(|e| e / total).collect()
    }

    /// The expert the gate routes a query with features `x` to (the most probable; the first on
    /// a tie).
    pub fn route(&self, x: &[f64]) -> usize {
        let p = self.probabilities(x);
        let mut best = 0usize;
        for (e, pe) in p.iter().enumerate() {
            if *pe > p.get(best).copied().unwrap_or(f64::NEG_INFINITY) {
                best = e;
            }
        }
        best
    }

    fn check(&self, xs: &[Vec<f64>], rr: &[Vec<f64>]) -> Result<(), GateError> {
        if xs.len() != rr.len() || xs.is_empty() {
            return Err(GateError::Shape(format!(
                "{} feature rows and {} reciprocal-rank rows (need the same, at least one)",
                xs.len(),
                rr.len()
            )));
        }
        if let Some(i) = xs.iter().position(|x| x.len() != self.features) {
            return Err(GateError::Shape(format!("query {i} has the wrong number of features")));
        }
        if let Some(i) = rr.iter().position(|r| r.len() != self.experts) {
            return Err(GateError::Shape(format!("query {i} has the wrong number of experts")));
        }
        Ok(())
    }

    /// The training loss (negative expected reciprocal rank plus the L2 penalty), in plain
    /// arithmetic.
    pub fn loss(&self, xs: &[Vec<f64>], rr: &[Vec<f64>], l2: f64) -> f64 {
        let n = xs.len().max(1) as f64;
        let expected: f64 = xs
            .iter()
            .zip(rr)
            .map(|(x, r)| self.probabilities(x).iter().zip(r).map(|(p, v)| p * v).sum::<f64>())
            .sum();
        let penalty: f64 = self.weights.iter().map(|w| w * w).sum();
        -expected / n + 0.5 * l2 * penalty
    }

    fn tensors(
        &self,
        xs: &[Vec<f64>],
        rr: &[Vec<f64>],
    ) -> Result<(Tensor, Tensor, Var), GateError> {
        self.check(xs, rr)?;
        let dev = Device::Cpu;
        let x = Tensor::from_vec(xs.concat(), (xs.len(), self.features), &dev)?;
        let r = Tensor::from_vec(rr.concat(), (rr.len(), self.experts), &dev)?;
        let w = Var::from_tensor(&Tensor::from_vec(
            self.weights.clone(),
            (self.experts, self.features),
            &dev,
        )?)?;
        Ok((x, r, w))
    }

    fn loss_tensor(
        x: &Tensor,
        r: &Tensor,
        w: &Var,
        l2: f64,
        n: usize,
    ) -> candle_core::Result<Tensor> {
        let logits = x.matmul(&w.as_tensor().t()?)?; // N x E
        let shifted = logits.broadcast_sub(&logits.max_keepdim(1)?)?;
        let exps = shifted.exp()?;
        let p = exps.broadcast_div(&exps.sum_keepdim(1)?)?;
        let expected = p.mul(r)?.sum_all()?;
        let penalty = w.as_tensor().sqr()?.sum_all()?;
        expected.affine(-1.0 / n.max(1) as f64, 0.0)?.add(&penalty.affine(0.5 * l2, 0.0)?)
    }

    /// The gradient of [`Gate::loss`] with respect to the weights (row-major), by autograd.
    pub fn gradient(
        &self,
        xs: &[Vec<f64>],
        rr: &[Vec<f64>],
        l2: f64,
    ) -> Result<Vec<f64>, GateError> {
        let (x, r, w) = self.tensors(xs, rr)?;
        let loss = Self::loss_tensor(&x, &r, &w, l2, xs.len())?;
        let grads = loss.backward()?;
        let g = grads
            .get(w.as_tensor())
            .ok_or_else(|| GateError::Shape("no gradient for the weights".into()))?;
        Ok(g.flatten_all()?.to_vec1::<f64>()?)
    }

    /// Trains the gate by gradient descent on `(xs, rr)`; returns the loss before each step and
    /// after the last.
    pub fn train(
        &mut self,
        xs: &[Vec<f64>],
        rr: &[Vec<f64>],
        training: Training,
    ) -> Result<Vec<f64>, GateError> {
        let (x, r, w) = self.tensors(xs, rr)?;
        let mut history = Vec::with_capacity(training.steps.saturating_add(1));
        for _ in 0..training.steps {
            let loss = Self::loss_tensor(&x, &r, &w, training.l2, xs.len())?;
            history.push(loss.to_scalar::<f64>()?);
            let grads = loss.backward()?;
            if let Some(g) = grads.get(w.as_tensor()) {
                let next = w.as_tensor().sub(&g.affine(training.learning_rate, 0.0)?)?;
                w.set(&next)?;
            }
        }
        history.push(Self::loss_tensor(&x, &r, &w, training.l2, xs.len())?.to_scalar::<f64>()?);
        self.weights = w.as_tensor().flatten_all()?.to_vec1::<f64>()?;
        Ok(history)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing, clippy::unwrap_used)]
    use super::*;
    use rand::{rngs::StdRng, Rng, SeedableRng};

    /// Queries of two kinds: on kind A expert 0 is good and expert 1 poor, on kind B the
    /// reverse; expert 2 is mediocre everywhere.
    fn two_kinds(n: usize, seed: u64) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
        let mut rng = StdRng::seed_from_u64(seed);
        let (mut xs, mut rr) = (Vec::new(), Vec::new());
        for i in 0..n {
            let noise = |rng: &mut StdRng| rng.gen_range(-0.05..0.05);
            if i % 2 == 0 {
                xs.push(vec![1.0, 1.0, 0.0]);
                rr.push(vec![0.9 + noise(&mut rng), 0.2 + noise(&mut rng), 0.4]);
            } else {
                xs.push(vec![1.0, 0.0, 1.0]);
                rr.push(vec![0.25 + noise(&mut rng), 0.85 + noise(&mut rng), 0.4]);
            }
        }
        (xs, rr)
    }

    #[test]
    fn the_autograd_gradient_matches_finite_differences() {
        let (xs, rr) = two_kinds(20, 1);
        let mut rng = StdRng::seed_from_u64(9);
        let weights: Vec<f64> = (0..9).map(|_| rng.gen_range(-1.0..1.0)).collect();
        let gate = Gate::from_weights(3, 3, weights.clone()).unwrap();
        let l2 = 0.01;
        let analytic = gate.gradient(&xs, &rr, l2).unwrap();
        let h = 1e-6;
        for k in 0..weights.len() {
            let mut plus = weights.clone();
            plus[k] += h;
            let mut minus = weights.clone();
            minus[k] -= h;
            let lp = Gate::from_weights(3, 3, plus).unwrap().loss(&xs, &rr, l2);
            let lm = Gate::from_weights(3, 3, minus).unwrap().loss(&xs, &rr, l2);
            let numeric = (lp - lm) / (2.0 * h);
            assert!(
                (analytic[k] - numeric).abs() < 1e-7,
                "weight {k}: {} vs {numeric}",
                analytic[k]
            );
        }
    }

    #[test]
    fn the_gate_learns_to_route_each_kind_to_its_expert() {
        let (xs, rr) = two_kinds(200, 2);
        let mut gate = Gate::new(3, 3);
        let history = gate.train(&xs, &rr, Training::default()).unwrap();
        assert!(history.last().unwrap() < &history[0], "{history:?}");
        assert_eq!(gate.route(&[1.0, 1.0, 0.0]), 0);
        assert_eq!(gate.route(&[1.0, 0.0, 1.0]), 1);
        // Routed, the gate beats every single expert on fresh queries.
        let (test_x, test_rr) = two_kinds(100, 3);
        let routed: f64 =
            test_x.iter().zip(&test_rr).map(|(x, r)| r[gate.route(x)]).sum::<f64>() / 100.0;
        let best_single = (0..3)
            .map(|e| test_rr.iter().map(|r| r[e]).sum::<f64>() / 100.0)
            .fold(f64::MIN, f64::max);
        assert!(routed > best_single + 0.2, "routed {routed} vs best single {best_single}");
    }

    #[test]
    fn an_untrained_gate_is_uniform_and_bad_shapes_are_refused() {
        let gate = Gate::new(4, 2);
        assert_eq!(gate.probabilities(&[1.0, 5.0]), vec![0.25; 4]);
        assert!(gate.gradient(&[vec![1.0]], &[vec![0.0; 4]], 0.0).is_err());
        assert!(gate.gradient(&[], &[], 0.0).is_err());
        assert!(Gate::from_weights(2, 2, vec![0.0; 3]).is_err());
    }
}
