//! The synapses (the calls an axon serves), their bodies and their limits.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::Refusal;

/// A call an axon serves at `POST /<NAME>`.
pub trait Synapse {
    /// The name, also the URL path and the `name` header.
    const NAME: &'static str;
    /// Whether the request must be signed (and its caller admitted).
    const SIGNED: bool;
    /// The JSON body of the request.
    type Request: Serialize + DeserializeOwned;
    /// The JSON body of the response.
    type Response: Serialize + DeserializeOwned;
}

/// `Embed`: inputs of one modality in, one embedding per input out.
#[derive(Clone, Copy, Debug)]
pub struct Embed;

impl Synapse for Embed {
    const NAME: &'static str = "Embed";
    const SIGNED: bool = true;
    type Request = EmbedRequest;
    type Response = EmbedResponse;
}

/// `Info`: what an axon serves; unsigned, cheap, for discovery.
#[derive(Clone, Copy, Debug)]
pub struct Info;

impl Synapse for Info {
    const NAME: &'static str = "Info";
    const SIGNED: bool = false;
    type Request = InfoRequest;
    type Response = InfoResponse;
}

/// The kind of input: one subnet per modality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// UTF-8 text.
    Text,
    /// Images (reserved; no miner serves them yet).
    Image,
    /// Audio (reserved; no miner serves them yet).
    Audio,
}

/// The body of an `Embed` request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedRequest {
    /// The modality of every input.
    pub modality: Modality,
    /// The inputs, in order.
    pub inputs: Vec<String>,
}

/// The body of an `Embed` response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedResponse {
    /// The model that produced the embeddings (free text, for the validator's records).
    pub model: String,
    /// The length of every embedding.
    pub dim: u32,
    /// One embedding per input, in the request's order.
    pub embeddings: Vec<Vec<f32>>,
}

/// The body of an `Info` request: empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InfoRequest {}

/// The body of an `Info` response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InfoResponse {
    /// The model served.
    pub model: String,
    /// The length of its embeddings.
    pub dim: u32,
    /// The modalities it embeds.
    pub modalities: Vec<Modality>,
    /// The protocol version ([`crate::PROTOCOL_VERSION`]).
    pub version: u64,
}

/// The limits both sides enforce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body an axon reads, in bytes (413 beyond).
    pub max_request_body: usize,
    /// The largest response body a dendrite reads, in bytes.
    pub max_response_body: usize,
    /// The most inputs in one `Embed` request.
    pub max_inputs: usize,
    /// The largest input, in bytes of UTF-8.
    pub max_input_bytes: usize,
    /// The largest embedding dimension.
    pub max_dim: u32,
}

impl Default for Limits {
    /// 64 KiB requests of up to 64 inputs of up to 1 KiB each; 8 MiB responses with embeddings
    /// of up to 4096 dimensions.
    fn default() -> Self {
        Self {
            max_request_body: 64 * 1024,
            max_response_body: 8 * 1024 * 1024,
            max_inputs: 64,
            max_input_bytes: 1024,
            max_dim: 4096,
        }
    }
}

impl Limits {
    /// Refuses a request body over [`Limits::max_request_body`] ([`Refusal::PayloadTooLarge`]).
    pub fn check_request_size(&self, size: usize) -> Result<(), Refusal> {
        if size > self.max_request_body {
            return Err(Refusal::PayloadTooLarge { size, limit: self.max_request_body });
        }
        Ok(())
    }
}

impl EmbedRequest {
    /// Reads and checks a request body: its size, its JSON, the number and size of the inputs.
    pub fn parse(body: &[u8], limits: &Limits) -> Result<Self, Refusal> {
        limits.check_request_size(body.len())?;
        let request: Self = serde_json::from_slice(body)
            .map_err(|e| Refusal::BadRequest(format!("the Embed body is not valid: {e}")))?;
        request.check(limits)?;
        Ok(request)
    }

    /// Checks the inputs against `limits`: at least one, at most `max_inputs`, each at most
    /// `max_input_bytes`.
    pub fn check(&self, limits: &Limits) -> Result<(), Refusal> {
        if self.inputs.is_empty() {
            return Err(Refusal::BadRequest("an Embed request needs at least one input".into()));
        }
        if self.inputs.len() > limits.max_inputs {
            return Err(Refusal::BadRequest(format!(
                "{} inputs, at most {} are accepted",
                self.inputs.len(),
                limits.max_inputs
            )));
        }
        if let Some((i, input)) =
            self.inputs.iter().enumerate().find(|(_, s)| s.len() > limits.max_input_bytes)
        {
            return Err(Refusal::BadRequest(format!(
                "input {i} has {} bytes, at most {} are accepted",
                input.len(),
                limits.max_input_bytes
            )));
        }
        Ok(())
    }
}

