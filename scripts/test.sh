#!/usr/bin/env bash
# scripts/test.sh — the one test command: install what is needed, fetch the public
# test files, then build and run every test with Maven.
#
#   bash scripts/test.sh [extra mvn args, e.g. -pl codec-core -Dtest=Foo]
#
# Exit status: Maven's.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

if ! bash scripts/setup.sh; then
    echo "[test] WARNING: scripts/setup.sh reported missing packages (see above); tests that need them may fail or skip" >&2
fi

if ! bash testdata/fetch.sh; then
    echo "[test] WARNING: testdata/fetch.sh failed; tests that need testdata/cache will skip" >&2
fi

# The Node.js test client's packages (server/src/test/node, used by NodeClientTest): npm ci
# only when node_modules is missing or older than package-lock.json.
NODE_CLIENT="$ROOT/server/src/test/node"
if command -v npm >/dev/null 2>&1 && { [ ! -e "$NODE_CLIENT/node_modules/.package-lock.json" ] \
        || [ "$NODE_CLIENT/package-lock.json" -nt "$NODE_CLIENT/node_modules/.package-lock.json" ]; }; then
    echo "[test] npm ci --no-audit --no-fund (in server/src/test/node)"
    (cd "$NODE_CLIENT" && npm ci --no-audit --no-fund) \
        || echo "[test] WARNING: npm ci failed in server/src/test/node; NodeClientTest will fail" >&2
fi

# POCL compiles OpenCL kernels into this cache; keep it out of the repo, reuse it across runs.
if [ -z "${POCL_CACHE_DIR:-}" ]; then
    if [ -n "${HOME:-}" ] && mkdir -p "$HOME/.cache/dicodec/pocl" 2>/dev/null; then
        POCL_CACHE_DIR="$HOME/.cache/dicodec/pocl"
    else
        POCL_CACHE_DIR="$ROOT/target/pocl-cache"
    fi
fi
export POCL_CACHE_DIR
mkdir -p "$POCL_CACHE_DIR"

command -v mvn >/dev/null 2>&1 || { echo "[test] ERROR: mvn not found (scripts/setup.sh installs maven)" >&2; exit 127; }

echo "[test] mvn -B -ntp verify $*"
mvn -B -ntp verify "$@"
rc=$?
echo "[test] mvn exited with $rc"

# Fuzzing mode, bounded: FUZZ_SECONDS per target (12 targets; 0 skips), after a whole run only
# (not when Maven arguments narrow it). The regression mode of the fuzz tests already ran
# above; figures of this short run go to target/, not to the committed
# reliability/fuzz-results.md (bash scripts/fuzz.sh 60 writes that one).
if [ "$rc" -eq 0 ] && [ $# -eq 0 ] && [ "${FUZZ_SECONDS:-5}" -gt 0 ]; then
    bash scripts/fuzz.sh "${FUZZ_SECONDS:-5}" target/fuzz-ci.md
    fuzz_rc=$?
    echo "[test] fuzzing exited with $fuzz_rc"
    # A short timed fuzz run explores at random: a finding there is reported loudly with the
    # input that made it (kept under src/test/resources/**/*Inputs/, replayed by every later
    # build once committed) but does not make the suite's verdict depend on luck. A fuzz step
    # that cannot run at all (exit 1) fails the run.
    if [ "$fuzz_rc" -eq 3 ]; then
        echo "[test] WARNING: fuzzing found something (see [fuzz] FINDING above and target/fuzz-ci.md):" \
             "fix it and keep the input as a regression test" >&2
    elif [ "$fuzz_rc" -ne 0 ]; then
        rc=$fuzz_rc
    fi
fi
exit "$rc"
