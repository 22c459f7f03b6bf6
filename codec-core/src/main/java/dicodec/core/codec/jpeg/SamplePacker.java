package dicodec.core.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes decoded component planes as a native frame: colour-by-pixel (Planar Configuration 0),
 * Little Endian samples of 1 or 2 bytes, with the point transform undone and, for signed data
 * whose Bits Stored is below Bits Allocated, the sign bit copied into the unused high bits.
 */
public final class SamplePacker {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);

    private SamplePacker() {
    }

    /**
     * @param planes one plane per component, {@code count} samples each, values unsigned
     * @param shift left shift per component (the lossless point transform)
     * @param bytesPerSample 1 or 2
     * @param signBits Bits Stored when it is to be sign-extended, else 0
     */
    public static byte[] pack(int[][] planes, int count, int[] shift, int bytesPerSample, int signBits) {
        int n = planes.length;
        byte[] out = new byte[count * n * bytesPerSample];
        int ext = signBits > 0 ? 32 - signBits : 0;
        for (int c = 0; c < n; c++) {
            int[] p = planes[c];
            int s = shift[c];
            int step = n * bytesPerSample;
            int o = c * bytesPerSample;
            if (bytesPerSample == 1) {
                for (int i = 0; i < count; i++, o += step) {
                    int v = p[i] << s;
                    out[o] = (byte) (ext > 0 ? (v << ext) >> ext : v);
                }
            } else if (ext > 0) {
                for (int i = 0; i < count; i++, o += step) {
                    int v = p[i] << s;
                    SHORT_LE.set(out, o, (short) ((v << ext) >> ext));
                }
            } else {
                for (int i = 0; i < count; i++, o += step) {
                    SHORT_LE.set(out, o, (short) (p[i] << s));
                }
            }
        }
        return out;
    }

    /** The same for 16-bit planes of unsigned samples (the DCT decoder's output). */
    public static byte[] pack(short[][] planes, int width, int height, int stride, int bytesPerSample) {
        int n = planes.length;
        byte[] out = new byte[width * height * n * bytesPerSample];
        int step = n * bytesPerSample;
        for (int c = 0; c < n; c++) {
            short[] p = planes[c];
            int o = c * bytesPerSample;
            for (int y = 0; y < height; y++) {
                int r = y * stride;
                if (bytesPerSample == 1) {
                    for (int x = 0; x < width; x++, o += step) {
                        out[o] = (byte) p[r + x];
                    }
                } else {
                    for (int x = 0; x < width; x++, o += step) {
                        SHORT_LE.set(out, o, p[r + x]);
                    }
                }
            }
        }
        return out;
    }
}
