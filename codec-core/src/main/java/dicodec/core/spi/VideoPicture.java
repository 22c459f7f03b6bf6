package dicodec.core.spi;

/**
 * One decoded (or to-be-encoded) video picture as the stream holds it: 8-bit Y'CbCr with 4:2:0
 * chroma, planes without padding. Chroma planes are (width + 1) / 2 by (height + 1) / 2; both
 * are null for a 4:0:0 (monochrome) stream. {@code fullRange} is the stream's
 * video_full_range_flag: false for the studio range (Y 16..235) that YBR_PARTIAL_420 names.
 *
 * <p>Backends hand pictures to the core before any colour conversion, so two backends can be
 * compared sample for sample and the conversion to RGB is one piece of code for all of them.
 */
public record VideoPicture(int width, int height, byte[] y, byte[] cb, byte[] cr, boolean fullRange) {

    public int chromaWidth() {
        return (width + 1) / 2;
    }

    public int chromaHeight() {
        return (height + 1) / 2;
    }

    public boolean monochrome() {
        return cb == null;
    }
}
