#!/usr/bin/env python3
"""Generate dicodec's DICOM data dictionary resource from DCMTK's dicom.dic.

Usage:
    python3 scripts/gen-dictionary.py [DICOM_DIC [OUTPUT_TSV]]

DICOM_DIC defaults to /usr/share/libdcmtk17/dicom.dic (Debian package libdcmtk17,
from source package dcmtk); OUTPUT_TSV defaults to
codec-core/src/main/resources/dicodec/core/dict/dictionary.tsv relative to the
repository root (the parent of this script's folder).

Standard library only. The output is sorted and depends only on the input file,
so running the script twice gives byte-identical results.

Output format (documented again in the generated file's header), one entry per
line, fields separated by a single TAB:

    TAG  VR  VM  KEYWORD               exact tag, TAG = 8 hex digits ggggeeee
    LO   HI  STEP  VR  VM  KEYWORD     range entry, LO/HI = inclusive bounds (ggggeeee);
                                       STEP = even | odd | all, the parity every part
                                       (group, element) that differs between LO and HI
                                       must have; a part equal in LO and HI must match exactly

VR is one VR or several joined by '|' (e.g. OB|OW), or NONE for the item and
delimitation tags, which have no VR.
"""

import hashlib
import os
import re
import sys

DEFAULT_INPUT = "/usr/share/libdcmtk17/dicom.dic"
DEFAULT_OUTPUT_REL = "codec-core/src/main/resources/dicodec/core/dict/dictionary.tsv"
SOURCE_PACKAGE = "libdcmtk17 3.6.7"

# The standard DICOM VRs (PS3.5 Table 6.2-1), as dicodec.core.io.VR names them.
STANDARD_VRS = {
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD",
    "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI",
    "UL", "UN", "UR", "US", "UT", "UV",
}

# DCMTK's internal VR tokens (dcmdata/include/dcmtk/dcmdata/dcvr.h, enum DcmEVR):
#   ox  "OB or OW depending on context"
#   px  pixel data, OB or OW depending on the transfer syntax / Bits Allocated
#   xs  "SS or US depending on context" (written US first: the usual default)
#   lt  "US, SS or OW depending on context, used for LUT Data"
#   up  "unsigned pointer", used for DICOMDIR offsets; encoded as UL
#   na  "not applicable", for data which has no VR (item and delimitation tags)
INTERNAL_VRS = {
    "ox": "OB|OW",
    "px": "OB|OW",
    "xs": "US|SS",
    "lt": "US|SS|OW",
    "up": "UL",
    "na": "NONE",
}

# DCMTK's lt covers two tags whose PS3.6 VRs differ: (0028,1200) Gray Lookup Table Data
# (retired) is "US or SS or OW", as lt says, but (0028,3006) LUT Data is "US or OW" in
# PS3.6-2022b. Internal tokens are narrowed per tag here to what PS3.6 lists.
PS36_NARROWED = {
    (0x0028, 0x3006, "lt"): "US|OW",
}

# Versions (5th column) kept; PRIVATE and ILLEGAL are DCMTK's private-creator and
# private-group-length catch-alls, which dicodec's loader handles in code instead.
SKIPPED_VERSIONS = {"PRIVATE", "ILLEGAL"}

LICENCE = """\
This software and supporting documentation were developed by

  OFFIS e.V.
  R&D Division Health
  Escherweg 2
  26121 Oldenburg, Germany

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions
are met:
- Redistributions of source code must retain the above copyright
  notice, this list of conditions and the following disclaimer.
- Redistributions in binary form must reproduce the above copyright
  notice, this list of conditions and the following disclaimer in the
  documentation and/or other materials provided with the distribution.
- Neither the name of OFFIS nor the names of its contributors may be
  used to endorse or promote products derived from this software
  without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
"AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."""

