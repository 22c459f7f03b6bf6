package dicodec.core.codec.rle;

/**
 * Stage 2 of RLE (PS3.5 G.3): one Byte Segment <-> one RLE Segment, the PackBits scheme of
 * TIFF 6.0. A header byte n of 0..127 is followed by n + 1 literal bytes; -1..-127 by one byte
 * repeated 1 - n times; -128 is never written and is skipped when read.
 *
 * <p>{@link JavaPackBits} is the reference; a device kernel may take its place, and must give
 * the same bytes.
 */
public interface PackBits {
    /**
     * Bytes the encoding of {@code rows} rows of {@code rowLength} bytes can take at most:
     * all literal runs, one header per 128 bytes of each row.
     */
    static long maxEncodedLength(int rowLength, int rows) {
        return (long) rows * (rowLength + (rowLength + 127) / 128);
    }

    /**
     * Encodes {@code rows} rows of {@code rowLength} bytes from {@code src[from]}, each row on its
     * own so that no run crosses a row (PS3.5 G.3.1); runs of 3 or more equal bytes are replicate
     * runs. {@code dst} has room for {@link #maxEncodedLength} bytes from {@code at}.
     *
     * @return the index after the last byte written
     */
    int encode(byte[] src, int from, int rowLength, int rows, byte[] dst, int at);

    /**
     * Decodes the RLE segment {@code src[from, end)} into exactly {@code length} bytes at
     * {@code dst[at]}. Runs may cross rows (other encoders' output is read as it is); after the
     * last byte only -128 no-ops and one padding byte may follow.
     *
     * @throws dicodec.core.error.DicodecException BAD_INPUT at the offending index of {@code src}
     *     when the segment decodes to fewer or more than {@code length} bytes
     */
    void decode(byte[] src, int from, int end, byte[] dst, int at, int length);
}
