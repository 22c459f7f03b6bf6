#!/usr/bin/env bash
# scripts/run.sh — the one command that builds dicodec and starts the service.
#
#   bash scripts/run.sh [arguments for `dicodec serve`]
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

if ! bash scripts/setup.sh; then
    echo "[run] WARNING: scripts/setup.sh reported missing packages (see above)" >&2
fi

command -v mvn >/dev/null 2>&1 || { echo "[run] ERROR: mvn not found (scripts/setup.sh installs maven)" >&2; exit 127; }
echo "[run] mvn -B -ntp -q -DskipTests package"
mvn -B -ntp -q -DskipTests package || { rc=$?; echo "[run] ERROR: build failed (mvn exit $rc)" >&2; exit "$rc"; }

if [ -x ./dicodec ]; then
    exec ./dicodec serve "$@"
elif [ -f ./dicodec ]; then
    exec bash ./dicodec serve "$@"
fi
echo "[run] ERROR: ./dicodec launcher not found in $ROOT" >&2
exit 1
