//! The `bt_header_*` headers of a request and of its response.

use crate::Refusal;

/// The header names, as Bittensor spells them.
pub mod header {
    /// The synapse's name.
    pub const NAME: &str = "name";
    /// Seconds the dendrite waits for the answer.
    pub const TIMEOUT: &str = "timeout";
    /// SHA3-256 of the whole body, lowercase hex.
    pub const COMPUTED_BODY_HASH: &str = "computed_body_hash";
    /// The dendrite's IP address.
    pub const DENDRITE_IP: &str = "bt_header_dendrite_ip";
    /// The dendrite's port.
    pub const DENDRITE_PORT: &str = "bt_header_dendrite_port";
    /// The dendrite's protocol version.
    pub const DENDRITE_VERSION: &str = "bt_header_dendrite_version";
    /// The request's nonce: nanoseconds since the Unix epoch when it was signed.
    pub const DENDRITE_NONCE: &str = "bt_header_dendrite_nonce";
    /// The dendrite's instance id (one per running validator).
    pub const DENDRITE_UUID: &str = "bt_header_dendrite_uuid";
    /// The caller's hotkey, SS58.
    pub const DENDRITE_HOTKEY: &str = "bt_header_dendrite_hotkey";
    /// The caller's signature, `0x` + 128 hex digits.
    pub const DENDRITE_SIGNATURE: &str = "bt_header_dendrite_signature";
    /// The axon's IP address (as the dendrite addressed it).
    pub const AXON_IP: &str = "bt_header_axon_ip";
    /// The axon's port.
    pub const AXON_PORT: &str = "bt_header_axon_port";
    /// The axon's protocol version (response).
    pub const AXON_VERSION: &str = "bt_header_axon_version";
    /// Request: the hotkey the dendrite means to call. Response: the hotkey that answered.
    pub const AXON_HOTKEY: &str = "bt_header_axon_hotkey";
    /// Response: the request's nonce, echoed.
    pub const AXON_NONCE: &str = "bt_header_axon_nonce";
    /// Response: the request's dendrite uuid, echoed.
    pub const AXON_UUID: &str = "bt_header_axon_uuid";
    /// Response: the axon's signature over the response.
    pub const AXON_SIGNATURE: &str = "bt_header_axon_signature";
    /// Response: the HTTP status, repeated for clients that only see headers.
    pub const AXON_STATUS_CODE: &str = "bt_header_axon_status_code";
    /// Response: what went wrong, or `Success`.
    pub const AXON_STATUS_MESSAGE: &str = "bt_header_axon_status_message";
    /// Response: seconds the axon spent on the request.
    pub const AXON_PROCESS_TIME: &str = "bt_header_axon_process_time";
}

/// One end of a call: where it is, who it is, and (once signed) its signature.
#[derive(Clone, Debug, PartialEq)]
pub struct Terminal {
    /// IP address, as text.
    pub ip: String,
    /// Port.
    pub port: u16,
    /// Protocol version ([`crate::PROTOCOL_VERSION`]).
    pub version: u64,
    /// Nonce: nanoseconds since the Unix epoch when the request was signed.
    pub nonce: u64,
    /// The dendrite instance's id.
    pub uuid: String,
    /// Hotkey, SS58.
    pub hotkey: String,
    /// Signature, `0x` + 128 hex digits; `None` for unsigned synapses.
    pub signature: Option<String>,
}

/// The headers of a request, from dendrite to axon.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestHeaders {
    /// The synapse's name (also the URL path).
    pub name: String,
    /// Seconds the dendrite waits.
    pub timeout: f64,
    /// SHA3-256 of the whole body, hex.
    pub computed_body_hash: String,
    /// The caller.
    pub dendrite: Terminal,
    /// The axon's IP address as the dendrite addressed it.
    pub axon_ip: String,
    /// The axon's port.
    pub axon_port: u16,
    /// The hotkey the dendrite means to call, SS58.
    pub axon_hotkey: String,
}

