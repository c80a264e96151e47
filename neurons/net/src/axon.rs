//! The axon: a miner's HTTP server.

use std::{
    convert::Infallible,
    net::SocketAddr,
    sync::{Arc, Mutex, PoisonError},
    time::Instant,
};

use bytes::Bytes;
use finney_neuron_protocol::{
    hotkey_of, sign_response, verify_request, Embed, EmbedRequest, EmbedResponse, Hotkey, Info,
    InfoResponse, Keypair, Limits, NonceTracker, Refusal, RequestHeaders, ResponseHeaders, Synapse,
    VerifiedRequest,
};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{
    body::Incoming,
    header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE},
    server::conn::http1,
    service::service_fn,
    Method, Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

use crate::{now_ns, priority::StakeQueue};

/// Who may call this axon. The miner answers from its view of the chain (the metagraph).
pub trait Admission: Send + Sync + 'static {
    /// `Ok(stake)` admits `caller` and gives its priority (more stake, served first); an error
    /// refuses it, normally with [`Refusal::Forbidden`] saying why (not registered, no
    /// validator permit, blacklisted).
    fn admit(&self, caller: &Hotkey) -> Result<u64, Refusal>;
}

/// What the axon serves: the miner's model.
pub trait Expert: Send + Sync + 'static {
    /// Answers `Info`.
    fn info(&self) -> InfoResponse;
    /// Answers `Embed`, on a blocking thread (embedding is CPU work).
    fn embed(&self, request: &EmbedRequest) -> Result<EmbedResponse, Refusal>;
}

/// How an axon listens and what it accepts.
#[derive(Clone, Debug)]
pub struct AxonConfig {
    /// The address to listen on (port 0: any free port).
    pub bind: SocketAddr,
    /// The address callers use (published on chain with `serve_axon`), echoed in the response
    /// headers; `None`: the address actually bound.
    pub external: Option<SocketAddr>,
    /// Size limits.
    pub limits: Limits,
    /// Requests served at once.
    pub slots: usize,
    /// Callers waiting for a slot, at most.
    pub queue: usize,
    /// Caller instances whose last nonce is remembered, at most.
    pub nonce_capacity: usize,
}

impl AxonConfig {
    /// Listen on `bind`, with the default limits, 2 slots, a queue of 64 and 4096 remembered
    /// caller instances.
    pub fn new(bind: SocketAddr) -> Self {
        Self {
            bind,
            external: None,
            limits: Limits::default(),
            slots: 2,
            queue: 64,
            nonce_capacity: 4096,
        }
    }
}

struct Shared {
    keypair: Keypair,
    hotkey: Hotkey,
    external: SocketAddr,
    limits: Limits,
    admission: Arc<dyn Admission>,
    expert: Arc<dyn Expert>,
    nonces: Mutex<NonceTracker>,
    queue: StakeQueue,
}

/// A running axon. Dropping it does not stop it; call [`Axon::stop`].
pub struct Axon {
    local_addr: SocketAddr,
    hotkey: Hotkey,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Axon {
    /// Binds `config.bind` and serves in the background.
    pub async fn start(
        keypair: Keypair,
        config: AxonConfig,
        admission: Arc<dyn Admission>,
        expert: Arc<dyn Expert>,
    ) -> std::io::Result<Axon> {
        let listener = TcpListener::bind(config.bind).await?;
        let local_addr = listener.local_addr()?;
        let hotkey = hotkey_of(&keypair);
        let shared = Arc::new(Shared {
            keypair,
            hotkey,
            external: config.external.unwrap_or(local_addr),
            limits: config.limits,
            admission,
            expert,
            nonces: Mutex::new(NonceTracker::new(config.nonce_capacity)),
            queue: StakeQueue::new(config.slots, config.queue),
        });
        let (stop, mut stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    accepted = listener.accept() => accepted,
                    _ = stopped.changed() => break,
                };
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        log::warn!("axon: accept failed: {e}");
                        continue;
                    }
                };
                let shared = shared.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |req| {
                        let shared = shared.clone();
                        async move { Ok::<_, Infallible>(handle(shared, req).await) }
                    });
                    if let Err(e) =
                        http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
                    {
                        log::debug!("axon: connection from {peer} ended: {e}");
                    }
                });
            }
        });
        log::info!("axon {hotkey} listening on {local_addr}");
        Ok(Axon { local_addr, hotkey, stop, task })
    }

    /// The address bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The axon's hotkey.
    pub fn hotkey(&self) -> &Hotkey {
        &self.hotkey
    }

    /// Stops accepting connections and waits for the accept loop to end.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

type HttpResponse = Response<Full<Bytes>>;

