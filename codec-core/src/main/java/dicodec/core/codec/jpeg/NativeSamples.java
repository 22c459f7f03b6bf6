package dicodec.core.codec.jpeg;

import dicodec.core.pixel.PixelDescription;

/** Reads a native frame (Little Endian, byte aligned) into one plane per sample. */
public final class NativeSamples {
    private NativeSamples() {
    }

    /**
     * The samples of {@code frame} as unsigned bit patterns of Bits Allocated (8 or 16) bits,
     * one row-major plane per sample, whatever the Planar Configuration.
     */
    public static int[][] planes(byte[] frame, PixelDescription pd) {
        int n = pd.samplesPerPixel();
        int count = pd.rows() * pd.columns();
        int bytes = pd.bitsAllocated() / 8;
        int[][] out = new int[n][count];
        boolean byPlane = n > 1 && pd.planarConfiguration() == 1;
        for (int c = 0; c < n; c++) {
            int[] p = out[c];
            int start = byPlane ? c * count * bytes : c * bytes;
            int step = byPlane ? bytes : n * bytes;
            if (bytes == 1) {
                for (int i = 0, o = start; i < count; i++, o += step) {
                    p[i] = frame[o] & 0xFF;
                }
            } else {
                for (int i = 0, o = start; i < count; i++, o += step) {
                    p[i] = (frame[o] & 0xFF) | (frame[o + 1] & 0xFF) << 8;
                }
            }
        }
        return out;
    }
}
