//! `finney wallet ...`: creating, regenerating and listing keys; `overview` reads the chain.

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use crate::{
    chain_cmd,
    config::Config,
    keyfile::KdfCost,
    ui,
    wallet::{self, KeyData, Wallet},
    Failure, Global, Outcome,
};

/// `finney wallet ...`.
#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    /// Create the wallet's coldkey from a new mnemonic, encrypted with a password.
    NewColdkey(NewKey),
    /// Create a hotkey in the wallet from a new mnemonic (stored unencrypted, as btcli does).
    NewHotkey(NewKey),
    /// Recreate the wallet's coldkey from its mnemonic, seed or secret URI.
    RegenColdkey(Regen),
    /// Recreate a hotkey from its mnemonic, seed or secret URI.
    RegenHotkey(Regen),
    /// List the wallets, their coldkeys and hotkeys (no password needed).
    List,
    /// The wallet's hotkeys on the chain: registrations, stake, emission.
    Overview,
}

/// Flags of `new-coldkey` and `new-hotkey`.
#[derive(Debug, Args)]
pub struct NewKey {
    /// Words of the new mnemonic: 12, 15, 18, 21 or 24.
    #[arg(long = "words", alias = "n-words", default_value_t = 12, value_parser = parse_words)]
    pub words: usize,
    /// Replace an existing key (it is lost unless you kept its mnemonic).
    #[arg(long)]
    pub overwrite: bool,
}

/// Flags of `regen-coldkey` and `regen-hotkey`.
#[derive(Debug, Args)]
pub struct Regen {
    /// Where the secret comes from.
    #[command(flatten)]
    pub source: Source,
    /// Replace an existing key.
    #[arg(long)]
    pub overwrite: bool,
}

/// Where a regenerated key comes from: one of these, or the mnemonic typed when asked.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct Source {
    /// The BIP-39 mnemonic, quoted (asked without echo when no source is given).
    #[arg(long, value_name = "WORDS")]
    pub mnemonic: Option<String>,
    /// The 32-byte sr25519 seed, `0x` hex.
    #[arg(long, value_name = "HEX")]
    pub seed: Option<String>,
    /// A secret URI: a mnemonic or seed with a derivation path, e.g. `//Alice` on a dev chain.
    #[arg(long, value_name = "URI")]
    pub uri: Option<String>,
}

fn parse_words(text: &str) -> Result<usize, String> {
    let words: usize = text.parse().map_err(|_| format!("{text:?} is not a number"))?;
    if wallet::WORD_COUNTS.contains(&words) {
        Ok(words)
    } else {
        Err("a mnemonic has 12, 15, 18, 21 or 24 words".into())
    }
}

/// The wallet the flags name.
pub fn open(global: &Global) -> Result<(Wallet, Config), Failure> {
    let config = Config::load(&crate::config::path())?;
    let root = config.wallet_path(global.wallet_path.as_deref());
    let wallet =
        Wallet::new(&root, &config.wallet(global.wallet.as_deref())).map_err(Failure::usage)?;
    Ok((wallet, config))
}

fn key_from(regen: &Regen) -> Result<KeyData, Failure> {
    let regen = &regen.source;
    if let Some(mnemonic) = &regen.mnemonic {
        return KeyData::from_phrase(mnemonic).map_err(Failure::usage);
    }
    if let Some(seed) = &regen.seed {
        return KeyData::from_seed(seed).map_err(Failure::usage);
    }
    if let Some(uri) = &regen.uri {
        return KeyData::from_uri(uri).map_err(Failure::usage);
    }
    let typed = ui::secret("Enter the mnemonic: ")?;
    KeyData::from_phrase(&typed).map_err(Failure::usage)
}

fn report(
    global: &Global,
    what: &str,
    path: &std::path::Path,
    key: &KeyData,
    mnemonic: Option<&str>,
) -> Outcome {
    if global.json {
        let mut out = serde_json::json!({
            "key": what,
            "path": path.display().to_string(),
            "ss58Address": key.ss58_address,
        });
        if let (Some(words), Some(map)) = (mnemonic, out.as_object_mut()) {
            map.insert("mnemonic".into(), words.into());
        }
        return ui::print_json(&out);
    }
    println!("{what} written to {}", path.display());
    println!("address: {}", key.ss58_address);
    if let Some(words) = mnemonic {
        println!();
        println!("The mnemonic below is the only way to recover this key. Write it down and");
        println!("keep it offline; it is not shown again:");
        println!();
        println!("    {words}");
        println!();
    }
    Ok(())
}

