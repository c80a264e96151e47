#!/usr/bin/env bash
# Checks the dependency rules between the workspace's crates that docs/architecture.md states
# ("Dependency rules"): pure crates depend on nothing of Finney or Substrate, a pallet never
# depends on another Finney pallet (dev-dependencies for mock runtimes aside), a runtime-api crate
# only on its own pallet, the node on the runtime but on no pallet. Reads `cargo metadata
# --no-deps` (the manifests only; nothing is compiled). A crate the rules do not name is an error:
# add it to docs/architecture.md and to RULES below.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

cargo metadata --no-deps --format-version 1 --locked --offline 2>/dev/null |
	python3 /dev/fd/3 3<<'PY'
import json, sys

# crate: (the workspace crates it may depend on, whether it may depend on polkadot-sdk)
PALLET = ({"finney-support", "yuma-consensus", "finney-pow"}, True)
NEURON = {"finney-neuron-protocol", "finney-neuron-net", "finney-neuron-ml", "finney-neuron-chain"}
RULES = {
    "yuma-consensus": (set(), False),
    "finney-pow": (set(), False),
    "finney-support": (set(), True),
    "pallet-subtensor": PALLET,
    "pallet-subtensor-staking": PALLET,
    "pallet-subtensor-governance": PALLET,
    "pallet-subtensor-xcm": PALLET,
    "pallet-subtensor-runtime-api": ({"pallet-subtensor", "finney-support"}, True),
    "pallet-subtensor-staking-runtime-api": ({"pallet-subtensor-staking", "finney-support"}, True),
    "finney-runtime": (None, True),  # wires everything; only the node may depend on it
    "finney-node": ({"finney-runtime"}, True),
    # The XCM emulator suite: Finney's runtime next to the relay and sibling runtimes of
    # crates.io, in tests only (publish = false, never linked into the node).
    "finney-xcm-emulator": ({"finney-runtime"}, True),
    "yuma-sim": ({"yuma-consensus", "finney-pow"}, False),
    # Off-chain neurons: talk to the chain over RPC, never link the runtime or a pallet.
    "finney-neuron-protocol": (set(), False),
    "finney-neuron-net": ({"finney-neuron-protocol"}, False),
    "finney-neuron-ml": (set(), False),
    "finney-neuron-chain": ({"finney-neuron-protocol"}, False),
    "finney-miner": (NEURON, False),
    "finney-validator": (NEURON, False),
    "finney-localnet": (NEURON, False),
    "finney-neuron-bench": (NEURON, False),
    # The operator CLI: the neurons' chain client, and the proof of work the chain checks.
    "finney-cli": (NEURON | {"finney-pow"}, False),
}

meta = json.load(sys.stdin)
ours = {p["name"] for p in meta["packages"]}
problems = []
edges = 0
for package in sorted(meta["packages"], key=lambda p: p["name"]):
    name = package["name"]
    if name not in RULES:
        problems.append(f"{name}: no dependency rule; add it to docs/architecture.md and scripts/check-deps.sh")
        continue
    allowed, sdk = RULES[name]
    for dep in package["dependencies"]:
        if dep["kind"] == "dev":
            continue  # tests and mock runtimes may use anything
        edges += 1
        what = dep["name"]
        if what == "finney-runtime" and name not in ("finney-node", "finney-xcm-emulator"):
            problems.append(f"{name} depends on finney-runtime: only the node and the XCM emulator suite may")
        elif what in ours and allowed is not None and what not in allowed:
            problems.append(f"{name} depends on {what}: the rules allow only {sorted(allowed) or 'no Finney crate'}")
        elif what == "polkadot-sdk" and not sdk:
            problems.append(f"{name} depends on polkadot-sdk: a pure crate depends on nothing of Substrate")
if problems:
    print("\n".join(problems))
    print(f"check-deps: {len(problems)} problem(s); the rules are in docs/architecture.md, Dependency rules", file=sys.stderr)
    sys.exit(1)
print(f"check-deps: OK: {len(meta['packages'])} crates, {edges} normal and build dependencies follow the rules of docs/architecture.md")
PY
