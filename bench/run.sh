#!/usr/bin/env bash
# Runs the RLE JMH benchmarks and times DCMTK's dcmcrle / dcmdrle on the same images.
# Writes bench/results/rle.json (JMH JSON) and bench/results/rle.md (the table).
# Usage: bash bench/run.sh          (DCMTK_REPS=N for another number of DCMTK runs, default 7)
# Needs: JDK 17, Maven, python3; DCMTK for the comparison and for native copies of the images.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICODEC_SHARED_TESTDATA:-$root/../shared/testdata}"
data="$root/bench/target/data"
results="$root/bench/results"
reps="${DCMTK_REPS:-7}"
mkdir -p "$data" "$results"

echo "== build (mvn package -pl bench -am, no install)"
mvn -q -f "$root/pom.xml" -pl bench -am -DskipTests package

have() { command -v "$1" >/dev/null 2>&1; }

# Native copies of the NEMA WG04 images (RG2 exists only compressed in the test data).
# What is not prepared here, BenchImage finds by itself (or replaces by a synthetic image).
declare -A source=(
  [RG2]="pylibjpeg-data/JPEGLosslessSV1/RG2_JPLL.dcm"
  [MR2]="pydicom-data/MR2_UNCR.dcm"
  [US1]="pydicom-data/US1_UNCR.dcm"
)
echo "== prepare native images in $data"
: > "$data/sources.tsv"
for name in RG2 MR2 US1; do
  src="$shared/${source[$name]}"
  rm -f "$data/$name.dcm" "$data/${name}_rle.dcm"
  if [ -f "$src" ] && have dcmdjpeg && have dcmconv; then
    if [ "$name" = RG2 ]; then dcmdjpeg "$src" "$data/$name.dcm"; else dcmconv +te "$src" "$data/$name.dcm"; fi
    have dcmcrle && dcmcrle "$data/$name.dcm" "$data/${name}_rle.dcm"
    how="${source[$name]}"; [ "$name" = RG2 ] && how="$how, decoded by dcmdjpeg"
    printf '%s\t%s\n' "$name" "$how" >> "$data/sources.tsv"
  else
    printf '%s\t%s\n' "$name" "not prepared (see the benchmark log: BenchImage fallback)" >> "$data/sources.tsv"
  fi
done

echo "== JMH (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, 1 thread)"
java -jar "$root/bench/target/benchmarks.jar" 'dicodec\.bench\.Rle(Encode|Decode)Benchmark' \
  -rf json -rff "$results/rle.json" -jvmArgsAppend "-Ddicodec.bench.data=$data" \
  2>&1 | tee "$data/jmh.log"

echo "== DCMTK whole-process times, median of $reps"
: > "$data/dcmtk.tsv"
median_ms() { # command... -> median wall time in ms of $reps runs
  local times=() t0 t1
  for _ in $(seq "$reps"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}
for name in RG2 MR2 US1; do
  if have dcmcrle && have dcmdrle && [ -f "$data/$name.dcm" ] && [ -f "$data/${name}_rle.dcm" ]; then
    enc=$(median_ms dcmcrle "$data/$name.dcm" "$data/out_rle.dcm")
    dec=$(median_ms dcmdrle "$data/${name}_rle.dcm" "$data/out_native.dcm")
    printf '%s\t%s\t%s\n' "$name" "$enc" "$dec" >> "$data/dcmtk.tsv"
  fi
done

echo "== $results/rle.md"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)"
java_version="$(java -version 2>&1 | head -1)"
dcmtk_version="not installed"
if have dcmcrle; then dcmtk_version="$(dcmcrle --version 2>&1 | head -1 | tr -d '$' | sed 's/^ *dcmtk: *//; s/ *$//' || true)"; fi
python3 - "$results/rle.json" "$data" "$results/rle.md" "$(nproc)" "$cpu" "$java_version" "$dcmtk_version" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$reps" <<'PY'
import json, sys, datetime, os
json_path, data, md_path, nproc, cpu, java, dcmtk, load, reps = sys.argv[1:]
runs = json.load(open(json_path))
ours = {}
shapes = {}
for r in runs:
    op = "encode" if "Encode" in r["benchmark"] else "decode"
    ds = r["params"]["dataset"]
    px = r["secondaryMetrics"]["pixels"]
    best = max(v for fork in px["rawData"] for v in fork) / 1e6
    ours[(ds, op)] = (px["score"] / 1e6, px["scoreError"] / 1e6, best)
    shapes[ds] = r["primaryMetric"]["score"] and px["score"] / r["primaryMetric"]["score"]
sources = dict(l.rstrip("\n").split("\t", 1) for l in open(os.path.join(data, "sources.tsv")))
dcmtk_ms = {}
p = os.path.join(data, "dcmtk.tsv")
if os.path.exists(p):
    for l in open(p):
        n, e, d = l.split()
        dcmtk_ms[n] = (float(e), float(d))
def mps(pixels, ms):
    return pixels / (ms / 1000) / 1e6
out = []
out.append("# RLE Lossless: dicodec (Java) against DCMTK\n")
out.append(f"Written by `bench/run.sh` on {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}. "
           f"Machine: {nproc} CPUs ({cpu}), load average at the end {load}; {java}; DCMTK: {dcmtk}.\n")
out.append("dicodec: JMH throughput of one frame in memory, one thread, 1 fork, 3 x 1 s warm-up, "
           "5 x 1 s measured (± is JMH's 99.9 % error; best = the fastest 1 s iteration, the figure least "
           "disturbed by other work on a shared machine); MP/s = pixels per second / 10^6 from the "
           "`pixels` aux counter. DCMTK: whole process (start, read file, code, write file), "
           f"median of {reps} runs, MP/s = pixels / that time. Target (issue 4): 110 MP/s both ways on one core.\n")
out.append("| data set | image | pixels | dicodec encode MP/s | dicodec decode MP/s | dcmcrle ms | dcmcrle MP/s | dcmdrle ms | dcmdrle MP/s |")
out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for ds in ["RG2", "MR2", "US1"]:
    if (ds, "encode") not in ours:
        continue
    pixels = shapes[ds]
    e, ee, eb = ours[(ds, "encode")]
    d, de, db = ours.get((ds, "decode"), (float("nan"), 0, float("nan")))
    row = [ds, sources.get(ds, "?"), f"{pixels:,.0f}", f"{e:.0f} ± {ee:.0f} (best {eb:.0f})",
           f"{d:.0f} ± {de:.0f} (best {db:.0f})"]
    if ds in dcmtk_ms:
        ce, cd = dcmtk_ms[ds]
        row += [f"{ce:.1f}", f"{mps(pixels, ce):.0f}", f"{cd:.1f}", f"{mps(pixels, cd):.0f}"]
    else:
        row += ["-"] * 4
    out.append("| " + " | ".join(row) + " |")
out.append("")
open(md_path, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
