//! The encrypted key file: a versioned JSON envelope around a secret.
//!
//! ```json
//! {
//!   "finney_keyfile": 1,
//!   "kdf": { "name": "argon2id", "version": 19, "m_cost_kib": 65536, "t_cost": 3, "p_cost": 1,
//!            "salt": "<16 random bytes, hex>" },
//!   "cipher": { "name": "chacha20-poly1305", "nonce": "<12 random bytes, hex>" },
//!   "ciphertext": "<the secret, encrypted, then the 16-byte tag, hex>"
//! }
//! ```
//!
//! The password goes through Argon2id (RFC 9106, memory-hard; the `argon2` crate) with the
//! stored parameters and a random salt into a 256-bit key for ChaCha20-Poly1305 (RFC 8439;
//! `ring`'s AEAD) with a random nonce. The parameters travel in the file, so stronger ones can
//! come later without breaking old files; the tag authenticates the ciphertext, so a wrong
//! password is detected, never decrypted into garbage.

use argon2::{Algorithm, Argon2, Block, Params, Version};
use ring::{
    aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN},
    rand::{SecureRandom, SystemRandom},
};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The envelope's format version.
pub const FORMAT_VERSION: u32 = 1;
/// Bound to every ciphertext as associated data.
const AAD: &[u8] = b"finney keyfile v1";
const SALT_LEN: usize = 16;
const KEY_LEN: usize = 32;

/// Argon2id's cost parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfCost {
    /// Memory, in KiB.
    pub m_cost_kib: u32,
    /// Passes over the memory.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl KdfCost {
    /// What new key files use: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended
    /// option, one lane).
    pub const DEFAULT: KdfCost = KdfCost { m_cost_kib: 64 * 1024, t_cost: 3, p_cost: 1 };
    /// The smallest Argon2 accepts, for tests only.
    #[cfg(test)]
    pub const TEST: KdfCost = KdfCost { m_cost_kib: 64, t_cost: 1, p_cost: 1 };
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    version: u32,
    m_cost_kib: u32,
    t_cost: u32,
    p_cost: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    nonce: String,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    finney_keyfile: u32,
    kdf: Kdf,
    cipher: Cipher,
    ciphertext: String,
}

/// Why a key file could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub enum KeyfileError {
    /// The password does not open it (or the file was altered).
    WrongPassword,
    /// It is not a key file of this format, or of a version this build does not read.
    Format(String),
    /// Random bytes or the key derivation failed.
    Crypto(String),
}

impl core::fmt::Display for KeyfileError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            KeyfileError::WrongPassword => write!(f, "wrong password"),
            KeyfileError::Format(e) => write!(f, "not a finney key file: {e}"),
            KeyfileError::Crypto(e) => write!(f, "{e}"),
        }
    }
}

/// Whether `text` looks like an encrypted finney key file (rather than plain key JSON).
pub fn is_encrypted(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|v| v.get("finney_keyfile").is_some())
        .unwrap_or(false)
}

fn derive_key(
    password: &[u8],
    salt: &[u8],
    cost: KdfCost,
) -> Result<Zeroizing<[u8; KEY_LEN]>, KeyfileError> {
    let crypto = |e: argon2::Error| KeyfileError::Crypto(format!("argon2: {e}"));
    let params =
        Params::new(cost.m_cost_kib, cost.t_cost, cost.p_cost, Some(KEY_LEN)).map_err(crypto)?;
    let blocks = params.block_count();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut memory = vec![Block::default(); blocks];
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into_with_memory(password, salt, key.as_mut_slice(), &mut memory[..])
        .map_err(crypto)?;
    Ok(key)
}

fn aead_key(key: &[u8; KEY_LEN]) -> Result<LessSafeKey, KeyfileError> {
    let unbound = UnboundKey::new(&CHACHA20_POLY1305, key)
        .map_err(|_| KeyfileError::Crypto("chacha20-poly1305: bad key length".into()))?;
    Ok(LessSafeKey::new(unbound))
}

/// Encrypts `secret` with `password` into the JSON text of a key file.
pub fn encrypt(secret: &[u8], password: &str, cost: KdfCost) -> Result<String, KeyfileError> {
    let random = SystemRandom::new();
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    random
        .fill(&mut salt)
        .and_then(|()| random.fill(&mut nonce))
        .map_err(|_| KeyfileError::Crypto("the system's random number generator failed".into()))?;
    let key = derive_key(password.as_bytes(), &salt, cost)?;
    let mut sealed = Zeroizing::new(secret.to_vec());
    aead_key(&key)?
        .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(AAD), &mut *sealed)
        .map_err(|_| KeyfileError::Crypto("chacha20-poly1305: encryption failed".into()))?;
    let envelope = Envelope {
        finney_keyfile: FORMAT_VERSION,
        kdf: Kdf {
            name: "argon2id".into(),
            version: 0x13,
            m_cost_kib: cost.m_cost_kib,
            t_cost: cost.t_cost,
            p_cost: cost.p_cost,
            salt: hex::encode(salt),
        },
        cipher: Cipher { name: "chacha20-poly1305".into(), nonce: hex::encode(nonce) },
        ciphertext: hex::encode(&*sealed),
    };
    serde_json::to_string_pretty(&envelope).map_err(|e| KeyfileError::Format(e.to_string()))
}

