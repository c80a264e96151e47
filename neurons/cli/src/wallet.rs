//! Wallets on disk, laid out as Bittensor's:
//!
//! ```text
//! <wallet path>/<wallet>/coldkey          the coldkey, encrypted (crate::keyfile)
//! <wallet path>/<wallet>/coldkeypub.txt   its public part: accountId, publicKey, ss58Address
//! <wallet path>/<wallet>/hotkeys/<name>   a hotkey, unencrypted key JSON
//! ```
//!
//! Key JSON is btcli's: `accountId` and `publicKey` (`0x` hex), `secretPhrase` (the BIP-39
//! mnemonic), `secretSeed` (the 32-byte sr25519 mini secret, `0x` hex) and `ss58Address`
//! (prefix 42); a key regenerated from a secret URI with a derivation path (`//Alice`) keeps
//! it as `secretUri`. Keys are sr25519, derived from a mnemonic as Substrate does (the
//! entropy, not the BIP-39 seed), so a mnemonic gives the same account here, in polkadot-js
//! and in btcli.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
    str::FromStr,
};

use finney_neuron_protocol::{hotkey_of, Hotkey};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use subxt_signer::{bip39::Mnemonic, sr25519::Keypair, ExposeSecret, SecretUri};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::keyfile::{self, KdfCost, KeyfileError};

/// The word counts a new mnemonic may have.
pub const WORD_COUNTS: [usize; 5] = [12, 15, 18, 21, 24];

/// A key as stored: btcli's key JSON.
#[derive(Clone, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(rename_all = "camelCase")]
pub struct KeyData {
    /// The public key, `0x` hex.
    pub account_id: String,
    /// The public key, `0x` hex.
    pub public_key: String,
    /// The BIP-39 mnemonic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_phrase: Option<String>,
    /// The sr25519 mini secret, `0x` hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_seed: Option<String>,
    /// A secret URI with a derivation path or password (`<mnemonic>//hard/soft///password`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_uri: Option<String>,
    /// The address, SS58 with prefix 42.
    pub ss58_address: String,
}

/// The public part of a coldkey, as `coldkeypub.txt` holds it.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PublicData {
    account_id: String,
    public_key: String,
    ss58_address: String,
}

/// The sr25519 mini secret Substrate derives from a mnemonic: the first 32 bytes of
/// PBKDF2-HMAC-SHA512 over the mnemonic's entropy, salt `"mnemonic"` (no password), 2048
/// rounds (`substrate-bip39`).
fn mini_secret(mnemonic: &Mnemonic) -> Zeroizing<[u8; 32]> {
    let entropy = Zeroizing::new(mnemonic.to_entropy());
    let mut seed = Zeroizing::new([0u8; 64]);
    let rounds = core::num::NonZeroU32::MIN.saturating_add(2047);
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA512,
        rounds,
        b"mnemonic",
        &entropy,
        seed.as_mut_slice(),
    );
    let mut mini = Zeroizing::new([0u8; 32]);
    for (out, byte) in mini.iter_mut().zip(seed.iter()) {
        *out = *byte;
    }
    mini
}

fn public_hex(keypair: &Keypair) -> String {
    format!("0x{}", hex::encode(keypair.public_key().0))
}

impl KeyData {
    fn of(keypair: &Keypair) -> Self {
        KeyData {
            account_id: public_hex(keypair),
            public_key: public_hex(keypair),
            secret_phrase: None,
            secret_seed: None,
            secret_uri: None,
            ss58_address: hotkey_of(keypair).to_string(),
        }
    }

    /// A new key from a fresh mnemonic of `words` words; returns it and the mnemonic.
    pub fn generate(words: usize) -> Result<(Self, Zeroizing<String>), String> {
        if !WORD_COUNTS.contains(&words) {
            return Err(format!("a mnemonic has 12, 15, 18, 21 or 24 words, not {words}"));
        }
        // 12 words carry 128 bits of entropy, each 3 more words 32 bits more.
        let bytes = words.checked_div(3).and_then(|w| w.checked_mul(4)).unwrap_or(16);
        let mut entropy = Zeroizing::new(vec![0u8; bytes]);
        SystemRandom::new()
            .fill(&mut entropy)
            .map_err(|_| "the system's random number generator failed".to_owned())?;
        let mnemonic = Mnemonic::from_entropy(&entropy).map_err(|e| format!("mnemonic: {e}"))?;
        let phrase = Zeroizing::new(mnemonic.to_string());
        Ok((Self::from_mnemonic(&mnemonic)?, phrase))
    }

