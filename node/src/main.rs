//! `finney-node`: the Finney collator.
//!
//! Design: docs/design.md, section 3; the crates and what runs in a block: docs/architecture.md.
//!
//! A Cumulus parachain node built on `polkadot-omni-node-lib`, which provides collation, the
//! relay-chain client, `export-genesis-head`, `export-genesis-wasm`, benchmarking, and a dev mode
//! that runs the chain alone, without a relay chain (`--dev`, `--dev-block-time <ms>`).
//!
//! `finney-node benchmark pallet --runtime <wasm> --pallet <name> --extrinsic '*'` runs FRAME
//! benchmarks without a node built with `runtime-benchmarks` (see [`benchmark`]).
//!
//! What this crate adds is the Finney runtime itself: the chain specifications `dev`, `local`,
//! `finney-kusama` and `finney-polkadot` are built in from the runtime's genesis presets (see
//! [`chain_spec`]), so `finney-node --dev` or `finney-node --chain local` need no JSON file. Any
//! other `--chain` value is read as the path of a chain-spec JSON file.

#![warn(missing_docs)]

mod benchmark;
mod chain_spec;

use polkadot_omni_node_lib::{
    run, runtime::DefaultRuntimeResolver, CliConfig as CliConfigT, RunConfig, NODE_VERSION,
};

/// How `finney-node` describes itself on the command line.
struct CliConfig;

impl CliConfigT for CliConfig {
    fn impl_version() -> String {
        let commit_hash = env!("SUBSTRATE_CLI_COMMIT_HASH");
        format!("{}-{commit_hash}", NODE_VERSION)
    }

    fn author() -> String {
        env!("CARGO_PKG_AUTHORS").into()
    }

    fn support_url() -> String {
        "https://github.com/finney-chain/finney/issues/new".into()
    }

    fn copyright_start_year() -> u16 {
        2026
    }
}

fn main() -> color_eyre::eyre::Result<()> {
    color_eyre::install()?;
    let args: Vec<String> = std::env::args().collect();
    if benchmark::is_benchmark_pallet(&args) {
        return benchmark::run(&args);
    }
    let config = RunConfig::new(
        Box::new(DefaultRuntimeResolver),
        Box::new(chain_spec::FinneyChainSpecLoader),
    );
    Ok(run::<CliConfig>(config)?)
}