/// Decrypts the JSON text of a key file with `password`.
pub fn decrypt(text: &str, password: &str) -> Result<Zeroizing<Vec<u8>>, KeyfileError> {
    let format = |e: &str| KeyfileError::Format(e.to_owned());
    let envelope: Envelope =
        serde_json::from_str(text).map_err(|e| KeyfileError::Format(e.to_string()))?;
    if envelope.finney_keyfile != FORMAT_VERSION {
        return Err(KeyfileError::Format(format!(
            "format version {} (this build reads version {FORMAT_VERSION})",
            envelope.finney_keyfile
        )));
    }
    if envelope.kdf.name != "argon2id" || envelope.kdf.version != 0x13 {
        return Err(KeyfileError::Format(format!(
            "key derivation {} version {}",
            envelope.kdf.name, envelope.kdf.version
        )));
    }
    if envelope.cipher.name != "chacha20-poly1305" {
        return Err(KeyfileError::Format(format!("cipher {}", envelope.cipher.name)));
    }
    let salt = hex::decode(&envelope.kdf.salt).map_err(|_| format("the salt is not hex"))?;
    let nonce: [u8; NONCE_LEN] = hex::decode(&envelope.cipher.nonce)
        .ok()
        .and_then(|n| n.try_into().ok())
        .ok_or_else(|| format("the nonce is not 12 bytes of hex"))?;
    let mut sealed = Zeroizing::new(
        hex::decode(&envelope.ciphertext).map_err(|_| format("the ciphertext is not hex"))?,
    );
    let cost = KdfCost {
        m_cost_kib: envelope.kdf.m_cost_kib,
        t_cost: envelope.kdf.t_cost,
        p_cost: envelope.kdf.p_cost,
    };
    let key = derive_key(password.as_bytes(), &salt, cost)?;
    let plain = aead_key(&key)?
        .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::from(AAD), sealed.as_mut_slice())
        .map_err(|_| KeyfileError::WrongPassword)?;
    Ok(Zeroizing::new(plain.to_vec()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn round_trip() {
        let secret = b"bottom drive obey lake curtain smoke basket hold race lonely fit walk";
        let text = encrypt(secret, "correct horse", KdfCost::TEST).unwrap();
        assert!(is_encrypted(&text));
        // Nothing of the secret shows in the file.
        assert!(!text.contains("bottom"), "{text}");
        assert_eq!(decrypt(&text, "correct horse").unwrap().as_slice(), secret);
        // Fresh salt and nonce every time.
        let again = encrypt(secret, "correct horse", KdfCost::TEST).unwrap();
        assert_ne!(text, again);
        assert_eq!(decrypt(&again, "correct horse").unwrap().as_slice(), secret);
    }

    #[test]
    fn the_default_cost_round_trips() {
        let text = encrypt(b"seed", "pw", KdfCost::DEFAULT).unwrap();
        let envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(envelope["kdf"]["m_cost_kib"], 65536);
        assert_eq!(envelope["kdf"]["name"], "argon2id");
        assert_eq!(envelope["cipher"]["name"], "chacha20-poly1305");
        assert_eq!(decrypt(&text, "pw").unwrap().as_slice(), b"seed");
    }

    #[test]
    fn a_wrong_password_is_refused() {
        let text = encrypt(b"secret", "right", KdfCost::TEST).unwrap();
        assert_eq!(decrypt(&text, "wrong"), Err(KeyfileError::WrongPassword));
        assert_eq!(decrypt(&text, ""), Err(KeyfileError::WrongPassword));
        assert_eq!(decrypt(&text, "right ").map(|_| ()), Err(KeyfileError::WrongPassword));
    }

    #[test]
    fn tampering_is_detected() {
        let text = encrypt(b"secret", "pw", KdfCost::TEST).unwrap();
        let mut envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
        let ciphertext = envelope["ciphertext"].as_str().unwrap().to_owned();
        let flipped = if ciphertext.starts_with('0') { "1" } else { "0" };
        envelope["ciphertext"] = format!("{flipped}{}", &ciphertext[1..]).into();
        assert_eq!(decrypt(&envelope.to_string(), "pw"), Err(KeyfileError::WrongPassword));
        // Other parameters derive another key: the tag fails too.
        let mut envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
        envelope["kdf"]["t_cost"] = 2.into();
        assert_eq!(decrypt(&envelope.to_string(), "pw"), Err(KeyfileError::WrongPassword));
    }

    #[test]
    fn other_formats_are_named() {
        assert!(matches!(decrypt("{}", "pw"), Err(KeyfileError::Format(_))));
        assert!(matches!(decrypt("$NACL...", "pw"), Err(KeyfileError::Format(_))));
        let text = encrypt(b"secret", "pw", KdfCost::TEST).unwrap();
        let mut envelope: serde_json::Value = serde_json::from_str(&text).unwrap();
        envelope["finney_keyfile"] = 2.into();
        let err = decrypt(&envelope.to_string(), "pw").unwrap_err();
        assert!(err.to_string().contains("format version 2"), "{err}");
        assert!(!is_encrypted("{\"secretPhrase\": \"x\"}"));
    }
}
