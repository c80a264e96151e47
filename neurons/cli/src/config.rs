//! Defaults: a flag wins, then an environment variable, then the config file
//! (`~/.finney/config.toml`, or `$FINNEY_CONFIG`), then the built-in default.
//!
//! ```toml
//! network = "ws://127.0.0.1:9944"
//! wallet = "default"
//! hotkey = "default"
//! wallet_path = "/home/me/.finney/wallets"
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The node a command talks to when nothing else says.
pub const DEFAULT_NETWORK: &str = "ws://127.0.0.1:9944";
/// The wallet and hotkey names when nothing else says (btcli's).
pub const DEFAULT_NAME: &str = "default";

/// The config file's settings; every one optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The node's RPC endpoint (`ws://...`), or `local`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// The wallet's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet: Option<String>,
    /// The hotkey's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotkey: Option<String>,
    /// The directory of the wallets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_path: Option<PathBuf>,
}

/// The keys `config set` knows.
pub const KEYS: [&str; 4] = ["network", "wallet", "hotkey", "wallet_path"];

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Where the config file is: `$FINNEY_CONFIG`, else `~/.finney/config.toml`.
pub fn path() -> PathBuf {
    env("FINNEY_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".finney").join("config.toml"))
}

impl Config {
    /// Reads the config file at `path`; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// Writes the config file at `path`.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let text = toml::to_string(self).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Sets `key` to `value` (an empty value unsets it).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let value = (!value.is_empty()).then(|| value.to_owned());
        match key {
            "network" => self.network = value,
            "wallet" => self.wallet = value,
            "hotkey" => self.hotkey = value,
            "wallet_path" => self.wallet_path = value.map(PathBuf::from),
            other => {
                return Err(format!("unknown config key {other:?}: one of {}", KEYS.join(", ")))
            }
        }
        Ok(())
    }

    /// The node's endpoint: `flag`, `$FINNEY_NETWORK`, the file, the default; `local` is the
    /// local node.
    pub fn network(&self, flag: Option<&str>) -> String {
        let chosen = flag
            .map(str::to_owned)
            .or_else(|| env("FINNEY_NETWORK"))
            .or_else(|| self.network.clone())
            .unwrap_or_else(|| DEFAULT_NETWORK.to_owned());
        match chosen.as_str() {
            "local" => DEFAULT_NETWORK.to_owned(),
            _ => chosen,
        }
    }

    /// The wallet path: `flag`, `$FINNEY_WALLET_PATH`, the file, `~/.finney/wallets`; a
    /// leading `~/` is the home directory.
    pub fn wallet_path(&self, flag: Option<&Path>) -> PathBuf {
        let chosen = flag
            .map(Path::to_path_buf)
            .or_else(|| env("FINNEY_WALLET_PATH").map(PathBuf::from))
            .or_else(|| self.wallet_path.clone())
            .unwrap_or_else(|| home().join(".finney").join("wallets"));
        match chosen.strip_prefix("~") {
            Ok(rest) => home().join(rest),
            Err(_) => chosen,
        }
    }

    /// The wallet's name: `flag`, `$FINNEY_WALLET`, the file, `default`.
    pub fn wallet(&self, flag: Option<&str>) -> String {
        flag.map(str::to_owned)
            .or_else(|| env("FINNEY_WALLET"))
            .or_else(|| self.wallet.clone())
            .unwrap_or_else(|| DEFAULT_NAME.to_owned())
    }

    /// The hotkey's name: `flag`, `$FINNEY_HOTKEY`, the file, `default`.
    pub fn hotkey(&self, flag: Option<&str>) -> String {
        flag.map(str::to_owned)
            .or_else(|| env("FINNEY_HOTKEY"))
            .or_else(|| self.hotkey.clone())
            .unwrap_or_else(|| DEFAULT_NAME.to_owned())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_flag_wins_and_the_file_fills_in() {
        let config: Config =
            toml::from_str("network = \"ws://10.0.0.1:9944\"\nwallet = \"ops\"\n").unwrap();
        assert_eq!(config.network(Some("ws://x:1")), "ws://x:1");
        assert_eq!(config.network(Some("local")), DEFAULT_NETWORK);
        assert_eq!(config.wallet(Some("w")), "w");
        assert_eq!(config.hotkey(Some("h")), "h");
        assert!(toml::from_str::<Config>("colour = 1").is_err());
        let mut config = Config::default();
        config.set("wallet", "ops").unwrap();
        config.set("wallet_path", "/tmp/w").unwrap();
        assert_eq!(config.wallet_path(Some(Path::new("/x"))), PathBuf::from("/x"));
        assert!(config.set("colour", "1").is_err());
        config.set("wallet", "").unwrap();
        assert_eq!(config.wallet, None);
        let text = toml::to_string(&config).unwrap();
        assert_eq!(toml::from_str::<Config>(&text).unwrap(), config);
    }
}
