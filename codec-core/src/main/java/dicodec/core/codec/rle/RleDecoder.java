package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;

/**
 * Decodes one RLE Lossless frame (PS3.5 G) to native pixels: read the header, PackBits-decode
 * each segment, merge the segments into Little Endian samples.
 *
 * <p>Colour comes out in the Planar Configuration the data set states (0 when absent), as DCMTK
 * does: RLE segments are colour-by-plane whatever the attribute says (PS3.5 8.2.2 note), so the
 * attribute is free to say how the decoded frame is laid out, and keeping it makes native ->
 * RLE -> native give back the same bytes and the same attribute. The transcoder writes the value
 * explicitly from {@link DecodedFrame#planarConfiguration()}.
 *
 * <p>Bits Allocated 1 is read as one segment of the frame's packed bits (the form of
 * pydicom-data's liver_rle.dcm, which DCMTK and GDCM do not read).
 */
public final class RleDecoder implements FrameDecoder {
    private final RleSegmenter segmenter;
    private final PackBits packBits;

    public RleDecoder(RleSegmenter segmenter, PackBits packBits) {
        this.segmenter = segmenter;
        this.packBits = packBits;
    }

    @Override
    public DecodedFrame decode(byte[] encoded, PixelDescription description) {
        RleLayout layout = RleLayout.of(description);
        RleHeader header = RleHeader.read(encoded, layout.segments());
        int n = layout.segmentLength();
        byte[] frame = new byte[layout.frameLength()];
        byte[] segments = layout.segmentsAreFrame() ? frame : RleScratch.get(RleScratch.SEGMENTS, n * layout.segments());
        for (int k = 0; k < header.segments(); k++) {
            try {
                packBits.decode(encoded, header.starts()[k], header.ends()[k], segments, k * n, n);
            } catch (DicodecException e) {
                throw new DicodecException(e.kind(), null, 0, -1, e.offset(), "RLE segment " + (k + 1) + " of "
                        + header.segments() + " (bytes " + header.starts()[k] + " to " + header.ends()[k]
                        + " of the frame): " + e.detail(), null);
            }
        }
        if (segments != frame) {
            segmenter.merge(segments, layout, frame);
        }
        return new DecodedFrame(frame, description.photometric(), layout.planar());
    }
}