    /// The key of a BIP-39 mnemonic (no derivation path).
    pub fn from_phrase(phrase: &str) -> Result<Self, String> {
        let normalized = Zeroizing::new(phrase.split_whitespace().collect::<Vec<_>>().join(" "));
        let mnemonic = Mnemonic::parse(normalized.as_str())
            .map_err(|e| format!("not a valid BIP-39 mnemonic: {e}"))?;
        Self::from_mnemonic(&mnemonic)
    }

    fn from_mnemonic(mnemonic: &Mnemonic) -> Result<Self, String> {
        let seed = mini_secret(mnemonic);
        let keypair = Keypair::from_secret_key(*seed).map_err(|e| format!("seed: {e}"))?;
        // The same key as subxt-signer's own derivation from the phrase.
        let check = Keypair::from_phrase(mnemonic, None).map_err(|e| format!("mnemonic: {e}"))?;
        if check.public_key().0 != keypair.public_key().0 {
            return Err("the mnemonic's seed and key disagree".into());
        }
        let mut data = Self::of(&keypair);
        data.secret_phrase = Some(mnemonic.to_string());
        data.secret_seed = Some(format!("0x{}", hex::encode(*seed)));
        Ok(data)
    }

    /// The key of a 32-byte sr25519 mini secret, `0x` hex.
    pub fn from_seed(seed_hex: &str) -> Result<Self, String> {
        let digits = seed_hex.trim().strip_prefix("0x").unwrap_or(seed_hex.trim());
        let mut seed = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(digits, seed.as_mut_slice())
            .map_err(|_| "the seed is not 32 bytes of hex".to_owned())?;
        let keypair = Keypair::from_secret_key(*seed).map_err(|e| format!("seed: {e}"))?;
        let mut data = Self::of(&keypair);
        data.secret_seed = Some(format!("0x{}", hex::encode(*seed)));
        Ok(data)
    }

    /// The key of a secret URI: a mnemonic or `0x` seed with an optional derivation path and
    /// password (`//Alice` is the dev phrase's `//Alice`).
    pub fn from_uri(uri: &str) -> Result<Self, String> {
        let parsed = SecretUri::from_str(uri).map_err(|e| format!("not a secret URI ({e})"))?;
        if parsed.junctions.is_empty() && parsed.password.is_none() {
            let phrase = parsed.phrase.expose_secret();
            return if phrase.starts_with("0x") {
                Self::from_seed(phrase)
            } else {
                Self::from_phrase(phrase)
            };
        }
        let keypair = Keypair::from_uri(&parsed).map_err(|e| format!("secret URI: {e}"))?;
        let mut data = Self::of(&keypair);
        data.secret_uri = Some(uri.to_owned());
        Ok(data)
    }

    /// The keypair, checked against the stored public key.
    pub fn keypair(&self) -> Result<Keypair, String> {
        let keypair = if let Some(uri) = &self.secret_uri {
            let parsed = SecretUri::from_str(uri).map_err(|e| format!("not a secret URI ({e})"))?;
            Keypair::from_uri(&parsed).map_err(|e| format!("secret URI: {e}"))?
        } else if let Some(phrase) = &self.secret_phrase {
            let mnemonic = Mnemonic::parse(phrase.as_str())
                .map_err(|e| format!("not a valid BIP-39 mnemonic: {e}"))?;
            Keypair::from_phrase(&mnemonic, None).map_err(|e| format!("mnemonic: {e}"))?
        } else if let Some(seed) = &self.secret_seed {
            let digits = seed.strip_prefix("0x").unwrap_or(seed);
            let mut bytes = Zeroizing::new([0u8; 32]);
            hex::decode_to_slice(digits, bytes.as_mut_slice())
                .map_err(|_| "secretSeed is not 32 bytes of hex".to_owned())?;
            Keypair::from_secret_key(*bytes).map_err(|e| format!("seed: {e}"))?
        } else {
            return Err("it holds no secret (secretPhrase, secretSeed or secretUri)".into());
        };
        if !self.public_key.is_empty() && self.public_key != public_hex(&keypair) {
            return Err("its secret does not match its publicKey".into());
        }
        Ok(keypair)
    }

    /// The address.
    pub fn address(&self) -> Result<Hotkey, String> {
        address_of(&self.ss58_address, &self.public_key)
    }
}

