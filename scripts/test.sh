#!/usr/bin/env bash
# The whole Finney test suite, in order:
#   1. setup checks (scripts/setup.sh: installs only what is missing), then the quick checks:
#      `cargo fmt --all --check`, scripts/check-docs.sh (every DESIGN reference in the code has
#      a heading in docs/design.md, every relative link in the docs resolves) and
#      scripts/check-deps.sh (the dependency rules between the crates of docs/architecture.md),
#   2. cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked (all targets, so that the dev-dependencies'
#      features are unified exactly as in step 3 and `cargo test` does not rebuild the node's
#      dependency tree a second time with other features), then
#      `cargo clippy --workspace --exclude finney-xcm-emulator --all-targets --locked -- -D warnings`: the workspace's lints
#      (no unchecked arithmetic, no indexing, no unwrap/expect/panic outside tests) enforced on
#      every crate, runtime and node included, and on the pallets with their `runtime-benchmarks`
#      and `try-runtime` code,
#   3. cargo test --workspace --exclude finney-xcm-emulator --locked, then the pallets' tests again with the
#      `runtime-benchmarks` and `try-runtime` features (their benchmark test suites and
#      `try_state` checks, code no other step compiles),
#   3b. the XCM emulator suite (tests/xcm-emulator: Finney with the crates.io runtimes of Westend,
#      Asset Hub Westend and Penpal), its own crate outside the workspace-wide commands above
#      (`FINNEY_WORKSPACE` in scripts/env.sh excludes it), built natively without the foreign
#      runtimes' Wasm,
#   4. end-to-end tests: starts `finney-node --dev --tmp` on a free port, waits for its RPC, runs
#      the polkadot-js tests of tests/e2e/ against it; then, on a second fresh dev node (the
#      polkadot-js tests retire the sudo key; it starts while they run), the neurons' dev-node
#      tests (neurons/chain and neurons/cli: tests/dev_node.rs) and a local network of miners
#      and validators (finney-localnet run), twice: weights set at once, then commit-reveal;
#      the nodes are always stopped,
#   5. the zombienet relay-testnet tests (zombienet/*.zndsl: smoke, runtime upgrade through the
#      relay, collator faults, the protocol on relay-backed blocks), when the relay binaries are
#      installed (scripts/install-relay.sh); skipped with a loud message otherwise. They start in
#      the background when step 4 starts (both mostly wait for blocks), and step 5 waits for them
#      and prints their output; on exit, a run still going is stopped with its nodes.
#
# Environment knobs (all optional):
#   FINNEY_SKIP_SETUP=1       skip step 1
#   FINNEY_SKIP_BUILD=1       skip step 2 and use the node binary already built
#   FINNEY_SKIP_CARGO_TEST=1  skip step 3
#   FINNEY_SKIP_LINT=1        skip the fmt, docs and clippy checks
#   FINNEY_SKIP_ZOMBIENET=1   skip step 5 even when the relay binaries are installed
#   FINNEY_SKIP_XCM_EMULATOR=1  skip the XCM emulator suite (step 3b)
#   FINNEY_XCM_EMULATOR_BUILD_BUDGET=1800  seconds the XCM emulator suite may spend building; past
#                             them the step stops the build (it resumes on the next run) and skips
#                             its tests loudly
#   FINNEY_RPC_TIMEOUT=300    seconds to wait for the dev node's RPC
#   FINNEY_E2E_FILTER=regex   only run the e2e tests whose name matches (node --test-name-pattern)
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

# --- Phase timings ---------------------------------------------------------------------------
suite_start="$(finney_now)"
phase_names=()
phase_secs=()
phase_name=""
phase_start=0

phase() {
	phase_end
	phase_name="$1"
	phase_start="$(finney_now)"
	printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$phase_name" >&2
}

phase_end() {
	if [ -n "$phase_name" ]; then
		phase_names+=("$phase_name")
		phase_secs+=("$(($(finney_now) - phase_start))")
		phase_name=""
	fi
}

