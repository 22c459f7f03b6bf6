package dicodec.core.codec.rle;

/**
 * Stage 1 of RLE (PS3.5 G.2): native frame <-> Byte Segments. A segment holds one byte of the
 * Composite Pixel Code of every pixel, row after row; the segments of a frame are sample 0's
 * most significant byte, then its next byte, down to its least significant, then sample 1's.
 *
 * <p>Segments travel as one array, segment k at {@code k * layout.segmentLength()}, so that a
 * device kernel can take them in one buffer. {@link JavaRleSegmenter} is the reference.
 */
public interface RleSegmenter {
    /**
     * Splits {@code frame} (Little Endian samples in the layout's planar configuration) into
     * {@code layout.segments()} segments in {@code segments}.
     */
    void split(byte[] frame, RleLayout layout, byte[] segments);

    /** The inverse of {@link #split}: rebuilds the native frame from its segments. */
    void merge(byte[] segments, RleLayout layout, byte[] frame);
}