fn address_of(ss58: &str, public_key: &str) -> Result<Hotkey, String> {
    if let Ok(address) = ss58.parse::<Hotkey>() {
        return Ok(address);
    }
    let digits = public_key.strip_prefix("0x").unwrap_or(public_key);
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(digits, &mut bytes)
        .map_err(|_| "neither ss58Address nor publicKey is a valid key".to_owned())?;
    Ok(Hotkey::from(bytes))
}

/// Checks a wallet or hotkey name: letters, digits, `-`, `_` and `.`, not starting with `.`.
pub fn check_name(name: &str, what: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && !name.starts_with('.')
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid {what} name {name:?}: use letters, digits, '-', '_' and '.' (not first)"
        ))
    }
}

/// A wallet: a directory under the wallet path.
#[derive(Clone, Debug)]
pub struct Wallet {
    /// The wallet path (`~/.finney/wallets` by default).
    pub root: PathBuf,
    /// The wallet's name.
    pub name: String,
}

/// A wallet's coldkey and hotkeys, for `wallet list`.
#[derive(Clone, Debug, Serialize)]
pub struct WalletSummary {
    /// The wallet's name.
    pub name: String,
    /// Its coldkey's address, if it has one.
    pub coldkey: Option<String>,
    /// Its hotkeys: name and address (`None` when the file is unreadable).
    pub hotkeys: Vec<HotkeySummary>,
}

/// A hotkey of a wallet, for `wallet list`.
#[derive(Clone, Debug, Serialize)]
pub struct HotkeySummary {
    /// The hotkey's name.
    pub name: String,
    /// Its address, `None` when the file is unreadable.
    pub address: Option<String>,
}

fn write_private(path: &Path, text: &str, overwrite: bool, what: &str) -> Result<(), String> {
    if path.exists() && !overwrite {
        return Err(format!(
            "{what} {} already exists: pass --overwrite to replace it (the old key is lost \
             unless you kept its mnemonic)",
            path.display()
        ));
    }
    let dir = path.parent().ok_or_else(|| format!("{} has no parent", path.display()))?;
    create_private_dir(dir)?;
    let tmp = path.with_extension("tmp");
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let io = |e: std::io::Error| format!("{}: {e}", path.display());
    let mut file = options.open(&tmp).map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)?;
    file.sync_all().map_err(io)?;
    fs::rename(&tmp, path).map_err(io)
}

fn create_private_dir(dir: &Path) -> Result<(), String> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

impl Wallet {
    /// The wallet `name` under `root`.
    pub fn new(root: &Path, name: &str) -> Result<Self, String> {
        check_name(name, "wallet")?;
        Ok(Wallet { root: root.to_owned(), name: name.to_owned() })
    }

    /// The wallet's directory.
    pub fn dir(&self) -> PathBuf {
        self.root.join(&self.name)
    }

    /// The encrypted coldkey file.
    pub fn coldkey_path(&self) -> PathBuf {
        self.dir().join("coldkey")
    }

    /// The coldkey's public file.
    pub fn coldkeypub_path(&self) -> PathBuf {
        self.dir().join("coldkeypub.txt")
    }

    /// The file of the hotkey `name`.
    pub fn hotkey_path(&self, name: &str) -> Result<PathBuf, String> {
        check_name(name, "hotkey")?;
        Ok(self.dir().join("hotkeys").join(name))
    }

    /// Stores `key` as the coldkey, encrypted with `password`, and its public file.
    pub fn write_coldkey(
        &self,
        key: &KeyData,
        password: &str,
        cost: KdfCost,
        overwrite: bool,
    ) -> Result<(), String> {
        let path = self.coldkey_path();
        if (path.exists() || self.coldkeypub_path().exists()) && !overwrite {
            return Err(format!(
                "coldkey {} already exists: pass --overwrite to replace it (the old key is lost \
                 unless you kept its mnemonic)",
                path.display()
            ));
        }
        let plain = Zeroizing::new(serde_json::to_string(key).map_err(|e| e.to_string())?);
        let sealed = keyfile::encrypt(plain.as_bytes(), password, cost)
            .map_err(|e| format!("encrypting the coldkey: {e}"))?;
        write_private(&path, &sealed, true, "coldkey")?;
        let public = PublicData {
            account_id: key.account_id.clone(),
            public_key: key.public_key.clone(),
            ss58_address: key.ss58_address.clone(),
        };
        let text = serde_json::to_string(&public).map_err(|e| e.to_string())?;
        write_private(&self.coldkeypub_path(), &text, true, "coldkeypub.txt")
    }

