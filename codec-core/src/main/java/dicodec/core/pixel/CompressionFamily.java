package dicodec.core.pixel;

import dicodec.core.syntax.TransferSyntax;

/**
 * The kind of bit stream an encapsulated transfer syntax puts in its fragments. It decides how
 * fragments can be told apart when no offset table says where frames start, and which header
 * {@link CodestreamHeader} can probe.
 */
public enum CompressionFamily {
    /** ISO 10918-1 (.50 to .70, retired ones included): each frame starts with SOI FF D8. */
    JPEG,
    /** ISO 14495-1 (.80, .81): each frame starts with SOI FF D8 and has an SOF55 (FF F7). */
    JPEG_LS,
    /** ISO 15444-1 and Part 2 (.90 to .93): each frame starts with SOC FF 4F then SIZ FF 51. */
    JPEG_2000,
    /** ISO 15444-15 (.201 to .203): a JPEG 2000 codestream with a CAP marker for Part 15. */
    HTJ2K,
    /** MPEG-2, H.264, HEVC (.100 to .108 and their fragmentable .x.1): one stream for all frames. */
    VIDEO,
    /** RLE Lossless (.5): a 64-byte header of segment offsets, no marker. */
    RLE,
    /** Deflated Image Frame Compression (1.2.840.10008.1.2.8.1): raw deflate, no marker. */
    DEFLATE,
    /** Native syntaxes and UIDs this table does not know. */
    OTHER;

    private static final String JPEG_ROOT = "1.2.840.10008.1.2.4.";

    public static CompressionFamily of(TransferSyntax ts) {
        return ts == null ? OTHER : of(ts.uid());
    }

    public static CompressionFamily of(String uid) {
        if (uid == null) {
            return OTHER;
        }
        if (uid.equals("1.2.840.10008.1.2.5")) {
            return RLE;
        }
        if (uid.equals("1.2.840.10008.1.2.8.1")) {
            return DEFLATE;
        }
        if (!uid.startsWith(JPEG_ROOT)) {
            return OTHER;
        }
        String rest = uid.substring(JPEG_ROOT.length());
        int dot = rest.indexOf('.');
        int n;
        try {
            n = Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot));
        } catch (NumberFormatException e) {
            return OTHER;
        }
        if (n >= 50 && n <= 70) {
            return JPEG;
        }
        if (n == 80 || n == 81) {
            return JPEG_LS;
        }
        if (n >= 90 && n <= 93) {
            return JPEG_2000;
        }
        if (n >= 100 && n <= 109) {
            return VIDEO;
        }
        if (n >= 201 && n <= 203) {
            return HTJ2K;
        }
        return OTHER;
    }

    /** True when each frame's first fragment starts with a recognisable marker (SOI or SOC). */
    public boolean hasFrameMarkers() {
        return this == JPEG || this == JPEG_LS || this == JPEG_2000 || this == HTJ2K;
    }
}
