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
# neurons, weights, epochs and payouts) on relay-backed blocks, 0004 TAO across chains (Finney and
# Asset Hub with HRMP channels: TAO registered on Asset Hub, the relay token in, TAO out and back).
#
# The Asset Hub of 0004 (zombienet/finney-asset-hub-rococo-local.toml) runs Asset Hub Westend's
# Wasm, which the XCM emulator suite's build leaves in the target directory
# ($FINNEY_ASSET_HUB_WASM; `SKIP_FINNEY_RUNTIME_WASM_BUILD=1 cargo build -p finney-xcm-emulator --locked` builds it): this script
# makes its chain spec (`finney-node chain-spec-builder`, preset `local_testnet`, para 1000). A
# test that needs it is skipped, loudly, while that Wasm is missing.
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
	finney_log "building finney-node (cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked)"
	cargo build "${FINNEY_WORKSPACE[@]}" --all-targets --locked ||
		finney_die "the build failed" "see the compiler output above"
fi
[ -x "$FINNEY_NODE_BIN" ] ||
	finney_die "no node binary at $FINNEY_NODE_BIN" "build it with: cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked"

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

# Whether a network (a .toml, or the network a .zndsl names) has Asset Hub.
needs_asset_hub() {
	[ "$(basename "$1")" = finney-asset-hub-rococo-local.toml ] ||
		grep -q '^Network: .*finney-asset-hub-rococo-local.toml' "$1"
}

# Asset Hub's plain chain spec, from its Wasm and preset (zombienet adds its collator's keys and
# the relay chain registers it from the genesis this spec gives). Exports FINNEY_ASSET_HUB_SPEC,
# which the network file names.
asset_hub_spec() {
	[ -n "${FINNEY_ASSET_HUB_SPEC:-}" ] && return 0
	local spec="$runs_dir/asset-hub-westend-local.json"
	finney-node chain-spec-builder --chain-spec-path "$spec" create -t local \
		--chain-name "Asset Hub Westend Local" --chain-id asset-hub-westend-local \
		--relay-chain rococo-local --para-id 1000 --runtime "$FINNEY_ASSET_HUB_WASM" \
		named-preset local_testnet >/dev/null ||
		finney_die "could not build Asset Hub's chain spec from $FINNEY_ASSET_HUB_WASM" "see the error above"
	# The preset generates 1 000 validators and 25 000 nominators for Asset Hub's staking at
	# genesis (`staking.devStakers`): none here, as in the XCM emulator suite.
	node -e '
		const fs = require("node:fs");
		const spec = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
		spec.genesis.runtimeGenesis.patch.staking.devStakers = null;
		fs.writeFileSync(process.argv[1], JSON.stringify(spec, null, 2));
	' "$spec" || finney_die "could not edit Asset Hub's chain spec $spec"
	export FINNEY_ASSET_HUB_SPEC="$spec"
	finney_log "Asset Hub: chain spec $spec, from $FINNEY_ASSET_HUB_WASM"
}

# Runs zombienet on one file in a fresh run directory; returns its status.
run_one() {
	local target="$1" name run_dir started status=0
	if needs_asset_hub "$target"; then
		if [ ! -f "$FINNEY_ASSET_HUB_WASM" ]; then
			[ "$mode" = test ] ||
				finney_die "no Asset Hub Wasm at $FINNEY_ASSET_HUB_WASM" "build it with: SKIP_FINNEY_RUNTIME_WASM_BUILD=1 cargo build -p finney-xcm-emulator --locked"
			printf '\n==> ZOMBIENET TEST %s SKIPPED: no Asset Hub Wasm at %s (build it with: SKIP_FINNEY_RUNTIME_WASM_BUILD=1 cargo build -p finney-xcm-emulator --locked)\n\n' "$target" "$FINNEY_ASSET_HUB_WASM" >&2
			results+=("$(printf '%6ss  %s  %s' 0 SKIPPED "$target")")
			return 0
		fi
		asset_hub_spec
	fi
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
