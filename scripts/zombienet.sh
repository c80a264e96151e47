#!/usr/bin/env bash
# Runs Finney on a local relay-chain testnet with zombienet (native provider: local processes).
#
#   scripts/zombienet.sh               spawn the network and keep it running (Ctrl-C stops it)
#   scripts/zombienet.sh spawn [CONFIG]
#   scripts/zombienet.sh test [ZNDSL]  spawn it, run the smoke test, stop it; exit status = result
#
# Defaults: CONFIG = zombienet/finney-rococo-local.toml (rococo-local relay with validators alice and
# bob, para 2000 with collators collator01 and collator02), ZNDSL = zombienet/0001-finney-smoke.zndsl.
#
# Needs the relay binaries polkadot, polkadot-prepare-worker and polkadot-execute-worker
# (scripts/install-relay.sh puts them in ~/.cache/finney/relay/bin) and finney-node (built here
# unless FINNEY_SKIP_BUILD=1). The network's files and logs go to a fresh directory under
# ~/.cache/finney/zombienet/ (or $FINNEY_ZOMBIENET_DIR), printed at start; a passed test's
# directory is removed unless FINNEY_KEEP_ZOMBIENET_DIR=1.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

mode="${1:-spawn}"
case "$mode" in
	spawn) target="${2:-zombienet/finney-rococo-local.toml}" ;;
	test) target="${2:-zombienet/0001-finney-smoke.zndsl}" ;;
	-h | --help)
		awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"
		exit 0
		;;
	*) finney_die "unknown mode: $mode" "scripts/zombienet.sh [spawn [CONFIG] | test [ZNDSL]]" ;;
esac
[ -f "$target" ] || finney_die "no such file: $target"

# The relay binaries.
for bin in polkadot polkadot-prepare-worker polkadot-execute-worker; do
	[ -x "$FINNEY_RELAY_BIN/$bin" ] ||
		finney_die "relay binary $bin not found in $FINNEY_RELAY_BIN" "run scripts/install-relay.sh first (about 45 min, once)"
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

runs_dir="$FINNEY_CACHE/zombienet"
run_dir="${FINNEY_ZOMBIENET_DIR:-$runs_dir/$mode-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$(dirname "$run_dir")"
# Runs hold chain databases: drop those older than a week.
if [ -d "$runs_dir" ]; then
	find "$runs_dir" -mindepth 1 -maxdepth 1 -type d -mtime +7 -exec rm -rf {} + 2>/dev/null || true
fi
finney_log "network files and node logs: $run_dir"
finney_log "a debug relay takes about 6 minutes to bring the network up"

started="$(finney_now)"
status=0
"$zombienet_cli" --provider native --logType text --dir "$run_dir" --force "$mode" "$target" || status=$?
finney_log "zombienet $mode finished with status $status after $(($(finney_now) - started))s"
if [ "$status" -eq 0 ] && [ "$mode" = test ] && [ -z "${FINNEY_ZOMBIENET_DIR:-}" ] && [ "${FINNEY_KEEP_ZOMBIENET_DIR:-0}" != 1 ]; then
	finney_log "removing the run directory of the passed test (set FINNEY_KEEP_ZOMBIENET_DIR=1 to keep it)"
	rm -rf "$run_dir"
fi
if [ "$status" -ne 0 ]; then
	finney_log "node logs: $run_dir/*.log"
	for log in "$run_dir"/*.log; do
		[ -f "$log" ] || continue
		printf '\n==> last 30 lines of %s\n' "$log" >&2
		tail -n 30 "$log" >&2 || true
	done
fi
exit "$status"
