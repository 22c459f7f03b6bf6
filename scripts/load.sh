#!/usr/bin/env bash
# scripts/load.sh — 64 concurrent TranscodeStream calls on loopback for 5 minutes, clients
# cancelling and deadlines passing among them; writes p50/p99 latency, the calls completed,
# anything unexpected and the heap before and after (LoadRun, server/src/test/java).
#
#   bash scripts/load.sh [STREAMS] [SECONDS] [RESULTS_FILE]
#
# Defaults: 64 streams, 300 s, reliability/load-results.md (the README cites it). The server
# runs in the same JVM, at -Xmx512m. Exit status: 0 nothing unexpected, 1 otherwise.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
STREAMS="${1:-64}"
SECONDS_TO_RUN="${2:-300}"
RESULTS="${3:-reliability/load-results.md}"
mkdir -p "$(dirname "$RESULTS")"

echo "[load] building the server and its tests (tests skipped)"
mvn -B -ntp -q -pl server -am -DskipTests verify dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/load.cp || { echo "[load] ERROR: build failed" >&2; exit 1; }
CP="server/target/test-classes:server/target/classes:$(cat server/target/load.cp)"
echo "[load] $STREAMS streams for ${SECONDS_TO_RUN}s"
java -Xmx512m -cp "$CP" dicodec.server.grpc.LoadRun "$STREAMS" "$SECONDS_TO_RUN" "$RESULTS"
