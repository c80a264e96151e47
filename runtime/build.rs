//! Builds the runtime's Wasm blobs with `substrate-wasm-builder`:
//!
//! - `WASM_BINARY`: the runtime itself, embedded in `finney-node`;
//! - `finney_runtime_spec_bump.compact.compressed.wasm` (next to it in the `wbuild` directory):
//!   the same runtime with `spec_version + 1` (feature `spec-version-bump`), which the end-to-end
//!   tests upload to check that a runtime upgrade through governance works.

#[cfg(feature = "std")]
fn main() {
    substrate_wasm_builder::WasmBuilder::build_using_defaults();

    substrate_wasm_builder::WasmBuilder::init_with_defaults()
        .enable_feature("spec-version-bump")
        .set_file_name("finney_runtime_spec_bump")
        .build();
}

/// Without `std` (the Wasm build itself) there is nothing to build.
#[cfg(not(feature = "std"))]
fn main() {}
