//! A bounded number of requests in flight, handed out by stake.
//!
//! An axon serves at most `slots` requests at a time. When all slots are busy, callers wait in a
//! queue of at most `queue` entries, ordered by stake (ties: first come, first served). When the
//! queue is full, a newcomer with more stake than the weakest waiter takes its place (the waiter
//! is refused with 503), and a newcomer with no more stake is refused itself. This is how a
//! Bittensor axon prioritises validators by stake, without letting low-stake callers starve the
//! high-stake ones.

use std::{
    cmp::Ordering,
    collections::BinaryHeap,
    sync::{Arc, Mutex, PoisonError},
};

use finney_neuron_protocol::Refusal;
use tokio::sync::oneshot;

struct Waiter {
    stake: u64,
    seq: u64,
    wake: oneshot::Sender<()>,
}

impl PartialEq for Waiter {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Waiter {}
impl PartialOrd for Waiter {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Waiter {
    /// More stake first; on equal stake, the earlier arrival first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.stake.cmp(&other.stake).then_with(|| other.seq.cmp(&self.seq))
    }
}

struct State {
    in_flight: usize,
    next_seq: u64,
    waiting: BinaryHeap<Waiter>,
}

/// Hands out at most `slots` permits, queueing at most `queue` callers by stake.
#[derive(Clone)]
pub struct StakeQueue {
    slots: usize,
    queue: usize,
    state: Arc<Mutex<State>>,
}

/// A slot: the request it was given for runs until the permit is dropped.
pub struct Permit {
    owner: StakeQueue,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.owner.release();
    }
}

impl StakeQueue {
    /// At most `slots` requests at a time (at least 1), and at most `queue` waiting.
    pub fn new(slots: usize, queue: usize) -> Self {
        Self {
            slots: slots.max(1),
            queue,
            state: Arc::new(Mutex::new(State {
                in_flight: 0,
                next_seq: 0,
                waiting: BinaryHeap::new(),
            })),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state stays consistent across a panic in a holder (every update is one step).
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The number of requests being served.
    pub fn in_flight(&self) -> usize {
        self.lock().in_flight
    }

    /// The number of callers waiting.
    pub fn waiting(&self) -> usize {
        self.lock().waiting.len()
    }

    /// Waits for a slot for a caller with `stake`. Refused with [`Refusal::Unavailable`] when the
    /// queue is full of callers with at least as much stake, or when a caller with more stake
    /// takes this one's place in the queue.
    pub async fn acquire(&self, stake: u64) -> Result<Permit, Refusal> {
        let wait = {
            let mut state = self.lock();
            if state.in_flight < self.slots {
                state.in_flight = state.in_flight.saturating_add(1);
                return Ok(Permit { owner: self.clone() });
            }
            if state.waiting.len() >= self.queue {
                // Evict the weakest waiter if this caller has more stake; else refuse this one.
                let weakest = state.waiting.iter().min().map(|w| (w.stake, w.seq));
                match weakest {
                    Some((weakest_stake, weakest_seq)) if weakest_stake < stake => {
                        let kept: Vec<Waiter> = std::mem::take(&mut state.waiting)
                            .into_iter()
                            .filter(|w| w.seq != weakest_seq)
                            .collect();
                        state.waiting = kept.into();
                    }
                    _ => {
                        return Err(Refusal::Unavailable(format!(
							"all {} slots are busy and {} callers with at least as much stake are waiting",
							self.slots,
							state.waiting.len()
						)))
                    }
                }
            }
            let (wake, wait) = oneshot::channel();
            let seq = state.next_seq;
            state.next_seq = state.next_seq.wrapping_add(1);
            state.waiting.push(Waiter { stake, seq, wake });
            wait
        };
        match wait.await {
            Ok(()) => Ok(Permit { owner: self.clone() }),
            Err(_) => Err(Refusal::Unavailable(
                "a caller with more stake took this request's place in the queue".into(),
            )),
        }
    }

    /// Hands the slot to the waiter with the most stake, or frees it.
    fn release(&self) {
        let mut state = self.lock();
        while let Some(waiter) = state.waiting.pop() {
            if waiter.wake.send(()).is_ok() {
                return; // the slot passes to the waiter: in_flight is unchanged
            }
            // That waiter gave up (its request was dropped); try the next one.
        }
        state.in_flight = state.in_flight.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn slots_go_to_the_most_stake_first() {
        let q = StakeQueue::new(1, 8);
        let held = q.acquire(5).await.unwrap();
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for stake in [10u64, 30, 20] {
            let (q, order) = (q.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                let permit = q.acquire(stake).await.unwrap();
                order.lock().unwrap().push(stake);
                tokio::time::sleep(Duration::from_millis(5)).await;
                drop(permit);
            }));
            tokio::time::sleep(Duration::from_millis(5)).await; // arrive in this order
        }
        assert_eq!(q.waiting(), 3);
        drop(held);
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![30, 20, 10]);
        assert_eq!(q.in_flight(), 0);
    }

    #[tokio::test]
    async fn a_full_queue_refuses_the_weakest() {
        let q = StakeQueue::new(1, 1);
        let held = q.acquire(0).await.unwrap();
        let low = tokio::spawn({
            let q = q.clone();
            async move { q.acquire(1).await.map(|_| ()) }
        });
        tokio::time::sleep(Duration::from_millis(10)).await;
        // No more stake than the waiter: refused at once.
        assert_eq!(q.acquire(1).await.err().unwrap().status(), 503);
        // More stake: takes the waiter's place.
        let high = tokio::spawn({
            let q = q.clone();
            async move { q.acquire(9).await.map(|_| ()) }
        });
        let evicted = low.await.unwrap().unwrap_err();
        assert!(evicted.to_string().contains("more stake"), "{evicted}");
        drop(held);
        high.await.unwrap().unwrap();
        assert_eq!(q.in_flight(), 0);
    }

    #[tokio::test]
    async fn a_waiter_that_gave_up_does_not_keep_the_slot() {
        let q = StakeQueue::new(1, 4);
        let held = q.acquire(0).await.unwrap();
        let gave_up = tokio::spawn({
            let q = q.clone();
            async move { q.acquire(7).await.map(|_| ()) }
        });
        tokio::time::sleep(Duration::from_millis(10)).await;
        gave_up.abort();
        let _ = gave_up.await;
        drop(held);
        assert_eq!(q.in_flight(), 0);
        let _again = q.acquire(1).await.unwrap();
        assert_eq!(q.in_flight(), 1);
    }
}
