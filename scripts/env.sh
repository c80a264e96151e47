# shellcheck shell=bash
# Shared environment of the Finney scripts. Source it, do not run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
#
# Every cargo call of the scripts builds into one persistent target directory outside the
# repository, so fresh clones (and CI) reuse a warm build. The variables below must stay the same
# between calls: changing any of them makes cargo rebuild the runtime.

FINNEY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FINNEY_ROOT

# Persistent caches outside the repository.
export FINNEY_CACHE="${FINNEY_CACHE:-$HOME/.cache/finney}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$FINNEY_CACHE/target}"
# Relay-chain binaries (polkadot, polkadot-prepare-worker, polkadot-execute-worker) installed by
# scripts/install-relay.sh; cargo install puts them in "$FINNEY_RELAY_ROOT/bin".
export FINNEY_RELAY_ROOT="${FINNEY_RELAY_ROOT:-$FINNEY_CACHE/relay}"
export FINNEY_RELAY_BIN="$FINNEY_RELAY_ROOT/bin"
export FINNEY_POLKADOT_VERSION="41.0.0"
# Pretrained models of the neurons, fetched by scripts/setup.sh (never committed).
export FINNEY_MODELS="${FINNEY_MODELS:-$FINNEY_CACHE/models}"

# substrate-wasm-builder: build the runtime Wasm of this workspace, optimised (a debug runtime
# is too slow to run). Never set SKIP_WASM_BUILD here: toggling it forces a rebuild.
export WASM_BUILD_WORKSPACE_HINT="$FINNEY_ROOT"
export WASM_BUILD_TYPE=release
# The XCM emulator suite runs the relay and sibling runtimes natively: the Wasm of Westend and
# Penpal is never built. These name only those crates (substrate-wasm-builder's per-crate
# switch), so Finney's runtime and its blobs are unaffected. Asset Hub's Wasm is built (release,
# once; later builds find it done): zombienet runs it as para 1000 (FINNEY_ASSET_HUB_WASM).
export SKIP_WESTEND_RUNTIME_WASM_BUILD=1
export SKIP_PENPAL_RUNTIME_WASM_BUILD=1

# The workspace-wide cargo commands: every crate but the XCM emulator suite, which
# scripts/test.sh builds and runs as its own step (bash array: "${FINNEY_WORKSPACE[@]}").
# shellcheck disable=SC2034 # used by the scripts that source this file
FINNEY_WORKSPACE=(--workspace --exclude finney-xcm-emulator)

# The node binary and the runtime Wasm blobs of the debug build.
export FINNEY_NODE_BIN="$CARGO_TARGET_DIR/debug/finney-node"
export FINNEY_WBUILD_DIR="$CARGO_TARGET_DIR/debug/wbuild/finney-runtime"
# Asset Hub Westend's runtime, built by the XCM emulator suite's build (scripts/test.sh step 3b,
# or SKIP_FINNEY_RUNTIME_WASM_BUILD=1 cargo build -p finney-xcm-emulator): the Asset Hub of zombienet/0004-xcm.zndsl.
export FINNEY_ASSET_HUB_WASM="${FINNEY_ASSET_HUB_WASM:-$CARGO_TARGET_DIR/debug/wbuild/asset-hub-westend-runtime/asset_hub_westend_runtime.compact.compressed.wasm}"

# Make cargo and rustup findable when the scripts run from a non-login shell (CI).
if [ -d "$HOME/.cargo/bin" ]; then
	case ":$PATH:" in
		*":$HOME/.cargo/bin:"*) ;;
		*) export PATH="$HOME/.cargo/bin:$PATH" ;;
	esac
fi

# Small helpers shared by the scripts.
finney_log() {
	printf '==> %s\n' "$*" >&2
}

finney_die() {
	# finney_die MESSAGE [HINT]
	printf 'error: %s\n' "$1" >&2
	if [ $# -gt 1 ]; then
		printf 'hint:  %s\n' "$2" >&2
	fi
	exit 1
}

# Prints the current time in seconds since the epoch (for phase timings).
finney_now() {
	date +%s
}