print_timings() {
	phase_end
	printf '\n==> timings\n' >&2
	local i
	for i in "${!phase_names[@]}"; do
		printf '    %6ss  %s\n' "${phase_secs[$i]}" "${phase_names[$i]}" >&2
	done
	printf '    %6ss  total\n' "$(($(finney_now) - suite_start))" >&2
}

# --- The dev nodes: started in phase 4, always stopped on exit -------------------------------
node_pid=""
node_log=""
# A second node started ahead of its turn (the neurons'), stopped on exit if still running.
spare_pid=""

stop_node() {
	if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
		finney_log "stopping finney-node (pid $node_pid)"
		# SIGTERM: a background job of a non-interactive shell may ignore SIGINT.
		kill -TERM "$node_pid" 2>/dev/null || true
		local waited=0
		while kill -0 "$node_pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
			sleep 1
			waited=$((waited + 1))
		done
		if kill -0 "$node_pid" 2>/dev/null; then
			finney_log "finney-node did not stop within 30 s, killing it"
			kill -KILL "$node_pid" 2>/dev/null || true
		fi
		wait "$node_pid" 2>/dev/null || true
	fi
	node_pid=""
}

show_node_log() {
	if [ -n "$node_log" ] && [ -f "$node_log" ]; then
		printf '\n==> last 80 lines of the node log (%s)\n' "$node_log" >&2
		tail -n 80 "$node_log" >&2 || true
	fi
}

