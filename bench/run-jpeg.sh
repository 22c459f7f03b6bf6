#!/usr/bin/env bash
# Runs the JPEG JMH benchmarks and times DCMTK's dcmcjpeg / dcmdjpeg on the same images.
# Writes bench/results/jpeg.json (JMH JSON) and bench/results/jpeg.md (the table).
# Usage: bash bench/run-jpeg.sh     (DCMTK_REPS=N for another number of DCMTK runs, default 7;
#        REPORT_ONLY=1 to rewrite jpeg.md from the last run's files)
# Needs: JDK 17, Maven, python3; DCMTK for the comparison and for native copies of the images.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICODEC_SHARED_TESTDATA:-$root/../shared/testdata}"
data="$root/bench/target/data"
results="$root/bench/results"
reps="${DCMTK_REPS:-7}"
mkdir -p "$data" "$results"

have() { command -v "$1" >/dev/null 2>&1; }

if [ "${REPORT_ONLY:-0}" != 1 ]; then
echo "== build (mvn package -pl bench -am, no install)"
mvn -q -f "$root/pom.xml" -pl bench -am -DskipTests package

declare -A source=(
  [RG2]="pylibjpeg-data/JPEGLosslessSV1/RG2_JPLL.dcm"
  [MR2]="pydicom-data/MR2_UNCR.dcm"
  [US1]="pydicom-data/US1_UNCR.dcm"
)
echo "== prepare native images in $data"
: > "$data/jpeg-sources.tsv"
for name in RG2 MR2 US1; do
  src="$shared/${source[$name]}"
  rm -f "$data/$name.dcm"
  if [ -f "$src" ] && have dcmdjpeg && have dcmconv; then
    if [ "$name" = RG2 ]; then dcmdjpeg "$src" "$data/$name.dcm"; else dcmconv +te "$src" "$data/$name.dcm"; fi
    if have dcmcjpeg; then
      dcmcjpeg +e1 "$data/$name.dcm" "$data/${name}_jpll.dcm"
      dcmcjpeg +eb "$data/$name.dcm" "$data/${name}_jply.dcm" 2>/dev/null
    fi
    printf '%s\t%s\n' "$name" "${source[$name]}" >> "$data/jpeg-sources.tsv"
  else
    printf '%s\t%s\n' "$name" "not prepared (BenchImage fallback)" >> "$data/jpeg-sources.tsv"
  fi
done

echo "== JMH (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, 1 thread)"
java -jar "$root/bench/target/benchmarks.jar" 'dicodec\.bench\.Jpeg' \
  -rf json -rff "$results/jpeg.json" -jvmArgsAppend "-Ddicodec.bench.data=$data" \
  2>&1 | tee "$data/jpeg-jmh.log"

echo "== DCMTK whole-process times, median of $reps"
: > "$data/jpeg-dcmtk.tsv"
median_ms() { # command... -> median wall time in ms of $reps runs
  local times=() t0 t1
  for _ in $(seq "$reps"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}
for name in RG2 MR2 US1; do
  if have dcmcjpeg && have dcmdjpeg && [ -f "$data/${name}_jpll.dcm" ] && [ -f "$data/${name}_jply.dcm" ]; then
    lle=$(median_ms dcmcjpeg +e1 "$data/$name.dcm" "$data/out.dcm")
    lld=$(median_ms dcmdjpeg "$data/${name}_jpll.dcm" "$data/out.dcm")
    bde=$(median_ms dcmcjpeg +eb "$data/$name.dcm" "$data/out.dcm")
    bdd=$(median_ms dcmdjpeg "$data/${name}_jply.dcm" "$data/out.dcm")
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$lle" "$lld" "$bde" "$bdd" >> "$data/jpeg-dcmtk.tsv"
  fi
done

fi

echo "== $results/jpeg.md"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)"
java_version="$(java -version 2>&1 | head -1)"
dcmtk_version="not installed"
if have dcmcjpeg; then dcmtk_version="$(dcmcjpeg --version 2>&1 | head -1 | tr -d '$' | sed 's/^ *dcmtk: *//' || true)"; fi
python3 - "$results/jpeg.json" "$data" "$results/jpeg.md" "$(nproc)" "$cpu" "$java_version" "$dcmtk_version" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$reps" <<'PY'
import json, sys, datetime, os
json_path, data, md_path, nproc, cpu, java, dcmtk, load, reps = sys.argv[1:]
runs = json.load(open(json_path))
names = {"JpegLosslessEncodeBenchmark": "lossless encode", "JpegLosslessDecodeBenchmark": "lossless decode",
         "JpegBaselineEncodeBenchmark": "baseline encode", "JpegBaselineDecodeBenchmark": "baseline decode"}
ours, shapes = {}, {}
for r in runs:
    op = next(v for k, v in names.items() if k in r["benchmark"])
    ds = r["params"]["dataset"]
    px = r["secondaryMetrics"]["pixels"]
    ours[(ds, op)] = (px["score"] / 1e6, px["scoreError"] / 1e6)
    shapes[ds] = px["score"] / r["primaryMetric"]["score"]
sources = dict(l.rstrip("\n").split("\t", 1) for l in open(os.path.join(data, "jpeg-sources.tsv")))
times = {}
p = os.path.join(data, "jpeg-dcmtk.tsv")
if os.path.exists(p):
    for l in open(p):
        n, *t = l.split()
        times[n] = dict(zip(["lossless encode", "lossless decode", "baseline encode", "baseline decode"], map(float, t)))
targets = {"lossless encode": 40, "lossless decode": 90, "baseline decode": 100}
out = ["# JPEG: dicodec (Java) against DCMTK\n",
       f"Written by `bench/run-jpeg.sh` on {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}. "
       f"Machine: {nproc} CPUs ({cpu}), load average at the end {load}; {java}; DCMTK: {dcmtk}.\n",
       "dicodec: JMH throughput of one frame in memory, one thread, 1 fork, 3 x 1 s warm-up, 5 x 1 s measured "
       "(± is JMH's 99.9 % error); MP/s = pixels per second / 10^6. Lossless: SV1 (.70) of the image as it is. "
       "Baseline: the image brought to 8 bits (RG2, MR2) or as it is (US1, RGB to YBR_FULL_422), quality 90, "
       "decoded back to RGB. DCMTK: whole process (start, read, code, write), median of "
       f"{reps} runs (dcmcjpeg +e1 / +eb, dcmdjpeg), MP/s = pixels / that time. Targets (issue 4, one core): "
       "lossless encode 40, decode 90, 8-bit baseline decode 100 MP/s.\n",
       "| data set | image | pixels | operation | dicodec MP/s | target | DCMTK ms | DCMTK MP/s |",
       "|---|---|---:|---|---:|---:|---:|---:|"]
for ds in ["RG2", "MR2", "US1"]:
    for op in ["lossless encode", "lossless decode", "baseline encode", "baseline decode"]:
        if (ds, op) not in ours:
            continue
        v, e = ours[(ds, op)]
        px = shapes[ds]
        ms = times.get(ds, {}).get(op)
        out.append(f"| {ds} | {sources.get(ds, '?')} | {px:,.0f} | {op} | {v:.0f} ± {e:.0f} | "
                   f"{targets.get(op, '-')} | {'-' if ms is None else f'{ms:.1f}'} | "
                   f"{'-' if ms is None else f'{px / (ms / 1000) / 1e6:.0f}'} |")
out.append("")
open(md_path, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