# One part (group or element) of a DCMTK tag: "gggg", "gggg-gggg" (even values only),
# "gggg-o-gggg" (odd only) or "gggg-u-gggg" (all values).
_PART = r"([0-9A-Fa-f]{4})(?:-(?:([ou])-)?([0-9A-Fa-f]{4}))?"
TAG_RE = re.compile(r"^\(" + _PART + "," + _PART + r"\)$")
KEYWORD_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
STEP_NAMES = {None: "even", "o": "odd", "u": "all"}


class DictError(Exception):
    pass


def parse_part(lo, flag, hi, where):
    """(lo, hi, step) of one tag part; step is None when the part is a single value."""
    lo_v = int(lo, 16)
    if hi is None:
        return lo_v, lo_v, None
    hi_v = int(hi, 16)
    step = STEP_NAMES[flag]
    if hi_v <= lo_v:
        raise DictError(f"{where}: empty or reversed range {lo}-{hi}")
    # Bounds are kept as DCMTK writes them (e.g. 6000-60FF for the even groups 6000..60FE):
    # the step, not the bounds, says which values in between match.
    return lo_v, hi_v, step


def map_vr(token, where):
    if token in INTERNAL_VRS:
        return INTERNAL_VRS[token]
    if token in STANDARD_VRS:
        return token
    raise DictError(f"{where}: unknown VR token {token!r}")


