package dicodec.core.transcode;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.stage.SampleComparison;
import dicodec.core.stage.SampleFormat;
import dicodec.core.stage.Stages;

/**
 * Compares two native frames sample by sample: max absolute error and PSNR. Samples are read
 * Little Endian with Bits Allocated each and masked to Bits Stored, signed when Pixel
 * Representation is 1; colour frames are compared in the same planar configuration. Integer
 * samples go through the {@link Stages} comparison stage (on a device when there is one).
 */
public final class FrameComparison {
    private FrameComparison() {
    }

    public static FrameCheck compare(int frameNumber, byte[] expected, int expectedPlanar, byte[] actual, int actualPlanar,
            PixelDescription pd) {
        if (pd.samplesPerPixel() == 3 && expectedPlanar != actualPlanar) {
            actual = actualPlanar == 1 ? toInterleaved(actual, pd) : toPlanar(actual, pd);
        }
        int bytes = Math.max(1, pd.bitsAllocated() / 8);
        if (pd.bitsAllocated() == 1) {
            long diff = 0;
            for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
                diff = Math.max(diff, Integer.bitCount((expected[i] ^ actual[i]) & 0xFF) > 0 ? 1 : 0);
            }
            return new FrameCheck(frameNumber, expected.length == actual.length ? diff : Long.MAX_VALUE,
                    diff == 0 ? Double.POSITIVE_INFINITY : 0);
        }
        if (expected.length != actual.length) {
            return new FrameCheck(frameNumber, Long.MAX_VALUE, 0);
        }
        int bitsStored = pd.bitsStored() > 0 ? pd.bitsStored() : pd.bitsAllocated();
        if (!pd.isFloat() && (bytes == 1 || bytes == 2 || bytes == 4) && bitsStored <= 8 * bytes) {
            // The stored bits are the low ones here (shift 0): what the transcoder writes.
            SampleFormat f = new SampleFormat(expected.length / bytes, 1, bytes, 0, bitsStored, 0,
                    pd.pixelRepresentation() == 1);
            long[] r = Stages.current().comparison().compare(new byte[][] {expected}, new byte[][] {actual}, f)[0];
            return new FrameCheck(frameNumber, r[0], SampleComparison.psnr(r[1], f.count(), bitsStored));
        }
        long mask = bitsStored >= 64 ? -1L : (1L << bitsStored) - 1;
        boolean signed = pd.pixelRepresentation() == 1;
        long max = 0;
        double sumSquares = 0;
        int n = expected.length / bytes;
        for (int i = 0; i < n; i++) {
            long a = sample(expected, i * bytes, bytes, mask, bitsStored, signed);
            long b = sample(actual, i * bytes, bytes, mask, bitsStored, signed);
            long d = Math.abs(a - b);
            max = Math.max(max, d);
            sumSquares += (double) d * d;
        }
        double peak = (double) mask;
        double mse = n == 0 ? 0 : sumSquares / n;
        double psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak * peak / mse);
        return new FrameCheck(frameNumber, max, psnr);
    }

    private static long sample(byte[] b, int off, int bytes, long mask, int bitsStored, boolean signed) {
        long v = 0;
        for (int k = bytes - 1; k >= 0; k--) {
            v = (v << 8) | (b[off + k] & 0xFF);
        }
        v &= mask;
        if (signed && bitsStored < 64 && (v & (1L << (bitsStored - 1))) != 0) {
            v -= 1L << bitsStored;
        }
        return v;
    }

    private static byte[] toInterleaved(byte[] planar, PixelDescription pd) {
        int bytes = Math.max(1, pd.bitsAllocated() / 8);
        int pixels = pd.rows() * pd.columns();
        byte[] out = new byte[planar.length];
        for (int p = 0; p < pixels; p++) {
            for (int s = 0; s < 3; s++) {
                System.arraycopy(planar, (s * pixels + p) * bytes, out, (p * 3 + s) * bytes, bytes);
            }
        }
        return out;
    }

    private static byte[] toPlanar(byte[] interleaved, PixelDescription pd) {
        int bytes = Math.max(1, pd.bitsAllocated() / 8);
        int pixels = pd.rows() * pd.columns();
        byte[] out = new byte[interleaved.length];
        for (int p = 0; p < pixels; p++) {
            for (int s = 0; s < 3; s++) {
                System.arraycopy(interleaved, (p * 3 + s) * bytes, out, (s * pixels + p) * bytes, bytes);
            }
        }
        return out;
    }
}
