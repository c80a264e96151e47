//! Body hashes, the signed messages, and signing and checking requests and responses.

use sha3::{Digest, Sha3_256};
use subxt_signer::sr25519::{self, Keypair, PublicKey, Signature};
use subxt_utils_accountid32::AccountId32;

use crate::{Refusal, RequestHeaders, ResponseHeaders, Terminal, PROTOCOL_VERSION};

/// A neuron's hotkey: a 32-byte sr25519 public key, written SS58 (prefix 42) on the wire.
pub type Hotkey = AccountId32;

/// SHA3-256 of `body`, lowercase hex: the `computed_body_hash` of a request or response.
pub fn body_hash(body: &[u8]) -> String {
    hex::encode(Sha3_256::digest(body))
}

/// The message a dendrite signs: `{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}`,
/// Bittensor's form, with the hotkeys in SS58.
pub fn request_message(
    nonce: u64,
    dendrite_hotkey: &Hotkey,
    axon_hotkey: &Hotkey,
    uuid: &str,
    body_hash: &str,
) -> String {
    format!("{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}")
}

/// The message an axon signs over its response:
/// `{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{request_body_hash}.{response_body_hash}`,
/// where nonce and uuid are the request's. It binds the response to the request it answers, and
/// its six fields keep it apart from any request message.
pub fn response_message(
    nonce: u64,
    dendrite_hotkey: &Hotkey,
    axon_hotkey: &Hotkey,
    uuid: &str,
    request_body_hash: &str,
    response_body_hash: &str,
) -> String {
    format!(
        "{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{request_body_hash}.{response_body_hash}"
    )
}

/// A signature as the headers carry it: `0x` followed by 128 lowercase hex digits.
pub fn format_signature(signature: &Signature) -> String {
    format!("0x{}", hex::encode(signature.0))
}

/// Reads a signature header (`0x` optional).
pub fn parse_signature(text: &str) -> Result<Signature, Refusal> {
    let digits = text.strip_prefix("0x").unwrap_or(text);
    let mut bytes = [0u8; 64];
    hex::decode_to_slice(digits, &mut bytes).map_err(|_| {
        Refusal::Unauthorized(format!(
            "the signature is not 64 bytes of hex: {:?}",
            text.chars().take(140).collect::<String>()
        ))
    })?;
    Ok(Signature(bytes))
}

fn parse_hotkey(text: &str, what: &str) -> Result<Hotkey, Refusal> {
    text.parse::<Hotkey>()
        .map_err(|e| Refusal::BadRequest(format!("{what} {text:?} is not an SS58 address: {e}")))
}

/// The hotkey of a keypair.
pub fn hotkey_of(keypair: &Keypair) -> Hotkey {
    AccountId32(keypair.public_key().0)
}

/// What a dendrite needs to sign a request.
#[derive(Clone, Debug)]
pub struct SignRequest<'a> {
    /// The synapse's name.
    pub synapse: &'a str,
    /// The exact body bytes that will be sent.
    pub body: &'a [u8],
    /// Seconds the dendrite will wait.
    pub timeout: f64,
    /// Nanoseconds since the Unix epoch, now.
    pub nonce: u64,
    /// The dendrite instance's id.
    pub uuid: &'a str,
    /// The dendrite's own address, as it would be reached (Bittensor sends it; informative).
    pub dendrite_ip: &'a str,
    /// The dendrite's port (0 when it serves nothing).
    pub dendrite_port: u16,
    /// The axon's address.
    pub axon_ip: &'a str,
    /// The axon's port.
    pub axon_port: u16,
    /// The hotkey the dendrite means to call.
    pub axon_hotkey: &'a Hotkey,
}

