#!/usr/bin/env bash
# ffmpeg-video.sh: the small wrapper around Debian's ffmpeg (scripts/setup.sh installs it) that
# the video tests and benchmarks use to make reference streams from real multi-frame DICOM
# frames, and to decode streams for comparison. Nothing it writes is committed: the tests call
# it with output paths under target/ (git-ignored).
#
#   ffmpeg-video.sh encode h264|mpeg2 WIDTH HEIGHT gray|rgb24 FPS RAW_IN ES_OUT
#       raw frames (8-bit grey or RGB, packed, back to back) -> an elementary stream:
#       h264:  libx264, High Profile, level 4.1, CRF 20, 4:2:0 studio range (yuv420p), B-frames
#       mpeg2: mpeg2video, Main Profile, qscale 4, 2 B-frames, GOP 12, 4:2:0
#   ffmpeg-video.sh decode h264|mpeg2 ES_IN RAW_OUT [yuv420p|rgb24]
#       an elementary stream -> raw decoded pictures in display order (default yuv420p: the
#       decoder's own output, no colour conversion)
#   ffmpeg-video.sh scale WIDTH HEIGHT gray|rgb24 NEW_WIDTH NEW_HEIGHT LOOPS RAW_IN RAW_OUT
#       raw frames scaled (bicubic) and repeated LOOPS times: benchmark input from a real cine
set -euo pipefail
command -v ffmpeg >/dev/null || { echo "ffmpeg-video.sh: ffmpeg not installed (bash scripts/setup.sh)" >&2; exit 3; }
FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)

case "${1:-}" in
encode)
    codec=$2 w=$3 h=$4 pix=$5 fps=$6 in=$7 out=$8
    case "$codec" in
    h264)  "${FF[@]}" -f rawvideo -pix_fmt "$pix" -s "${w}x${h}" -r "$fps" -i "$in" \
               -pix_fmt yuv420p -color_range tv -c:v libx264 -profile:v high -level:v 4.1 -crf 20 -bf 3 \
               -f h264 "$out" ;;
    mpeg2) "${FF[@]}" -f rawvideo -pix_fmt "$pix" -s "${w}x${h}" -r "$fps" -i "$in" \
               -pix_fmt yuv420p -color_range tv -c:v mpeg2video -profile:v main -q:v 4 -bf 2 -g 12 \
               -f mpeg2video "$out" ;;
    *) echo "ffmpeg-video.sh: codec h264 or mpeg2, not '$codec'" >&2; exit 2 ;;
    esac ;;
decode)
    codec=$2 in=$3 out=$4 pix=${5:-yuv420p}
    fmt=h264; [ "$codec" = mpeg2 ] && fmt=mpegvideo
    "${FF[@]}" -f "$fmt" -i "$in" -f rawvideo -pix_fmt "$pix" "$out" ;;
scale)
    w=$2 h=$3 pix=$4 nw=$5 nh=$6 loops=$7 in=$8 out=$9
    "${FF[@]}" -stream_loop $((loops - 1)) -f rawvideo -pix_fmt "$pix" -s "${w}x${h}" -i "$in" \
        -vf "scale=${nw}:${nh}:flags=bicubic" -f rawvideo -pix_fmt "$pix" "$out" ;;
*)
    sed -n '2,19p' "$0" >&2; exit 2 ;;
esac
