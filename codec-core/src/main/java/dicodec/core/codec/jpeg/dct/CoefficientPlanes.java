package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;

/**
 * The quantised DCT coefficients of a whole frame: per component, its MCU-padded grid of
 * blocks, 64 coefficients each in natural order. Sequential and progressive scans both fill
 * it; the inverse DCT reads it once all scans are in.
 */
public final class CoefficientPlanes {
    private final short[][] blocks;
    private final FrameHeader frame;

    public CoefficientPlanes(FrameHeader frame) {
        this.frame = frame;
        FrameComponent[] cs = frame.components();
        blocks = new short[cs.length][];
        for (FrameComponent c : cs) {
            long n = (long) c.paddedBlocksWide() * c.paddedBlocksHigh() * 64;
            if (n > Integer.MAX_VALUE - 8) {
                throw new dicodec.core.error.DicodecException(dicodec.core.error.ErrorKind.LIMIT,
                        "JPEG frame " + frame.samplesPerLine() + "x" + frame.lines() + " is too large for one array");
            }
            blocks[c.index()] = new short[(int) n];
        }
    }

    public FrameHeader frame() {
        return frame;
    }

    /** The coefficients of component {@code index}: paddedBlocksWide x paddedBlocksHigh blocks. */
    public short[] component(int index) {
        return blocks[index];
    }
}