def read_dictionary(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("ascii")
    meta = {"sha256": hashlib.sha256(raw).hexdigest(), "edition": None, "copyright": None}
    entries = {}  # (glo, ghi, elo, ehi, step) -> (vr, vm, keyword); later lines override
    skipped = {}
    overridden = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        where = f"{path}:{lineno}"
        if line.startswith("#"):
            m = re.search(r"Generated automatically from DICOM (PS ?3\.6-\d{4}[a-e]?)", line)
            if m and meta["edition"] is None:
                meta["edition"] = m.group(1).replace("PS 3", "PS3")
            m = re.search(r"Copyright \(C\) ([0-9-]+), OFFIS e\.V\.", line)
            if m and meta["copyright"] is None:
                meta["copyright"] = m.group(1)
            continue
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise DictError(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
        tag, vr_token, name, vm, version = fields
        if version in SKIPPED_VERSIONS:
            skipped[version] = skipped.get(version, 0) + 1
            continue
        m = TAG_RE.match(tag)
        if not m:
            raise DictError(f"{where}: cannot parse tag {tag!r}")
        glo, ghi, gstep = parse_part(m.group(1), m.group(2), m.group(3), where)
        elo, ehi, estep = parse_part(m.group(4), m.group(5), m.group(6), where)
        if gstep and estep and gstep != estep:
            raise DictError(f"{where}: group and element ranges step differently ({tag})")
        step = gstep or estep
        vr = PS36_NARROWED.get((glo, elo, vr_token)) if glo == ghi and elo == ehi else None
        vr = vr or map_vr(vr_token, where)
        # PS3.6 keywords carry no retired marker; DCMTK prefixes retired names.
        keyword = name[len("RETIRED_"):] if name.startswith("RETIRED_") else name
        if not KEYWORD_RE.match(keyword):
            raise DictError(f"{where}: odd keyword {name!r}")
        if not re.match(r"^\d+(-(\d*n|\d+))?$", vm):
            raise DictError(f"{where}: odd VM {vm!r}")
        key = (glo, ghi, elo, ehi, step)
        if key in entries:
            overridden += 1
        entries[key] = (vr, vm, keyword)

    # Group length: any (gggg,0000) is UL. dicom.dic 3.6.7 has this as GENERIC; add it if absent.
    generic = (0x0000, 0xFFFF, 0x0000, 0x0000, "all")
    if generic not in entries:
        entries[generic] = ("UL", "1", "GenericGroupLength")

    seen = {}
    for key, (_, _, keyword) in entries.items():
        if keyword in seen:
            raise DictError(f"keyword {keyword} used by two entries: {seen[keyword]} and {key}")
        seen[keyword] = key
    if meta["edition"] is None:
        raise DictError(f"{path}: no 'Generated automatically from DICOM PS 3.6-...' line")
    return entries, meta, skipped, overridden


def render(entries, meta, input_path):
    out = []
    c = out.append
    c("# dicodec DICOM data dictionary (tag, VR, VM, keyword), generated - do not edit by hand.")
    c("#")
    c(f"# Source: Debian package {SOURCE_PACKAGE} (source package dcmtk),")
    c(f"#   file {input_path}")
    c(f"#   (sha256 {meta['sha256']}),")
    c(f"#   the DCMTK data dictionary generated from DICOM {meta['edition']} by OFFIS e.V.;")
    c("#   it includes the non-private DICONDE and DICOS definitions and retired elements.")
    c("# Regenerate (needs libdcmtk17 installed, e.g. on Debian 12):")
    c("#   python3 scripts/gen-dictionary.py /usr/share/libdcmtk17/dicom.dic")
    c("#")
    c("# Changes from dicom.dic: DCMTK's internal VR tokens mapped to standard VRs")
    c("#   (ox, px -> OB|OW; xs -> US|SS; lt -> US|SS|OW, but US|OW for (0028,3006) LUTData")
    c("#   as in PS3.6; up -> UL; na -> NONE);")
    c("#   the RETIRED_ prefix removed from keywords; the PRIVATE and ILLEGAL catch-all")
    c("#   entries (private creators, private group lengths) left out; entries sorted by tag.")
    c("#")
    c("# Format: fields separated by one TAB.")
    c("#   TAG  VR  VM  KEYWORD              exact tag, TAG = 8 hex digits ggggeeee")
    c("#   LO   HI  STEP  VR  VM  KEYWORD    range, LO and HI inclusive (ggggeeee); STEP = even,")
    c("#                                    odd or all: the parity each part (group, element)")
    c("#                                    that differs between LO and HI must have; a part")
    c("#                                    equal in LO and HI must match exactly")
    c("#   VR: one VR, several joined by | (the first is the usual default), or NONE.")
    c("#")
    c(f"# Copyright (C) {meta['copyright'] or '1994-2022'}, OFFIS e.V.")
    c("# All rights reserved. Licence of DCMTK (BSD-style, as stated for the files of")
    c("# DCMTK in /usr/share/doc/libdcmtk17/copyright, 'License: OFFISeV'):")
    c("#")
    for line in LICENCE.splitlines():
        c(("#   " + line) if line else "#")
    c("#")

    def sort_key(item):
        (glo, ghi, elo, ehi, step), _ = item
        return (glo, elo, ghi, ehi, step or "")

    for (glo, ghi, elo, ehi, step), (vr, vm, keyword) in sorted(entries.items(), key=sort_key):
        lo = f"{glo:04X}{elo:04X}"
        if step is None:
            c(f"{lo}\t{vr}\t{vm}\t{keyword}")
        else:
            c(f"{lo}\t{ghi:04X}{ehi:04X}\t{step}\t{vr}\t{vm}\t{keyword}")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) > 3 or (len(argv) > 1 and argv[1] in ("-h", "--help")):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    input_path = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output_path = argv[2] if len(argv) > 2 else os.path.join(repo_root, DEFAULT_OUTPUT_REL)
    try:
        entries, meta, skipped, overridden = read_dictionary(input_path)
    except (OSError, UnicodeDecodeError, DictError) as e:
        print(f"gen-dictionary: {e}", file=sys.stderr)
        return 1
    # The header names the canonical Debian path so that the output does not depend on
    # where a copy of the file was read from.
    text = render(entries, meta, DEFAULT_INPUT)
    os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
    with open(output_path, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    ranges = sum(1 for k in entries if k[4] is not None)
    print(f"gen-dictionary: wrote {len(entries)} entries ({len(entries) - ranges} exact, "
          f"{ranges} ranges) to {output_path}; skipped {skipped or 'none'}; "
          f"{overridden} overridden", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
