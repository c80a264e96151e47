#!/usr/bin/env bash
# Long random-sequence run of the runtime: runtime/tests/random_sequences.rs, built in release,
# drives the real runtime with random extrinsics from many accounts and checks the invariants,
# issuance, block weight and proof size after every block (see the test's module docs).
#
# Usage: scripts/fuzz.sh [--sequences N] [--blocks N] [--seed S] [--minutes M] [--stop-at-first]
#                        [--try-runtime] [--debug]
#   --sequences N    sequences to run (default 200, or FINNEY_FUZZ_SEQUENCES)
#   --blocks N       blocks per sequence (default 300, or FINNEY_FUZZ_BLOCKS)
#   --seed S         seed of the first sequence, decimal or 0x-hex (default: random, printed;
#                    or FINNEY_FUZZ_SEED); sequence i uses S + i
#   --minutes M      start no new sequence after M minutes (or FINNEY_FUZZ_SECONDS)
#   --stop-at-first  stop at the first failing sequence (default: run them all, list failures)
#   --try-runtime    build with the runtime's `try-runtime` feature, so every pallet's own
#                    `try_state` runs after each block too (the subtensor pallet's `do_try_state`,
#                    the balances pallet's...); a separate build of the whole dependency tree
#   --debug          use the debug build that `cargo test` uses (quick check, slower run)
#
# A failing sequence is reported with its seed and the command that replays it alone; its
# actions are written to a log file under the target directory. The whole output is also kept
# in $FINNEY_CACHE/fuzz/.
#
# The release and try-runtime builds skip the Wasm runtime (SKIP_WASM_BUILD=1): the test runs
# the native runtime, and no other script builds the runtime with those settings, so the variable
# never toggles for them (the plain debug build keeps the Wasm, as every other script does).
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINNEY_ROOT"

sequences="${FINNEY_FUZZ_SEQUENCES:-200}"
blocks="${FINNEY_FUZZ_BLOCKS:-300}"
seed="${FINNEY_FUZZ_SEED:-}"
seconds="${FINNEY_FUZZ_SECONDS:-}"
keep_going=1
profile=release
try_runtime=0

while [ $# -gt 0 ]; do
	case "$1" in
	--sequences) sequences="${2:?--sequences needs a number}"; shift 2 ;;
	--blocks) blocks="${2:?--blocks needs a number}"; shift 2 ;;
	--seed) seed="${2:?--seed needs a number}"; shift 2 ;;
	--minutes) seconds="$((${2:?--minutes needs a number} * 60))"; shift 2 ;;
	--stop-at-first) keep_going=0; shift ;;
	--try-runtime) try_runtime=1; shift ;;
	--debug) profile=debug; shift ;;
	-h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) finney_die "unknown argument: $1" "see scripts/fuzz.sh --help" ;;
	esac
done

if [ -z "$seed" ]; then
	seed="0x$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')"
fi

cargo_args=(test --locked -p finney-runtime --test random_sequences)
if [ "$profile" = release ]; then
	cargo_args+=(--release)
	export SKIP_WASM_BUILD=1
fi
if [ "$try_runtime" = 1 ]; then
	cargo_args+=(--features try-runtime)
	export SKIP_WASM_BUILD=1
fi

export FINNEY_FUZZ_SEQUENCES="$sequences"
export FINNEY_FUZZ_BLOCKS="$blocks"
export FINNEY_FUZZ_SEED="$seed"
export FINNEY_FUZZ_KEEP_GOING="$keep_going"
if [ -n "$seconds" ]; then
	export FINNEY_FUZZ_SECONDS="$seconds"
else
	unset FINNEY_FUZZ_SECONDS
fi

log_dir="$FINNEY_CACHE/fuzz"
mkdir -p "$log_dir"
log="$log_dir/fuzz-$(date +%Y%m%d-%H%M%S)-$seed.log"

finney_log "building the runtime test in $profile (the first release build takes a while)"
build_start="$(finney_now)"
cargo "${cargo_args[@]}" --no-run ||
	finney_die "the random-sequence test does not build" "run: cargo ${cargo_args[*]} --no-run"
build_secs="$(($(finney_now) - build_start))"

finney_log "fuzzing: $sequences sequences x $blocks blocks from seed $seed${seconds:+, for at most $seconds s} (output: $log)"
run_start="$(finney_now)"
set +e
cargo "${cargo_args[@]}" -- --nocapture --test-threads 1 2>&1 | tee "$log"
status="${PIPESTATUS[0]}"
set -e
run_secs="$(($(finney_now) - run_start))"

summary="$(grep -oE 'random_sequences: [0-9]+ sequences .*' "$log" | tail -n 1 || true)"
build_kind="$profile"
if [ "$try_runtime" = 1 ]; then
	build_kind="$profile, try-runtime"
fi
printf '\n==> fuzz summary (%s build)\n' "$build_kind" >&2
if [ -n "$summary" ]; then
	printf '    %s\n' "$summary" >&2
else
	printf '    no summary line: the test did not finish (see %s)\n' "$log" >&2
fi
printf '    build %ss, run %ss (wall clock), first seed %s, output in %s\n' \
	"$build_secs" "$run_secs" "$seed" "$log" >&2

if [ "$status" -ne 0 ]; then
	finney_die "random sequences found a failure (exit $status)" \
		"the failing seeds and replay commands are in $log (grep 'replay it')"
fi
finney_log "no failure"
