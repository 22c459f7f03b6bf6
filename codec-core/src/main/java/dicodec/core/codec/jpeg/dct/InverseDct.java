package dicodec.core.codec.jpeg.dct;

/**
 * The inverse DCT stage (T.81 A.3.3) with dequantisation folded in, as IJG does it: quantised
 * coefficients of one component in, level-shifted samples clamped to 0..2^P-1 out. A whole
 * component at a time, so that an accelerator can take all its blocks in one launch.
 */
public interface InverseDct {
    /**
     * @param coefficients blocksWide x blocksHigh blocks of 64 quantised coefficients each, in
     *     natural (row-major) order, block rows one after the other
     * @param quant the 64 quantisation values in natural order
     * @param precision sample precision P, 8 or 12
     * @param samples receives (blocksWide x 8) x (blocksHigh x 8) samples, row-major
     */
    void inverse(short[] coefficients, int blocksWide, int blocksHigh, int[] quant, int precision, short[] samples);
}
