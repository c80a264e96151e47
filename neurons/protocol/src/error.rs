//! Why an axon refuses a request, with the HTTP status it answers.

use core::fmt;

/// A refused request: the HTTP status code it maps to and a message that says what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 400: the request is malformed (a header is missing or unreadable, the body is not the
    /// synapse's JSON, an input breaks a limit).
    BadRequest(String),
    /// 401: the request is not authentic: bad or missing signature, body hash mismatch, wrong
    /// recipient, stale, replayed or future nonce.
    Unauthorized(String),
    /// 403: authentic, but the caller may not use this axon (not registered on the subnet, no
    /// validator permit, blacklisted).
    Forbidden(String),
    /// 404: no such synapse.
    NotFound(String),
    /// 413: the body is larger than the axon accepts.
    PayloadTooLarge {
        /// The size of the body, in bytes.
        size: usize,
        /// The largest body accepted, in bytes.
        limit: usize,
    },
    /// 503: the axon is overloaded (too many open sessions); try again later.
    Unavailable(String),
}

impl Refusal {
    /// The HTTP status code of this refusal.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::BadRequest(_) => 400,
            Refusal::Unauthorized(_) => 401,
            Refusal::Forbidden(_) => 403,
            Refusal::NotFound(_) => 404,
            Refusal::PayloadTooLarge { .. } => 413,
            Refusal::Unavailable(_) => 503,
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::BadRequest(m) => write!(f, "bad request: {m}"),
            Refusal::Unauthorized(m) => write!(f, "unauthorized: {m}"),
            Refusal::Forbidden(m) => write!(f, "forbidden: {m}"),
            Refusal::NotFound(m) => write!(f, "not found: {m}"),
            Refusal::PayloadTooLarge { size, limit } => {
                write!(
                    f,
                    "payload too large: the body has {size} bytes or more, the limit is {limit}"
                )
            }
            Refusal::Unavailable(m) => write!(f, "unavailable: {m}"),
        }
    }
}

impl std::error::Error for Refusal {}