    /// Stores `key` as the hotkey `name`, unencrypted (as btcli does).
    pub fn write_hotkey(&self, name: &str, key: &KeyData, overwrite: bool) -> Result<(), String> {
        let path = self.hotkey_path(name)?;
        let text = Zeroizing::new(serde_json::to_string(key).map_err(|e| e.to_string())?);
        write_private(&path, &text, overwrite, "hotkey")
    }

    /// The coldkey's address, from `coldkeypub.txt` (no password needed). Reads btcli's JSON
    /// and a bare SS58 address.
    pub fn coldkey_address(&self) -> Result<Hotkey, String> {
        let path = self.coldkeypub_path();
        let text = fs::read_to_string(&path).map_err(|e| self.missing_coldkey(&path, e))?;
        let text = text.trim();
        if let Ok(public) = serde_json::from_str::<PublicData>(text) {
            return address_of(&public.ss58_address, &public.public_key)
                .map_err(|e| format!("{}: {e}", path.display()));
        }
        text.parse::<Hotkey>()
            .map_err(|_| format!("{}: not an address nor btcli's public key JSON", path.display()))
    }

    fn missing_coldkey(&self, path: &Path, e: std::io::Error) -> String {
        if e.kind() == std::io::ErrorKind::NotFound {
            format!(
                "wallet {:?} has no coldkey ({} not found): create one with `finney wallet \
                 new-coldkey --wallet {}` or `regen-coldkey`",
                self.name,
                path.display(),
                self.name
            )
        } else {
            format!("{}: {e}", path.display())
        }
    }

    /// Whether the coldkey needs a password to open (a finney encrypted key file).
    pub fn coldkey_is_encrypted(&self) -> Result<bool, String> {
        let path = self.coldkey_path();
        let text = fs::read_to_string(&path).map_err(|e| self.missing_coldkey(&path, e))?;
        Ok(keyfile::is_encrypted(&text))
    }

    /// Opens the coldkey with `password`.
    pub fn unlock_coldkey(&self, password: &str) -> Result<Keypair, String> {
        let path = self.coldkey_path();
        let text =
            Zeroizing::new(fs::read_to_string(&path).map_err(|e| self.missing_coldkey(&path, e))?);
        let data: KeyData = if keyfile::is_encrypted(&text) {
            let plain = keyfile::decrypt(&text, password).map_err(|e| match e {
                KeyfileError::WrongPassword => {
                    format!("wrong password for coldkey {}", path.display())
                }
                other => format!("coldkey {}: {other}", path.display()),
            })?;
            serde_json::from_slice(&plain)
                .map_err(|e| format!("coldkey {}: unreadable key: {e}", path.display()))?
        } else if text.starts_with("$NACL") || text.starts_with("$ANSIBLE") {
            return Err(format!(
                "coldkey {} is encrypted in Bittensor's format, which finney does not read: \
                 regenerate it from its mnemonic with `finney wallet regen-coldkey`",
                path.display()
            ));
        } else {
            // An unencrypted key JSON (btcli's --no-use-password coldkeys).
            serde_json::from_str(&text)
                .map_err(|e| format!("coldkey {}: not a key file: {e}", path.display()))?
        };
        data.keypair().map_err(|e| format!("coldkey {}: {e}", path.display()))
    }

