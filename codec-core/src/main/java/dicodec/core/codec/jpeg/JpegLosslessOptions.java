package dicodec.core.codec.jpeg;

/**
 * What the lossless JPEG encoder is asked beyond {@link dicodec.core.spi.EncodeOptions}.
 *
 * @param predictor selection value 1..7 (T.81 Table H.1); .70 always uses 1
 * @param restartRows rows per restart interval, 0 for none
 */
public record JpegLosslessOptions(int predictor, int restartRows) {
    /** SV1, no restarts: the .70 default and ours for .57. */
    public static final JpegLosslessOptions DEFAULT = new JpegLosslessOptions(1, 0);

    public JpegLosslessOptions {
        if (predictor < 1 || predictor > 7) {
            throw new IllegalArgumentException("predictor " + predictor + " is not 1 to 7");
        }
        if (restartRows < 0 || restartRows > 65535) {
            throw new IllegalArgumentException("restart rows " + restartRows + " is not 0 to 65535");
        }
    }
}
