//! The chain specifications built into `finney-node`.
//!
//! | `--chain`         | genesis preset     | chain type  | relay chain     |
//! |-------------------|--------------------|-------------|-----------------|
//! | `dev` (`--dev`)   | `development`      | Development | `rococo-local`  |
//! | `local`           | `local_testnet`    | Local       | `rococo-local`  |
//! | `finney-kusama`   | `finney_kusama`    | Live        | `kusama`        |
//! | `finney-polkadot` | `finney_polkadot`  | Live        | `polkadot`      |
//!
//! Every other value is read as the path of a chain-spec JSON file (for example one produced by
//! `finney-node build-spec` or `chain-spec-builder`).

use finney_runtime::genesis_config_presets::{
    DEVELOPMENT_PRESET, FINNEY_KUSAMA_PRESET, FINNEY_POLKADOT_PRESET, LOCAL_TESTNET_PRESET,
    PARACHAIN_ID,
};
use polkadot_omni_node_lib::chain_spec::{
    ChainSpec, DiskChainSpecLoader, Extensions, GenericChainSpec, LoadSpec,
};
use polkadot_sdk::sc_service::ChainType;

/// Token symbol of the native currency.
pub const TOKEN_SYMBOL: &str = "TAO";
/// Decimals of the native currency: 1 TAO = 10^9 rao.
pub const TOKEN_DECIMALS: u32 = 9;
/// SS58 address prefix (the generic Substrate prefix, as on Bittensor).
pub const SS58_FORMAT: u16 = 42;

/// Resolves `--chain` ids to the built-in specs, and anything else to a JSON file.
pub struct FinneyChainSpecLoader;

impl LoadSpec for FinneyChainSpecLoader {
    fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
        let spec = match id {
            "" | "dev" | "finney-dev" => builtin(
                "Finney Development",
                "finney_dev",
                ChainType::Development,
                DEVELOPMENT_PRESET,
                "rococo-local",
            )?,
            "local" | "finney-local" => builtin(
                "Finney Local Testnet",
                "finney_local",
                ChainType::Local,
                LOCAL_TESTNET_PRESET,
                "rococo-local",
            )?,
            "finney-kusama" => builtin(
                "Finney Kusama",
                "finney_kusama",
                ChainType::Live,
                FINNEY_KUSAMA_PRESET,
                "kusama",
            )?,
            "finney-polkadot" => builtin(
                "Finney",
                "finney_polkadot",
                ChainType::Live,
                FINNEY_POLKADOT_PRESET,
                "polkadot",
            )?,
            path => return DiskChainSpecLoader.load_spec(path),
        };
        Ok(Box::new(spec))
    }
}

/// Builds one of the built-in chain specs from the embedded runtime and a genesis preset.
fn builtin(
    name: &str,
    id: &str,
    chain_type: ChainType,
    preset: &str,
    relay_chain: &str,
) -> Result<GenericChainSpec, String> {
    let wasm = finney_runtime::WASM_BINARY.ok_or_else(|| {
        "the Finney runtime Wasm blob is not embedded in this binary (was it built with \
		 SKIP_WASM_BUILD?); pass a chain-spec JSON file to --chain instead"
            .to_string()
    })?;
    Ok(GenericChainSpec::builder(wasm, Extensions::new(relay_chain.into(), PARACHAIN_ID))
        .with_name(name)
        .with_id(id)
        .with_chain_type(chain_type)
        .with_genesis_config_preset_name(preset)
        .with_properties(properties())
        .build())
}

/// The properties wallets read: token symbol, decimals and SS58 prefix.
fn properties() -> polkadot_sdk::sc_chain_spec::Properties {
    let mut properties = polkadot_sdk::sc_chain_spec::Properties::new();
    properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
    properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
    properties.insert("ss58Format".into(), SS58_FORMAT.into());
    properties
}
