//! # Finney neuron protocol
//!
//! The wire protocol between a validator's client (the *dendrite*) and a miner's server (the
//! *axon*): what a request looks like, how it is signed and checked, and the limits both sides
//! enforce. Pure functions and types, no I/O: the miner and validator binaries put them on HTTP.
//!
//! Design: docs/design.md, section 8.
//!
//! ## The wire, as Bittensor operators know it
//!
//! A call is `POST http://<axon ip>:<port>/<Synapse>` with a JSON body and these headers
//! ([`RequestHeaders`]):
//!
//! ```text
//! name                         the synapse (Embed, Info)
//! timeout                      seconds the dendrite waits
//! computed_body_hash           SHA3-256 of the whole request body, hex
//! bt_header_dendrite_ip/port/version/nonce/uuid/hotkey/signature
//! bt_header_axon_ip/port/hotkey
//! ```
//!
//! The dendrite signs, with its hotkey (sr25519, `substrate` signing context), the message
//!
//! ```text
//! {nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}
//! ```
//!
//! and the axon accepts a nonce only inside Bittensor's window ([`NonceTracker`]): newer than
//! the last one it accepted from the same `hotkey:uuid`, or, for a first contact, not older than
//! `now - 4 s - timeout`.
//!
//! ## Two weaknesses of Bittensor's wire fixed
//!
//! - **The body hash covers the whole body.** Bittensor hashes only the fields a synapse opts in,
//!   so the rest of a signed request can be changed in flight. Here `computed_body_hash` is the
//!   hash of the exact bytes sent, and the axon recomputes it.
//! - **The response is signed.** The axon signs
//!   `{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{request_body_hash}.{response_body_hash}`
//!   ([`response_message`]): six fields, so it can never be mistaken for a request signature,
//!   bound to the request it answers, and covering the whole response body.
//!
//! ## Synapses
//!
//! - [`Embed`]: a modality and a list of inputs in, the model id, the dimension and one
//!   embedding per input out; signed; limited by [`Limits`] (number and size of inputs, body
//!   size, dimension, finite values).
//! - [`Info`]: what the miner serves (model, dimension, modalities); unsigned and cheap, for
//!   discovery.

mod error;
mod headers;
mod nonce;
mod signing;
mod synapse;

pub use error::Refusal;
pub use headers::{header, RequestHeaders, ResponseHeaders, Terminal};
pub use nonce::{allowed_nonce_window_ns, NonceTracker, ALLOWED_DELTA_NS, MAX_FUTURE_NS};
pub use signing::{
    body_hash, format_signature, hotkey_of, parse_signature, request_message, response_message,
    sign_request, sign_response, verify_request, verify_response, Hotkey, SignRequest,
    VerifiedRequest,
};
pub use subxt_signer::sr25519::Keypair;
pub use synapse::{
    Embed, EmbedRequest, EmbedResponse, Info, InfoRequest, InfoResponse, Limits, Modality, Synapse,
};

/// The protocol version sent in `bt_header_dendrite_version` and `bt_header_axon_version`.
/// Bump it when the wire changes incompatibly.
pub const PROTOCOL_VERSION: u64 = 1;