/// The headers of a response, from axon to dendrite.
#[derive(Clone, Debug, PartialEq)]
pub struct ResponseHeaders {
    /// HTTP status.
    pub status_code: u16,
    /// `Success`, or what went wrong.
    pub status_message: String,
    /// Seconds the axon spent.
    pub process_time: f64,
    /// SHA3-256 of the whole response body, hex.
    pub computed_body_hash: String,
    /// The answering axon: its hotkey and signature, with the request's nonce and uuid echoed.
    pub axon: Terminal,
}

fn required<'a>(get: &impl Fn(&str) -> Option<&'a str>, name: &str) -> Result<&'a str, Refusal> {
    get(name).ok_or_else(|| Refusal::BadRequest(format!("missing header {name}")))
}

fn parsed<'a, T: core::str::FromStr>(
    get: &impl Fn(&str) -> Option<&'a str>,
    name: &str,
) -> Result<T, Refusal> {
    let raw = required(get, name)?;
    raw.trim()
        .parse()
        .map_err(|_| Refusal::BadRequest(format!("header {name} is not a valid value: {raw:?}")))
}

impl RequestHeaders {
    /// The headers as name/value pairs, in a fixed order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            (header::NAME, self.name.clone()),
            (header::TIMEOUT, self.timeout.to_string()),
            (header::COMPUTED_BODY_HASH, self.computed_body_hash.clone()),
            (header::DENDRITE_IP, self.dendrite.ip.clone()),
            (header::DENDRITE_PORT, self.dendrite.port.to_string()),
            (header::DENDRITE_VERSION, self.dendrite.version.to_string()),
            (header::DENDRITE_NONCE, self.dendrite.nonce.to_string()),
            (header::DENDRITE_UUID, self.dendrite.uuid.clone()),
            (header::DENDRITE_HOTKEY, self.dendrite.hotkey.clone()),
            (header::AXON_IP, self.axon_ip.clone()),
            (header::AXON_PORT, self.axon_port.to_string()),
            (header::AXON_HOTKEY, self.axon_hotkey.clone()),
        ];
        if let Some(signature) = &self.dendrite.signature {
            pairs.push((header::DENDRITE_SIGNATURE, signature.clone()));
        }
        pairs
    }

    /// Reads the headers through `get` (a case-insensitive lookup by name). A missing or
    /// unreadable header is a [`Refusal::BadRequest`] naming it; the signature may be absent
    /// (unsigned synapses), the signature check decides whether that is allowed.
    pub fn from_lookup<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Self, Refusal> {
        let timeout: f64 = parsed(&get, header::TIMEOUT)?;
        if !timeout.is_finite() || timeout < 0.0 {
            return Err(Refusal::BadRequest(format!(
                "header {} must be a finite number of seconds >= 0, got {timeout}",
                header::TIMEOUT
            )));
        }
        Ok(Self {
            name: required(&get, header::NAME)?.to_owned(),
            timeout,
            computed_body_hash: required(&get, header::COMPUTED_BODY_HASH)?.to_owned(),
            dendrite: Terminal {
                ip: required(&get, header::DENDRITE_IP)?.to_owned(),
                port: parsed(&get, header::DENDRITE_PORT)?,
                version: parsed(&get, header::DENDRITE_VERSION)?,
                nonce: parsed(&get, header::DENDRITE_NONCE)?,
                uuid: required(&get, header::DENDRITE_UUID)?.to_owned(),
                hotkey: required(&get, header::DENDRITE_HOTKEY)?.to_owned(),
                signature: get(header::DENDRITE_SIGNATURE).map(str::to_owned),
            },
            axon_ip: required(&get, header::AXON_IP)?.to_owned(),
            axon_port: parsed(&get, header::AXON_PORT)?,
            axon_hotkey: required(&get, header::AXON_HOTKEY)?.to_owned(),
        })
    }
}

