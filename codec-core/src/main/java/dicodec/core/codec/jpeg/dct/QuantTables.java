package dicodec.core.codec.jpeg.dct;

/**
 * The example quantisation tables of T.81 Annex K.1 scaled by a quality factor as IJG's
 * jpeg_set_quality does, the convention DCMTK, GDCM and most tools share: quality 50 is the
 * table as printed, 100 all ones.
 */
public final class QuantTables {
    /** Table K.1, luminance, natural order. */
    static final int[] LUMINANCE = {
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    };

    /** Table K.2, chrominance, natural order. */
    static final int[] CHROMINANCE = {
        17, 18, 24, 47, 99, 99, 99, 99,
        18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
    };

    private QuantTables() {
    }

    /** IJG's jpeg_quality_scaling: percentage scale factor for quality 1..100. */
    static int scale(int quality) {
        int q = Math.max(1, Math.min(100, quality));
        return q < 50 ? 5000 / q : 200 - 2 * q;
    }

    /**
     * The luminance ({@code chroma} false) or chrominance table for {@code quality}, each value
     * (base x scale + 50) / 100 within 1..{@code max} (255 for 8-bit DQT entries).
     */
    public static int[] forQuality(boolean chroma, int quality, int max) {
        int s = scale(quality);
        int[] base = chroma ? CHROMINANCE : LUMINANCE;
        int[] out = new int[64];
        for (int i = 0; i < 64; i++) {
            long v = ((long) base[i] * s + 50) / 100;
            out[i] = (int) Math.max(1, Math.min(max, v));
        }
        return out;
    }
}
