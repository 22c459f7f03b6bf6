package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;

/**
 * The 64-byte RLE Header (PS3.5 G.5): the number of segments, then 15 segment offsets from the
 * start of the header, all Little Endian 32-bit, unused offsets 0. A segment runs from its
 * offset to the next segment's, the last one to the end of the frame.
 *
 * @param starts start of each segment in the frame
 * @param ends end (exclusive) of each segment
 */
public record RleHeader(int[] starts, int[] ends) {
    public static final int LENGTH = 64;

    public int segments() {
        return starts.length;
    }

    /**
     * Reads and checks the header of {@code frame}.
     *
     * @param expectedSegments what the pixel attributes need
     * @throws DicodecException BAD_INPUT at the byte at fault: a frame shorter than the header,
     *     a count other than expected or above 15, an offset inside the header, past the end or
     *     before the previous one
     */
    public static RleHeader read(byte[] frame, int expectedSegments) {
        if (frame.length < LENGTH) {
            throw DicodecException.badInputAt(0, "RLE header: the frame is " + frame.length + " bytes, shorter than the "
                    + LENGTH + "-byte header");
        }
        long count = u32(frame, 0);
        if (count < 1 || count > RleLayout.MAX_SEGMENTS) {
            throw DicodecException.badInputAt(0, "RLE header: " + count + " segments; 1 to "
                    + RleLayout.MAX_SEGMENTS + " fit in its 64 bytes (PS3.5 G.5)");
        }
        if (count != expectedSegments) {
            throw DicodecException.badInputAt(0, "RLE header: " + count + " segments, but the pixel attributes"
                    + " need " + expectedSegments + " (Samples per Pixel x Bits Allocated / 8, PS3.5 G.2)");
        }
        int n = (int) count;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            long offset = u32(frame, 4 + 4 * k);
            String problem = null;
            if (offset < LENGTH) {
                problem = "inside the " + LENGTH + "-byte header";
            } else if (offset > frame.length) {
                problem = "past the end of the frame (" + frame.length + " bytes)";
            } else if (k > 0 && offset < starts[k - 1]) {
                problem = "before segment " + k + ", which starts at " + starts[k - 1];
            }
            if (problem != null) {
                throw DicodecException.badInputAt(4 + 4 * k, "RLE header: segment " + (k + 1) + " of " + n + " starts at "
                        + offset + ", which is " + problem);
            }
            starts[k] = (int) offset;
            if (k > 0) {
                ends[k - 1] = starts[k];
            }
        }
        ends[n - 1] = frame.length;
        return new RleHeader(starts, ends);
    }

    /** Writes the header for segments starting at {@code starts} into {@code out[0, 64)}. */
    public static void write(int[] starts, byte[] out) {
        put32(out, 0, starts.length);
        for (int k = 0; k < RleLayout.MAX_SEGMENTS; k++) {
            put32(out, 4 + 4 * k, k < starts.length ? starts[k] : 0);
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
