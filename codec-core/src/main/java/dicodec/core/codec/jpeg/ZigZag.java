package dicodec.core.codec.jpeg;

/** The zig-zag sequence of T.81 Figure A.6: NATURAL[k] is the row-major index of the k-th coefficient. */
public final class ZigZag {
    public static final int[] NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10,
        17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34,
        27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36,
        29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46,
        53, 60, 61, 54, 47, 55, 62, 63,
    };

    /**
     * NATURAL followed by 16 entries of 63: a corrupt run can step k past 63 by up to 15
     * before the decoder notices, and IJG pads its table the same way.
     */
    public static final int[] NATURAL_PADDED = new int[64 + 16];

    static {
        System.arraycopy(NATURAL, 0, NATURAL_PADDED, 0, 64);
        for (int i = 64; i < NATURAL_PADDED.length; i++) {
            NATURAL_PADDED[i] = 63;
        }
    }

    private ZigZag() {
    }
}
