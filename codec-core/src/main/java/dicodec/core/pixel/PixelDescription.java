package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the pixels of a data set are, as its Image Pixel attributes say (PS3.3 C.7.6.3), and the
 * arithmetic of their native encoding (PS3.5 8.1.1).
 *
 * <p>For Float Pixel Data (7FE0,0008) and Double Float Pixel Data (7FE0,0009) there is no Bits
 * Stored, High Bit or Pixel Representation (PS3.3 C.7.6.24): {@code bitsStored} is 0 and
 * {@code highBit} and {@code pixelRepresentation} are -1, meaning "not applicable".
 *
 * <p>{@code planarConfiguration} is 0 when Samples per Pixel is 1, whatever the data set says:
 * the attribute only has a meaning for colour-by-plane data.
 *
 * @param rows Rows (0028,0010)
 * @param columns Columns (0028,0011)
 * @param samplesPerPixel Samples per Pixel (0028,0002)
 * @param bitsAllocated Bits Allocated (0028,0100)
 * @param bitsStored Bits Stored (0028,0101); 0 for float pixel data
 * @param highBit High Bit (0028,0102); -1 for float pixel data
 * @param pixelRepresentation Pixel Representation (0028,0103): 0 unsigned, 1 two's complement,
 *     -1 for float pixel data
 * @param photometric Photometric Interpretation (0028,0004), trimmed
 * @param planarConfiguration Planar Configuration (0028,0006): 0 colour-by-pixel, 1 colour-by-plane
 * @param frames Number of Frames (0028,0008), 1 when absent
 * @param pixelDataTag the element holding the pixels: {@link Tag#PIXEL_DATA},
 *     {@link Tag#FLOAT_PIXEL_DATA} or {@link Tag#DOUBLE_FLOAT_PIXEL_DATA}
 * @param warnings what was odd but usable (defaults taken, High Bit mismatch ...)
 */
public record PixelDescription(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
        int highBit, int pixelRepresentation, String photometric, int planarConfiguration, int frames,
        int pixelDataTag, List<String> warnings) {

    public PixelDescription {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Reads and validates the description of the pixels of {@code ds}; null when the data set has
     * no pixel data element at all (a report, a structured document).
     *
     * @throws DicodecException BAD_INPUT naming the attribute when a required attribute is
     *     missing or the attributes contradict each other
     */
    public static PixelDescription from(Dataset ds) {
        int pixelTag = pixelDataTagOf(ds);
        if (pixelTag == 0) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        if (countPixelElements(ds) > 1) {
            warnings.add("the data set holds more than one of Pixel Data (7FE0,0010), Float Pixel Data (7FE0,0008)"
                    + " and Double Float Pixel Data (7FE0,0009); " + elementName(pixelTag) + " is used");
        }
        boolean isFloat = pixelTag != Tag.PIXEL_DATA;
        int rows = required(ds, Tag.ROWS, pixelTag);
        int columns = required(ds, Tag.COLUMNS, pixelTag);
        int bitsAllocated = required(ds, Tag.BITS_ALLOCATED, pixelTag);
        int samples;
        String photometric = PixelAttributes.text(ds, Tag.PHOTOMETRIC_INTERPRETATION);
        int bitsStored;
        int highBit;
        int pixelRep;
        if (isFloat) {
            // The Floating Point Image Pixel Module fixes these to one value each; missing ones
            // are filled in rather than refused.
            samples = PixelAttributes.unsigned(ds, Tag.SAMPLES_PER_PIXEL);
            if (samples == PixelAttributes.ABSENT) {
                samples = 1;
                warnings.add("Samples per Pixel (0028,0002) absent; taken as 1 for " + elementName(pixelTag));
            }
            if (photometric == null) {
                photometric = "MONOCHROME2";
                warnings.add("Photometric Interpretation (0028,0004) absent; taken as MONOCHROME2 for "
                        + elementName(pixelTag));
            }
            bitsStored = 0;
            highBit = -1;
            pixelRep = -1;
        } else {
            samples = required(ds, Tag.SAMPLES_PER_PIXEL, pixelTag);
            if (photometric == null) {
                throw DicodecException.badAttribute(Tag.PHOTOMETRIC_INTERPRETATION,
                        "absent or empty, but " + elementName(pixelTag) + " needs it");
            }
            // Bits Stored, High Bit and Pixel Representation are Type 1 too, but their absence
            // has one obvious repair, which is what other toolkits do; so warn, do not refuse.
            bitsStored = PixelAttributes.unsigned(ds, Tag.BITS_STORED);
            if (bitsStored == PixelAttributes.ABSENT) {
                bitsStored = bitsAllocated;
                warnings.add("Bits Stored (0028,0101) absent; taken as Bits Allocated " + bitsAllocated);
            }
            highBit = PixelAttributes.unsigned(ds, Tag.HIGH_BIT);
            if (highBit == PixelAttributes.ABSENT) {
                highBit = bitsStored - 1;
                warnings.add("High Bit (0028,0102) absent; taken as Bits Stored - 1 = " + highBit);
            }
            pixelRep = PixelAttributes.unsigned(ds, Tag.PIXEL_REPRESENTATION);
            if (pixelRep == PixelAttributes.ABSENT) {
                pixelRep = 0;
                warnings.add("Pixel Representation (0028,0103) absent; taken as 0 (unsigned)");
            }
        }
        int planar = PixelAttributes.unsigned(ds, Tag.PLANAR_CONFIGURATION);
        if (samples > 1 && planar == PixelAttributes.ABSENT) {
            planar = 0;
            warnings.add("Planar Configuration (0028,0006) absent with " + samples
                    + " samples per pixel; taken as 0 (colour-by-pixel)");
        } else if (samples <= 1) {
            if (planar != PixelAttributes.ABSENT && planar != 0) {
                warnings.add("Planar Configuration (0028,0006) " + planar
                        + " ignored: it only applies to more than 1 sample per pixel");
            }
            planar = 0;
        }
        int frames = PixelAttributes.numberOfFrames(ds, warnings);
        PixelDescription pd = new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, highBit,
                pixelRep, photometric, planar, frames, pixelTag, List.of());
        warnings.addAll(pd.validate());
        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, highBit, pixelRep,
                photometric, planar, frames, pixelTag, warnings);
    }

    /**
     * Checks that the attributes agree with each other and with PS3.3 C.7.6.3 / C.7.6.24.
     *
     * @return what is odd but usable (High Bit not Bits Stored - 1, an unknown photometric)
     * @throws DicodecException BAD_INPUT naming the first attribute that is wrong
     */
    public List<String> validate() {
        List<String> out = new ArrayList<>();
        if (pixelDataTag != Tag.PIXEL_DATA && pixelDataTag != Tag.FLOAT_PIXEL_DATA
                && pixelDataTag != Tag.DOUBLE_FLOAT_PIXEL_DATA) {
            throw new IllegalArgumentException(Tag.toString(pixelDataTag) + " is not a pixel data element");
        }
        if (rows < 1) {
            throw DicodecException.badAttribute(Tag.ROWS, rows + ": an image has at least 1 row");
        }
        if (columns < 1) {
            throw DicodecException.badAttribute(Tag.COLUMNS, columns + ": an image has at least 1 column");
        }
        if (frames < 1) {
            throw DicodecException.badAttribute(Tag.NUMBER_OF_FRAMES, frames + ": must be at least 1");
        }
        if (pixelDataTag == Tag.FLOAT_PIXEL_DATA || pixelDataTag == Tag.DOUBLE_FLOAT_PIXEL_DATA) {
            int want = pixelDataTag == Tag.FLOAT_PIXEL_DATA ? 32 : 64;
            if (bitsAllocated != want) {
                throw DicodecException.badAttribute(Tag.BITS_ALLOCATED, bitsAllocated + ", but "
                        + elementName(pixelDataTag) + " holds " + want + "-bit values");
            }
            if (samplesPerPixel != 1) {
                throw DicodecException.badAttribute(Tag.SAMPLES_PER_PIXEL, samplesPerPixel + ", but "
                        + elementName(pixelDataTag) + " holds 1 sample per pixel");
            }
            return out;
        }
        // 1 (bit masks, PS3.3 C.7.6.3.1.1) or whole bytes; above 64 no VR can hold a sample.
        if (!(bitsAllocated == 1 || bitsAllocated % 8 == 0 && bitsAllocated >= 8 && bitsAllocated <= 64)) {
            throw DicodecException.badAttribute(Tag.BITS_ALLOCATED,
                    bitsAllocated + " is not 1 or a multiple of 8 from 8 to 64");
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw DicodecException.badAttribute(Tag.BITS_STORED, bitsStored
                    + (bitsStored < 1 ? " < 1" : " > Bits Allocated (0028,0100) " + bitsAllocated));
        }
        if (highBit != bitsStored - 1) {
            // The standard fixes High Bit at Bits Stored - 1; decoders use Bits Stored and ignore it.
            out.add("High Bit (0028,0102) " + highBit + " is not Bits Stored (0028,0101) - 1 = " + (bitsStored - 1)
                    + "; Bits Stored is used");
        }
        if (pixelRepresentation != 0 && pixelRepresentation != 1) {
            throw DicodecException.badAttribute(Tag.PIXEL_REPRESENTATION,
                    pixelRepresentation + " is neither 0 (unsigned) nor 1 (two's complement)");
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3 && samplesPerPixel != 4) {
            throw DicodecException.badAttribute(Tag.SAMPLES_PER_PIXEL,
                    samplesPerPixel + " is not 1, 3, or 4 (retired ARGB / CMYK)");
        }
        int expected = samplesFor(photometric);
        if (expected == 0) {
            out.add("Photometric Interpretation (0028,0004) '" + photometric
                    + "' is not a defined term; Samples per Pixel " + samplesPerPixel + " is taken as is");
        } else if (expected != samplesPerPixel) {
            throw DicodecException.badAttribute(Tag.PHOTOMETRIC_INTERPRETATION, photometric + " has " + expected
                    + (expected == 1 ? " sample" : " samples") + " per pixel, but Samples per Pixel (0028,0002) is "
                    + samplesPerPixel);
        }
        if (samplesPerPixel > 1 && planarConfiguration != 0 && planarConfiguration != 1) {
            throw DicodecException.badAttribute(Tag.PLANAR_CONFIGURATION, planarConfiguration
                    + " is neither 0 (colour-by-pixel) nor 1 (colour-by-plane)");
        }
        return out;
    }

    /** True for Float and Double Float Pixel Data, which have no Bits Stored. */
    public boolean isFloat() {
        return pixelDataTag != Tag.PIXEL_DATA;
    }

    public boolean isSigned() {
        return pixelRepresentation == 1;
    }

    /**
     * Samples stored per pixel in native encoding: 2 for YBR_FULL_422 / YBR_PARTIAL_422, whose
     * native form holds Y Y Cb Cr for each pair of pixels (PS3.3 C.7.6.3.1.2), else
     * {@link #samplesPerPixel()}.
     */
    public int nativeSamplesPerPixel() {
        return isHorizontallySubsampled() ? 2 : samplesPerPixel;
    }

    /** Bits of one frame in native encoding. */
    public long nativeFrameBits() {
        return (long) rows * columns * nativeSamplesPerPixel() * bitsAllocated;
    }

    /**
     * Bytes of native Pixel Data for all frames, without the padding byte. 1-bit frames follow
     * each other bit by bit, not byte aligned (PS3.5 8.1.1), hence one rounding for the whole.
     */
    public long nativeLength() {
        try {
            return Math.addExact(Math.multiplyExact(frames, nativeFrameBits()), 7) / 8;
        } catch (ArithmeticException e) {
            throw new DicodecException(ErrorKind.LIMIT, nativeFormula(frames) + " is more bits than a long can count");
        }
    }

    /**
     * Bytes of one frame once byte aligned: nativeFrameBits / 8, rounded up for 1-bit frames,
     * which are unpacked to start at bit 0 of their own array.
     *
     * @throws DicodecException LIMIT when a frame does not fit in one Java array
     */
    public int frameLength() {
        long bytes = (nativeFrameBits() + 7) / 8;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new DicodecException(ErrorKind.LIMIT, "one frame of " + nativeFormula(1) + " is " + bytes
                    + " bytes, more than one array can hold");
        }
        return (int) bytes;
    }

    /**
     * Compares the length of the native pixel value with what the attributes need.
     *
     * @return null when it fits (exactly, or with the 1 padding byte that keeps values even),
     *     else a warning about the bytes left over
     * @throws DicodecException BAD_INPUT naming the pixel data element when it is too short
     */
    public String checkNativeLength(long actual) {
        long need = nativeLength();
        if (actual < need) {
            throw DicodecException.badAttribute(pixelDataTag,
                    "holds " + actual + " bytes, " + nativeFormula(frames) + " needs " + need);
        }
        long extra = actual - need;
        if (extra <= 1) {
            return null;
        }
        return elementName(pixelDataTag) + " holds " + actual + " bytes, " + extra + " more than the " + need
                + " that " + nativeFormula(frames) + " needs; the extra bytes are ignored";
    }

    /** "64 x 64 x 1 sample x 16 bits x 1 frame": the product {@link #nativeLength()} is made of. */
    String nativeFormula(int frameCount) {
        int s = nativeSamplesPerPixel();
        String samples = s + (s == 1 ? " sample" : " samples");
        if (isHorizontallySubsampled()) {
            samples += " (" + photometric + " stores Y Y Cb Cr for 2 pixels)";
        }
        return rows + " x " + columns + " x " + samples + " x " + bitsAllocated
                + (bitsAllocated == 1 ? " bit" : " bits") + " x " + frameCount + (frameCount == 1 ? " frame" : " frames");
    }

    /** The element's name and tag, for messages: "Float Pixel Data (7FE0,0008)". */
    public String pixelDataName() {
        return elementName(pixelDataTag);
    }

    /** A one-line summary for logs and the CLI's info command. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(rows).append('x').append(columns).append(' ').append(photometric).append(", ")
                .append(samplesPerPixel).append(samplesPerPixel == 1 ? " sample" : " samples");
        if (samplesPerPixel > 1) {
            sb.append(" (planar ").append(planarConfiguration).append(')');
        }
        if (isFloat()) {
            sb.append(", ").append(bitsAllocated).append("-bit float");
        } else {
            sb.append(", ").append(bitsAllocated).append(" bits allocated / ").append(bitsStored)
                    .append(" stored / high bit ").append(highBit).append(", ")
                    .append(pixelRepresentation == 1 ? "signed" : "unsigned");
        }
        sb.append(", ").append(frames).append(frames == 1 ? " frame" : " frames")
                .append(", in ").append(elementName(pixelDataTag));
        if (!warnings.isEmpty()) {
            sb.append(" (").append(warnings.size()).append(warnings.size() == 1 ? " warning)" : " warnings)");
        }
        return sb.toString();
    }

    private boolean isHorizontallySubsampled() {
        String pi = photometric == null ? "" : photometric.toUpperCase(Locale.ROOT);
        return pi.equals("YBR_FULL_422") || pi.equals("YBR_PARTIAL_422");
    }

    /** Samples per pixel a photometric interpretation has (PS3.3 C.7.6.3.1.2); 0 when unknown. */
    static int samplesFor(String photometric) {
        switch (photometric.toUpperCase(Locale.ROOT)) {
            case "MONOCHROME1": case "MONOCHROME2": case "PALETTE COLOR":
                return 1;
            case "RGB": case "HSV": case "YBR_FULL": case "YBR_FULL_422": case "YBR_PARTIAL_422":
            case "YBR_PARTIAL_420": case "YBR_ICT": case "YBR_RCT":
                return 3;
            case "ARGB": case "CMYK":
                return 4;
            default:
                return 0;
        }
    }

    static String elementName(int tag) {
        if (tag == Tag.FLOAT_PIXEL_DATA) {
            return "Float Pixel Data (7FE0,0008)";
        }
        if (tag == Tag.DOUBLE_FLOAT_PIXEL_DATA) {
            return "Double Float Pixel Data (7FE0,0009)";
        }
        return "Pixel Data (7FE0,0010)";
    }

    /** Pixel Data first: it is the one a data set normally has; 0 when there is none. */
    static int pixelDataTagOf(Dataset ds) {
        for (int tag : new int[] {Tag.PIXEL_DATA, Tag.FLOAT_PIXEL_DATA, Tag.DOUBLE_FLOAT_PIXEL_DATA}) {
            if (ds.contains(tag)) {
                return tag;
            }
        }
        return 0;
    }

    private static int countPixelElements(Dataset ds) {
        int n = 0;
        for (int tag : new int[] {Tag.PIXEL_DATA, Tag.FLOAT_PIXEL_DATA, Tag.DOUBLE_FLOAT_PIXEL_DATA}) {
            if (ds.contains(tag)) {
                n++;
            }
        }
        return n;
    }

    private static int required(Dataset ds, int tag, int pixelTag) {
        int v = PixelAttributes.unsigned(ds, tag);
        if (v == PixelAttributes.ABSENT) {
            throw DicodecException.badAttribute(tag, "absent or empty, but " + elementName(pixelTag) + " needs it");
        }
        return v;
    }
}