/// Builds the headers of a request signed by `keypair`.
pub fn sign_request(keypair: &Keypair, request: SignRequest<'_>) -> RequestHeaders {
    let me = hotkey_of(keypair);
    let hash = body_hash(request.body);
    let message = request_message(request.nonce, &me, request.axon_hotkey, request.uuid, &hash);
    RequestHeaders {
        name: request.synapse.to_owned(),
        timeout: request.timeout,
        computed_body_hash: hash,
        dendrite: Terminal {
            ip: request.dendrite_ip.to_owned(),
            port: request.dendrite_port,
            version: PROTOCOL_VERSION,
            nonce: request.nonce,
            uuid: request.uuid.to_owned(),
            hotkey: me.to_string(),
            signature: Some(format_signature(&keypair.sign(message.as_bytes()))),
        },
        axon_ip: request.axon_ip.to_owned(),
        axon_port: request.axon_port,
        axon_hotkey: request.axon_hotkey.to_string(),
    }
}

/// A request whose signature checked out: who sent it, and what the response must be bound to.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedRequest {
    /// The caller's hotkey.
    pub caller: Hotkey,
    /// The request's nonce.
    pub nonce: u64,
    /// The caller instance's id.
    pub uuid: String,
    /// SHA3-256 of the request body, hex.
    pub body_hash: String,
}

/// Checks that a request is addressed to `own_hotkey`, that `computed_body_hash` is the hash of
/// `body`, and that the caller's hotkey signed it. The nonce is checked separately, by the
/// axon's [`crate::NonceTracker`], after this: an unauthenticated request must not be able to
/// move a caller's nonce.
pub fn verify_request(
    headers: &RequestHeaders,
    body: &[u8],
    own_hotkey: &Hotkey,
) -> Result<VerifiedRequest, Refusal> {
    let axon = parse_hotkey(&headers.axon_hotkey, "bt_header_axon_hotkey")?;
    if &axon != own_hotkey {
        return Err(Refusal::Unauthorized(format!(
            "the request is addressed to {axon}, this axon is {own_hotkey}"
        )));
    }
    let caller = parse_hotkey(&headers.dendrite.hotkey, "bt_header_dendrite_hotkey")?;
    let hash = body_hash(body);
    if !hash.eq_ignore_ascii_case(headers.computed_body_hash.trim()) {
        return Err(Refusal::Unauthorized(format!(
            "computed_body_hash {} is not the SHA3-256 of the body ({hash})",
            headers.computed_body_hash
        )));
    }
    let signature = headers.dendrite.signature.as_deref().ok_or_else(|| {
        Refusal::Unauthorized(format!(
            "{} needs a signed request: bt_header_dendrite_signature is missing",
            headers.name
        ))
    })?;
    let signature = parse_signature(signature)?;
    let message =
        request_message(headers.dendrite.nonce, &caller, &axon, &headers.dendrite.uuid, &hash);
    if !sr25519::verify(&signature, message.as_bytes(), &PublicKey(caller.0)) {
        return Err(Refusal::Unauthorized(format!("bad signature by {caller} over {message:?}")));
    }
    Ok(VerifiedRequest {
        caller,
        nonce: headers.dendrite.nonce,
        uuid: headers.dendrite.uuid.clone(),
        body_hash: hash,
    })
}

/// Builds the headers of a response to `request`, signed by the axon's `keypair`.
pub fn sign_response(
    keypair: &Keypair,
    request: &VerifiedRequest,
    status: (u16, &str),
    process_time: f64,
    body: &[u8],
    axon_address: (&str, u16),
) -> ResponseHeaders {
    let me = hotkey_of(keypair);
    let hash = body_hash(body);
    let message = response_message(
        request.nonce,
        &request.caller,
        &me,
        &request.uuid,
        &request.body_hash,
        &hash,
    );
    ResponseHeaders {
        status_code: status.0,
        status_message: status.1.to_owned(),
        process_time,
        computed_body_hash: hash,
        axon: Terminal {
            ip: axon_address.0.to_owned(),
            port: axon_address.1,
            version: PROTOCOL_VERSION,
            nonce: request.nonce,
            uuid: request.uuid.clone(),
            hotkey: me.to_string(),
            signature: Some(format_signature(&keypair.sign(message.as_bytes()))),
        },
    }
}

