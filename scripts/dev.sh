#!/usr/bin/env bash
# Builds finney-node and runs a one-node development chain: no relay chain, Alice is sudo and the
# dev accounts are funded, a block is sealed and finalized every few seconds, the state lives in a
# temporary directory and is gone when the node stops.
#
#   scripts/dev.sh                          build, then run with JSON-RPC/WebSocket on port 9944
#   scripts/dev.sh --dev-block-time 1000    any extra argument is passed to finney-node
#   FINNEY_RPC_PORT=9955 scripts/dev.sh     another RPC port
#   FINNEY_SKIP_BUILD=1 scripts/dev.sh      run the binary that is already built
#
# Connect polkadot-js apps or @polkadot/api to ws://127.0.0.1:9944 (or the port you chose).
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

rpc_port="${FINNEY_RPC_PORT:-9944}"

if [ "${FINNEY_SKIP_BUILD:-0}" != 1 ]; then
	# Install what the build needs if anything is missing (a no-op when all is in place).
	"$FINNEY_ROOT/scripts/setup.sh" || finney_die "setup failed" "run scripts/setup.sh on its own to see what is missing"
	command -v cargo >/dev/null 2>&1 || finney_die "cargo not found" "install Rust with rustup (https://rustup.rs)"
	finney_log "building finney-node (cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked, target dir $CARGO_TARGET_DIR)"
	(cd "$FINNEY_ROOT" && cargo build "${FINNEY_WORKSPACE[@]}" --all-targets --locked) ||
		finney_die "the build failed" "see the compiler output above; scripts/setup.sh installs the system packages and Rust targets the build needs"
fi

[ -x "$FINNEY_NODE_BIN" ] ||
	finney_die "no node binary at $FINNEY_NODE_BIN" "build it with: cargo build --workspace --exclude finney-xcm-emulator --all-targets --locked (or run this script without FINNEY_SKIP_BUILD)"

finney_log "starting the dev chain: $FINNEY_NODE_BIN --dev --rpc-port $rpc_port $*"
finney_log "connect to ws://127.0.0.1:$rpc_port (the first start of a debug node takes a minute: it compiles the runtime)"
exec "$FINNEY_NODE_BIN" --dev --rpc-port "$rpc_port" "$@"
