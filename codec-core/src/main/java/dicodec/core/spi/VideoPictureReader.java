package dicodec.core.spi;

/** The pictures of one video stream, in display order. Not thread-safe. */
public interface VideoPictureReader extends AutoCloseable {
    /**
     * The next picture, or null after the last.
     *
     * @throws dicodec.core.error.DicodecException BAD_INPUT when the stream is corrupt, naming
     *     the picture (1-based) and the decoder's reason
     */
    VideoPicture next();

    /** Frees the decoder (native contexts); never throws. */
    @Override
    void close();
}
