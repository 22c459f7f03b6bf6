#!/usr/bin/env bash
# scripts/setup.sh — install from Debian 12 (bookworm) what dicodec's build, service
# and tests need. Idempotent and non-interactive: packages already installed are
# only checked (no network, a second run takes about a second); apt-get update and
# apt-get install run only when something is missing.
#
# Exit status: 0 when every required package is installed afterwards, 1 otherwise.
# Not root and no sudo: says so, installs nothing, reports what is missing.
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive

# Required Debian packages (all exist under these names in Debian 12).
REQUIRED=(
    maven openjdk-17-jdk-headless g++ python3          # build (Java 17, JNI)
    dcmtk libgdcm-tools dicom3tools                     # reference DICOM tools for tests
    pocl-opencl-icd ocl-icd-libopencl1                  # OpenCL on the CPU (codec-gpu)
    ffmpeg nodejs npm                                   # video fixtures + ffprobe checks, testdata/fetch.sh (npm pack)
    libopenjp2-7-dev libopenjp2-tools                   # JPEG 2000 (codec-native, reference)
    libcharls-dev                                       # JPEG-LS (codec-native)
    libopenjph-dev openjph-tools                        # HTJ2K (codec-native, reference)
    libturbojpeg0-dev                                   # JPEG baseline/extended (codec-native)
    zip unzip
)

say()  { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }

START=$SECONDS
PRESENT=() INSTALLED=() FAILED=()
declare -A WHY

# --- privileges --------------------------------------------------------------------
SUDO="" CAN_INSTALL=1
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n -E"
        say "not root: using sudo for apt-get"
    else
        CAN_INSTALL=0
        warn "not root and no usable sudo: nothing can be installed; checking what is there"
    fi
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    CAN_INSTALL=0
    warn "apt-get/dpkg-query not found (not a Debian system?): checking commands only"
fi

# --- what is installed -------------------------------------------------------------
is_installed() {   # PKG: dpkg says installed
    local st
    st="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" || return 1
    case "$st" in *" ok installed") return 0 ;; esac
    return 1
}

# npm: NodeSource's nodejs package bundles npm and Conflicts: npm, so Debian's npm
# cannot (and need not) be installed beside it: a working npm command counts.
satisfied() {      # PKG: installed, or provided otherwise
    local p="$1"
    is_installed "$p" && return 0
    case "$p" in
        npm)    command -v npm  >/dev/null 2>&1 && return 0 ;;
        nodejs) command -v node >/dev/null 2>&1 && return 0 ;;
    esac
    return 1
}

describe() {       # PKG -> "PKG VERSION" or a note
    local p="$1" v
    v="$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null)"
    if [ -n "$v" ] && is_installed "$p"; then printf '%s %s' "$p" "$v"
    elif [ "$p" = npm ]; then printf 'npm %s (bundled with nodejs)' "$(npm --version 2>/dev/null)"
    elif [ "$p" = nodejs ]; then printf 'nodejs %s (not from dpkg)' "$(node --version 2>/dev/null)"
    else printf '%s' "$p"; fi
}

MISSING=()
for p in "${REQUIRED[@]}"; do
    if satisfied "$p"; then PRESENT+=("$p"); else MISSING+=("$p"); fi
done

# --- install what is missing -------------------------------------------------------
APT_LOG="$(mktemp "${TMPDIR:-/tmp}/dicodec-setup-apt.XXXXXX.log")"
trap 'rm -f "$APT_LOG"' EXIT
APT_OPTS=(-q -o DPkg::Lock::Timeout=300)

if [ "${#MISSING[@]}" -eq 0 ]; then
    say "all ${#REQUIRED[@]} required packages are present; nothing to install"
elif [ "$CAN_INSTALL" -eq 0 ]; then
    for p in "${MISSING[@]}"; do FAILED+=("$p"); WHY[$p]="missing (cannot install: no root/sudo/apt)"; done
