//! Bittensor's nonce window, and the axon's memory of the last nonce per caller instance.

use std::collections::HashMap;

use crate::Refusal;

/// How far behind the axon's clock a first nonce may be, on top of the request's timeout:
/// 4 seconds, as in Bittensor.
pub const ALLOWED_DELTA_NS: u64 = 4_000_000_000;

/// How far ahead of the axon's clock a nonce may be. Bittensor has no such bound, so one request
/// signed with a nonce far in the future locks its caller instance out; here it is refused.
pub const MAX_FUTURE_NS: u64 = ALLOWED_DELTA_NS;

const NANOS_PER_SECOND: f64 = 1_000_000_000.0;

/// The oldest nonce accepted at `now_ns` from a caller instance the axon has not seen (or has
/// forgotten): `now - ALLOWED_DELTA_NS - timeout`, as Bittensor's `allowed_nonce_window_ns`.
pub fn allowed_nonce_window_ns(now_ns: u64, timeout_seconds: f64) -> u64 {
    let timeout_ns = if timeout_seconds.is_finite() && timeout_seconds > 0.0 {
        // Saturating float-to-int conversion; timeouts are seconds, far below u64::MAX ns.
        (timeout_seconds * NANOS_PER_SECOND) as u64
    } else {
        0
    };
    now_ns.saturating_sub(ALLOWED_DELTA_NS).saturating_sub(timeout_ns)
}

/// The last nonce accepted from each caller instance (`hotkey:uuid`), so that no request is
/// accepted twice and none older than the last one.
///
/// Memory is bounded: an entry whose nonce has left the window is forgotten (a replay of it is
/// refused by the window anyway), and when `capacity` entries are all live a new instance is
/// refused with [`Refusal::Unavailable`] until some expire.
#[derive(Debug)]
pub struct NonceTracker {
    last: HashMap<String, u64>,
    capacity: usize,
}

impl NonceTracker {
    /// A tracker that remembers at most `capacity` caller instances at a time.
    pub fn new(capacity: usize) -> Self {
        Self { last: HashMap::new(), capacity }
    }

    /// The number of caller instances remembered.
    pub fn len(&self) -> usize {
        self.last.len()
    }

    /// Whether no caller instance is remembered.
    pub fn is_empty(&self) -> bool {
        self.last.is_empty()
    }

    /// Checks `nonce` from the caller instance `hotkey:uuid` at `now_ns` and, when accepted,
    /// records it. Refused ([`Refusal::Unauthorized`]): a nonce not newer than the last one
    /// accepted from the same instance (a replay), a first nonce older than
    /// [`allowed_nonce_window_ns`], a nonce more than [`MAX_FUTURE_NS`] ahead of `now_ns`.
    pub fn check_and_record(
        &mut self,
        hotkey: &str,
        uuid: &str,
        nonce: u64,
        timeout_seconds: f64,
        now_ns: u64,
    ) -> Result<(), Refusal> {
        if nonce > now_ns.saturating_add(MAX_FUTURE_NS) {
            return Err(Refusal::Unauthorized(format!(
				"nonce {nonce} is more than {MAX_FUTURE_NS} ns ahead of the axon's clock ({now_ns})"
			)));
        }
        let window = allowed_nonce_window_ns(now_ns, timeout_seconds);
        let key = format!("{hotkey}:{uuid}");
        match self.last.get(&key) {
            Some(&last) if nonce <= last => {
                return Err(Refusal::Unauthorized(format!(
					"nonce {nonce} is not newer than the last one accepted from {key} ({last}): replayed or stale"
				)));
            }
            None if nonce <= window => {
                return Err(Refusal::Unauthorized(format!(
					"nonce {nonce} is too old: the window starts at {window} (now {now_ns}, 4 s + timeout)"
				)));
            }
            _ => {}
        }
        if !self.last.contains_key(&key) && self.last.len() >= self.capacity {
            self.forget_before(allowed_nonce_window_ns(now_ns, 0.0));
            if self.last.len() >= self.capacity {
                return Err(Refusal::Unavailable(format!(
                    "{} caller instances are active, the most this axon tracks; retry later",
                    self.capacity
                )));
            }
        }
        self.last.insert(key, nonce);
        Ok(())
    }

    /// Forgets every instance whose last nonce is not newer than `oldest`.
    pub fn forget_before(&mut self, oldest: u64) {
        self.last.retain(|_, last| *last > oldest);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::unwrap_used)]
    use super::*;

    const NOW: u64 = 1_700_000_000_000_000_000;
    const SECOND: u64 = 1_000_000_000;

    #[test]
    fn the_window_is_four_seconds_plus_the_timeout() {
        assert_eq!(allowed_nonce_window_ns(NOW, 12.0), NOW - 16 * SECOND);
        assert_eq!(allowed_nonce_window_ns(NOW, 0.0), NOW - 4 * SECOND);
        assert_eq!(allowed_nonce_window_ns(NOW, f64::NAN), NOW - 4 * SECOND);
        assert_eq!(allowed_nonce_window_ns(3, 12.0), 0);
    }

    #[test]
    fn a_fresh_nonce_is_accepted_once() {
        let mut t = NonceTracker::new(8);
        t.check_and_record("hk", "u", NOW - SECOND, 12.0, NOW).unwrap();
        let replay = t.check_and_record("hk", "u", NOW - SECOND, 12.0, NOW).unwrap_err();
        assert_eq!(replay.status(), 401);
        assert!(replay.to_string().contains("replayed"), "{replay}");
        // Older than the last one, though inside the window: refused.
        assert!(t.check_and_record("hk", "u", NOW - 2 * SECOND, 12.0, NOW).is_err());
        // Newer: accepted.
        t.check_and_record("hk", "u", NOW, 12.0, NOW).unwrap();
        // Another instance of the same hotkey has its own sequence.
        t.check_and_record("hk", "v", NOW - SECOND, 12.0, NOW).unwrap();
    }

    #[test]
    fn a_first_nonce_outside_the_window_is_refused() {
        let mut t = NonceTracker::new(8);
        let edge = allowed_nonce_window_ns(NOW, 12.0);
        let err = t.check_and_record("hk", "u", edge, 12.0, NOW).unwrap_err();
        assert!(err.to_string().contains("too old"), "{err}");
        t.check_and_record("hk", "u", edge + 1, 12.0, NOW).unwrap();
    }

    #[test]
    fn a_nonce_from_the_future_is_refused() {
        let mut t = NonceTracker::new(8);
        let err = t.check_and_record("hk", "u", NOW + MAX_FUTURE_NS + 1, 12.0, NOW).unwrap_err();
        assert!(err.to_string().contains("ahead"), "{err}");
        t.check_and_record("hk", "u", NOW + MAX_FUTURE_NS, 12.0, NOW).unwrap();
    }

    #[test]
    fn memory_is_bounded_and_expired_instances_are_forgotten() {
        let mut t = NonceTracker::new(2);
        t.check_and_record("a", "u", NOW - SECOND, 0.0, NOW).unwrap();
        t.check_and_record("b", "u", NOW - SECOND, 0.0, NOW).unwrap();
        let full = t.check_and_record("c", "u", NOW, 0.0, NOW).unwrap_err();
        assert_eq!(full.status(), 503);
        // Ten seconds later both entries have left the window: they are forgotten, and a replay
        // of their nonces is still refused by the window.
        let later = NOW + 10 * SECOND;
        t.check_and_record("c", "u", later, 0.0, later).unwrap();
        assert_eq!(t.len(), 1);
        assert!(t.check_and_record("a", "u", NOW - SECOND, 0.0, later).is_err());
    }
}
