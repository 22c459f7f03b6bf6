package dicodec.core.codec.jpeg.dct;

/**
 * The forward DCT stage (T.81 A.3.3): a component's samples, level-shifted by 2^(P-1) inside
 * the stage, to unquantised coefficients scaled by 8 (as IJG's integer DCTs leave them; the
 * {@link Quantiser} divides the factor out).
 */
public interface ForwardDct {
    /**
     * @param samples (blocksWide x 8) x (blocksHigh x 8) samples, row-major, already padded
     * @param precision 8 or 12
     * @param out receives blocksWide x blocksHigh blocks of 64 coefficients in natural order
     */
    void forward(short[] samples, int blocksWide, int blocksHigh, int precision, int[] out);
}
