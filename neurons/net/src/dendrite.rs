//! The dendrite: a validator's HTTP client.

use std::{
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use bytes::Bytes;
use finney_neuron_protocol::{
    header, hotkey_of, sign_request, verify_response, Embed, EmbedRequest, EmbedResponse, Hotkey,
    Info, InfoRequest, InfoResponse, Keypair, Limits, ResponseHeaders, SignRequest, Synapse,
};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{header::CONTENT_TYPE, Request};
use hyper_util::{
    client::legacy::{connect::HttpConnector, Client},
    rt::TokioExecutor,
};
use rand::RngCore;

use crate::now_ns;

/// Where a miner serves: its published endpoint and hotkey.
#[derive(Clone, Debug, PartialEq)]
pub struct AxonTarget {
    /// IP address (v4 or v6), as text.
    pub ip: String,
    /// Port.
    pub port: u16,
    /// The miner's hotkey: only a response it signed is accepted.
    pub hotkey: Hotkey,
}

/// Why a call gave no usable answer.
#[derive(Clone, Debug, PartialEq)]
pub enum CallError {
    /// The request could not be sent (connection refused, bad address).
    Connect(String),
    /// No complete answer within the timeout.
    Timeout,
    /// The axon refused the request with this HTTP status and message.
    Refused {
        /// HTTP status.
        status: u16,
        /// The axon's message.
        message: String,
    },
    /// The answer is not acceptable: unsigned, signed by someone else, for another request,
    /// too large, not the synapse's JSON, or (for `Embed`) inconsistent with the request.
    BadResponse(String),
}

impl core::fmt::Display for CallError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            CallError::Connect(e) => write!(f, "could not connect: {e}"),
            CallError::Timeout => write!(f, "timed out"),
            CallError::Refused { status, message } => write!(f, "refused ({status}): {message}"),
            CallError::BadResponse(e) => write!(f, "bad response: {e}"),
        }
    }
}

impl std::error::Error for CallError {}

/// A validator's client: one per running validator, with its own instance id (uuid).
pub struct Dendrite {
    keypair: Keypair,
    uuid: String,
    limits: Limits,
    last_nonce: AtomicU64,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Dendrite {
    /// A dendrite signing with `keypair`, with a random instance id.
    pub fn new(keypair: Keypair, limits: Limits) -> Self {
        let mut id = [0u8; 16];
        rand::thread_rng().fill_bytes(&mut id);
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        Self {
            keypair,
            uuid: hex_string(&id),
            limits,
            last_nonce: AtomicU64::new(0),
            client: Client::builder(TokioExecutor::new()).build(connector),
        }
    }

    /// The dendrite's hotkey.
    pub fn hotkey(&self) -> Hotkey {
        hotkey_of(&self.keypair)
    }

    /// The instance id sent as `bt_header_dendrite_uuid`.
    pub fn uuid(&self) -> &str {
        &self.uuid
    }

    /// A nonce for a new request: now in nanoseconds, and strictly above the previous one.
    pub fn next_nonce(&self) -> u64 {
        let now = now_ns();
        let mut next = now;
        let _ = self.last_nonce.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| {
            next = now.max(last.saturating_add(1));
            Some(next)
        });
        next
    }

    /// Asks a miner for embeddings of `request`'s inputs. The answer is checked against the
    /// request (one embedding per input, dimension, finite values).
    pub async fn embed(
        &self,
        target: &AxonTarget,
        request: &EmbedRequest,
        timeout: Duration,
    ) -> Result<EmbedResponse, CallError> {
        let response = self.call::<Embed>(target, request, timeout).await?;
        response.check(request, &self.limits).map_err(CallError::BadResponse)?;
        Ok(response)
    }

    /// Asks a miner what it serves (unsigned).
    pub async fn info(
        &self,
        target: &AxonTarget,
        timeout: Duration,
    ) -> Result<InfoResponse, CallError> {
        self.call::<Info>(target, &InfoRequest {}, timeout).await
    }

