package dicodec.core.stage;

/**
 * The verification stage: for each pair of frames of a batch, the maximum absolute difference
 * of their sample values and the sum of the squared differences, from which PSNR follows. The
 * sum is an exact integer (a 64-bit count), so that any order of summation, on any device,
 * gives the same figure. Both frames are in {@code format}, the same planar configuration.
 */
public interface SampleComparison {
    /**
     * @param expected frames of {@code format.frameLength()} bytes each
     * @param actual as many frames, in the same format
     * @return per frame {maximum absolute difference, sum of squared differences}
     */
    long[][] compare(byte[][] expected, byte[][] actual, SampleFormat format);

    /** PSNR in dB for {@code count} samples of {@code bitsStored} bits: +infinity when they are equal. */
    static double psnr(long sumSquares, long count, int bitsStored) {
        if (sumSquares == 0 || count == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double peak = bitsStored >= 64 ? Math.pow(2, 64) - 1 : (double) ((1L << bitsStored) - 1);
        double mse = (double) sumSquares / count;
        return 10 * Math.log10(peak * peak / mse);
    }
}
