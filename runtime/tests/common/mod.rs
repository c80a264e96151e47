//! Shared by the runtime's integration tests: the genesis state of a preset, built the way a
//! node builds it (the runtime's default genesis config with the preset's patch merged in).

#![allow(dead_code, clippy::expect_used, clippy::panic)]

use finney_runtime::{genesis_config_presets::get_preset, RuntimeGenesisConfig};
use polkadot_sdk::{frame_support::genesis_builder_helper::build_state, sp_io::TestExternalities};
use serde_json::Value;

/// Merges `patch` into `base`: objects key by key, recursively; anything else is replaced.
/// The same rule the node applies to a genesis preset patch.
pub fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, patch) => *base = patch,
    }
}

/// The full genesis config of `preset` as JSON.
pub fn genesis_json(preset: &str) -> Value {
    let patch = get_preset(&preset.into()).unwrap_or_else(|| panic!("no preset {preset}"));
    let patch: Value = serde_json::from_slice(&patch).expect("a preset is JSON");
    let mut config =
        serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default config is JSON");
    merge(&mut config, patch);
    config
}

/// Fresh externalities holding the genesis state of `preset`.
pub fn genesis_of(preset: &str) -> TestExternalities {
    let config = serde_json::to_vec(&genesis_json(preset)).expect("JSON serialises");
    let mut ext = TestExternalities::default();
    ext.execute_with(|| {
        build_state::<RuntimeGenesisConfig>(config)
            .unwrap_or_else(|e| panic!("preset {preset} does not build: {e}"))
    });
    ext
}

/// The development chain at block 1.
pub fn dev_chain() -> TestExternalities {
    let mut ext = genesis_of(finney_runtime::genesis_config_presets::DEVELOPMENT_PRESET);
    ext.execute_with(|| finney_runtime::System::set_block_number(1));
    ext
}
