package dicodec.core.syntax;

import dicodec.core.error.DicodecException;
import dicodec.core.syntax.TransferSyntax.Lossiness;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The transfer syntaxes dicodec knows (PS3.6 Table A-1 and the design's table). */
public final class TransferSyntaxes {
    private static final Map<String, TransferSyntax> BY_UID = new LinkedHashMap<>();
    private static final Map<String, TransferSyntax> BY_SHORT_NAME = new LinkedHashMap<>();

    public static final TransferSyntax IMPLICIT_VR_LE =
            nat("1.2.840.10008.1.2", "Implicit VR Little Endian", "implicit-le", false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LE =
            nat("1.2.840.10008.1.2.1", "Explicit VR Little Endian", "explicit-le", true, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LE =
            nat("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", "deflated", true, false, true);
    public static final TransferSyntax EXPLICIT_VR_BE =
            nat("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", "big-endian", true, true, false);

    public static final TransferSyntax RLE = enc("1.2.840.10008.1.2.5", "RLE Lossless", "rle", Lossiness.LOSSLESS);
    public static final TransferSyntax JPEG_BASELINE =
            enc("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", "jpeg-baseline", Lossiness.LOSSY);
    public static final TransferSyntax JPEG_EXTENDED =
            enc("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", "jpeg-extended", Lossiness.LOSSY);
    public static final TransferSyntax JPEG_SPECTRAL = enc("1.2.840.10008.1.2.4.53",
            "JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8) (retired)", null, Lossiness.LOSSY);
    public static final TransferSyntax JPEG_PROGRESSIVE = enc("1.2.840.10008.1.2.4.55",
            "JPEG Full Progression, Non-Hierarchical (Process 10 & 12) (retired)", null, Lossiness.LOSSY);
    public static final TransferSyntax JPEG_LOSSLESS = enc("1.2.840.10008.1.2.4.57",
            "JPEG Lossless, Non-Hierarchical (Process 14)", "jpeg-lossless", Lossiness.LOSSLESS);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 = enc("1.2.840.10008.1.2.4.70",
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, SV1)", "jpeg-lossless-sv1",
            Lossiness.LOSSLESS);
    public static final TransferSyntax JPEG_LS_LOSSLESS =
            enc("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", "jpegls", Lossiness.LOSSLESS);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS = enc("1.2.840.10008.1.2.4.81",
            "JPEG-LS Lossy (Near-Lossless)", "jpegls-near", Lossiness.MAYBE_LOSSY);
    public static final TransferSyntax JPEG_2000_LOSSLESS =
            enc("1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless Only", "j2k", Lossiness.LOSSLESS);
    public static final TransferSyntax JPEG_2000 =
            enc("1.2.840.10008.1.2.4.91", "JPEG 2000", "j2k-lossy", Lossiness.MAYBE_LOSSY);
    public static final TransferSyntax MPEG2_MPML =
            enc("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", "mpeg2", Lossiness.LOSSY);
    public static final TransferSyntax MPEG2_MPML_F = enc("1.2.840.10008.1.2.4.100.1",
            "Fragmentable MPEG2 Main Profile / Main Level", null, Lossiness.LOSSY);
    public static final TransferSyntax MPEG2_MPHL =
            enc("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", "mpeg2-hl", Lossiness.LOSSY);
    public static final TransferSyntax MPEG2_MPHL_F = enc("1.2.840.10008.1.2.4.101.1",
            "Fragmentable MPEG2 Main Profile / High Level", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP41 =
            enc("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", "h264", Lossiness.LOSSY);
    public static final TransferSyntax H264_HP41_F = enc("1.2.840.10008.1.2.4.102.1",
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP41_BD = enc("1.2.840.10008.1.2.4.103",
            "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP41_BD_F = enc("1.2.840.10008.1.2.4.103.1",
            "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP42_2D = enc("1.2.840.10008.1.2.4.104",
            "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP42_2D_F = enc("1.2.840.10008.1.2.4.104.1",
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP42_3D = enc("1.2.840.10008.1.2.4.105",
            "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_HP42_3D_F = enc("1.2.840.10008.1.2.4.105.1",
            "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_STEREO = enc("1.2.840.10008.1.2.4.106",
            "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", null, Lossiness.LOSSY);
    public static final TransferSyntax H264_STEREO_F = enc("1.2.840.10008.1.2.4.106.1",
            "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", null, Lossiness.LOSSY);
    public static final TransferSyntax HEVC_MAIN =
            enc("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", null, Lossiness.LOSSY);
    public static final TransferSyntax HEVC_MAIN10 =
            enc("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", null, Lossiness.LOSSY);
    public static final TransferSyntax HTJ2K_LOSSLESS =
            enc("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless Only", "htj2k", Lossiness.LOSSLESS);
    public static final TransferSyntax HTJ2K_LOSSLESS_RPCL = enc("1.2.840.10008.1.2.4.202",
            "High-Throughput JPEG 2000 with RPCL Options Lossless Only", "htj2k-rpcl", Lossiness.LOSSLESS);
    public static final TransferSyntax HTJ2K = enc("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000",
            "htj2k-lossy", Lossiness.MAYBE_LOSSY);
    public static final TransferSyntax DEFLATED_IMAGE_FRAME = enc("1.2.840.10008.1.2.8.1",
            "Deflated Image Frame Compression", "deflated-frame", Lossiness.LOSSLESS);

    private TransferSyntaxes() {
    }

    private static TransferSyntax nat(String uid, String name, String shortName, boolean explicit,
            boolean bigEndian, boolean deflated) {
        return register(new TransferSyntax(uid, name, shortName, explicit, bigEndian, deflated, false,
                Lossiness.LOSSLESS));
    }

    private static TransferSyntax enc(String uid, String name, String shortName, Lossiness lossy) {
        return register(new TransferSyntax(uid, name, shortName == null ? uid : shortName, true, false, false,
                true, lossy));
    }

    private static TransferSyntax register(TransferSyntax ts) {
        BY_UID.put(ts.uid(), ts);
        BY_SHORT_NAME.put(ts.shortName(), ts);
        return ts;
    }

    /** The syntax with this UID, or null. */
    public static TransferSyntax byUid(String uid) {
        return uid == null ? null : BY_UID.get(uid.trim());
    }

    /** A UID or a short name (explicit-le, rle, j2k ...) as given on the CLI or in a request. */
    public static TransferSyntax parse(String uidOrName) {
        String key = uidOrName.trim();
        TransferSyntax ts = BY_UID.get(key);
        if (ts == null) {
            ts = BY_SHORT_NAME.get(key.toLowerCase(java.util.Locale.ROOT));
        }
        if (ts == null) {
            throw DicodecException.unsupported("unknown transfer syntax '" + uidOrName
                    + "': give a UID or one of " + String.join(", ", shortNames()));
        }
        return ts;
    }

    /**
     * A syntax for a UID this table does not hold: read as explicit VR little endian with
     * encapsulated Pixel Data, as every syntax defined after 1.2.840.10008.1.2.2 is.
     */
    public static TransferSyntax unknown(String uid) {
        return new TransferSyntax(uid, "unknown transfer syntax", uid, true, false, false, true,
                Lossiness.MAYBE_LOSSY);
    }

    public static Collection<TransferSyntax> all() {
        return Collections.unmodifiableCollection(BY_UID.values());
    }

    private static Collection<String> shortNames() {
        return BY_SHORT_NAME.keySet().stream().filter(n -> !n.startsWith("1.")).toList();
    }
}
