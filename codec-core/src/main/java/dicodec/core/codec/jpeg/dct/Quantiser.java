package dicodec.core.codec.jpeg.dct;

/**
 * The quantisation stage of the encoder (T.81 A.3.4): divides the coefficients of the
 * {@link ForwardDct} (scaled by 8) by 8 x the table value, rounding to nearest. On decode the
 * multiplication back is folded into the {@link InverseDct}, as in IJG.
 */
public interface Quantiser {
    /**
     * @param dct {@code blocks} x 64 coefficients in natural order, scaled by 8
     * @param quant the 64 table values in natural order
     * @param out receives the quantised coefficients
     */
    void quantise(int[] dct, int blocks, int[] quant, short[] out);
}
