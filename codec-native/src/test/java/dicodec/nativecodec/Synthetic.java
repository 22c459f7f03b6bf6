package dicodec.nativecodec;

import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import java.util.List;
import java.util.Random;

/**
 * Made-up frames for codec tests: a smooth gradient with noise that spans the whole range of
 * Bits Stored (so signed frames hold negative values and the extremes), colour by pixel or by
 * plane.
 */
public final class Synthetic {
    private Synthetic() {
    }

    public static PixelDescription description(int rows, int cols, int samples, int ba, int bs, boolean signed,
            int planar) {
        String pi = samples == 3 ? "RGB" : "MONOCHROME2";
        return new PixelDescription(rows, cols, samples, ba, bs, bs - 1, signed ? 1 : 0, pi, samples == 3 ? planar : 0,
                1, Tag.PIXEL_DATA, List.of());
    }

    /** A frame for {@code pd}, Little Endian, signed samples sign extended to Bits Allocated. */
    public static byte[] frame(PixelDescription pd, long seed) {
        Random rnd = new Random(seed);
        int bytes = pd.bitsAllocated() / 8;
        int bs = pd.bitsStored();
        long span = 1L << bs;
        long min = pd.isSigned() ? -(span / 2) : 0;
        int pixels = pd.rows() * pd.columns();
        int samples = pd.samplesPerPixel();
        byte[] out = new byte[pixels * samples * bytes];
        for (int s = 0; s < samples; s++) {
            for (int y = 0; y < pd.rows(); y++) {
                for (int x = 0; x < pd.columns(); x++) {
                    double t = (x + 2.0 * y + 37 * s) / (pd.columns() + 2.0 * pd.rows());
                    long v = min + (long) (t * (span - 1)) % span + rnd.nextInt(Math.max(1, (int) (span >>> 5)) + 1);
                    if (x == 0 && y == 0) {
                        v = min; // the smallest value ...
                    } else if (x == 1 && y == 0) {
                        v = min + span - 1; // ... and the largest
                    }
                    v = Math.max(min, Math.min(min + span - 1, v));
                    int p = y * pd.columns() + x;
                    int index = pd.planarConfiguration() == 1 ? s * pixels + p : p * samples + s;
                    for (int k = 0; k < bytes; k++) {
                        out[index * bytes + k] = (byte) (v >>> (8 * k));
                    }
                }
            }
        }
        return out;
    }
}
