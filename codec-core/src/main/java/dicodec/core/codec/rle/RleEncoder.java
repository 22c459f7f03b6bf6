package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import java.util.Arrays;

/**
 * Encodes one native frame as RLE Lossless (PS3.5 G): split into Byte Segments, PackBits each
 * segment row by row, pad each to even length, put the 64-byte header in front. The photometric
 * interpretation is kept (RLE has no colour transform); Planar Configuration is left as the
 * data set has it, since the segments are colour-by-plane whatever it says (PS3.5 8.2.2 note).
 *
 * <p>Bits Allocated 1 is refused: PS3.5 G.2 splits whole bytes of the Composite Pixel Code, and
 * DCMTK 3.6.7 and GDCM 3.0.21 cannot read the bit-packed form some toolkits write, so such a
 * file would be readable by few. The decoder reads that form.
 */
public final class RleEncoder implements FrameEncoder {
    private final RleSegmenter segmenter;
    private final PackBits packBits;

    public RleEncoder(RleSegmenter segmenter, PackBits packBits) {
        this.segmenter = segmenter;
        this.packBits = packBits;
    }

    @Override
    public EncodedFrame encode(byte[] nativeFrame, PixelDescription description, EncodeOptions options) {
        if (description.bitsAllocated() == 1) {
            throw new DicodecException(ErrorKind.UNSUPPORTED, null, 0, Tag.BITS_ALLOCATED, -1L,
                    "1: RLE Lossless is written for Bits Allocated 8, 16 and 32 only; PS3.5 G.2 splits whole bytes,"
                            + " and DCMTK and GDCM cannot read bit-packed RLE (write explicit-le or deflated instead)",
                    null);
        }
        RleLayout layout = RleLayout.of(description);
        if (nativeFrame.length < layout.frameLength()) {
            throw DicodecException.badAttribute(description.pixelDataTag(), "a frame of " + nativeFrame.length
                    + " bytes, " + layout.frameLength() + " expected from the pixel attributes");
        }
        int n = layout.segmentLength();
        int segmentCount = layout.segments();
        byte[] segments = nativeFrame;
        if (!layout.segmentsAreFrame()) {
            segments = RleScratch.get(RleScratch.SEGMENTS, n * segmentCount);
            segmenter.split(nativeFrame, layout, segments);
        }
        long worst = RleHeader.LENGTH + segmentCount * (PackBits.maxEncodedLength(layout.columns(), layout.rows()) + 1);
        if (worst > Integer.MAX_VALUE - 8) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, Tag.PIXEL_DATA, -1L, "an RLE frame of "
                    + layout.rows() + " x " + layout.columns() + " x " + segmentCount + " segments may take " + worst
                    + " bytes, more than one array holds", null);
        }
        byte[] out = RleScratch.get(RleScratch.OUTPUT, (int) worst);
        int[] starts = new int[segmentCount];
        int at = RleHeader.LENGTH;
        for (int k = 0; k < segmentCount; k++) {
            starts[k] = at;
            at = packBits.encode(segments, k * n, layout.columns(), layout.rows(), out, at);
            if (((at - starts[k]) & 1) != 0) {
                out[at++] = 0; // PS3.5 G.3: each RLE segment is padded with zero to even length
            }
        }
        RleHeader.write(starts, out);
        return new EncodedFrame(Arrays.copyOf(out, at), description.photometric(), false);
    }
}
