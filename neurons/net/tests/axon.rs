//! An axon and dendrites over real HTTP on loopback: the answers, and every refusal.
#![allow(clippy::unwrap_used, clippy::panic, clippy::arithmetic_side_effects)]

use std::{sync::Arc, time::Duration};

use bytes::Bytes;
use finney_neuron_net::{
    axon::{Admission, Axon, AxonConfig, Expert},
    dendrite::{AxonTarget, CallError, Dendrite},
    now_ns,
};
use finney_neuron_protocol::{
    hotkey_of, sign_request, EmbedRequest, EmbedResponse, Hotkey, InfoResponse, Limits, Modality,
    Refusal, SignRequest, PROTOCOL_VERSION,
};
use http_body_util::{BodyExt, Full};
use hyper_util::{client::legacy::Client, rt::TokioExecutor};
use subxt_signer::sr25519::{dev, Keypair};

/// Admits Alice (stake 10) and Eve (stake 1); everyone else is not registered.
struct Registered;
impl Admission for Registered {
    fn admit(&self, caller: &Hotkey) -> Result<u64, Refusal> {
        if *caller == hotkey_of(&dev::alice()) {
            Ok(10)
        } else if *caller == hotkey_of(&dev::eve()) {
            Ok(1)
        } else {
            Err(Refusal::Forbidden(format!("{caller} is not registered on this subnet")))
        }
    }
}

/// Embeds a text as (length, 1.0).
struct Lengths;
impl Expert for Lengths {
    fn info(&self) -> InfoResponse {
        InfoResponse {
            model: "lengths".into(),
            dim: 2,
            modalities: vec![Modality::Text],
            version: PROTOCOL_VERSION,
        }
    }
    fn embed(&self, request: &EmbedRequest) -> Result<EmbedResponse, Refusal> {
        Ok(EmbedResponse {
            model: "lengths".into(),
            dim: 2,
            embeddings: request.inputs.iter().map(|s| vec![s.len() as f32, 1.0]).collect(),
        })
    }
}

async fn start() -> (Axon, AxonTarget) {
    let axon = Axon::start(
        dev::bob(),
        AxonConfig::new("127.0.0.1:0".parse().unwrap()),
        Arc::new(Registered),
        Arc::new(Lengths),
    )
    .await
    .unwrap();
    let target = AxonTarget {
        ip: "127.0.0.1".into(),
        port: axon.local_addr().port(),
        hotkey: hotkey_of(&dev::bob()),
    };
    (axon, target)
}

fn request(inputs: &[&str]) -> EmbedRequest {
    EmbedRequest {
        modality: Modality::Text,
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
    }
}

const TIMEOUT: Duration = Duration::from_secs(10);

#[tokio::test]
async fn a_registered_caller_gets_signed_embeddings() {
    let (axon, target) = start().await;
    let alice = Dendrite::new(dev::alice(), Limits::default());
    let answer = alice.embed(&target, &request(&["a dog", "the sea"]), TIMEOUT).await.unwrap();
    assert_eq!(answer.embeddings, vec![vec![5.0, 1.0], vec![7.0, 1.0]]);
    // Several calls in a row: each gets a fresh nonce.
    for _ in 0..3 {
        alice.embed(&target, &request(&["x"]), TIMEOUT).await.unwrap();
    }
    axon.stop().await;
}

#[tokio::test]
async fn info_is_unsigned_and_open_to_anyone() {
    let (axon, target) = start().await;
    let stranger = Dendrite::new(dev::ferdie(), Limits::default());
    let info = stranger.info(&target, TIMEOUT).await.unwrap();
    assert_eq!(info.model, "lengths");
    assert_eq!(info.dim, 2);
    axon.stop().await;
}

#[tokio::test]
async fn an_unregistered_caller_is_forbidden() {
    let (axon, target) = start().await;
    let charlie = Dendrite::new(dev::charlie(), Limits::default());
    match charlie.embed(&target, &request(&["a dog"]), TIMEOUT).await {
        Err(CallError::Refused { status: 403, message }) => {
            assert!(message.contains("not registered"), "{message}")
        }
        other => panic!("expected 403, got {other:?}"),
    }
    axon.stop().await;
}

#[tokio::test]
async fn a_response_from_another_hotkey_is_rejected() {
    let (axon, mut target) = start().await;
    // The dendrite believes the endpoint belongs to Dave: the axon (Bob) refuses a request
    // addressed to someone else.
    target.hotkey = hotkey_of(&dev::dave());
    let alice = Dendrite::new(dev::alice(), Limits::default());
    match alice.embed(&target, &request(&["a dog"]), TIMEOUT).await {
        Err(CallError::Refused { status: 401, message }) => {
            assert!(message.contains("addressed to"), "{message}")
        }
        other => panic!("expected 401, got {other:?}"),
    }
    axon.stop().await;
}

