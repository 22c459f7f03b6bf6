package dicodec.core.spi;

/**
 * What the caller asked of a lossy or near-lossless encoder. A value of 0 means "codec
 * default".
 *
 * @param quality JPEG-like quality 1..100
 * @param ratio target compression ratio N:1
 * @param nearLossless JPEG-LS NEAR
 */
public record EncodeOptions(int quality, double ratio, int nearLossless) {
    public static final EncodeOptions DEFAULT = new EncodeOptions(0, 0, 0);
}