    /// Reads the hotkey `name`.
    pub fn hotkey_data(&self, name: &str) -> Result<KeyData, String> {
        let path = self.hotkey_path(name)?;
        let text = Zeroizing::new(fs::read_to_string(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "wallet {:?} has no hotkey {name:?} ({} not found): create one with \
                     `finney wallet new-hotkey --wallet {} --hotkey {name}`",
                    self.name,
                    path.display(),
                    self.name
                )
            } else {
                format!("{}: {e}", path.display())
            }
        })?);
        serde_json::from_str(&text)
            .map_err(|e| format!("hotkey {}: not a key file: {e}", path.display()))
    }

    /// The hotkey `name`'s keypair.
    pub fn hotkey(&self, name: &str) -> Result<Keypair, String> {
        let path = self.hotkey_path(name)?;
        self.hotkey_data(name)?.keypair().map_err(|e| format!("hotkey {}: {e}", path.display()))
    }

    /// The hotkey `name`'s address.
    pub fn hotkey_address(&self, name: &str) -> Result<Hotkey, String> {
        let path = self.hotkey_path(name)?;
        self.hotkey_data(name)?.address().map_err(|e| format!("hotkey {}: {e}", path.display()))
    }

    /// The names of the wallet's hotkeys, sorted.
    pub fn hotkey_names(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.dir().join("hotkeys"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().is_file())
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| check_name(n, "hotkey").is_ok() && !n.ends_with(".tmp"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// What the wallet holds.
    pub fn summary(&self) -> WalletSummary {
        WalletSummary {
            name: self.name.clone(),
            coldkey: self.coldkey_address().ok().map(|a| a.to_string()),
            hotkeys: self
                .hotkey_names()
                .into_iter()
                .map(|name| HotkeySummary {
                    address: self.hotkey_address(&name).ok().map(|a| a.to_string()),
                    name,
                })
                .collect(),
        }
    }
}

/// Every wallet under `root`, by name.
pub fn list(root: &Path) -> Vec<WalletSummary> {
    let mut names: Vec<String> = fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| check_name(n, "wallet").is_ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.into_iter().map(|name| Wallet { root: root.to_owned(), name }.summary()).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
    use super::*;

    /// BIP-39's test mnemonic, Substrate's dev phrase.
    const DEV_PHRASE: &str =
        "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    /// The dev phrase's sr25519 account without derivation (as `subkey inspect` prints it).
    const DEV_ROOT: &str = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";
    /// `//Alice`.
    const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    /// The dev phrase's mini secret (`subkey inspect` "Secret seed").
    const DEV_SEED: &str = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e";

    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> Self {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let dir = std::env::temp_dir()
                .join(format!("finney-cli-{tag}-{}-{nanos}", std::process::id()));
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn the_dev_phrase_regenerates_its_known_address() {
        let key = KeyData::from_phrase(DEV_PHRASE).unwrap();
        assert_eq!(key.ss58_address, DEV_ROOT);
        assert_eq!(key.secret_seed.as_deref(), Some(DEV_SEED));
        assert_eq!(key.secret_phrase.as_deref(), Some(DEV_PHRASE));
        assert_eq!(hotkey_of(&key.keypair().unwrap()).to_string(), DEV_ROOT);
        // Extra spaces and line breaks do not matter.
        let messy = format!("  {}\n", DEV_PHRASE.replace(' ', "   "));
        assert_eq!(KeyData::from_phrase(&messy).unwrap().ss58_address, DEV_ROOT);
        // The seed alone gives the same key; so does the phrase as a URI.
        assert_eq!(KeyData::from_seed(DEV_SEED).unwrap().ss58_address, DEV_ROOT);
        assert_eq!(KeyData::from_uri(DEV_PHRASE).unwrap().ss58_address, DEV_ROOT);
    }

    #[test]
    fn dev_uris_give_the_dev_accounts() {
        let alice = KeyData::from_uri("//Alice").unwrap();
        assert_eq!(alice.ss58_address, ALICE);
        assert_eq!(alice.secret_uri.as_deref(), Some("//Alice"));
        let keypair = alice.keypair().unwrap();
        assert_eq!(keypair.public_key().0, subxt_signer::sr25519::dev::alice().public_key().0);
        let full = KeyData::from_uri(&format!("{DEV_PHRASE}//Alice")).unwrap();
        assert_eq!(full.ss58_address, ALICE);
    }

    #[test]
    fn new_mnemonics_have_the_asked_words_and_regenerate() {
        for words in WORD_COUNTS {
            let (key, phrase) = KeyData::generate(words).unwrap();
            assert_eq!(phrase.split_whitespace().count(), words);
            let again = KeyData::from_phrase(&phrase).unwrap();
            assert_eq!(again.ss58_address, key.ss58_address);
            assert!(key.ss58_address.starts_with('5'), "prefix 42: {}", key.ss58_address);
        }
        assert!(KeyData::generate(13).is_err());
        let (a, _) = KeyData::generate(12).unwrap();
        let (b, _) = KeyData::generate(12).unwrap();
        assert_ne!(a.ss58_address, b.ss58_address);
    }

    #[test]
    fn bad_secrets_are_refused() {
        assert!(KeyData::from_phrase("bottom drive obey").is_err());
        let wrong_checksum = DEV_PHRASE.replace("walk", "bottom");
        assert!(KeyData::from_phrase(&wrong_checksum).is_err());
        assert!(KeyData::from_seed("0x1234").is_err());
        let mut tampered = KeyData::from_phrase(DEV_PHRASE).unwrap();
        tampered.public_key = format!("0x{}", "00".repeat(32));
        assert!(tampered.keypair().unwrap_err().contains("does not match"));
    }

    #[test]
    fn a_wallet_round_trips_and_refuses_to_overwrite() {
        let tmp = TempDir::new("wallet");
        let wallet = Wallet::new(&tmp.0, "w1").unwrap();
        let cold = KeyData::from_phrase(DEV_PHRASE).unwrap();
        wallet.write_coldkey(&cold, "pw", KdfCost::TEST, false).unwrap();
        assert_eq!(wallet.coldkey_address().unwrap().to_string(), DEV_ROOT);
        assert!(wallet.coldkey_is_encrypted().unwrap());
        let text = fs::read_to_string(wallet.coldkey_path()).unwrap();
        assert!(!text.contains("bottom") && !text.contains("fac7959d"), "{text}");
        let keypair = wallet.unlock_coldkey("pw").unwrap();
        assert_eq!(hotkey_of(&keypair).to_string(), DEV_ROOT);
        let err = wallet.unlock_coldkey("not it").unwrap_err();
        assert_eq!(err, format!("wrong password for coldkey {}", wallet.coldkey_path().display()));

        let err = wallet.write_coldkey(&cold, "pw", KdfCost::TEST, false).unwrap_err();
        assert!(err.contains("already exists") && err.contains("--overwrite"), "{err}");
        let alice = KeyData::from_uri("//Alice").unwrap();
        wallet.write_coldkey(&alice, "pw2", KdfCost::TEST, true).unwrap();
        assert_eq!(wallet.coldkey_address().unwrap().to_string(), ALICE);

        wallet.write_hotkey("miner", &cold, false).unwrap();
        assert!(wallet.write_hotkey("miner", &cold, false).is_err());
        assert_eq!(wallet.hotkey_address("miner").unwrap().to_string(), DEV_ROOT);
        assert_eq!(hotkey_of(&wallet.hotkey("miner").unwrap()).to_string(), DEV_ROOT);
        assert!(wallet.hotkey("nope").unwrap_err().contains("has no hotkey"));

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(wallet.coldkey_path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let listed = list(&tmp.0);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].coldkey.as_deref(), Some(ALICE));
        assert_eq!(listed[0].hotkeys[0].name, "miner");
        assert_eq!(listed[0].hotkeys[0].address.as_deref(), Some(DEV_ROOT));
    }

    #[test]
    fn btcli_key_files_are_read() {
        let tmp = TempDir::new("btcli");
        let wallet = Wallet::new(&tmp.0, "bt").unwrap();
        // btcli's hotkey JSON (its privateKey field is ignored), with only the seed.
        let hotkey = format!(
            "{{\"accountId\": \"0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a\", \
             \"privateKey\": \"0x00\", \
             \"publicKey\": \"0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a\", \
             \"secretPhrase\": null, \"secretSeed\": \"{DEV_SEED}\", \"ss58Address\": \"{DEV_ROOT}\"}}"
        );
        fs::create_dir_all(wallet.dir().join("hotkeys")).unwrap();
        fs::write(wallet.hotkey_path("default").unwrap(), hotkey).unwrap();
        assert_eq!(hotkey_of(&wallet.hotkey("default").unwrap()).to_string(), DEV_ROOT);
        // A bare address in coldkeypub.txt; a NaCl coldkey is named, not misread.
        fs::write(wallet.coldkeypub_path(), format!("{ALICE}\n")).unwrap();
        assert_eq!(wallet.coldkey_address().unwrap().to_string(), ALICE);
        fs::write(wallet.coldkey_path(), "$NACL\u{1}\u{2}").unwrap();
        assert!(wallet.unlock_coldkey("pw").unwrap_err().contains("Bittensor's format"));
    }

    #[test]
    fn names_are_checked() {
        for bad in ["", ".", "..", "../x", "a/b", ".hidden", "a b", "ü"] {
            assert!(check_name(bad, "wallet").is_err(), "{bad:?}");
        }
        for good in ["default", "my-wallet", "miner_1", "v1.2"] {
            check_name(good, "wallet").unwrap();
        }
    }
}
