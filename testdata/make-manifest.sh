#!/usr/bin/env bash
# Regenerate testdata/manifest.tsv: the expected facts of every file that
# testdata/fetch.sh put in testdata/cache/, read with DCMTK's dcmdump (never with
# dicodec's own code, so the manifest stays independent of what it checks).
#
#   bash testdata/fetch.sh && bash testdata/make-manifest.sh [OUTPUT]
#
# Columns (TAB-separated, first line is this header):
#   file                  path relative to testdata/cache/
#   transfer_syntax_uid   (0002,0010) from the File Meta Information; '-' when there is
#                         no File Meta, or it has no Transfer Syntax UID
#   rows columns bits_allocated bits_stored pixel_representation photometric frames
#                         (0028,0010) (0028,0011) (0028,0100) (0028,0101) (0028,0103)
#                         (0028,0004) (0028,0008) of the top-level data set, as dcmdump
#                         prints them; '-' when absent or empty
#   broken                'ok' when dcmdump reads the file without error, otherwise
#                         'dcmdump: <first error line>'. The other columns then hold what
#                         dcmdump +E read before the error; when a forced encoding reads
#                         the file cleanly (no File Meta: -f -te / -f -tb / -f -ti; with
#                         File Meta: -vr / -td), they hold that read and the reason ends
#                         with "(reads with dcmdump <options>)".
#
# Output depends only on the cached files and dcmdump (DCMTK 3.6.7 on Debian 12).
set -uo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${DICODEC_TESTDATA_CACHE:-$HERE/cache}"
OUT="${1:-$HERE/manifest.tsv}"

command -v dcmdump >/dev/null || { echo "make-manifest: dcmdump not found (apt-get install dcmtk)" >&2; exit 1; }
[ -d "$CACHE" ] || { echo "make-manifest: $CACHE missing; run testdata/fetch.sh first" >&2; exit 1; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/dicodec-manifest.XXXXXX")" || exit 1
trap 'rm -rf "$TMP"' EXIT

# extract DUMPFILE -> "ts rows cols ba bs pr photometric frames meta" (TAB-separated)
extract() {
    awk -F'\t' '
    function val(line,   v, i, j) {
        sub(/^\([0-9a-fA-F,]+\) [A-Z?]+ /, "", line)
        if (line ~ /^\(no value available\)/) return "-"
        if (substr(line, 1, 1) == "[") {
            j = index(line, "]")
            v = (j > 0) ? substr(line, 2, j - 2) : substr(line, 2)
        } else {
            i = index(line, "#")
            v = (i > 0) ? substr(line, 1, i - 1) : line
        }
        gsub(/^[ \t]+|[ \t]+$/, "", v)
        gsub(/\t/, " ", v)
        return (v == "") ? "-" : v
    }
    BEGIN { sect = ""; meta = 0
            split("ts rows cols ba bs pr pi nf", k, " ")
            for (n in k) f[k[n]] = "-" }
    /^# Dicom-Meta-Information-Header/ { sect = "meta"; next }
    /^# Dicom-Data-Set/                { sect = "data"; next }
    /^\(/ {
        tag = substr($0, 1, 11)
        if (sect == "meta") { meta = 1; if (tag == "(0002,0010)") f["ts"] = val($0); next }
        if (tag == "(0028,0010)") f["rows"] = val($0)
        else if (tag == "(0028,0011)") f["cols"] = val($0)
        else if (tag == "(0028,0100)") f["ba"] = val($0)
        else if (tag == "(0028,0101)") f["bs"] = val($0)
        else if (tag == "(0028,0103)") f["pr"] = val($0)
        else if (tag == "(0028,0004)") f["pi"] = val($0)
        else if (tag == "(0028,0008)") f["nf"] = val($0)
    }
    END { printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f["ts"], f["rows"], f["cols"],
                 f["ba"], f["bs"], f["pr"], f["pi"], f["nf"], meta }' "$1"
}

first_error() {
    local e
    e="$(grep -m1 '^E: ' "$1" | sed -e 's/^E: //' -e 's/\t/ /g')"
    [ -n "$e" ] || e="$(grep -m1 -v '^W: ' "$1" | sed 's/\t/ /g')"
    [ -n "$e" ] || e="exit status $2"
    printf '%.200s' "$e"
}

{
    printf 'file\ttransfer_syntax_uid\trows\tcolumns\tbits_allocated\tbits_stored\tpixel_representation\tphotometric\tframes\tbroken\n'
    n=0 bad=0
    while IFS= read -r -d '' rel; do
        rel="${rel#./}"
        case "$rel" in .*) continue ;; esac   # cache/.fetched markers
        (cd "$CACHE" && dcmdump -Un "$rel") >"$TMP/out" 2>"$TMP/err"
        rc=$?
        broken=ok
        if [ "$rc" -ne 0 ]; then
            broken="dcmdump: $(first_error "$TMP/err" "$rc")"
            (cd "$CACHE" && dcmdump -Un +E "$rel") >"$TMP/out" 2>/dev/null
            facts="$(extract "$TMP/out")"
            # Can a forced encoding read it? Without File Meta: the data set with a
            # given transfer syntax; with File Meta: the data set as implicit VR
            # (a data set written implicit under an explicit TS), or TS detection.
            if [ "${facts##*$'\t'}" = 0 ]; then
                tries=("-f -te" "-f -tb" "-f -ti")
            else
                tries=("-vr" "-td")
            fi
            for opt in "${tries[@]}"; do
                # shellcheck disable=SC2086  # opt holds one or two options
                if (cd "$CACHE" && dcmdump -Un $opt "$rel") >"$TMP/out2" 2>/dev/null; then
                    cp "$TMP/out2" "$TMP/out"
                    broken="$broken (reads with dcmdump $opt)"
                    break
                fi
            done
            bad=$((bad + 1))
        fi
        # Faults inside the compressed stream that dcmdump, reading headers only, cannot see.
        case "$rel" in
            */JPEG2000-embedded-sequence-delimiter.dcm)
                broken="codestream: J2K SIZ overwritten by the bytes FE FF DD E0 (a Sequence Delimitation tag)" ;;
        esac
        facts="$(extract "$TMP/out")"
        printf '%s\t%s\t%s\n' "$rel" "${facts%$'\t'*}" "$broken"
        n=$((n + 1))
    done < <(cd "$CACHE" && find . -type f -print0 | sort -z)
    echo "make-manifest: $n files, $bad not read cleanly by dcmdump" >&2
} >"$TMP/manifest.tsv"

[ "$(wc -l <"$TMP/manifest.tsv")" -gt 1 ] || { echo "make-manifest: no files in $CACHE" >&2; exit 1; }
cp "$TMP/manifest.tsv" "$OUT" && echo "make-manifest: wrote $OUT" >&2
