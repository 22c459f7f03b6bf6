#!/usr/bin/env bash
# Runs the video JMH benchmarks (VideoEncodeBenchmark, VideoDecodeBenchmark) and times the
# ffmpeg command (whole process) on the same 640 x 480 input. Writes bench/results/video.json
# (JMH JSON) and bench/results/video.md (the table, with the machine's load).
# Input: the real cine loop debian-octave-dicom/US-PAL-8-10x-echo.dcm (10 frames, palette
# applied) scaled to 640 x 480 by ffmpeg and repeated to 120 frames
# (testdata/video/ffmpeg-video.sh scale).
# Usage: bash bench/run-video.sh   (FFMPEG_REPS=N runs of each ffmpeg command, default 5;
#        PRESETS=a,b other x264 presets to measure beside the default medium, default faster;
#        REPORT_ONLY=1 to rewrite video.md from the last run's files)
# Needs: JDK 17, Maven, python3, ffmpeg (scripts/setup.sh), ../shared/testdata.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICODEC_SHARED_TESTDATA:-$root/../shared/testdata}"
data="$root/bench/target/data"
results="$root/bench/results"
reps="${FFMPEG_REPS:-5}"
presets="${PRESETS:-faster}"
frames=120
mkdir -p "$data" "$results"

if [ "${REPORT_ONLY:-0}" != 1 ]; then
echo "== build (mvn package -pl bench -am, no install)"
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -f "$root/pom.xml" -pl bench -am -DskipTests package

echo "== input: US-PAL-8-10x-echo as RGB, scaled to 640x480, $frames frames"
size=$(java -cp "$root/bench/target/benchmarks.jar" dicodec.bench.VideoBenchInput \
  "$shared/debian-octave-dicom/US-PAL-8-10x-echo.dcm" "$data/video-source.rgb")
read -r w h n <<<"$size"
bash "$root/testdata/video/ffmpeg-video.sh" scale "$w" "$h" rgb24 640 480 $((frames / n)) \
  "$data/video-source.rgb" "$data/video-640x480.rgb"

echo "== JMH"
cut -d' ' -f1-3 /proc/loadavg > "$data/video-load-before.txt"
# JMH_IGNORE_LOCK=1 runs beside another JMH run (other helpers share the machine; noted in the report)
lock=(); [ "${JMH_IGNORE_LOCK:-0}" = 1 ] && lock=(-Djmh.ignoreLock=true)
java "${lock[@]}" -jar "$root/bench/target/benchmarks.jar" 'dicodec\.bench\.Video(Encode|Decode)Benchmark' \
  -wi "${JMH_WARMUPS:-3}" -i "${JMH_ITERATIONS:-5}" -rf json -rff "$results/video.json" -jvmArgsAppend "-Ddicodec.bench.data=$data" \
  2>&1 | tee "$data/video-jmh.log"
# the H.264 encoder again at faster x264 presets (the default stays medium: see video.md)
java "${lock[@]}" -jar "$root/bench/target/benchmarks.jar" 'dicodec\.bench\.VideoEncodeBenchmark' \
  -p codec=h264 -p x264Preset="$presets" \
  -wi "${JMH_WARMUPS:-3}" -i "${JMH_ITERATIONS:-5}" -rf json -rff "$results/video-presets.json" \
  -jvmArgsAppend "-Ddicodec.bench.data=$data" 2>&1 | tee -a "$data/video-jmh.log"

