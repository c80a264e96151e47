#!/usr/bin/env bash
# Builds the relay-chain binaries that the zombienet relay testnet needs, from the crate registry:
#   polkadot, polkadot-prepare-worker, polkadot-execute-worker   (crate polkadot, pinned version)
# into a cache outside the repository ($FINNEY_RELAY_ROOT/bin, by default
# ~/.cache/finney/relay/bin), where scripts/zombienet.sh and scripts/test.sh look for them.
#
# Opt-in, once per machine: 83 minutes here on 2 cores (with other builds running), 8-9 GB of
# memory, an 8.5 GB build directory. The build is a dev build (debug assertions on) whose
# dependencies are optimised (opt-level 1, and 3 for the wasm executor: wasmtime, cranelift,
# regalloc2) and carry no debug info: a plain debug relay compiles its runtime with an
# unoptimised cranelift and took over five minutes to start, longer than zombienet waits; this
# one produces its first block about 30 s after it starts. Resumable: the build directory is
# kept until the install succeeds, so running the script again after an interruption continues
# where it stopped.
#
#   scripts/install-relay.sh                   build and install (no-op when already installed)
#   scripts/install-relay.sh --force           rebuild and reinstall
#   scripts/install-relay.sh --keep-build-dir  keep the build directory (~8.5 GB) after success
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

force=0
keep_build_dir=0
for arg in "$@"; do
	case "$arg" in
		--force) force=1 ;;
		--keep-build-dir) keep_build_dir=1 ;;
		-h | --help)
			awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"
			exit 0
			;;
		*) finney_die "unknown argument: $arg" "scripts/install-relay.sh [--force] [--keep-build-dir]" ;;
	esac
done

binaries=(polkadot polkadot-prepare-worker polkadot-execute-worker)
build_dir="$FINNEY_CACHE/relay-build"

installed=1
for bin in "${binaries[@]}"; do
	[ -x "$FINNEY_RELAY_BIN/$bin" ] || installed=0
done
if [ "$installed" -eq 1 ] && [ "$force" -eq 0 ]; then
	finney_log "relay binaries already installed in $FINNEY_RELAY_BIN:"
	"$FINNEY_RELAY_BIN/polkadot" --version || true
	finney_log "pass --force to rebuild them"
	exit 0
fi

command -v cargo >/dev/null 2>&1 || finney_die "cargo not found" "run scripts/setup.sh, or install Rust with rustup"
command -v protoc >/dev/null 2>&1 || finney_die "protoc not found" "run scripts/setup.sh (it installs protobuf-compiler, clang and libclang-dev)"

# The relay build is its own workspace: none of Finney's build settings may leak into it
# (WASM_BUILD_WORKSPACE_HINT would point the relay runtimes' Wasm build at this repository).
unset WASM_BUILD_WORKSPACE_HINT WASM_BUILD_TYPE CARGO_TARGET_DIR SKIP_WASM_BUILD

mkdir -p "$FINNEY_RELAY_ROOT" "$build_dir"
if [ -d "$build_dir/debug" ]; then
	finney_log "resuming the build in $build_dir"
fi
finney_log "building polkadot@$FINNEY_POLKADOT_VERSION (debug) into $FINNEY_RELAY_ROOT"
finney_log "expect about an hour and 8-9 GB of memory on 2 cores; interrupting is safe, rerun to resume"
started="$(finney_now)"

force_flag=()
[ "$force" -eq 1 ] && force_flag=(--force)

# `cargo install` ignores the configuration files of the current directory, so the profile is
# given on the command line.
profile_flags=(--config 'profile.dev.debug=0' --config 'profile.dev.package."*".opt-level=1')
for crate in wasmtime wasmtime-environ wasmtime-internal-cranelift wasmparser cranelift-codegen \
	cranelift-frontend cranelift-entity cranelift-bforest cranelift-bitset cranelift-control \
	cranelift-native cranelift-assembler-x64 regalloc2 sc-executor-wasmtime; do
	profile_flags+=(--config "profile.dev.package.$crate.opt-level=3")
done

# Build outside the repository, but with the toolchain it pins: newer toolchains break the link
# of the relay's Substrate Wasm runtimes just as they break ours.
toolchain="$(sed -n 's/^[[:space:]]*channel[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$FINNEY_ROOT/rust-toolchain.toml" 2>/dev/null || true)"
toolchain_flag=()
[ -n "$toolchain" ] && toolchain_flag=("+$toolchain")

(
	cd "$FINNEY_CACHE"
	cargo "${toolchain_flag[@]}" install "polkadot@$FINNEY_POLKADOT_VERSION" --locked --debug \
		--root "$FINNEY_RELAY_ROOT" --target-dir "$build_dir" "${force_flag[@]}" "${profile_flags[@]}"
) || finney_die "cargo install polkadot@$FINNEY_POLKADOT_VERSION failed" \
	"rerun this script to resume; a build killed for lack of memory needs about 9 GB free (try CARGO_BUILD_JOBS=1)"

for bin in "${binaries[@]}"; do
	[ -x "$FINNEY_RELAY_BIN/$bin" ] ||
		finney_die "$FINNEY_RELAY_BIN/$bin is missing after the install" "rerun with --force"
done

finney_log "installed in $(($(finney_now) - started))s:"
ls -l "${binaries[@]/#/$FINNEY_RELAY_BIN/}"
"$FINNEY_RELAY_BIN/polkadot" --version

if [ "$keep_build_dir" -eq 0 ]; then
	finney_log "removing the build directory $build_dir (pass --keep-build-dir to keep it)"
	rm -rf "$build_dir"
fi
finney_log "done: scripts/zombienet.sh and scripts/test.sh will now use the relay testnet"
