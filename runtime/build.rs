//! Builds the runtime's Wasm blobs with `substrate-wasm-builder`:
//!
//! - `WASM_BINARY`: the runtime itself, embedded in `finney-node`;
//! - `finney_runtime_spec_bump.compact.compressed.wasm` (next to it in the `wbuild` directory):
//!   the same runtime with `spec_version + 1` (feature `spec-version-bump`), which the end-to-end
//!   tests upload to check that a runtime upgrade through governance works;
//! - only when `FINNEY_BENCHMARK_WASM=1`: `finney_runtime_benchmarks.compact.compressed.wasm`,
//!   the runtime with `runtime-benchmarks`, which `finney-node benchmark pallet --runtime` runs
//!   (`scripts/benchmark.sh` sets the variable).

#[cfg(feature = "std")]
fn main() {
    substrate_wasm_builder::WasmBuilder::build_using_defaults();

    substrate_wasm_builder::WasmBuilder::init_with_defaults()
        .enable_feature("spec-version-bump")
        .set_file_name("finney_runtime_spec_bump")
        .build();

    println!("cargo:rerun-if-env-changed=FINNEY_BENCHMARK_WASM");
    if std::env::var("FINNEY_BENCHMARK_WASM").is_ok_and(|value| value == "1") {
        substrate_wasm_builder::WasmBuilder::init_with_defaults()
            .enable_feature("runtime-benchmarks")
            .set_file_name("finney_runtime_benchmarks")
            .build();
    }
}

/// Without `std` (the Wasm build itself) there is nothing to build.
#[cfg(not(feature = "std"))]
fn main() {}
