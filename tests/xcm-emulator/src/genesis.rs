//! The four chains' genesis: each runtime's own `local_testnet` (or Finney's `development`)
//! preset, read through its `GenesisBuilder` runtime API natively, merged into its default
//! genesis config and patched where the network needs it:
//!
//! - Finney: the relay network is Westend, the relay token is WND;
//! - Asset Hub: no generated stakers;
//! - Penpal: para id 2001 (its presets use 2000, Finney's);
//! - Westend: every para of the network is reachable by DMP.
//!
//! No `:code` is stored: the emulator runs the runtimes natively (Westend and Penpal are even
//! built without their Wasm: SKIP_<CRATE>_WASM_BUILD).
//!
//! The foreign runtimes' `genesis_config_presets` modules are private; their presets are read
//! through each runtime's `sp_genesis_builder::GenesisBuilder` implementation
//! (`GenesisBuilderV1::get_preset`, which returns the preset's JSON patch). Some presets read
//! storage (Asset Hub's `local_testnet` derives an account from its `UniversalLocation`, which
//! reads `ParachainInfo`), so they are read inside empty externalities.

use crate::{ASSET_HUB_PARA_ID, FINNEY_PARA_ID, PENPAL_PARA_ID};
use polkadot_sdk::{
    sp_core::storage::Storage,
    sp_genesis_builder::{runtime_decl_for_genesis_builder::GenesisBuilderV1, PresetId},
    sp_runtime::BuildStorage,
    staging_xcm::latest::{Location, NetworkId, WESTEND_GENESIS_HASH},
    xcm_emulator::TestExternalities,
};
use serde_json::{json, Value};

/// Merges `patch` into `base` the way a node applies a preset: objects key by key, recursively;
/// anything else replaced.
fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, patch) => *base = patch,
    }
}

/// The storage of genesis config `G` built from a preset's JSON patch (what `read_preset`
/// returns, run inside empty externalities) and `extra`.
fn build<G>(read_preset: impl FnOnce() -> Option<Vec<u8>>, extra: Value) -> Storage
where
    G: Default + serde::Serialize + serde::de::DeserializeOwned + BuildStorage,
{
    let (default, preset) = TestExternalities::default()
        .execute_with(|| (serde_json::to_value(G::default()), read_preset()));
    let preset = preset.expect("the preset exists");
    let mut config = default.expect("a default genesis config is JSON");
    merge(&mut config, serde_json::from_slice(&preset).expect("a preset is JSON"));
    merge(&mut config, extra);
    let config: G = serde_json::from_value(config).expect("the patched preset is a genesis config");
    config.build_storage().expect("the genesis builds")
}

fn preset(name: &str) -> Option<PresetId> {
    Some(PresetId::from(name))
}

/// Westend: its `local_testnet` preset (validators Alice and Bob, funded dev accounts, a host
/// configuration for parachains).
pub fn westend() -> Storage {
    use westend_runtime::{Block, Runtime, RuntimeGenesisConfig};
    build::<RuntimeGenesisConfig>(
        || <Runtime as GenesisBuilderV1<Block>>::get_preset(&preset("local_testnet")),
        json!({}),
    )
}

/// What the relay chain runs when its externalities are built: every para of the network can
/// receive downward messages (`dmp` checks that the para has a head).
pub fn westend_on_init() {
    for para in [ASSET_HUB_PARA_ID, PENPAL_PARA_ID, FINNEY_PARA_ID] {
        polkadot_sdk::polkadot_runtime_parachains::dmp::Pallet::<westend_runtime::Runtime>::make_parachain_reachable(para);
    }
}

/// Asset Hub Westend: its `local_testnet` preset (para 1000, funded dev accounts), without the
/// preset's 25 000 generated nominators (`staking.devStakers`), which only slow every test's
/// genesis down.
pub fn asset_hub_westend() -> Storage {
    use asset_hub_westend_runtime::{Block, Runtime, RuntimeGenesisConfig};
    build::<RuntimeGenesisConfig>(
        || <Runtime as GenesisBuilderV1<Block>>::get_preset(&preset("local_testnet")),
        json!({ "staking": { "devStakers": null } }),
    )
}

/// Penpal: its `local_testnet` preset as para 2001 (sudo Alice, the relay token among its
/// assets).
pub fn penpal() -> Storage {
    use penpal_runtime::{Block, Runtime, RuntimeGenesisConfig};
    build::<RuntimeGenesisConfig>(
        || <Runtime as GenesisBuilderV1<Block>>::get_preset(&preset("local_testnet")),
        json!({ "parachainInfo": { "parachainId": PENPAL_PARA_ID } }),
    )
}

/// Finney: its `development` preset (Alice collates and holds sudo, the dev accounts are
/// funded) on Westend, whose token WND is its relay token.
pub fn finney() -> Storage {
    let westend = NetworkId::ByGenesis(WESTEND_GENESIS_HASH);
    let metadata = vec![(Location::parent(), b"Westend".to_vec(), b"WND".to_vec(), 12u8)];
    let patch = json!({
        "parachainInfo": { "parachainId": FINNEY_PARA_ID },
        "xcmNetwork": { "relayNetwork": serde_json::to_value(westend).expect("JSON") },
        "foreignAssets": { "metadata": serde_json::to_value(metadata).expect("JSON") },
    });
    build::<finney_runtime::RuntimeGenesisConfig>(
        || finney_runtime::genesis_config_presets::get_preset(&PresetId::from("development")),
        patch,
    )
}
