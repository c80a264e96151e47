#!/usr/bin/env bash
# Measures the neurons on this machine and prints the figures: embeddings per second of each
# expert of the quality ladder, one validator round over real HTTP on loopback (wall and CPU
# time), and the share of a 2-core machine the subnet's neurons need per epoch.
#
#   scripts/bench-neurons.sh [finney-neuron-bench flags, e.g. --rounds 20 --seconds 3]
#
# Builds finney-neuron-bench optimised (--release) into the shared target directory; needs the
# model and WordNet of scripts/setup.sh.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

cd "$FINNEY_ROOT"
finney_log "building finney-neuron-bench (release)"
cargo build --release --locked -p finney-neuron-bench
exec "$CARGO_TARGET_DIR/release/finney-neuron-bench" "$@"