impl ResponseHeaders {
    /// The headers as name/value pairs, in a fixed order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            (header::AXON_STATUS_CODE, self.status_code.to_string()),
            (header::AXON_STATUS_MESSAGE, self.status_message.clone()),
            (header::AXON_PROCESS_TIME, self.process_time.to_string()),
            (header::COMPUTED_BODY_HASH, self.computed_body_hash.clone()),
            (header::AXON_IP, self.axon.ip.clone()),
            (header::AXON_PORT, self.axon.port.to_string()),
            (header::AXON_VERSION, self.axon.version.to_string()),
            (header::AXON_NONCE, self.axon.nonce.to_string()),
            (header::AXON_UUID, self.axon.uuid.clone()),
            (header::AXON_HOTKEY, self.axon.hotkey.clone()),
        ];
        if let Some(signature) = &self.axon.signature {
            pairs.push((header::AXON_SIGNATURE, signature.clone()));
        }
        pairs
    }

    /// Reads the headers of a response through `get` (a case-insensitive lookup by name).
    pub fn from_lookup<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Self, Refusal> {
        Ok(Self {
            status_code: parsed(&get, header::AXON_STATUS_CODE)?,
            status_message: required(&get, header::AXON_STATUS_MESSAGE)?.to_owned(),
            process_time: parsed(&get, header::AXON_PROCESS_TIME)?,
            computed_body_hash: required(&get, header::COMPUTED_BODY_HASH)?.to_owned(),
            axon: Terminal {
                ip: required(&get, header::AXON_IP)?.to_owned(),
                port: parsed(&get, header::AXON_PORT)?,
                version: parsed(&get, header::AXON_VERSION)?,
                nonce: parsed(&get, header::AXON_NONCE)?,
                uuid: required(&get, header::AXON_UUID)?.to_owned(),
                hotkey: required(&get, header::AXON_HOTKEY)?.to_owned(),
                signature: get(header::AXON_SIGNATURE).map(str::to_owned),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::collections::HashMap;

    fn sample() -> RequestHeaders {
        RequestHeaders {
            name: "Embed".into(),
            timeout: 12.5,
            computed_body_hash: "ab".repeat(32),
            dendrite: Terminal {
                ip: "127.0.0.2".into(),
                port: 0,
                version: 1,
                nonce: 1_700_000_000_000_000_000,
                uuid: "u-1".into(),
                hotkey: "5Grw".into(),
                signature: Some("0x00".into()),
            },
            axon_ip: "127.0.0.3".into(),
            axon_port: 8091,
            axon_hotkey: "5FHn".into(),
        }
    }

    fn lookup(pairs: &[(&'static str, String)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn request_headers_round_trip() {
        let headers = sample();
        let map = lookup(&headers.to_pairs());
        let back = RequestHeaders::from_lookup(|n| map.get(n).map(String::as_str)).unwrap();
        assert_eq!(back, headers);
    }

    #[test]
    fn a_missing_header_is_named() {
        let mut map = lookup(&sample().to_pairs());
        map.remove(header::DENDRITE_NONCE);
        let err = RequestHeaders::from_lookup(|n| map.get(n).map(String::as_str)).unwrap_err();
        assert_eq!(err, Refusal::BadRequest("missing header bt_header_dendrite_nonce".into()));
    }

    #[test]
    fn an_unreadable_header_is_named() {
        let mut map = lookup(&sample().to_pairs());
        map.insert(header::DENDRITE_NONCE.into(), "-3".into());
        let err = RequestHeaders::from_lookup(|n| map.get(n).map(String::as_str)).unwrap_err();
        assert_eq!(err.status(), 400);
        assert!(err.to_string().contains("bt_header_dendrite_nonce"), "{err}");
        map.insert(header::DENDRITE_NONCE.into(), "5".into());
        map.insert(header::TIMEOUT.into(), "NaN".into());
        let err = RequestHeaders::from_lookup(|n| map.get(n).map(String::as_str)).unwrap_err();
        assert!(err.to_string().contains("timeout"), "{err}");
    }

    #[test]
    fn response_headers_round_trip() {
        let headers = ResponseHeaders {
            status_code: 200,
            status_message: "Success".into(),
            process_time: 0.25,
            computed_body_hash: "cd".repeat(32),
            axon: Terminal {
                ip: "127.0.0.3".into(),
                port: 8091,
                version: 1,
                nonce: 7,
                uuid: "u-1".into(),
                hotkey: "5FHn".into(),
                signature: Some("0x11".into()),
            },
        };
        let map = lookup(&headers.to_pairs());
        let back = ResponseHeaders::from_lookup(|n| map.get(n).map(String::as_str)).unwrap();
        assert_eq!(back, headers);
    }
}