echo "== ffmpeg whole-process times, median of $reps"
median_ms() {
  local times=() t0 t1
  for _ in $(seq "$reps"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y -f rawvideo -pix_fmt rgb24 -s 640x480 -r 25 -i "$data/video-640x480.rgb" -pix_fmt yuv420p)
h264_enc=$(median_ms "${FF[@]}" -c:v libx264 -preset medium -crf 18 -profile:v high -level:v 4.1 -f h264 "$data/ff.h264")
mpeg2_enc=$(median_ms "${FF[@]}" -c:v mpeg2video -q:v 3 -bf 2 -g 15 -f mpeg2video "$data/ff.m2v")
h264_dec=$(median_ms ffmpeg -nostdin -loglevel error -f h264 -i "$data/ff.h264" -f rawvideo -pix_fmt rgb24 -y /dev/null)
mpeg2_dec=$(median_ms ffmpeg -nostdin -loglevel error -f mpegvideo -i "$data/ff.m2v" -f rawvideo -pix_fmt rgb24 -y /dev/null)
printf 'h264\tmedium\t%s\t%s\nmpeg2\t-\t%s\t%s\n' "$h264_enc" "$h264_dec" "$mpeg2_enc" "$mpeg2_dec" > "$data/video-ffmpeg.tsv"
for p in ${presets//,/ }; do
  e=$(median_ms "${FF[@]}" -c:v libx264 -preset "$p" -crf 18 -profile:v high -level:v 4.1 -f h264 "$data/ff-$p.h264")
  printf 'h264\t%s\t%s\t0\n' "$p" "$e" >> "$data/video-ffmpeg.tsv"
done
cut -d' ' -f1-3 /proc/loadavg > "$data/video-load-after.txt"
fi

echo "== $results/video.md"
python3 - "$results/video.json" "$data/video-ffmpeg.tsv" "$results/video.md" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" "$(java -version 2>&1 | head -1)" \
  "$(ffmpeg -version | head -1)" "$(cat "$data/video-load-before.txt" 2>/dev/null) / $(cat "$data/video-load-after.txt" 2>/dev/null)" \
  "$frames" "$reps" "$results/video-presets.json" <<'PY'
import json, os, sys, datetime
jpath, ffpath, md, nproc, cpu, java, ffv, load, frames, reps, ppath = sys.argv[1:]
runs = json.load(open(jpath))
if os.path.exists(ppath):
    runs += json.load(open(ppath))
ff = {}
for line in open(ffpath):
    c, preset, e, d = line.split()
    ff[(c, preset)] = (float(e), float(d))
rows = []
for r in runs:
    kind = "encode" if "Encode" in r["benchmark"] else "decode"
    p = r.get("params", {})
    codec, backend = p.get("codec"), p.get("backend", "native")
    preset = p.get("x264Preset", "medium") if codec == "h264" else "-"
    m = r["primaryMetric"]
    fe, fd = ff.get((codec, preset if kind == "encode" else ("medium" if codec == "h264" else "-")), (0, 0))
    t = fe if kind == "encode" else fd
    ffs = int(frames) / (t / 1000) if t > 0 else float("nan")
    best = max(max(it) for it in m["rawData"])
    cpu_ms = r.get("secondaryMetrics", {}).get("cpuMicros", {}).get("score", float("nan")) / m["score"] / 1e3
    rows.append((codec, kind, backend, preset if kind == "encode" else "", m["score"], m["scoreError"], best, ffs, cpu_ms))
rows.sort()
out = ["# Video benchmarks (JMH)", "",
       "Generated by `bash bench/run-video.sh` on %s." % datetime.date.today().isoformat(), "",
       "- Machine: %s CPUs, %s; load average (1, 5, 15 min) before the JMH runs / after the ffmpeg runs: %s."
       " Other work shared these cores while it ran, so treat the figures as lower bounds." % (nproc, cpu, load),
       "- %s; %s (Debian's, the whole-process comparison)." % (java, ffv),
       "- Input: debian-octave-dicom/US-PAL-8-10x-echo.dcm (real ultrasound cine, palette applied to"
       " RGB) scaled to 640 x 480 by ffmpeg and repeated to %s frames." % frames,
       "- Ours: JMH throughput, 1 fork, %s warm-up and %s measurement iterations of %s; one operation = one frame"
       " (RGB in / out, colour conversion included); x264 CRF 18 and preset medium (our defaults; other presets"
       " as rows of their own), MPEG-2"
       " qscale 3; codec threads: FFmpeg's default (all cores). `java` = JCodec." % (
           runs[0]["warmupIterations"], runs[0]["measurementIterations"], runs[0]["measurementTime"]),
       "- ffmpeg: the `ffmpeg` command on the same raw RGB input (same x264 / MPEG-2 settings), median"
       " of %s runs, process start included; decode = its own stream to raw RGB." % reps, "",
       "- CPU ms/frame: the process's CPU time (all threads) per frame over the measurement, from JMH's"
       " cpuMicros counter; cores / that = the frames/s free cores would allow at best: %s cores for x264 and"
       " FFmpeg's decoders (their threads keep them busy), 1 for JCodec and the MPEG-2 encoder (one thread). Load from other work slows the wall clock"
       " more than the CPU time." % nproc, "",
       "| codec | operation | backend | x264 preset | ours (frames/s) | +- (99.9%) | best iteration | ffmpeg command (frames/s) | CPU ms/frame | free cores allow (frames/s) |",
       "|---|---|---|---|---:|---:|---:|---:|---:|---:|"]
def cores(codec, kind, backend):
    # JCodec and FFmpeg's MPEG-2 encoder (thread count left at 1: slice threads would make the
    # stream depend on the core count) run on one thread
    return 1 if backend == "java" or (codec == "mpeg2" and kind == "encode") else int(nproc)
for codec, kind, backend, preset, score, err, best, ffs, cpu_ms in rows:
    out.append("| %s | %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |" % (codec, kind, backend, preset, score,
               err, best, ffs, cpu_ms, cores(codec, kind, backend) * 1000 / cpu_ms))
def verdict(kind, backend, preset, target):
    for codec, k, b, pr, score, err, best, ffs, cpu_ms in rows:
        if codec == "h264" and k == kind and b == backend and pr == preset:
            if score - err >= target:
                word = "met"
            elif score >= target:
                word = "met on the mean, but the 99.9% interval reaches below it"
            elif best >= target:
                word = "missed on the mean, reached in the best iteration"
            else:
                word = "missed"
            return "%s (%.1f +- %.1f frames/s, best iteration %.1f; CPU %.1f ms a frame, so %s free cores allow %.0f)" % (
                word, score, err, best, cpu_ms, nproc, int(nproc) * 1000 / cpu_ms)
    return "not measured"
out += ["", "Targets (issue 7), H.264 at 640 x 480 on this machine:",
        "- encode >= 30 frames/s at the default preset (medium): " + verdict("encode", "native", "medium", 30),
        "- decode >= 120 frames/s (FFmpeg backend): " + verdict("decode", "native", "", 120)]
open(md, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
