#!/usr/bin/env bash
# Runs the FRAME benchmarks of Finney's own pallets on the Finney runtime and writes their
# weights.rs from the measurements.
#
#   scripts/benchmark.sh                              every Finney pallet
#   scripts/benchmark.sh pallet_subtensor_staking     one pallet
#   FINNEY_BENCH_STEPS=50 FINNEY_BENCH_REPEAT=20      the defaults; lower them for a quick look
#   FINNEY_BENCH_OUTPUT=0                             print the results, do not write weights.rs
#
# How: the runtime's build script also builds `finney_runtime_benchmarks.compact.compressed.wasm`
# (the runtime with `runtime-benchmarks`) when FINNEY_BENCHMARK_WASM=1, and `finney-node
# benchmark pallet --runtime <that wasm>` executes it. The node itself is the ordinary debug
# build: no second build of the node with `runtime-benchmarks` is needed. The runtime code under
# test runs compiled by wasmtime, as on a real node; the host side (storage overlay, hashing) is
# the debug node's, which makes the measured times somewhat higher than a release node's, so the
# weights err on the safe side.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

steps="${FINNEY_BENCH_STEPS:-50}"
repeat="${FINNEY_BENCH_REPEAT:-20}"

# pallet name (as in the runtime's define_benchmarks!) -> the weights file it generates.
declare -A weight_files=(
	[pallet_subtensor]="pallets/subtensor/src/weights.rs"
	[pallet_subtensor_staking]="pallets/staking/src/weights.rs"
	[pallet_subtensor_governance]="pallets/governance/src/weights.rs"
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

finney_log "building the node and the runtime-benchmarks wasm (FINNEY_BENCHMARK_WASM=1)"
FINNEY_BENCHMARK_WASM=1 cargo build --workspace --all-targets --locked ||
	finney_die "the build failed" "see the compiler output above"

wasm="$FINNEY_WBUILD_DIR/finney_runtime_benchmarks.compact.compressed.wasm"
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
		args+=(--template scripts/templates/pallet-weights.hbs --output "$out")
	fi
	finney_log "$pallet -> ${out} (steps $steps, repeat $repeat)"
	"$FINNEY_NODE_BIN" "${args[@]}" ||
		finney_die "benchmarking $pallet failed" "run it by hand: $FINNEY_NODE_BIN ${args[*]}"
done
finney_log "done; review the diff of the weights files and commit them"
