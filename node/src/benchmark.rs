//! `finney-node benchmark pallet`: runs the FRAME benchmarks of a runtime Wasm built with the
//! `runtime-benchmarks` feature and writes weight files.
//!
//! `polkadot-omni-node-lib` only offers this command when the whole node is compiled with
//! `--features runtime-benchmarks`, which rebuilds most of its ~1400 crates. The command itself
//! does not need that: it loads the runtime from the Wasm file given with `--runtime` and
//! executes it. So `finney-node` handles `benchmark pallet` here, before handing every other
//! command to the omni-node, and only the runtime is built a second time (see
//! `scripts/benchmark.sh`).

use clap::Parser;
use frame_benchmarking_cli::PalletCmd;
use polkadot_sdk::sp_runtime::traits::BlakeTwo256;

/// The command line of `finney-node benchmark pallet ...`.
#[derive(Debug, Parser)]
#[command(name = "finney-node benchmark pallet")]
struct BenchmarkPalletCli {
    #[command(flatten)]
    cmd: PalletCmd,
}

/// Whether the arguments ask for `benchmark pallet`.
pub fn is_benchmark_pallet(args: &[String]) -> bool {
    matches!(
        (args.get(1).map(String::as_str), args.get(2).map(String::as_str)),
        (Some("benchmark"), Some("pallet"))
    )
}

/// Runs `benchmark pallet` with `args` (the full command line, program name first).
pub fn run(args: &[String]) -> color_eyre::eyre::Result<()> {
    // Drop `benchmark`: clap takes `pallet` as the program name.
    let cli = BenchmarkPalletCli::parse_from(args.iter().skip(2));
    // A failing benchmark is reported through the log, not in the returned error: without a
    // logger its reason would be lost. `RUST_LOG` refines the level as usual.
    if let Err(error) = polkadot_sdk::sc_cli::LoggerBuilder::new("").init() {
        eprintln!("finney-node benchmark: no logger ({error}); benchmark errors will not show");
    }
    cli.cmd
        .run_with_spec::<BlakeTwo256, cumulus_primitives_proof_size_hostfunction::storage_proof_size::HostFunctions>(None)
        .map_err(|error| color_eyre::eyre::eyre!("benchmark pallet failed: {error}"))
}
