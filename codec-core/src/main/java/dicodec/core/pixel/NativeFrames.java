package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.ByteSwap;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Random access to the frames of native (uncompressed) pixel data, read from its source one
 * frame at a time so that a multi-gigabyte object never has to be in the heap whole.
 *
 * <p>Frames come back in Little Endian byte order and byte aligned. 1-bit frames are packed back
 * to back in the value (PS3.5 8.1.1: frame i starts at bit i x rows x columns x samples, so with
 * 510 x 510 pixels frame 2 starts at bit 4 of a byte); {@link #frame(int)} shifts such a frame so
 * that its first pixel is bit 0 of byte 0, keeping DICOM's order of bits within a byte (least
 * significant first), and zeroes the bits after its last pixel.
 */
public final class NativeFrames {
    private final PixelDescription description;
    private final BulkRef ref;
    private final int swapUnit;
    private final long frameBits;
    private final int frameLength;
    private final List<String> warnings = new ArrayList<>();

    /**
     * The frames of the pixel data element of {@code ds}.
     *
     * @throws DicodecException BAD_INPUT when there is no pixel data, it is encapsulated, the
     *     attributes are wrong, or the value is shorter than the attributes need
     */
    public static NativeFrames of(Dataset ds) {
        PixelDescription pd = PixelDescription.from(ds);
        if (pd == null) {
            throw DicodecException.badInput("the data set has no Pixel Data (7FE0,0010), Float Pixel Data"
                    + " (7FE0,0008) or Double Float Pixel Data (7FE0,0009)");
        }
        DicomElement e = ds.get(pd.pixelDataTag());
        if (!(e.value() instanceof ElementValue.Bytes bytes)) {
            throw DicodecException.badAttribute(pd.pixelDataTag(), "is encapsulated (a sequence of fragments),"
                    + " not native; its frames are read with EncapsulatedFrames");
        }
        return new NativeFrames(pd, bytes);
    }

    /**
     * @throws DicodecException BAD_INPUT when {@code value} is shorter than {@code pd} needs
     */
    public NativeFrames(PixelDescription pd, ElementValue.Bytes value) {
        this.description = pd;
        this.ref = value.ref();
        this.swapUnit = swapUnit(pd, value.bigEndianUnit());
        // the data first: a header that claims more than the data holds is bad input, whatever its size
        String w = pd.checkNativeLength(value.length());
        if (w != null) {
            warnings.add(w);
        }
        this.frameBits = pd.nativeFrameBits();
        this.frameLength = pd.frameLength();
    }

    /**
     * The unit whose bytes are reversed to undo Big Endian: the VR's, as the reader recorded it
     * (2 for OW, whatever Bits Allocated is). DCMTK 3.6.7 and GDCM 3.0.21 read and write 32-bit
     * samples in OW as 16-bit words too (dcmconv +te of rtdose_expb.dcm gives 13 00 E8 0E), and
     * interop is the judge; the interop tests check both directions.
     */
    private static int swapUnit(PixelDescription pd, int bigEndianUnit) {
        return bigEndianUnit;
    }

    public PixelDescription description() {
        return description;
    }

    /** Number of Frames. */
    public int count() {
        return description.frames();
    }

    /** Bytes of each array {@link #frame(int)} returns. */
    public int frameLength() {
        return frameLength;
    }

    /** What was odd but usable: extra bytes after the last frame. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Frame {@code index} (0-based), Little Endian, byte aligned. Reads only that frame's bytes.
     *
     * @throws DicodecException BAD_INPUT when there is no such frame
     */
    public byte[] frame(int index) {
        if (index < 0 || index >= count()) {
            throw new DicodecException(ErrorKind.BAD_INPUT, null, 0, description.pixelDataTag(), -1L,
                    "frame index " + index + " is out of range: there " + (count() == 1 ? "is 1 frame" : "are "
                            + count() + " frames") + " (indexes 0 to " + (count() - 1) + ")", null);
        }
        long startBit = index * frameBits;
        if (frameBits % 8 == 0) {
            return readLittleEndian(startBit / 8, frameLength);
        }
        return extractBits(startBit);
    }

    /** A frame that does not start on a byte boundary: only 1-bit data with an odd pixel count. */
    private byte[] extractBits(long startBit) {
        int shift = (int) (startBit % 8);
        int inLength = (int) ((shift + frameBits + 7) / 8);
        byte[] in = readLittleEndian(startBit / 8, inLength);
        byte[] out = new byte[frameLength];
        for (int j = 0; j < frameLength; j++) {
            int lo = (in[j] & 0xFF) >>> shift;
            int hi = shift == 0 || j + 1 >= in.length ? 0 : (in[j + 1] & 0xFF) << (8 - shift);
            out[j] = (byte) (lo | hi);
        }
        int tailBits = (int) (frameBits % 8);
        if (tailBits != 0) {
            // Those bits are the next frame's first pixels: not part of this frame.
            out[frameLength - 1] &= (byte) ((1 << tailBits) - 1);
        }
        return out;
    }

    /**
     * {@code len} bytes from {@code from}, in Little Endian order. A Big Endian source is read
     * from the start of the swap unit that holds {@code from} to the end of the one that holds
     * the last byte, since a frame need not start on a unit (9-byte frames of 8-bit OW).
     */
    private byte[] readLittleEndian(long from, int len) {
        if (swapUnit < 2) {
            byte[] b = new byte[len];
            ref.read(from, b, 0, len);
            return b;
        }
        long start = from - from % swapUnit;
        long end = Math.min(ref.length(), (from + len + swapUnit - 1) / swapUnit * swapUnit);
        byte[] buf = new byte[(int) (end - start)];
        ref.read(start, buf, 0, buf.length);
        ByteSwap.swap(buf, 0, buf.length, swapUnit);
        if (start == from && buf.length == len) {
            return buf;
        }
        int at = (int) (from - start);
        return Arrays.copyOfRange(buf, at, at + len);
    }
}
