#!/usr/bin/env bash
# Installs what building and testing Finney needs. Idempotent: every step checks first and does
# nothing when its part is already in place, so it is cheap to run again.
#
#   scripts/setup.sh            system packages, Rust toolchain pieces, npm packages
#   scripts/setup.sh --no-apt   skip the system packages (when you are not root and have them)
#
# What it installs:
#   - Debian packages protobuf-compiler, clang, libclang-dev (only the missing ones);
#   - for the toolchain pinned in rust-toolchain.toml: the targets wasm32v1-none and
#     wasm32-unknown-unknown and the components rust-src, rustfmt, clippy (only the missing ones);
#   - the npm packages of package-lock.json into node_modules/ (npm ci, only when the lock changed);
#   - the neurons' pretrained static embedding table and its tokenizer, from the `wordllama` wheel
#     on PyPI (pinned by version and sha256, MIT licence), unpacked into
#     $FINNEY_MODELS/wordllama-0.4.0.post1/ (only when missing).
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

with_apt=1
for arg in "$@"; do
	case "$arg" in
		--no-apt) with_apt=0 ;;
		-h | --help)
			awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"
			exit 0
			;;
		*) finney_die "unknown argument: $arg" "scripts/setup.sh [--no-apt]" ;;
	esac
done

# --- System packages -------------------------------------------------------------------------
apt_packages=(protobuf-compiler clang libclang-dev)
if [ "$with_apt" -eq 1 ]; then
	missing=()
	for pkg in "${apt_packages[@]}"; do
		if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
			missing+=("$pkg")
		fi
	done
	if [ "${#missing[@]}" -eq 0 ]; then
		finney_log "system packages: ${apt_packages[*]} already installed"
	else
		finney_log "system packages: installing ${missing[*]}"
		sudo_cmd=()
		if [ "$(id -u)" -ne 0 ]; then
			command -v sudo >/dev/null 2>&1 ||
				finney_die "need root to install ${missing[*]}" "run as root, or install them yourself and pass --no-apt"
			sudo_cmd=(sudo)
		fi
		export DEBIAN_FRONTEND=noninteractive
		"${sudo_cmd[@]}" apt-get update -qq ||
			finney_die "apt-get update failed" "check the network access to the Debian mirrors"
		"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
			finney_die "apt-get install ${missing[*]} failed" "install them by hand and rerun with --no-apt"
	fi
else
	finney_log "system packages: skipped (--no-apt)"
fi
command -v protoc >/dev/null 2>&1 ||
	finney_die "protoc not found" "apt-get install -y protobuf-compiler"

# --- Rust toolchain --------------------------------------------------------------------------
command -v rustup >/dev/null 2>&1 ||
	finney_die "rustup not found" "install Rust with rustup (https://rustup.rs), then rerun this script"

toolchain="$(sed -n 's/^[[:space:]]*channel[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$FINNEY_ROOT/rust-toolchain.toml" 2>/dev/null || true)"
[ -n "$toolchain" ] ||
	finney_die "no toolchain channel found in rust-toolchain.toml" "the file must pin e.g. channel = \"1.95.0\""

if ! rustup toolchain list | grep -q "^$toolchain"; then
	finney_log "rust: installing toolchain $toolchain"
	rustup toolchain install "$toolchain" --profile minimal ||
		finney_die "rustup toolchain install $toolchain failed" "check the network, or install the toolchain by hand"
else
	finney_log "rust: toolchain $toolchain already installed"
fi

installed_targets="$(rustup target list --installed --toolchain "$toolchain")"
for target in wasm32v1-none wasm32-unknown-unknown; do
	if grep -qx "$target" <<<"$installed_targets"; then
		finney_log "rust: target $target already installed"
	else
		finney_log "rust: adding target $target"
		rustup target add --toolchain "$toolchain" "$target" ||
			finney_die "rustup target add $target failed" "run it by hand: rustup target add --toolchain $toolchain $target"
	fi
done

installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for component in rust-src rustfmt clippy; do
	if grep -q "^$component" <<<"$installed_components"; then
		finney_log "rust: component $component already installed"
	else
		finney_log "rust: adding component $component"
		rustup component add --toolchain "$toolchain" "$component" ||
			finney_die "rustup component add $component failed" "run it by hand: rustup component add --toolchain $toolchain $component"
	fi
done

# --- npm packages ----------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || finney_die "node not found" "install Node.js 20 or newer"
command -v npm >/dev/null 2>&1 || finney_die "npm not found" "install npm (it comes with Node.js)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] ||
	finney_die "Node.js $(node --version) is too old" "the tests use node --test and need Node.js 20 or newer"

# npm ci wipes and reinstalls node_modules: only run it when package-lock.json changed since
# the last install (the lock's checksum is kept next to the packages).
lock_sum="$(sha256sum "$FINNEY_ROOT/package-lock.json" | cut -d' ' -f1)"
stamp="$FINNEY_ROOT/node_modules/.finney-lock.sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
	finney_log "npm: node_modules is up to date with package-lock.json"
else
	finney_log "npm: installing the packages of package-lock.json (npm ci)"
	(cd "$FINNEY_ROOT" && npm ci --no-audit --no-fund) ||
		finney_die "npm ci failed" "check the network access to the npm registry; package.json's overrides pin toml to 3.0.0 for the zombienet CLI"
	printf '%s\n' "$lock_sum" >"$stamp"
fi

# --- The neurons' pretrained model ----------------------------------------------------------
# The static token-embedding expert of `finney-miner --expert static` reads a 32000 x 256 fp16
# table and its tokenizer. They ship in the `wordllama` wheel (MIT licence); the wheel is fetched
# once, checked against its pinned sha256, and only the three files the miner needs are kept.
wordllama_dir="$FINNEY_MODELS/wordllama-0.4.0.post1"
wordllama_wheel="wordllama-0.4.0.post1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl"
wordllama_sha256="42c2c88907ace0b0681ac6f9092d6a300a6409a5d2d61071a3fb5e7159370c97"
if [ -f "$wordllama_dir/embeddings.safetensors" ] && [ -f "$wordllama_dir/tokenizer.json" ]; then
	finney_log "model: $wordllama_dir already in place"
else
	finney_log "model: fetching the wordllama wheel (19 MB) into $wordllama_dir"
	command -v python3 >/dev/null 2>&1 || finney_die "python3 not found" "install Python 3 with pip (apt-get install -y python3-pip)"
	download="$(mktemp -d)"
	python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 \
		--platform manylinux2014_x86_64 --implementation cp --dest "$download" wordllama==0.4.0.post1 ||
		finney_die "pip download wordllama==0.4.0.post1 failed" "check the network access to PyPI"
	[ -f "$download/$wordllama_wheel" ] || finney_die "pip fetched an unexpected file: $(ls "$download")" "expected $wordllama_wheel"
	echo "$wordllama_sha256  $download/$wordllama_wheel" | sha256sum --check --quiet ||
		finney_die "the wordllama wheel does not match its pinned sha256" "delete $download and retry; if it persists, PyPI serves a different file"
	mkdir -p "$wordllama_dir.partial"
	python3 - "$download/$wordllama_wheel" "$wordllama_dir.partial" <<'PY' || finney_die "unpacking the wordllama wheel failed"
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
wanted = {
    "wordllama/weights/l2_supercat_256.safetensors": "embeddings.safetensors",
    "wordllama/tokenizers/l2_supercat_tokenizer_config.json": "tokenizer.json",
    "wordllama-0.4.0.post1.dist-info/licenses/LICENSE": "LICENSE",
}
with zipfile.ZipFile(wheel) as z:
    for name, target in wanted.items():
        with z.open(name) as src, open(f"{out}/{target}", "wb") as dst:
            dst.write(src.read())
PY
	rm -rf "$download" "$wordllama_dir"
	mv "$wordllama_dir.partial" "$wordllama_dir"
fi

finney_log "setup done"