    /// Calls synapse `S` at `target`, and returns its answer once checked.
    pub async fn call<S: Synapse>(
        &self,
        target: &AxonTarget,
        request: &S::Request,
        timeout: Duration,
    ) -> Result<S::Response, CallError> {
        let body = serde_json::to_vec(request)
            .map_err(|e| CallError::Connect(format!("the request could not be encoded: {e}")))?;
        let host =
            if target.ip.contains(':') { format!("[{}]", target.ip) } else { target.ip.clone() };
        let uri = format!("http://{host}:{}/{}", target.port, S::NAME);
        let mut builder = Request::post(&uri).header(CONTENT_TYPE, "application/json");
        let signed = if S::SIGNED {
            let headers = sign_request(
                &self.keypair,
                SignRequest {
                    synapse: S::NAME,
                    body: &body,
                    timeout: timeout.as_secs_f64(),
                    nonce: self.next_nonce(),
                    uuid: &self.uuid,
                    dendrite_ip: "0.0.0.0",
                    dendrite_port: 0,
                    axon_ip: &target.ip,
                    axon_port: target.port,
                    axon_hotkey: &target.hotkey,
                },
            );
            for (name, value) in headers.to_pairs() {
                builder = builder.header(name, value);
            }
            Some(headers)
        } else {
            builder = builder
                .header(header::NAME, S::NAME)
                .header(header::TIMEOUT, timeout.as_secs_f64().to_string());
            None
        };
        let http_request = builder
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| CallError::Connect(format!("bad request for {uri}: {e}")))?;

        let exchange = async {
            let response = self
                .client
                .request(http_request)
                .await
                .map_err(|e| CallError::Connect(format!("{uri}: {e}")))?;
            let (parts, body) = response.into_parts();
            let bytes = Limited::new(body, self.limits.max_response_body)
                .collect()
                .await
                .map_err(|e| {
                    CallError::BadResponse(format!(
                        "the body could not be read within {} bytes: {e}",
                        self.limits.max_response_body
                    ))
                })?
                .to_bytes();
            Ok::<_, CallError>((parts, bytes))
        };
        let (parts, bytes) =
            tokio::time::timeout(timeout, exchange).await.map_err(|_| CallError::Timeout)??;

        if let Some(request_headers) = &signed {
            let lookup = |n: &str| parts.headers.get(n).and_then(|v| v.to_str().ok());
            let response_headers = ResponseHeaders::from_lookup(lookup);
            if parts.status.as_u16() != 200 {
                return Err(refused(parts.status.as_u16(), &bytes));
            }
            let response_headers = response_headers
                .map_err(|e| CallError::BadResponse(format!("unreadable headers: {e}")))?;
            verify_response(&response_headers, &bytes, request_headers)
                .map_err(|e| CallError::BadResponse(e.to_string()))?;
        } else if parts.status.as_u16() != 200 {
            return Err(refused(parts.status.as_u16(), &bytes));
        }
        serde_json::from_slice(&bytes)
            .map_err(|e| CallError::BadResponse(format!("not a {} response: {e}", S::NAME)))
    }
}

fn refused(status: u16, body: &[u8]) -> CallError {
    let message = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_owned))
        .unwrap_or_else(|| String::from_utf8_lossy(body).chars().take(200).collect());
    CallError::Refused { status, message }
}

fn hex_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sends a hand-made `POST /<path>` to `ip:port` with `headers` and `body`, and returns the
/// status and the body as text: for probing an axon with requests a dendrite would never make.
pub async fn post_raw(
    ip: &str,
    port: u16,
    path: &str,
    headers: &[(&str, String)],
    body: Vec<u8>,
    timeout: Duration,
) -> Result<(u16, String), CallError> {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let host = if ip.contains(':') { format!("[{ip}]") } else { ip.to_owned() };
    let mut builder = Request::post(format!("http://{host}:{port}/{path}"));
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    let request = builder
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| CallError::Connect(e.to_string()))?;
    let exchange = async {
        let response =
            client.request(request).await.map_err(|e| CallError::Connect(e.to_string()))?;
        let status = response.status().as_u16();
        let bytes = response
            .into_body()
            .collect()
            .await
            .map_err(|e| CallError::BadResponse(e.to_string()))?
            .to_bytes();
        Ok::<_, CallError>((status, String::from_utf8_lossy(&bytes).into_owned()))
    };
    tokio::time::timeout(timeout, exchange).await.map_err(|_| CallError::Timeout)?
}