else
    say "missing: ${MISSING[*]}"
    say "apt-get update"
    if ! $SUDO apt-get "${APT_OPTS[@]}" update >>"$APT_LOG" 2>&1; then
        warn "apt-get update failed (using the package lists already there):"
        tail -n 5 "$APT_LOG" | sed 's/^/    /' >&2
    fi
    TO_INSTALL=()
    for p in "${MISSING[@]}"; do
        cand="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
        if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then
            FAILED+=("$p"); WHY[$p]="no such package in the apt lists (apt-cache policy: no candidate)"
            warn "$p: not known to apt (try: apt-cache search ${p%%-*})"
        else
            say "will install $p $cand"
            TO_INSTALL+=("$p")
        fi
    done
    if [ "${#TO_INSTALL[@]}" -gt 0 ]; then
        say "apt-get install -y --no-install-recommends ${TO_INSTALL[*]}"
        if ! $SUDO apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${TO_INSTALL[@]}" >>"$APT_LOG" 2>&1; then
            warn "installing them together failed; trying one at a time"
            for p in "${TO_INSTALL[@]}"; do
                $SUDO apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "$p" >>"$APT_LOG" 2>&1 \
                    || { warn "apt-get install $p failed:"; tail -n 5 "$APT_LOG" | sed 's/^/    /' >&2; }
            done
        fi
        for p in "${TO_INSTALL[@]}"; do
            if satisfied "$p"; then INSTALLED+=("$p")
            else FAILED+=("$p"); WHY[$p]="apt-get install failed"; fi
        done
    fi
fi

# --- sanity checks on the commands the project calls (warnings only) -----------------
check_cmd() {      # CMD PACKAGE
    command -v "$1" >/dev/null 2>&1 || warn "command '$1' not found (package $2)"
}
check_cmd java openjdk-17-jdk-headless
check_cmd javac openjdk-17-jdk-headless
check_cmd mvn maven
check_cmd g++ g++
check_cmd python3 python3
check_cmd dcmdump dcmtk
check_cmd gdcmconv libgdcm-tools
check_cmd dciodvfy dicom3tools
check_cmd ffmpeg ffmpeg
check_cmd ffprobe ffmpeg
check_cmd node nodejs
check_cmd npm npm
check_cmd opj_decompress libopenjp2-tools
check_cmd ojph_expand openjph-tools
check_cmd zip zip
check_cmd unzip unzip
[ -e /etc/OpenCL/vendors/pocl.icd ] || warn "/etc/OpenCL/vendors/pocl.icd missing (pocl-opencl-icd)"
if command -v javac >/dev/null 2>&1; then
    jv="$(javac -version 2>&1 | awk '{print $2}')"
    case "$jv" in
        17*|1[89]*|2[0-9]*) ;;
        *) warn "default javac is '$jv'; the build needs Java 17 (set JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64)" ;;
    esac
fi
# Maven: nothing to do here (no mvn call); the first build fills ~/.m2 from Maven Central.

# --- summary ---------------------------------------------------------------------------
echo
say "summary ($((SECONDS - START)) s):"
for p in "${PRESENT[@]}";   do printf '  present    %s\n' "$(describe "$p")"; done
for p in "${INSTALLED[@]}"; do printf '  installed  %s\n' "$(describe "$p")"; done
for p in "${FAILED[@]}";    do printf '  FAILED     %s: %s\n' "$p" "${WHY[$p]}"; done
if [ "${#FAILED[@]}" -gt 0 ]; then
    [ -s "$APT_LOG" ] && { echo "[setup] last lines of the apt log:"; tail -n 15 "$APT_LOG" | sed 's/^/    /'; }
    warn "${#FAILED[@]} required package(s) missing: ${FAILED[*]}"
    exit 1
fi
if [ "${#INSTALLED[@]}" -eq 0 ]; then
    say "OK: everything required is present (${#PRESENT[@]} packages)"
else
    say "OK: installed ${#INSTALLED[@]}, already present ${#PRESENT[@]}"
fi
exit 0