/// Runs `finney wallet ...`.
pub async fn run(command: &WalletCommand, global: &Global) -> Outcome {
    match command {
        WalletCommand::NewColdkey(new) => {
            let (wallet, _) = open(global)?;
            check_free(&wallet, None, new.overwrite)?;
            let password = ui::new_password()?;
            let (key, mnemonic) = KeyData::generate(new.words)?;
            wallet.write_coldkey(&key, &password, KdfCost::DEFAULT, new.overwrite)?;
            report(global, "coldkey", &wallet.coldkey_path(), &key, Some(mnemonic.as_str()))
        }
        WalletCommand::NewHotkey(new) => {
            let (wallet, config) = open(global)?;
            let name = config.hotkey(global.hotkey.as_deref());
            check_free(&wallet, Some(&name), new.overwrite)?;
            let (key, mnemonic) = KeyData::generate(new.words)?;
            wallet.write_hotkey(&name, &key, new.overwrite)?;
            let path = wallet.hotkey_path(&name)?;
            report(global, "hotkey", &path, &key, Some(mnemonic.as_str()))
        }
        WalletCommand::RegenColdkey(regen) => {
            let (wallet, _) = open(global)?;
            check_free(&wallet, None, regen.overwrite)?;
            let key = key_from(regen)?;
            let password = ui::new_password()?;
            wallet.write_coldkey(&key, &password, KdfCost::DEFAULT, regen.overwrite)?;
            report(global, "coldkey", &wallet.coldkey_path(), &key, None)
        }
        WalletCommand::RegenHotkey(regen) => {
            let (wallet, config) = open(global)?;
            let name = config.hotkey(global.hotkey.as_deref());
            check_free(&wallet, Some(&name), regen.overwrite)?;
            let key = key_from(regen)?;
            wallet.write_hotkey(&name, &key, regen.overwrite)?;
            report(global, "hotkey", &wallet.hotkey_path(&name)?, &key, None)
        }
        WalletCommand::List => {
            let (wallet, _) = open(global)?;
            list(global, &wallet.root)
        }
        WalletCommand::Overview => chain_cmd::overview(global).await,
    }
}

/// Refuses early (before a password is asked) when the key exists and `overwrite` is off.
fn check_free(wallet: &Wallet, hotkey: Option<&str>, overwrite: bool) -> Outcome {
    if overwrite {
        return Ok(());
    }
    let (exists, path) = match hotkey {
        Some(name) => {
            let path = wallet.hotkey_path(name).map_err(Failure::usage)?;
            (path.exists(), path)
        }
        None => {
            let path = wallet.coldkey_path();
            (path.exists() || wallet.coldkeypub_path().exists(), path)
        }
    };
    if exists {
        let what = if hotkey.is_some() { "hotkey" } else { "coldkey" };
        return Err(Failure::from(format!(
            "{what} {} already exists: pass --overwrite to replace it (the old key is lost \
             unless you kept its mnemonic)",
            path.display()
        )));
    }
    Ok(())
}

fn list(global: &Global, root: &std::path::Path) -> Outcome {
    let wallets = wallet::list(root);
    if global.json {
        let value = serde_json::to_value(&wallets).map_err(|e| e.to_string())?;
        return ui::print_json(&serde_json::json!({
            "wallet_path": root.display().to_string(),
            "wallets": value,
        }));
    }
    if wallets.is_empty() {
        println!("no wallets in {} (create one with `finney wallet new-coldkey`)", root.display());
        return Ok(());
    }
    println!("wallets in {}", root.display());
    for w in &wallets {
        let cold = w.coldkey.clone().unwrap_or_else(|| "(no coldkey)".into());
        println!("{} (coldkey {cold})", w.name);
        let count = w.hotkeys.len();
        for (i, hot) in w.hotkeys.iter().enumerate() {
            let branch = if i.saturating_add(1) == count { "└──" } else { "├──" };
            let address = hot.address.clone().unwrap_or_else(|| "(unreadable)".into());
            println!("  {branch} {} (hotkey {address})", hot.name);
        }
    }
    Ok(())
}

/// The coldkey of the flags' wallet, unlocked with the password (asked or from the
/// environment). Refuses before asking when the wallet has no coldkey.
pub fn unlock_coldkey(wallet: &Wallet) -> Result<finney_neuron_chain::Keypair, Failure> {
    let password = if wallet.coldkey_is_encrypted()? {
        ui::password(&format!("Password for coldkey {}: ", wallet.coldkey_path().display()))?
    } else {
        Zeroizing::new(String::new())
    };
    Ok(wallet.unlock_coldkey(&password)?)
}
