//! # Finney neuron networking
//!
//! The two ends of a call between neurons, over HTTP/1.1:
//!
//! - [`axon`]: a miner's server. For every request, in order: the synapse exists (404), the body
//!   fits the limit (413), the `bt_header_*` headers are readable (400), the request is addressed
//!   to this axon, carries the hash of its body and the caller's signature (401), its nonce is
//!   inside the window and new (401), the caller is admitted by the miner's [`axon::Admission`]
//!   (403, e.g. not registered or no validator permit), the body is a valid synapse (400). Then
//!   the caller waits for a slot, callers with more stake first ([`priority`]), and the answer is
//!   signed over its whole body.
//! - [`dendrite`]: a validator's client. It signs each request with a fresh nonce, waits at most
//!   the timeout, reads at most the response limit, and accepts an answer only when the axon
//!   that was called signed that exact body for that exact request.
//!
//! The wire itself (headers, messages, limits) is `finney-neuron-protocol`.
//!
//! Design: docs/design.md, section 8.

pub mod axon;
pub mod dendrite;
pub mod priority;

use std::time::{SystemTime, UNIX_EPOCH};

/// Nanoseconds since the Unix epoch, now (0 if the clock is before 1970).
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Logs `info` and above to stderr (`FINNEY_LOG=debug` for more), with a timestamp in seconds.
pub fn init_logging() {
    struct Stderr(log::LevelFilter);
    impl log::Log for Stderr {
        fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
            metadata.level() <= self.0
        }
        fn log(&self, record: &log::Record<'_>) {
            if self.enabled(record.metadata()) {
                let secs = now_ns() / 1_000_000_000;
                eprintln!("{secs} {} {}: {}", record.level(), record.target(), record.args());
            }
        }
        fn flush(&self) {}
    }
    let level = std::env::var("FINNEY_LOG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(log::LevelFilter::Info);
    if log::set_boxed_logger(Box::new(Stderr(level))).is_ok() {
        log::set_max_level(level);
    }
}
