package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the Image Pixel attributes out of a data set. Kept apart from {@link PixelDescription}
 * because real files carry these attributes in forms {@link Dataset}'s getters do not expect:
 * explicit VR files whose elements are all UN (pydicom-data explicit_VR-UN.dcm), for which
 * {@code Dataset.getString} returns null and {@code Dataset.getLong} reads an IS value such as
 * "10" as the 16-bit number 0x3031; and Number of Frames values that are not valid IS ("1A" in
 * pydicom's badVR.dcm).
 */
final class PixelAttributes {
    /** Returned when an attribute is absent or empty. */
    static final int ABSENT = Integer.MIN_VALUE;

    private PixelAttributes() {
    }

    /** An unsigned 16-bit attribute (US), or {@link #ABSENT}. */
    static int unsigned(Dataset ds, int tag) {
        DicomElement e = ds.get(tag);
        if (e == null || e.isSequence() || e.isFragments() || e.length() == 0) {
            return ABSENT;
        }
        if (e.vr() == VR.UN && e.length() == 2) {
            // UN keeps the bytes of the data set's encoding; Little Endian once read.
            byte[] b = e.bytes();
            return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
        }
        long v = ds.getLong(tag, Long.MIN_VALUE);
        if (v == Long.MIN_VALUE) {
            throw DicodecException.badAttribute(tag, "value of " + e.length() + " bytes (VR " + e.vr()
                    + ") is not a number");
        }
        if (v < 0 || v > 0xFFFF) {
            throw DicodecException.badAttribute(tag, v + " is outside the US range 0..65535");
        }
        return (int) v;
    }

    /** The first value of a text attribute, trimmed; null when absent or empty. UN is read as text. */
    static String text(Dataset ds, int tag) {
        DicomElement e = ds.get(tag);
        if (e == null || e.isSequence() || e.isFragments() || e.length() == 0) {
            return null;
        }
        if (e.vr().isText() || e.vr() == VR.UI) {
            return ds.getString(tag);
        }
        String s = new String(e.bytes(), StandardCharsets.ISO_8859_1);
        int bs = s.indexOf('\\');
        if (bs >= 0) {
            s = s.substring(0, bs);
        }
        s = s.replace('\0', ' ').trim();
        return s.isEmpty() ? null : s;
    }

    /**
     * Number of Frames (0028,0008): 1 when absent (single-frame IODs do not carry it). A value
     * with trailing characters that are not digits is read by its leading digits, as DCMTK's
     * sscanf does, and reported in {@code warnings}; a value with no leading digits, or below 1,
     * is an error.
     */
    static int numberOfFrames(Dataset ds, List<String> warnings) {
        DicomElement e = ds.get(Tag.NUMBER_OF_FRAMES);
        if (e == null) {
            return 1;
        }
        String s;
        if (e.vr().isBinary() && e.vr() != VR.UN && e.vr() != VR.OB) {
            // Written with a binary VR by some tool (US/UL): take it as the number it holds.
            long v = ds.getLong(Tag.NUMBER_OF_FRAMES, -1);
            s = v < 0 ? null : Long.toString(v);
        } else {
            s = text(ds, Tag.NUMBER_OF_FRAMES);
        }
        if (s == null) {
            warnings.add("Number of Frames (0028,0008) is empty; taken as 1");
            return 1;
        }
        int i = s.startsWith("+") ? 1 : 0;
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw DicodecException.badAttribute(Tag.NUMBER_OF_FRAMES, "'" + s + "' is not a number of frames");
        }
        long n;
        try {
            n = Long.parseLong(s.substring(start, i));
        } catch (NumberFormatException ex) {
            n = Long.MAX_VALUE;
        }
        if (n < 1) {
            throw DicodecException.badAttribute(Tag.NUMBER_OF_FRAMES, n + " frames: must be at least 1");
        }
        if (n > Integer.MAX_VALUE) {
            throw DicodecException.badAttribute(Tag.NUMBER_OF_FRAMES, s + " frames is more than can be addressed");
        }
        if (i < s.length()) {
            warnings.add("Number of Frames (0028,0008) '" + s + "' is not a valid IS; read as " + n);
        }
        return (int) n;
    }
}
