package dicodec.core.transcode;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;

/**
 * How many frames may be coded at once, decided from the size of one decoded frame and the
 * heap, before any decoder sizes a buffer from Rows x Columns: a header that claims a frame too
 * large for this process is refused as LIMIT (exit 2, RESOURCE_EXHAUSTED), never an
 * OutOfMemoryError. For native frames the size is also checked against the data (NativeFrames);
 * for compressed ones the stream's own header must agree with the data set (the decoders), so
 * a lie has to be consistent, and then this bound is what stops it. The transcoder and
 * DecodedFrames (DecodeFrames, the CLI's decode) both ask it.
 */
public final class FrameBudget {
    /** System property: the largest decoded frame accepted, in bytes (default: none but the heap's). */
    public static final String MAX_FRAME_BYTES_PROPERTY = "dicodec.max-frame-bytes";
    /** Copies of a frame alive while it is coded: the decoded pixels, a converted copy, the output. */
    private static final int COPIES = 3;

    private FrameBudget() {
    }

    /**
     * The frames that may be in flight at once, at most {@code wanted}, at least 1.
     *
     * @throws DicodecException LIMIT when one frame alone is over the configured maximum or
     *     over what half of the heap can hold while it is coded
     */
    public static int framesInFlight(PixelDescription pd, int wanted) {
        long frame = pd.frameLength(); // LIMIT past what one array holds
        long max = Long.getLong(MAX_FRAME_BYTES_PROPERTY, Long.MAX_VALUE);
        if (frame > max) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, Tag.ROWS, -1, "one frame of " + pd.rows() + " x "
                    + pd.columns() + " is " + frame + " bytes decoded, more than " + MAX_FRAME_BYTES_PROPERTY + " "
                    + max, null);
        }
        long budget = Runtime.getRuntime().maxMemory() / 2;
        long perFrame = frame * COPIES;
        if (perFrame > budget) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, Tag.ROWS, -1, "one frame of " + pd.rows() + " x "
                    + pd.columns() + " is " + frame + " bytes decoded and needs about " + perFrame
                    + " bytes while it is coded; this process may use " + budget + " (half its heap)", null);
        }
        return (int) Math.max(1, Math.min(wanted, budget / perFrame));
    }
}