fn response(status: u16, body: Vec<u8>, headers: &[(&'static str, String)]) -> HttpResponse {
    let length = body.len();
    let mut resp = Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let map = resp.headers_mut();
    map.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    map.insert(CONTENT_LENGTH, HeaderValue::from(length));
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) =
            (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value))
        {
            map.insert(name, value);
        }
    }
    resp
}

fn error_body(refusal: &Refusal) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "error": refusal.to_string() })).unwrap_or_default()
}

/// A refusal before the caller is known: unsigned.
fn refuse(refusal: &Refusal) -> HttpResponse {
    let status = refusal.status();
    response(
        status,
        error_body(refusal),
        &[
            ("bt_header_axon_status_code", status.to_string()),
            ("bt_header_axon_status_message", refusal.to_string()),
        ],
    )
}

/// An answer to an authenticated caller, signed: a success or a refusal.
fn signed(
    shared: &Shared,
    request: &VerifiedRequest,
    outcome: Result<Vec<u8>, Refusal>,
    started: Instant,
) -> HttpResponse {
    let (status, message, body) = match outcome {
        Ok(body) => (200, "Success".to_owned(), body),
        Err(refusal) => (refusal.status(), refusal.to_string(), error_body(&refusal)),
    };
    let headers: ResponseHeaders = sign_response(
        &shared.keypair,
        request,
        (status, &message),
        started.elapsed().as_secs_f64(),
        &body,
        (&shared.external.ip().to_string(), shared.external.port()),
    );
    response(status, body, &headers.to_pairs())
}

async fn read_body(
    req: Request<Incoming>,
    limit: usize,
) -> Result<(hyper::http::request::Parts, Bytes), Refusal> {
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(size) = declared {
        if size > limit {
            return Err(Refusal::PayloadTooLarge { size, limit });
        }
    }
    let (parts, body) = req.into_parts();
    let bytes = Limited::new(body, limit)
        .collect()
        .await
        .map_err(|_| Refusal::PayloadTooLarge { size: limit.saturating_add(1), limit })?
        .to_bytes();
    Ok((parts, bytes))
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> HttpResponse {
    let started = Instant::now();
    let name = req.uri().path().trim_start_matches('/').to_owned();
    if name != Embed::NAME && name != Info::NAME {
        return refuse(&Refusal::NotFound(format!(
            "no synapse {name:?}; this axon serves {} and {}",
            Embed::NAME,
            Info::NAME
        )));
    }
    if req.method() != Method::POST {
        return refuse(&Refusal::BadRequest(format!("use POST /{name}, not {}", req.method())));
    }
    let (parts, body) = match read_body(req, shared.limits.max_request_body).await {
        Ok(read) => read,
        Err(refusal) => return refuse(&refusal),
    };
    if name == Info::NAME {
        let info = serde_json::to_vec(&shared.expert.info()).unwrap_or_default();
        return response(200, info, &[("bt_header_axon_status_code", "200".into())]);
    }
    let lookup = |n: &str| parts.headers.get(n).and_then(|v| v.to_str().ok());
    let headers = match RequestHeaders::from_lookup(lookup) {
        Ok(headers) => headers,
        Err(refusal) => return refuse(&refusal),
    };
    if headers.name != name {
        return refuse(&Refusal::BadRequest(format!(
            "header name {:?} does not match the path /{name}",
            headers.name
        )));
    }
    let verified = match verify_request(&headers, &body, &shared.hotkey) {
        Ok(verified) => verified,
        Err(refusal) => return refuse(&refusal),
    };
    // Admission before the nonce: a caller that may not use this axon cannot fill its memory of
    // nonces either.
    let stake = match shared.admission.admit(&verified.caller) {
        Ok(stake) => stake,
        Err(refusal) => return signed(&shared, &verified, Err(refusal), started),
    };
    let nonce_ok = shared.nonces.lock().unwrap_or_else(PoisonError::into_inner).check_and_record(
        &headers.dendrite.hotkey,
        &headers.dendrite.uuid,
        headers.dendrite.nonce,
        headers.timeout,
        now_ns(),
    );
    if let Err(refusal) = nonce_ok {
        return refuse(&refusal);
    }
    let outcome = serve_embed(&shared, stake, &body).await;
    signed(&shared, &verified, outcome, started)
}

async fn serve_embed(shared: &Shared, stake: u64, body: &[u8]) -> Result<Vec<u8>, Refusal> {
    let request = EmbedRequest::parse(body, &shared.limits)?;
    let _permit = shared.queue.acquire(stake).await?;
    let expert = shared.expert.clone();
    let answer = tokio::task::spawn_blocking(move || expert.embed(&request))
        .await
        .map_err(|e| Refusal::Unavailable(format!("the expert failed: {e}")))??;
    serde_json::to_vec(&answer)
        .map_err(|e| Refusal::Unavailable(format!("the answer could not be encoded: {e}")))
}
