#!/usr/bin/env bash
# The side-by-side harness: dicodec (in-process and the CLI as a process) against DCMTK, GDCM,
# OpenJPEG, OpenJPH and ffmpeg on a corpus of DICOM files; writes bench/results/harness/report.md,
# results.json and rd-*.png (rate-distortion plots).
# Usage: bash bench/run-harness.sh [dicodec bench options]
#   default: the representative subset of ../shared/testdata, 3 repetitions (about 10-15 minutes on
#   2 cores); --corpus DIR for your own files, --all for every file, --reps N, --syntaxes a,b
#   (./dicodec bench --help lists them). Peers come from Debian (scripts/setup.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "== build (mvn package -pl server -am, no install)"
mvn -q -pl server -am -DskipTests package
echo "== dicodec bench $*"
start=$(date +%s)
./dicodec bench --out bench/results/harness "$@"
echo "== done in $(( $(date +%s) - start )) s: bench/results/harness/report.md"
