package dicodec.core.stage;

/**
 * The layout stage: the byte-level rearrangements of native frames that come before or after
 * every codec (PS3.5 8.1 and 8.2): byte order, planar configuration, and the bit-depth step
 * from stored bit patterns to sample values. {@link JavaSampleLayout} is the reference; an
 * accelerated one gives the same bytes.
 */
public interface SampleLayout {
    /** Reverses the bytes of each {@code unit}-byte word of {@code data} (2 or 4), in place. */
    void byteSwap(byte[] data, int unit);

    /**
     * Colour-by-plane to colour-by-pixel: {@code samples} planes of {@code pixels} samples of
     * {@code bytesPerSample} bytes into {@code out}.
     */
    void toInterleaved(byte[] planar, int pixels, int samples, int bytesPerSample, byte[] out);

    /** The inverse of {@link #toInterleaved}. */
    void toPlanar(byte[] interleaved, int pixels, int samples, int bytesPerSample, byte[] out);

    /**
     * One plane per sample of the frame's values: shifted, masked to Bits Stored and
     * sign-extended as {@code format} says ({@link SampleFormat#value}), whatever the planar
     * configuration.
     *
     * @param planes {@code format.samples()} arrays of at least {@code format.pixels()} values
     */
    void toPlanes(byte[] frame, SampleFormat format, int[][] planes);
}