on_exit() {
	local status=$?
	local failed_phase="${phase_name:-setup}"
	stop_node
	if [ -n "$spare_pid" ]; then
		node_pid="$spare_pid"
		stop_node
	fi
	if [ -n "${zombienet_pid:-}" ] && kill -0 "$zombienet_pid" 2>/dev/null; then
		finney_log "stopping the zombienet tests (session $zombienet_pid) and their nodes"
		kill -TERM -- "-$zombienet_pid" 2>/dev/null || true
		sleep 5
		kill -KILL -- "-$zombienet_pid" 2>/dev/null || true
		[ -n "${zombienet_log:-}" ] && [ -f "$zombienet_log" ] && tail -n 40 "$zombienet_log" >&2
	fi
	print_timings
	if [ "$status" -eq 0 ]; then
		printf '\n==> all tests passed\n' >&2
	else
		printf '\n==> FAILED (exit status %s) in phase: %s\n' "$status" "$failed_phase" >&2
	fi
	exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# True, and says so, when the environment variable named $1 is 1: the phase is skipped.
skipping() {
	if [ "${!1:-0}" = 1 ]; then
		finney_log "skipped ($1=1)"
		return 0
	fi
	return 1
}

# A free TCP port on 127.0.0.1, asked of the kernel.
free_port() {
	node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# --- 1. Setup checks -------------------------------------------------------------------------
phase "setup checks"
if ! skipping FINNEY_SKIP_SETUP; then
	"$FINNEY_ROOT/scripts/setup.sh" ||
		finney_die "setup failed" "run scripts/setup.sh on its own to see what is missing"
fi
for tool in cargo node curl; do
	command -v "$tool" >/dev/null 2>&1 || finney_die "$tool not found" "run scripts/setup.sh"
done
[ -d "$FINNEY_ROOT/node_modules/@polkadot/api" ] ||
	finney_die "node_modules/@polkadot/api is missing" "run scripts/setup.sh (it runs npm ci)"

phase "lint: cargo fmt --check, scripts/check-docs.sh, scripts/check-deps.sh"
if ! skipping FINNEY_SKIP_LINT; then
	cargo fmt --all --check ||
		finney_die "cargo fmt --check found unformatted code" "run cargo fmt --all"
	"$FINNEY_ROOT/scripts/check-docs.sh" ||
		finney_die "scripts/check-docs.sh found a DESIGN reference or a link that does not resolve" "fix the reference, or add the section to docs/design.md"
	"$FINNEY_ROOT/scripts/check-deps.sh" ||
		finney_die "scripts/check-deps.sh found a dependency the architecture's rules forbid" "see docs/architecture.md, Dependency rules"
fi

# --- 2. Build --------------------------------------------------------------------------------
phase "cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked"
if ! skipping FINNEY_SKIP_BUILD; then
	finney_log "target dir: $CARGO_TARGET_DIR (a cold build of the node takes most of an hour on 2 cores)"
	cargo build "${FINNEY_WORKSPACE[@]}" --all-targets --locked ||
		finney_die "cargo build failed" "see the compiler output above; scripts/setup.sh installs protoc, clang and the wasm targets"
fi
[ -x "$FINNEY_NODE_BIN" ] ||
	finney_die "no node binary at $FINNEY_NODE_BIN" "the build did not produce finney-node; run cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked"

phase "lint: cargo clippy -D warnings (workspace; pallets with runtime-benchmarks,try-runtime)"
if ! skipping FINNEY_SKIP_LINT; then
	# SKIP_WASM_BUILD=1 for clippy alone: its build-script run of the runtime is a unit of its own
	# (clippy-driver wraps the workspace's crates), and when it builds the wasm it rewrites the
	# blobs in the shared wbuild directory, which the build's own unit watches: the runtime and
	# everything above it would then be compiled again by the next cargo test (3 min here).
	SKIP_WASM_BUILD=1 cargo clippy "${FINNEY_WORKSPACE[@]}" --all-targets --locked -- -D warnings ||
		finney_die "cargo clippy found warnings or denied lints" "see the lints above; the workspace's [workspace.lints] in Cargo.toml says what is denied"
	# The pallets' benchmarking and try-runtime code, with the features that compile it. (No
	# SKIP_WASM_BUILD on the build and test commands: the wasm builder reruns when it changes,
	# and every crate above a runtime in the node's tree would be rebuilt.)
	cargo clippy --locked --all-targets --features runtime-benchmarks,try-runtime \
		-p pallet-subtensor -p pallet-subtensor-staking -p pallet-subtensor-governance -- -D warnings ||
		finney_die "cargo clippy --features runtime-benchmarks,try-runtime found warnings in the pallets" "see the lints above"
fi

# --- 3. Rust tests ---------------------------------------------------------------------------
phase "cargo test --workspace --exclude finney-xcm-emulator --locked"
if ! skipping FINNEY_SKIP_CARGO_TEST; then
	cargo test "${FINNEY_WORKSPACE[@]}" --locked ||
		finney_die "cargo test failed" "see the failing tests above; rerun one with cargo test -p <crate> <name>"
fi

phase "cargo test (pallets) --features runtime-benchmarks,try-runtime"
if ! skipping FINNEY_SKIP_CARGO_TEST; then
	# The pallets' benchmark test suites (`impl_benchmark_test_suite!`) and their
	# `#[cfg(feature = "try-runtime")]` hooks, which no other step compiles. The runtime's wasm
	# is not needed and the pallets' dependency trees have no wasm builder.
	cargo test --locked --features runtime-benchmarks,try-runtime \
		-p pallet-subtensor -p pallet-subtensor-staking -p pallet-subtensor-governance ||
		finney_die "the pallets' tests with runtime-benchmarks and try-runtime failed" "rerun one with cargo test -p <pallet> --features runtime-benchmarks,try-runtime <name>"
fi

# --- 3b. The XCM emulator suite ----------------------------------------------------------------
phase "XCM emulator: cargo test -p finney-xcm-emulator"
if ! skipping FINNEY_SKIP_XCM_EMULATOR && ! skipping FINNEY_SKIP_CARGO_TEST; then
	# Its own build: the relay and sibling runtimes (natively; SKIP_<CRATE>_WASM_BUILD in
	# scripts/env.sh skips the Wasm of Westend and Penpal, while Asset Hub's is built for
	# zombienet/0004-xcm.zndsl) and Finney's runtime with the features this crate alone selects.
	# A cold build compiles 748 crates (155 of them used by no other crate here) and Asset Hub's
	# Wasm: 12 min 54 s into an empty target directory on 2 cores. The budget below keeps a slower
	# machine's first run within CI's limit.
	# Finney's runtime is a build of its own here (the foreign runtimes bring other dependency
	# features); SKIP_FINNEY_RUNTIME_WASM_BUILD keeps it from rewriting the workspace's Wasm blobs
	# in the shared wbuild directory (the next workspace build would then compile the runtime and
	# the node again).
	export SKIP_FINNEY_RUNTIME_WASM_BUILD=1
	budget="${FINNEY_XCM_EMULATOR_BUILD_BUDGET:-1800}"
	build_status=0
	timeout "$budget" cargo test -p finney-xcm-emulator --locked --no-run || build_status=$?
	if [ "$build_status" -eq 124 ]; then
		printf '\n==> XCM EMULATOR SUITE SKIPPED: its build took more than %s s (a cold build); it resumes on the next run\n\n' "$budget" >&2
	elif [ "$build_status" -ne 0 ]; then
		finney_die "the XCM emulator suite does not build" "cargo test -p finney-xcm-emulator --no-run shows why"
	else
		cargo test -p finney-xcm-emulator --locked ||
			finney_die "the XCM emulator suite failed" "rerun one with SKIP_FINNEY_RUNTIME_WASM_BUILD=1 cargo test -p finney-xcm-emulator <name> -- --nocapture (RUST_LOG=xcm=trace for the executor's log)"
		# Its lints, which the workspace-wide clippy of step 2 leaves out with the crate.
		if ! skipping FINNEY_SKIP_LINT; then
			cargo clippy -p finney-xcm-emulator --all-targets --locked -- -D warnings ||
				finney_die "cargo clippy found warnings in the XCM emulator suite" "see the lints above"
		fi
	fi
	unset SKIP_FINNEY_RUNTIME_WASM_BUILD
fi

# --- 4. End-to-end tests against a dev node --------------------------------------------------
phase "genesis exports of the production chains"
# What a relay chain registers for a chain: its genesis head and genesis wasm. For the production
# chains the wasm must be the runtime this build produced and the head a SCALE-encoded header.
# (`local` is checked on a real relay by zombienet/register.js: it registers these exports
# through the relay's extrinsics and the collators build on them.) Each export builds the genesis,
# which compiles the runtime: about 15 s each here.
runtime_wasm="$FINNEY_WBUILD_DIR/finney_runtime.compact.compressed.wasm"
[ -f "$runtime_wasm" ] || finney_die "no runtime blob at $runtime_wasm" "cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked builds it"
runtime_hex="0x$(od -An -v -tx1 "$runtime_wasm" | tr -d ' \n')"
# check_genesis CHAIN: both exports of CHAIN checked; run for both chains at once (each export
# compiles the runtime on up to two threads, and the two chains overlap well on 2 cores).
check_genesis() {
	local chain="$1" head wasm
	head="$("$FINNEY_NODE_BIN" export-genesis-head --chain "$chain" 2>/dev/null)" ||
		finney_die "finney-node export-genesis-head --chain $chain failed" "run it by hand to see why"
	wasm="$("$FINNEY_NODE_BIN" export-genesis-wasm --chain "$chain" 2>/dev/null)" ||
		finney_die "finney-node export-genesis-wasm --chain $chain failed" "run it by hand to see why"
	[[ "$head" =~ ^0x[0-9a-f]+$ ]] || finney_die "export-genesis-head --chain $chain printed no hex: ${head:0:80}"
	[ "$wasm" = "$runtime_hex" ] ||
		finney_die "export-genesis-wasm --chain $chain is not $runtime_wasm (${#wasm} vs ${#runtime_hex} hex digits)" "the built-in chain specs must embed the runtime of this build"
	finney_log "$chain: genesis head $(((${#head} - 2) / 2)) bytes, genesis wasm = this build's runtime ($(stat -c %s "$runtime_wasm") bytes)"
}
genesis_pids=()
for chain in finney-kusama finney-polkadot; do
	check_genesis "$chain" &
	genesis_pids+=("$!")
done
genesis_status=0
for pid in "${genesis_pids[@]}"; do
	wait "$pid" || genesis_status=1
done
[ "$genesis_status" -eq 0 ] || finney_die "the genesis exports of the production chains failed" "see the error above"

phase "e2e: start finney-node --dev"

# The runtime blob with spec_version + 1 that the runtime build produces for the upgrade test.
upgrade_wasm="$FINNEY_WBUILD_DIR/finney_runtime_spec_bump.compact.compressed.wasm"
if [ ! -f "$upgrade_wasm" ]; then
	found="$(find "$CARGO_TARGET_DIR/debug/wbuild" -name 'finney_runtime_spec_bump.compact.compressed.wasm' -print -quit 2>/dev/null || true)"
	upgrade_wasm="${found:-}"
fi
if [ -n "$upgrade_wasm" ]; then
	finney_log "upgrade runtime: $upgrade_wasm ($(stat -c %s "$upgrade_wasm") bytes)"
else
	finney_log "WARNING: finney_runtime_spec_bump.compact.compressed.wasm not found under $CARGO_TARGET_DIR/debug/wbuild: the runtime upgrade test will fail"
fi

# The zombienet tests (step 5) start now, in the background: they spend most of their time
# waiting for relay-chain sessions and parachain blocks, as the end-to-end tests below wait for
# dev blocks, so the two overlap well on 2 cores. Their output goes to a log that step 5 prints.
zombienet_pid=""
zombienet_log=""
zombienet_status="skipped"
if [ "${FINNEY_SKIP_ZOMBIENET:-0}" = 1 ]; then
	zombienet_status="skipped (FINNEY_SKIP_ZOMBIENET=1)"
elif [ -x "$FINNEY_RELAY_BIN/polkadot" ] && [ -x "$FINNEY_RELAY_BIN/polkadot-prepare-worker" ] &&
	[ -x "$FINNEY_RELAY_BIN/polkadot-execute-worker" ]; then
	zombienet_log="$CARGO_TARGET_DIR/e2e-logs/zombienet-$(date +%Y%m%d-%H%M%S).log"
	mkdir -p "$(dirname "$zombienet_log")"
	finney_log "zombienet tests started in the background; their log: $zombienet_log"
	# A session of its own, so that on exit the whole tree (zombienet and its nodes) can be stopped.
	FINNEY_SKIP_BUILD=1 FINNEY_UPGRADE_WASM="$upgrade_wasm" \
		setsid "$FINNEY_ROOT/scripts/zombienet.sh" test >"$zombienet_log" 2>&1 &
	zombienet_pid=$!
	zombienet_started="$(finney_now)"
	zombienet_status="running"
else
	zombienet_status="missing"
fi

# Starts `finney-node --dev --tmp` (1 s blocks) on free ports as $node_pid, logging to $node_log,
# with its RPC on $rpc_port, and returns at once. $1 names the node (its log file and --name).
spawn_dev_node() {
	local name="$1"
	node_started="$(finney_now)"
	log_dir="$CARGO_TARGET_DIR/e2e-logs"
	mkdir -p "$log_dir"
	# Keep a week of logs.
	find "$log_dir" -name 'finney-node-*.log' -mtime +7 -delete 2>/dev/null || true
	node_log="$log_dir/finney-node-$name-$(date +%Y%m%d-%H%M%S).log"
	rpc_port="$(free_port)"
	p2p_port="$(free_port)"
	finney_log "node log: $node_log"
	finney_log "$FINNEY_NODE_BIN --dev --tmp --dev-block-time 1000 --rpc-port $rpc_port --port $p2p_port"
	"$FINNEY_NODE_BIN" --dev --tmp --dev-block-time 1000 \
		--rpc-port "$rpc_port" --port "$p2p_port" --rpc-cors all \
		--no-prometheus --no-telemetry --no-mdns --reserved-only --name "$name" \
		>"$node_log" 2>&1 &
	node_pid=$!
}

# Waits for the RPC of the node spawn_dev_node started.
await_dev_node() {
	rpc_url="http://127.0.0.1:$rpc_port"
	rpc_timeout="${FINNEY_RPC_TIMEOUT:-300}"
	finney_log "waiting up to ${rpc_timeout}s for the node's RPC at $rpc_url (system_health)"
	deadline=$(($(finney_now) + rpc_timeout))
	while :; do
		if ! kill -0 "$node_pid" 2>/dev/null; then
			show_node_log
			node_pid=""
			finney_die "finney-node exited during start-up" "read the node log above ($node_log)"
		fi
		if curl -sf -m 5 -H 'Content-Type: application/json' \
			-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
			"$rpc_url" 2>/dev/null | grep -q '"result"'; then
			break
		fi
		if [ "$(finney_now)" -ge "$deadline" ]; then
			show_node_log
			finney_die "finney-node's RPC did not answer within ${rpc_timeout}s" "read the node log above; raise FINNEY_RPC_TIMEOUT on a slow machine"
		fi
		sleep 2
	done
	finney_log "RPC is up $(($(finney_now) - node_started))s after the start; node memory (RSS): $(ps -o rss= -p "$node_pid" | awk '{printf "%.0f MiB", $1 / 1024}')"
}

start_dev_node() {
	spawn_dev_node "$1"
	await_dev_node
}

start_dev_node e2e
# The neurons' node (see below) starts now: its start-up, mostly compiling the runtime, overlaps
# the polkadot-js tests instead of adding to them.
e2e_node=("$node_pid" "$node_log" "$rpc_port")
spawn_dev_node neurons
spare_pid="$node_pid"
neurons_node=("$node_pid" "$node_log" "$rpc_port" "$node_started")
node_pid="${e2e_node[0]}" node_log="${e2e_node[1]}" rpc_port="${e2e_node[2]}"

phase "e2e: node --test tests/e2e"
mapfile -t e2e_files < <(find "$FINNEY_ROOT/tests/e2e" -maxdepth 1 -name '*.test.mjs' | LC_ALL=C sort)
[ "${#e2e_files[@]}" -gt 0 ] || finney_die "no test files (*.test.mjs) in tests/e2e"
finney_log "test files, in order: ${e2e_files[*]#"$FINNEY_ROOT/"}"
node_test_args=(--test --test-concurrency=1 --test-reporter=spec)
# Do not let a leaked connection keep the runner alive (Node 20.14 and later).
if node --help 2>/dev/null | grep -q -- '--test-force-exit'; then
	node_test_args+=(--test-force-exit)
fi
if [ -n "${FINNEY_E2E_FILTER:-}" ]; then
	node_test_args+=("--test-name-pattern=$FINNEY_E2E_FILTER")
fi
e2e_status=0
FINNEY_WS="ws://127.0.0.1:$rpc_port" FINNEY_UPGRADE_WASM="$upgrade_wasm" \
	node "${node_test_args[@]}" "${e2e_files[@]}" || e2e_status=$?
if [ "$e2e_status" -ne 0 ]; then
	show_node_log
	finney_die "the end-to-end tests failed (exit status $e2e_status)" "the node log is kept at $node_log; rerun them against a dev node with: FINNEY_WS=ws://127.0.0.1:9944 node --test --test-concurrency=1 tests/e2e/"
fi
if ! kill -0 "$node_pid" 2>/dev/null; then
	show_node_log
	finney_die "finney-node died during the end-to-end tests" "read the node log above"
fi
finney_log "node memory after the tests (RSS): $(ps -o rss= -p "$node_pid" | awk '{printf "%.0f MiB", $1 / 1024}')"
stop_node

# The neurons get a dev chain of their own: the polkadot-js tests end by retiring the sudo key,
# which the neurons' tests use to set their subnets up.
phase "e2e: neurons: a fresh finney-node --dev (started with the polkadot-js tests)"
node_pid="${neurons_node[0]}" node_log="${neurons_node[1]}" rpc_port="${neurons_node[2]}" node_started="${neurons_node[3]}"
spare_pid=""
await_dev_node

# The neurons' chain client (neurons/chain): it signs a remark, creates a subnet, registers a
# hotkey, serves its axon, sets its weights and reads the metagraph through subxt's dynamic API.
# The test binary was built by step 3 (it is #[ignore]d there).
phase "e2e: the neurons' chain client (cargo test --test dev_node -- --ignored)"
chain_status=0
FINNEY_WS="ws://127.0.0.1:$rpc_port" cargo test "${FINNEY_WORKSPACE[@]}" --locked --test dev_node -- --ignored || chain_status=$?
if [ "$chain_status" -ne 0 ]; then
	show_node_log
	finney_die "the chain client's test against the dev node failed (exit status $chain_status)" "rerun it against a dev node with: FINNEY_WS=ws://127.0.0.1:9944 cargo test -p finney-neuron-chain --test dev_node -- --ignored"
fi
if ! kill -0 "$node_pid" 2>/dev/null; then
	show_node_log
	finney_die "finney-node died during the chain client's test" "read the node log above"
fi

# A local network of neurons on the same node (neurons/localnet): a subnet, six miners on a
# quality ladder and two staked validators as processes on 127.0.0.10-15, six epochs; the chain's
# incentive must rank the miners by their true quality, and a running miner must refuse every
# attack of its list.
# run_localnet NAME [FLAGS...]: one local network on the neurons' node, its checks must hold.
run_localnet() {
	local name="$1" dir status=0
	shift
	dir="$(mktemp -d "${TMPDIR:-/tmp}/finney-localnet-$name.XXXXXX")"
	"$CARGO_TARGET_DIR/debug/finney-localnet" run --ws "ws://127.0.0.1:$rpc_port" --epochs 6 \
		--workdir "$dir" "$@" || status=$?
	if [ "$status" -ne 0 ]; then
		for log in "$dir"/*.log; do
			[ -f "$log" ] && { echo "--- $log (last 30 lines)"; tail -n 30 "$log"; }
		done
		finney_die "the local network of neurons ($name) failed its checks (exit status $status)" "the neurons' logs are in $dir; rerun with: $CARGO_TARGET_DIR/debug/finney-localnet run --ws ws://127.0.0.1:9944 $*"
	fi
	rm -rf "$dir"
}
phase "e2e: a local network of miners and validators (finney-localnet run)"
run_localnet weights
# The same with commit-reveal on: the validators commit salted hashes and reveal them in the
# next epoch's window.
phase "e2e: the local network with commit-reveal (finney-localnet run --commit-reveal)"
run_localnet commit-reveal --commit-reveal
finney_log "node memory after the tests (RSS): $(ps -o rss= -p "$node_pid" | awk '{printf "%.0f MiB", $1 / 1024}')"
stop_node

# --- 5. Relay testnet ------------------------------------------------------------------------
phase "zombienet tests (zombienet/*.zndsl): started with the end-to-end tests"
case "$zombienet_status" in
	running)
		finney_log "waiting for the zombienet tests (running for $(($(finney_now) - zombienet_started))s)"
		zombienet_exit=0
		wait "$zombienet_pid" || zombienet_exit=$?
		zombienet_pid=""
		cat "$zombienet_log" >&2
		finney_log "the zombienet tests took $(($(finney_now) - zombienet_started))s"
		[ "$zombienet_exit" -eq 0 ] ||
			finney_die "the zombienet tests failed" "their output is above (and in $zombienet_log); the node logs are in the run directories it prints; rerun one with scripts/zombienet.sh test zombienet/<file>.zndsl"
		;;
	missing)
		finney_log "WARNING: zombienet tests SKIPPED: the relay binaries are not installed in $FINNEY_RELAY_BIN (polkadot, polkadot-prepare-worker, polkadot-execute-worker); run scripts/install-relay.sh (about an hour, once per machine) to enable them"
		;;
	*) finney_log "$zombienet_status" ;;
esac