/// Checks, on the dendrite's side, that a response comes from `request`'s axon, answers
/// `request` (same nonce and uuid), carries the hash of `body`, and is signed by the axon.
pub fn verify_response(
    headers: &ResponseHeaders,
    body: &[u8],
    request: &RequestHeaders,
) -> Result<(), Refusal> {
    let expected = parse_hotkey(&request.axon_hotkey, "bt_header_axon_hotkey")?;
    let axon = parse_hotkey(&headers.axon.hotkey, "bt_header_axon_hotkey")?;
    if axon != expected {
        return Err(Refusal::Unauthorized(format!(
            "the response is signed for {axon}, the request went to {expected}"
        )));
    }
    if headers.axon.nonce != request.dendrite.nonce || headers.axon.uuid != request.dendrite.uuid {
        return Err(Refusal::Unauthorized(format!(
            "the response answers nonce {} uuid {:?}, the request had nonce {} uuid {:?}",
            headers.axon.nonce, headers.axon.uuid, request.dendrite.nonce, request.dendrite.uuid
        )));
    }
    let hash = body_hash(body);
    if !hash.eq_ignore_ascii_case(headers.computed_body_hash.trim()) {
        return Err(Refusal::Unauthorized(format!(
            "the response's computed_body_hash {} is not the SHA3-256 of its body ({hash})",
            headers.computed_body_hash
        )));
    }
    let signature = headers
        .axon
        .signature
        .as_deref()
        .ok_or_else(|| Refusal::Unauthorized("the response is not signed".into()))?;
    let signature = parse_signature(signature)?;
    let caller = parse_hotkey(&request.dendrite.hotkey, "bt_header_dendrite_hotkey")?;
    let message = response_message(
        request.dendrite.nonce,
        &caller,
        &axon,
        &request.dendrite.uuid,
        &request.computed_body_hash.to_ascii_lowercase(),
        &hash,
    );
    if !sr25519::verify(&signature, message.as_bytes(), &PublicKey(axon.0)) {
        return Err(Refusal::Unauthorized(format!("bad response signature by {axon}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use subxt_signer::sr25519::dev;

    const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    const NONCE: u64 = 1_700_000_000_123_456_789;

    #[test]
    fn body_hash_is_sha3_256_hex() {
        assert_eq!(
            body_hash(b""),
            "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
        );
        assert_eq!(
            body_hash(b"abc"),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
    }

    #[test]
    fn the_signed_messages_match_the_fixed_vectors() {
        let alice = hotkey_of(&dev::alice());
        let bob = hotkey_of(&dev::bob());
        assert_eq!(alice.to_string(), ALICE);
        assert_eq!(bob.to_string(), BOB);
        let hash = body_hash(b"");
        assert_eq!(
			request_message(NONCE, &alice, &bob, "uuid-1", &hash),
			format!("1700000000123456789.{ALICE}.{BOB}.uuid-1.a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
		);
        assert_eq!(
			response_message(NONCE, &alice, &bob, "uuid-1", &hash, &body_hash(b"abc")),
			format!("1700000000123456789.{ALICE}.{BOB}.uuid-1.a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a.3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
		);
    }

    fn signed(body: &[u8]) -> RequestHeaders {
        let bob = hotkey_of(&dev::bob());
        sign_request(
            &dev::alice(),
            SignRequest {
                synapse: "Embed",
                body,
                timeout: 12.0,
                nonce: NONCE,
                uuid: "uuid-1",
                dendrite_ip: "127.0.0.2",
                dendrite_port: 0,
                axon_ip: "127.0.0.3",
                axon_port: 8091,
                axon_hotkey: &bob,
            },
        )
    }

    #[test]
    fn a_signed_request_verifies_and_names_its_caller() {
        let body = br#"{"modality":"text","inputs":["a dog"]}"#;
        let headers = signed(body);
        let verified = verify_request(&headers, body, &hotkey_of(&dev::bob())).unwrap();
        assert_eq!(verified.caller.to_string(), ALICE);
        assert_eq!(verified.nonce, NONCE);
        assert_eq!(verified.body_hash, body_hash(body));
    }

    #[test]
    fn any_change_to_a_signed_request_is_refused() {
        let body = br#"{"modality":"text","inputs":["a dog"]}"#;
        let bob = hotkey_of(&dev::bob());
        let headers = signed(body);

        // The body changed in flight (Bittensor would not notice a field outside its hash).
        let tampered = br#"{"modality":"text","inputs":["a cat"]}"#;
        let err = verify_request(&headers, tampered, &bob).unwrap_err();
        assert!(err.to_string().contains("computed_body_hash"), "{err}");

        // The hash changed along with the body: the signature no longer matches.
        let mut h = headers.clone();
        h.computed_body_hash = body_hash(tampered);
        let err = verify_request(&h, tampered, &bob).unwrap_err();
        assert!(err.to_string().contains("bad signature"), "{err}");

        // Another nonce or uuid: bad signature.
        let mut h = headers.clone();
        h.dendrite.nonce = NONCE + 1;
        assert_eq!(verify_request(&h, body, &bob).unwrap_err().status(), 401);
        let mut h = headers.clone();
        h.dendrite.uuid = "uuid-2".into();
        assert_eq!(verify_request(&h, body, &bob).unwrap_err().status(), 401);

        // Sent to someone else.
        let err = verify_request(&headers, body, &hotkey_of(&dev::charlie())).unwrap_err();
        assert!(err.to_string().contains("addressed to"), "{err}");

        // Claimed by another hotkey.
        let mut h = headers.clone();
        h.dendrite.hotkey = hotkey_of(&dev::charlie()).to_string();
        assert!(verify_request(&h, body, &bob).unwrap_err().to_string().contains("bad signature"));

        // Unsigned, or garbage.
        let mut h = headers.clone();
        h.dendrite.signature = None;
        assert!(verify_request(&h, body, &bob).unwrap_err().to_string().contains("missing"));
        h.dendrite.signature = Some("0x1234".into());
        assert!(verify_request(&h, body, &bob).unwrap_err().to_string().contains("64 bytes"));
        h.dendrite.hotkey = "not-an-address".into();
        assert_eq!(verify_request(&h, body, &bob).unwrap_err().status(), 400);
    }

    #[test]
    fn a_signed_response_verifies_and_is_bound_to_its_request() {
        let body = br#"{"modality":"text","inputs":["a dog"]}"#;
        let request = signed(body);
        let verified = verify_request(&request, body, &hotkey_of(&dev::bob())).unwrap();
        let answer = br#"{"model":"m","dim":2,"embeddings":[[1.0,0.0]]}"#;
        let response = sign_response(
            &dev::bob(),
            &verified,
            (200, "Success"),
            0.01,
            answer,
            ("127.0.0.3", 8091),
        );
        verify_response(&response, answer, &request).unwrap();

        // Another body.
        let other = br#"{"model":"m","dim":2,"embeddings":[[0.0,1.0]]}"#;
        assert!(verify_response(&response, other, &request).is_err());
        let mut r = response.clone();
        r.computed_body_hash = body_hash(other);
        assert!(verify_response(&r, other, &request)
            .unwrap_err()
            .to_string()
            .contains("bad response signature"));

        // Replayed onto another request of the same caller.
        let mut later = request.clone();
        later.dendrite.nonce = NONCE + 5;
        assert!(verify_response(&response, answer, &later).is_err());

        // Signed by someone other than the axon that was called.
        let forged = sign_response(
            &dev::charlie(),
            &verified,
            (200, "Success"),
            0.01,
            answer,
            ("127.0.0.3", 8091),
        );
        assert!(verify_response(&forged, answer, &request)
            .unwrap_err()
            .to_string()
            .contains("signed for"));
    }
}