impl EmbedResponse {
    /// Checks a response against the request it answers: one embedding per input, each of
    /// length `dim`, `dim` between 1 and `max_dim`, every value finite. The error says what is
    /// wrong; a validator scores such a response as no answer.
    pub fn check(&self, request: &EmbedRequest, limits: &Limits) -> Result<(), String> {
        if self.dim == 0 || self.dim > limits.max_dim {
            return Err(format!("dim {} is outside 1..={}", self.dim, limits.max_dim));
        }
        if self.embeddings.len() != request.inputs.len() {
            return Err(format!(
                "{} embeddings for {} inputs",
                self.embeddings.len(),
                request.inputs.len()
            ));
        }
        let dim = usize::try_from(self.dim).map_err(|_| format!("dim {} too large", self.dim))?;
        for (i, row) in self.embeddings.iter().enumerate() {
            if row.len() != dim {
                return Err(format!("embedding {i} has {} values, dim is {dim}", row.len()));
            }
            if let Some(j) = row.iter().position(|v| !v.is_finite()) {
                return Err(format!("embedding {i} has a non-finite value at {j}"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_good_request_parses() {
        let body = br#"{"modality":"text","inputs":["a small dog","the sea"]}"#;
        let request = EmbedRequest::parse(body, &Limits::default()).unwrap();
        assert_eq!(request.modality, Modality::Text);
        assert_eq!(request.inputs, vec!["a small dog", "the sea"]);
        assert_eq!(serde_json::to_vec(&request).unwrap(), body.to_vec());
    }

    #[test]
    fn bad_requests_are_refused_with_the_reason() {
        let limits = Limits { max_inputs: 2, max_input_bytes: 8, ..Limits::default() };
        let refuse = |body: &[u8]| EmbedRequest::parse(body, &limits).unwrap_err();

        let err = refuse(&vec![b' '; limits.max_request_body + 1]);
        assert_eq!(err.status(), 413);
        assert_eq!(err, Refusal::PayloadTooLarge { size: 65537, limit: 65536 });

        let err = refuse(br#"{"modality":"smell","inputs":["x"]}"#);
        assert!(err.to_string().contains("unknown variant"), "{err}");
        let err = refuse(br#"{"modality":"text","inputs":["x"],"extra":1}"#);
        assert!(err.to_string().contains("unknown field"), "{err}");
        let err = refuse(br#"{"modality":"text","inputs":[]}"#);
        assert!(err.to_string().contains("at least one"), "{err}");
        let err = refuse(br#"{"modality":"text","inputs":["a","b","c"]}"#);
        assert!(err.to_string().contains("3 inputs, at most 2"), "{err}");
        let err = refuse(br#"{"modality":"text","inputs":["short","far too long"]}"#);
        assert!(err.to_string().contains("input 1 has 12 bytes"), "{err}");
        assert_eq!(err.status(), 400);
    }

    #[test]
    fn responses_are_checked_against_their_request() {
        let limits = Limits { max_dim: 4, ..Limits::default() };
        let request =
            EmbedRequest { modality: Modality::Text, inputs: vec!["a".into(), "b".into()] };
        let response = |dim, embeddings| EmbedResponse { model: "m".into(), dim, embeddings };

        response(2, vec![vec![1.0, 0.0], vec![0.0, 1.0]]).check(&request, &limits).unwrap();
        let err = response(2, vec![vec![1.0, 0.0]]).check(&request, &limits).unwrap_err();
        assert_eq!(err, "1 embeddings for 2 inputs");
        let err =
            response(2, vec![vec![1.0, 0.0], vec![0.0]]).check(&request, &limits).unwrap_err();
        assert_eq!(err, "embedding 1 has 1 values, dim is 2");
        let err = response(2, vec![vec![1.0, f32::NAN], vec![0.0, 1.0]])
            .check(&request, &limits)
            .unwrap_err();
        assert_eq!(err, "embedding 0 has a non-finite value at 1");
        let err =
            response(5, vec![vec![0.0; 5], vec![0.0; 5]]).check(&request, &limits).unwrap_err();
        assert_eq!(err, "dim 5 is outside 1..=4");
        let err = response(0, vec![vec![], vec![]]).check(&request, &limits).unwrap_err();
        assert_eq!(err, "dim 0 is outside 1..=4");
    }

    #[test]
    fn an_overflowing_float_in_json_is_caught() {
        // 1e39 does not fit an f32: serde reads it as infinity, the check refuses it.
        let body = br#"{"model":"m","dim":1,"embeddings":[[1e39]]}"#;
        let response: EmbedResponse = serde_json::from_slice(body).unwrap();
        let request = EmbedRequest { modality: Modality::Text, inputs: vec!["a".into()] };
        assert!(response.check(&request, &Limits::default()).unwrap_err().contains("non-finite"));
        // NaN is not JSON at all.
        assert!(serde_json::from_slice::<EmbedResponse>(
            br#"{"model":"m","dim":1,"embeddings":[[NaN]]}"#
        )
        .is_err());
    }
}
