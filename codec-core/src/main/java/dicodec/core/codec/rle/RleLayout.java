package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;

/**
 * How one frame maps onto RLE segments (PS3.5 G.2): one Byte Segment per byte of each sample's
 * Composite Pixel Code, most significant byte first, sample after sample; each segment holds
 * one byte per pixel, so {@code rows} rows of {@code columns} bytes.
 *
 * <p>Bits Allocated 1 is the exception: PS3.5 defines no byte split for it, and the files that
 * exist (pydicom-data liver_rle.dcm) hold one segment of the frame's packed bits, least
 * significant bit first, as native 1-bit data is; {@code packedBits} marks that layout.
 *
 * @param rows Rows
 * @param columns Columns
 * @param samples Samples per Pixel
 * @param bytesPerSample Bits Allocated / 8 (1 for packed bits)
 * @param planar Planar Configuration of the native frame: 0 colour-by-pixel, 1 colour-by-plane
 * @param packedBits Bits Allocated 1: one segment of packed bits
 */
public record RleLayout(int rows, int columns, int samples, int bytesPerSample, int planar, boolean packedBits) {
    /** PS3.5 G.5: 16 header words, the first the count, so at most 15 segments. */
    public static final int MAX_SEGMENTS = 15;

    /**
     * The layout of {@code pd}'s frames.
     *
     * @throws DicodecException UNSUPPORTED naming the attribute when RLE cannot hold the frame
     *     (more than 15 segments, a Bits Allocated that is not 1 or whole bytes); LIMIT when
     *     a frame does not fit in one array
     */
    public static RleLayout of(PixelDescription pd) {
        pd.frameLength(); // LIMIT when a frame does not fit in one array: then rows x columns fits in an int
        if (pd.bitsAllocated() == 1) {
            if (pd.samplesPerPixel() != 1) {
                throw refuse(Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel() + " with Bits Allocated 1: bit-packed RLE"
                        + " holds 1 sample per pixel");
            }
            return new RleLayout(pd.rows(), pd.columns(), 1, 1, 0, true);
        }
        if (pd.bitsAllocated() % 8 != 0) {
            throw refuse(Tag.BITS_ALLOCATED, pd.bitsAllocated() + " is neither 1 nor whole bytes");
        }
        int bytes = pd.bitsAllocated() / 8;
        if ((long) bytes * pd.samplesPerPixel() > MAX_SEGMENTS) {
            throw refuse(Tag.BITS_ALLOCATED, pd.bitsAllocated() + " x Samples per Pixel " + pd.samplesPerPixel()
                    + " needs " + bytes * pd.samplesPerPixel() + " segments; the RLE header holds at most "
                    + MAX_SEGMENTS + " (PS3.5 G.5)");
        }
        int planar = pd.samplesPerPixel() > 1 ? pd.planarConfiguration() : 0;
        return new RleLayout(pd.rows(), pd.columns(), pd.samplesPerPixel(), bytes, planar, false);
    }

    private static DicodecException refuse(int tag, String detail) {
        return new DicodecException(ErrorKind.UNSUPPORTED, null, 0, tag, -1L, "RLE Lossless: " + detail, null);
    }

    public int pixels() {
        return rows * columns;
    }

    /** Segments of one frame: 1 for packed bits, else samples x bytes per sample. */
    public int segments() {
        return packedBits ? 1 : samples * bytesPerSample;
    }

    /** Bytes each segment decodes to. */
    public int segmentLength() {
        return packedBits ? (int) (((long) rows * columns + 7) / 8) : rows * columns;
    }

    /** Bytes of the native frame: Little Endian samples, or the packed bits. */
    public int frameLength() {
        return packedBits ? segmentLength() : pixels() * samples * bytesPerSample;
    }

    /**
     * True when segment k is already the k-th stretch of the native frame (8-bit grey, 8-bit
     * colour-by-plane, packed bits), so no split or merge is needed.
     */
    public boolean segmentsAreFrame() {
        return packedBits || bytesPerSample == 1 && (samples == 1 || planar == 1);
    }
}
