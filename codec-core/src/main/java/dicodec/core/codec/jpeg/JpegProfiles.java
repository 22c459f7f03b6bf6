package dicodec.core.codec.jpeg;

import dicodec.core.spi.CodecProfile;
import java.util.Set;

/**
 * What each JPEG transfer syntax takes, after PS3.5 Table 8.2.1-1 ("JPEG Image Compression:
 * allowed values of bits") and the photometric rules of PS3.5 8.2.1 / PS3.3 C.7.6.3.1.2.
 */
public final class JpegProfiles {
    /** Colour for the lossy syntaxes: never PALETTE COLOR (lossy coding of indices breaks colours). */
    private static final Set<String> LOSSY_PHOTOMETRIC = Set.of("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL",
            "YBR_FULL_422", "YBR_PARTIAL_422");
    /** Lossless: no colour transform, so any of these is kept as it is. */
    private static final Set<String> LOSSLESS_PHOTOMETRIC = Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR",
            "RGB", "YBR_FULL", "YBR_FULL_422");

    /** .50 Baseline (Process 1): Bits Allocated 8, Bits Stored 8, unsigned. */
    public static final CodecProfile BASELINE = new CodecProfile(Set.of(8), 8, 8, false, Set.of(1, 3),
            LOSSY_PHOTOMETRIC);
    /**
     * .51 Extended (Processes 2 and 4): Bits Stored 8 (process 2) or 12 (process 4), unsigned;
     * 9 to 11 are taken too and coded with precision 12.
     */
    public static final CodecProfile EXTENDED = new CodecProfile(Set.of(8, 16), 8, 12, false, Set.of(1, 3),
            LOSSY_PHOTOMETRIC);
    /** .53 and .55 (retired, decode only): as extended. */
    public static final CodecProfile RETIRED = EXTENDED;
    /** .57 and .70 Lossless (Process 14): Bits Stored 2 to 16, signed allowed. */
    public static final CodecProfile LOSSLESS = new CodecProfile(Set.of(8, 16), 2, 16, true, Set.of(1, 3),
            LOSSLESS_PHOTOMETRIC);

    private JpegProfiles() {
    }
}