/// Sends a hand-made request; returns the status and the body.
async fn raw(port: u16, path: &str, headers: &[(&str, String)], body: Vec<u8>) -> (u16, String) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut builder = hyper::Request::post(format!("http://127.0.0.1:{port}/{path}"));
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    let response =
        client.request(builder.body(Full::new(Bytes::from(body))).unwrap()).await.unwrap();
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn signed_headers(
    keypair: &Keypair,
    port: u16,
    body: &[u8],
    nonce: u64,
) -> Vec<(&'static str, String)> {
    sign_request(
        keypair,
        SignRequest {
            synapse: "Embed",
            body,
            timeout: 12.0,
            nonce,
            uuid: "attacker-1",
            dendrite_ip: "127.0.0.1",
            dendrite_port: 0,
            axon_ip: "127.0.0.1",
            axon_port: port,
            axon_hotkey: &hotkey_of(&dev::bob()),
        },
    )
    .to_pairs()
}

#[tokio::test]
async fn every_attack_is_refused() {
    let (axon, target) = start().await;
    let port = target.port;
    let body = serde_json::to_vec(&request(&["a dog"])).unwrap();

    // A replayed request: accepted once, refused the second time.
    let headers = signed_headers(&dev::alice(), port, &body, now_ns());
    assert_eq!(raw(port, "Embed", &headers, body.clone()).await.0, 200);
    let (status, message) = raw(port, "Embed", &headers, body.clone()).await;
    assert_eq!(status, 401, "{message}");
    assert!(message.contains("replayed"), "{message}");

    // A body changed in flight.
    let headers = signed_headers(&dev::alice(), port, &body, now_ns());
    let tampered = serde_json::to_vec(&request(&["a cat"])).unwrap();
    let (status, message) = raw(port, "Embed", &headers, tampered).await;
    assert_eq!(status, 401, "{message}");
    assert!(message.contains("computed_body_hash"), "{message}");

    // A forged signature: Alice's hotkey claimed, Charlie's key used.
    let mut headers = signed_headers(&dev::charlie(), port, &body, now_ns());
    for (name, value) in headers.iter_mut() {
        if *name == "bt_header_dendrite_hotkey" {
            *value = hotkey_of(&dev::alice()).to_string();
        }
    }
    let (status, message) = raw(port, "Embed", &headers, body.clone()).await;
    assert_eq!(status, 401, "{message}");
    assert!(message.contains("bad signature"), "{message}");

    // A stale nonce (a minute old, first contact of a new instance), and one from the future.
    let mut headers = signed_headers(&dev::eve(), port, &body, now_ns() - 60_000_000_000);
    let (status, message) = raw(port, "Embed", &headers, body.clone()).await;
    assert_eq!(status, 401, "{message}");
    assert!(message.contains("too old"), "{message}");
    headers = signed_headers(&dev::eve(), port, &body, now_ns() + 3_600_000_000_000);
    let (status, message) = raw(port, "Embed", &headers, body.clone()).await;
    assert_eq!(status, 401, "{message}");
    assert!(message.contains("ahead"), "{message}");

    // An oversize body, declared or not.
    let big = vec![b' '; Limits::default().max_request_body + 1];
    let headers = signed_headers(&dev::alice(), port, &big, now_ns());
    let (status, message) = raw(port, "Embed", &headers, big).await;
    assert_eq!(status, 413, "{message}");

    // Unsigned, missing headers, unknown synapse, bad JSON from an admitted caller.
    let (status, message) = raw(port, "Embed", &[], body.clone()).await;
    assert_eq!(status, 400, "{message}");
    assert!(message.contains("missing header"), "{message}");
    let (status, message) = raw(port, "Train", &[], body.clone()).await;
    assert_eq!(status, 404, "{message}");
    let junk = br#"{"modality":"text","inputs":"not a list"}"#.to_vec();
    let headers = signed_headers(&dev::alice(), port, &junk, now_ns());
    let (status, message) = raw(port, "Embed", &headers, junk).await;
    assert_eq!(status, 400, "{message}");
    assert!(message.contains("not valid"), "{message}");

    // After all that, a good request still works.
    let headers = signed_headers(&dev::alice(), port, &body, now_ns());
    let (status, answer) = raw(port, "Embed", &headers, body.clone()).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("\"embeddings\":[[5.0,1.0]]"), "{answer}");
    axon.stop().await;
}
