#!/usr/bin/env bash
# Runs the FRAME benchmarks of Finney's own pallets on the Finney runtime and writes their
# weights.rs from the measurements.
#
#   scripts/benchmark.sh                              every Finney pallet, on the debug node
#   scripts/benchmark.sh pallet_subtensor_staking     one pallet
#   scripts/benchmark.sh --release [PALLET...]        on a release node: the figures to ship
#   scripts/benchmark.sh pallet_xcm pallet_xcm_benchmarks::generic pallet_xcm_benchmarks::fungible
#                                                     the XCM weights of the runtime (runtime/src/weights)
#   FINNEY_BENCH_STEPS=50 FINNEY_BENCH_REPEAT=20      the defaults; lower them for a quick look
#   FINNEY_BENCH_OUTPUT=0                             print the results, do not write weights.rs
#   FINNEY_BENCH_SKIP_BUILD=1                         measure with the node and wasm built last
#
# How: the runtime's build script also builds `finney_runtime_benchmarks.compact.compressed.wasm`
# (the runtime with `runtime-benchmarks`) when FINNEY_BENCHMARK_WASM=1, and `finney-node
# benchmark pallet --runtime <that wasm>` executes it. The node itself is an ordinary build: no
# second build of the node with `runtime-benchmarks` is needed. The runtime code under test runs
# compiled by wasmtime, as on a real node; the host side (storage overlay, trie, hashing) is the
# node's own code, so the debug node measures upper bounds, several times what a release node
# measures. `--release` builds a release node (later runs rebuild only what changed, in the
# persistent target directory's `release` profile; a cold build took 45 minutes on 2 cores) and
# measures with it: the weights the runtime ships. The debug build is the one the test command
# keeps warm, for a quick look.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

profile=debug
if [ "${1:-}" = "--release" ]; then
	profile=release
	shift
fi

steps="${FINNEY_BENCH_STEPS:-50}"
repeat="${FINNEY_BENCH_REPEAT:-20}"

# pallet name (as in the runtime's define_benchmarks!) -> the weights file it generates.
declare -A weight_files=(
	[pallet_subtensor]="pallets/subtensor/src/weights.rs"
	[pallet_subtensor_staking]="pallets/staking/src/weights.rs"
	[pallet_subtensor_governance]="pallets/governance/src/weights.rs"
	[pallet_xcm]="runtime/src/weights/pallet_xcm.rs"
	[pallet_conviction_voting]="runtime/src/weights/pallet_conviction_voting.rs"
	[pallet_xcm_benchmarks::generic]="runtime/src/weights/xcm/pallet_xcm_benchmarks_generic.rs"
	[pallet_xcm_benchmarks::fungible]="runtime/src/weights/xcm/pallet_xcm_benchmarks_fungible.rs"
)
# The template of each weights file: Finney's pallets define their `WeightInfo` trait; an
# upstream pallet's weights implement the pallet's trait (runtime-weights.hbs); the XCM
# instructions' weights are plain functions that runtime/src/weights/xcm/mod.rs combines
# (xcm-weights.hbs).
declare -A weight_templates=(
	[pallet_xcm]="scripts/templates/runtime-weights.hbs"
	[pallet_conviction_voting]="scripts/templates/runtime-weights.hbs"
	[pallet_xcm_benchmarks::generic]="scripts/templates/xcm-weights.hbs"
	[pallet_xcm_benchmarks::fungible]="scripts/templates/xcm-weights.hbs"
)

if [ $# -gt 0 ]; then
	pallets=("$@")
else
	mapfile -t pallets < <(printf '%s\n' "${!weight_files[@]}" | LC_ALL=C sort)
fi
for pallet in "${pallets[@]}"; do
	[ -n "${weight_files[$pallet]:-}" ] ||
		finney_die "unknown pallet: $pallet" "one of: ${!weight_files[*]}"
done

if [ "$profile" = release ]; then
	finney_log "building a release node and the runtime-benchmarks wasm (FINNEY_BENCHMARK_WASM=1)"
	if [ "${FINNEY_BENCH_SKIP_BUILD:-0}" != 1 ]; then
		build_start=$(finney_now)
		FINNEY_BENCHMARK_WASM=1 cargo build --release -p finney-node --locked ||
			finney_die "the release build failed" "see the compiler output above"
		finney_log "release build: $(($(finney_now) - build_start)) s"
	fi
	node="$CARGO_TARGET_DIR/release/finney-node"
	wasm="$CARGO_TARGET_DIR/release/wbuild/finney-runtime/finney_runtime_benchmarks.compact.compressed.wasm"
	measured_with="a release \`finney-node\` (\`scripts/benchmark.sh --release\`): the runtime runs
//! compiled by wasmtime and the host functions it calls (storage overlay, trie) optimised, as on
//! a production collator."
else
	finney_log "building the node and the runtime-benchmarks wasm (FINNEY_BENCHMARK_WASM=1)"
	if [ "${FINNEY_BENCH_SKIP_BUILD:-0}" != 1 ]; then
		FINNEY_BENCHMARK_WASM=1 cargo build "${FINNEY_WORKSPACE[@]}" --all-targets --locked ||
			finney_die "the build failed" "see the compiler output above"
	fi
	node="$FINNEY_NODE_BIN"
	wasm="$FINNEY_WBUILD_DIR/finney_runtime_benchmarks.compact.compressed.wasm"
	measured_with="the debug \`finney-node\`: the runtime runs compiled by wasmtime as on a real
//! node, but the host functions it calls (storage overlay, trie) run unoptimised, so these times
//! are upper bounds, several times what a release node measures. Regenerate them with
//! \`scripts/benchmark.sh --release\` before a production launch."
fi
header="$(mktemp)"
trap 'rm -f "$header"' EXIT
printf '//! Measured with %s\n' "$measured_with" > "$header"
[ -f "$wasm" ] || finney_die "no benchmark runtime at $wasm" "the runtime's build script builds it when FINNEY_BENCHMARK_WASM=1"

for pallet in "${pallets[@]}"; do
	out="${weight_files[$pallet]}"
	args=(
		benchmark pallet
		--runtime "$wasm"
		--genesis-builder runtime
		--genesis-builder-preset development
		--pallet "$pallet"
		--extrinsic '*'
		--steps "$steps"
		--repeat "$repeat"
		--wasm-execution compiled
		--heap-pages 4096
	)
	if [ "${FINNEY_BENCH_OUTPUT:-1}" = 1 ]; then
		template="${weight_templates[$pallet]:-scripts/templates/pallet-weights.hbs}"
		args+=(--template "$template" --header "$header" --output "$out")
	fi
	finney_log "$pallet -> ${out} (steps $steps, repeat $repeat, $profile node)"
	pallet_start=$(finney_now)
	"$node" "${args[@]}" ||
		finney_die "benchmarking $pallet failed" "run it by hand: $node ${args[*]}"
	finney_log "$pallet: $(($(finney_now) - pallet_start)) s"
done
finney_log "done; review the diff of the weights files and commit them"
