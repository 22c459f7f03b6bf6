#!/usr/bin/env bash
# scripts/fuzz.sh — fuzz every Jazzer target for a while and write the figures down.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [RESULTS_FILE]
#
# Defaults: 60 s per target (12 targets: about 15 minutes with start-up), results in
# reliability/fuzz-results.md (the README cites it). CI runs it short (scripts/test.sh,
# FUZZ_SECONDS) and writes to target/. A target with a finding leaves the input that made it
# under MODULE/src/test/resources/<package>/<Class>Inputs/<method>/ (crash-...), where Jazzer's
# regression mode (every mvn test run) replays it: fix the bug, keep the file.
#
# Exit status: 0 no finding, 3 some finding, 1 the build or a target failed to run.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
SECONDS_PER_TARGET="${1:-60}"
RESULTS="${2:-reliability/fuzz-results.md}"
LOGS="$ROOT/target/fuzz-logs"
mkdir -p "$LOGS" "$(dirname "$RESULTS")"

TARGETS=(
  "codec-core dicodec.core.fuzz.DicomReaderFuzzTest#parse"
  "codec-core dicodec.core.fuzz.JavaDecoderFuzzTest#rle"
  "codec-core dicodec.core.fuzz.JavaDecoderFuzzTest#jpegBaseline"
  "codec-core dicodec.core.fuzz.JavaDecoderFuzzTest#jpegExtended"
  "codec-core dicodec.core.fuzz.JavaDecoderFuzzTest#jpegProgressive"
  "codec-core dicodec.core.fuzz.JavaDecoderFuzzTest#jpegLossless"
  "codec-core dicodec.core.fuzz.JavaTranscodeFuzzTest#transcode"
  "codec-native dicodec.nativecodec.fuzz.NativeDecoderFuzzTest#jpegLs"
  "codec-native dicodec.nativecodec.fuzz.NativeDecoderFuzzTest#j2k"
  "codec-native dicodec.nativecodec.fuzz.NativeDecoderFuzzTest#htj2k"
  "codec-native dicodec.nativecodec.fuzz.NativeDecoderFuzzTest#turboJpeg"
  "codec-native dicodec.nativecodec.fuzz.NativeTranscodeFuzzTest#transcode"
)

echo "[fuzz] building codec-core and codec-native (tests skipped) and their test class path"
# the JNI libraries built by an earlier build are reused (javacpp.skip), as after scripts/test.sh
SKIP_NATIVE=""
if ls codec-native/target/classes/dicodec/bindings/*/linux-x86_64/*.so >/dev/null 2>&1; then
    SKIP_NATIVE="-Djavacpp.skip=true"
fi
if ! mvn -B -ntp -q -pl codec-core,codec-native -DskipTests $SKIP_NATIVE verify dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.cp; then
    echo "[fuzz] ERROR: build failed" >&2
    exit 1
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE="$(load)"
rows=""
total_execs=0
total_findings=0
failed=0
for t in "${TARGETS[@]}"; do
    module="${t%% *}"
    target="${t#* }"
    log="$LOGS/${target##*.}.log"
    cp="$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/fuzz.cp")"
    echo "[fuzz] $target for ${SECONDS_PER_TARGET}s"
    start=$(date +%s)
    (cd "$ROOT/$module" && JAZZER_FUZZ=1 timeout $((SECONDS_PER_TARGET + 300)) \
        java -Xmx2g -cp "$cp" dicodec.core.fuzz.FuzzMain "$target" "$SECONDS_PER_TARGET") >"$log" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    # libFuzzer's last count: "Done N runs" at the end, else the last "#N" status line
    execs=$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
    [ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    [ -z "$execs" ] && execs=0
    findings=0
    if [ $rc -eq 3 ] || grep -q 'libFuzzer: deadly signal\|Test unit written to' "$log"; then
        findings=1 # an exception (3), or a crash that took the JVM down (libFuzzer exits 77)
    elif [ $rc -ne 0 ]; then
        failed=1; echo "[fuzz] ERROR: $target did not run (exit $rc), see $log" >&2
    fi
    [ $findings -gt 0 ] && echo "[fuzz] FINDING in $target: $(grep -m1 'FINDING\|Assertion\|Exception' "$log")" >&2
    total_execs=$((total_execs + execs))
    total_findings=$((total_findings + findings))
    rows+="| \`$target\` | $took | $execs | $((execs / (SECONDS_PER_TARGET > 0 ? SECONDS_PER_TARGET : 1))) | $findings |"$'\n'
done

{
    echo "# Fuzzing figures"
    echo
    echo "Written by \`bash scripts/fuzz.sh $SECONDS_PER_TARGET\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit"
    echo "$(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores; load average before $LOAD_BEFORE,"
    echo "after $(load) (other work shares the machine: executions per second are not a benchmark)."
    echo "Seeds: a selection of ../shared/testdata made at run time (FuzzSeeds), plus the committed"
    echo "inputs. A finding is an exception other than a clean refusal (DicodecException BAD_INPUT,"
    echo "UNSUPPORTED or LIMIT), a wrong output size, or a crash; each is fixed and kept as a test."
    echo
    echo "| target | seconds (with start) | executions | per second | findings |"
    echo "|---|---|---|---|---|"
    printf '%s' "$rows"
    echo "| **total** | | **$total_execs** | | **$total_findings** |"
} >"$RESULTS"
echo "[fuzz] $total_execs executions, $total_findings finding(s); figures in $RESULTS"
[ $failed -ne 0 ] && exit 1
[ $total_findings -ne 0 ] && exit 3
exit 0
