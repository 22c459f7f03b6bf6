#!/usr/bin/env bash
# Throughput of the Spark job (spark module) in local mode, local[1] vs local[2]: objects/s and
# MP/s over ../shared/testdata, median of RUNS whole jobs after a warm-up. Writes
# bench/results/spark.md. Usage: bash bench/run-spark.sh   (RUNS=N, TARGET=syntax; defaults 3, jpegls)
# Needs: JDK 17, Maven, the Debian packages of scripts/setup.sh (native codecs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICODEC_SHARED_TESTDATA:-$root/../shared/testdata}"
runs="${RUNS:-3}"
target="${TARGET:-jpegls}"
work="$root/spark/target/bench"
echo "== build (mvn package -pl spark -am, no install)"
mvn -q -f "$root/pom.xml" -pl spark -am -DskipTests package
rm -rf "$work" && mkdir -p "$work"
opens=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$root/spark/pom.xml")
echo "== local[1], local[2] over $shared -> $target, $runs runs each"
table=$(java $opens -Xmx2g -cp "$root/spark/target/dicodec-spark.jar:$root/spark/target/lib/*" \
  dicodec.spark.bench.SparkThroughput "$shared" "$work" "$target" "$runs" 1 2)
out="$root/bench/results/spark.md"
{
  echo "# Spark job throughput, local mode"
  echo
  echo "\`bash bench/run-spark.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)."
  echo "Input: ../shared/testdata ($(find "$shared" -type f | wc -l) files) to $target, policy reject;"
  echo "a whole job each time (listing, transcodes, Parquet + CSV report), median of $runs after a warm-up job."
  echo "Objects and MP count the objects written (result ok); the rest are refused, unsupported or broken."
  echo "Load is the 1-minute load average before and after (other work shares this machine)."
  echo
  echo "$table"
} > "$out"
cat "$out"
