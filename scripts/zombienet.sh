#!/usr/bin/env bash
# Runs Finney on a local relay-chain testnet with zombienet (native provider: local processes).
#
#   scripts/zombienet.sh                  spawn the network and keep it running (Ctrl-C stops it)
#   scripts/zombienet.sh spawn [CONFIG]
#   scripts/zombienet.sh test [ZNDSL...]  run tests: each spawns its own network, runs its steps and
#                                         stops it; exit status 0 only if every test passed
#
# Defaults: CONFIG = zombienet/finney-rococo-local.toml (rococo-local relay with validators alice and
# bob, para 2000 with collators collator01 and collator02); ZNDSL = every zombienet/*.zndsl, in name
# order: 0001 smoke (the para registered through the relay's extrinsics), 0002 runtime upgrade
# through the relay then collator faults on the upgraded chain, 0003 the protocol (subnets,
# neurons, weights, epochs and payouts) on relay-backed blocks.
#
# Needs the relay binaries polkadot, polkadot-prepare-worker and polkadot-execute-worker
# (scripts/install-relay.sh puts them in ~/.cache/finney/relay/bin) and finney-node (built here
# unless FINNEY_SKIP_BUILD=1). Each network's files and logs go to a fresh directory under
# ~/.cache/finney/zombienet/ (or $FINNEY_ZOMBIENET_DIR/<test>), printed at start; a passed test's
# directory is removed unless FINNEY_KEEP_ZOMBIENET_DIR=1.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

mode="${1:-spawn}"
targets=()
case "$mode" in
	spawn) targets=("${2:-zombienet/finney-rococo-local.toml}") ;;
	test)
		shift
		if [ "$#" -gt 0 ]; then
			targets=("$@")
		else
			targets=(zombienet/*.zndsl)
		fi
		;;
	-h | --help)
		awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"
		exit 0
		;;
	*) finney_die "unknown mode: $mode" "scripts/zombienet.sh [spawn [CONFIG] | test [ZNDSL...]]" ;;
esac
for target in "${targets[@]}"; do
	[ -f "$target" ] || finney_die "no such file: $target"
done

# The relay binaries.
for bin in polkadot polkadot-prepare-worker polkadot-execute-worker; do
	[ -x "$FINNEY_RELAY_BIN/$bin" ] ||
		finney_die "relay binary $bin not found in $FINNEY_RELAY_BIN" "run scripts/install-relay.sh first (about an hour, once per machine)"
done

# The collator binary.
if [ "${FINNEY_SKIP_BUILD:-0}" != 1 ]; then
	finney_log "building finney-node (cargo build --workspace --all-targets --locked)"
	cargo build --workspace --all-targets --locked ||
		finney_die "the build failed" "see the compiler output above"
fi
[ -x "$FINNEY_NODE_BIN" ] ||
	finney_die "no node binary at $FINNEY_NODE_BIN" "build it with: cargo build --workspace --all-targets --locked"

# The zombienet CLI, from node_modules (package.json pins it).
zombienet_cli="$FINNEY_ROOT/node_modules/.bin/zombienet"
[ -x "$zombienet_cli" ] || finney_die "the zombienet CLI is not installed" "run scripts/setup.sh (it runs npm ci)"

node_dir="$(dirname "$FINNEY_NODE_BIN")"
export PATH="$FINNEY_RELAY_BIN:$node_dir:$PATH"
finney_log "polkadot:    $(command -v polkadot) ($(polkadot --version 2>/dev/null || echo 'version unknown'))"
finney_log "finney-node: $(command -v finney-node)"

# The runtime with spec_version + 1 that the runtime-upgrade test installs (zombienet/upgrade.js).
export FINNEY_UPGRADE_WASM="${FINNEY_UPGRADE_WASM:-$FINNEY_WBUILD_DIR/finney_runtime_spec_bump.compact.compressed.wasm}"

runs_dir="$FINNEY_CACHE/zombienet"
mkdir -p "$runs_dir"
# Runs hold chain databases: drop those older than a week.
find "$runs_dir" -mindepth 1 -maxdepth 1 -type d -mtime +7 -exec rm -rf {} + 2>/dev/null || true

# Runs zombienet on one file in a fresh run directory; returns its status.
run_one() {
	local target="$1" name run_dir started status=0
	name="$(basename "$target" | sed 's/\.[a-z]*$//')"
	if [ -n "${FINNEY_ZOMBIENET_DIR:-}" ]; then
		run_dir="$FINNEY_ZOMBIENET_DIR/$name"
	else
		run_dir="$runs_dir/$mode-$name-$(date +%Y%m%d-%H%M%S)"
	fi
	finney_log "$mode $target: network files and node logs in $run_dir"
	started="$(finney_now)"
	"$zombienet_cli" --provider native --logType text --dir "$run_dir" --force "$mode" "$target" || status=$?
	finney_log "zombienet $mode $target finished with status $status after $(($(finney_now) - started))s"
	results+=("$(printf '%6ss  %s  %s' "$(($(finney_now) - started))" "$([ "$status" -eq 0 ] && echo passed || echo FAILED)" "$target")")
	if [ "$status" -eq 0 ] && [ "$mode" = test ] && [ -z "${FINNEY_ZOMBIENET_DIR:-}" ] && [ "${FINNEY_KEEP_ZOMBIENET_DIR:-0}" != 1 ]; then
		rm -rf "$run_dir"
	fi
	if [ "$status" -ne 0 ]; then
		finney_log "node logs: $run_dir/*.log"
		local log
		for log in "$run_dir"/*.log; do
			[ -f "$log" ] || continue
			printf '\n==> last 30 lines of %s\n' "$log" >&2
			tail -n 30 "$log" >&2 || true
		done
	fi
	return "$status"
}

results=()
failed=0
for target in "${targets[@]}"; do
	run_one "$target" || failed=$((failed + 1))
done
if [ "$mode" = test ]; then
	finney_log "zombienet tests:"
	for line in "${results[@]}"; do
		echo "    $line"
	done
	[ "$failed" -eq 0 ] || finney_die "$failed of ${#targets[@]} zombienet test(s) failed" "their node logs are in the run directories printed above"
fi
exit "$failed"
