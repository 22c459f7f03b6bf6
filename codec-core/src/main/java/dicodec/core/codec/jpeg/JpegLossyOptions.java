package dicodec.core.codec.jpeg;

/**
 * What the baseline / extended encoder is asked beyond {@link dicodec.core.spi.EncodeOptions}
 * (which carries the quality).
 *
 * @param colour how colour input is coded
 * @param restartInterval MCUs per restart interval, 0 for none
 */
public record JpegLossyOptions(JpegColour colour, int restartInterval) {
    public static final JpegLossyOptions DEFAULT = new JpegLossyOptions(JpegColour.YBR_FULL_422, 0);

    public JpegLossyOptions {
        if (colour == null) {
            throw new IllegalArgumentException("colour is required");
        }
        if (restartInterval < 0 || restartInterval > 65535) {
            throw new IllegalArgumentException("restart interval " + restartInterval + " is not 0 to 65535");
        }
    }
}
