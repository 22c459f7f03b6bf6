package dicodec.core.io;

import dicodec.core.dict.DataDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One data element: tag, VR and value, kept as read. */
public final class DicomElement {
    private final int tag;
    private final VR vr;
    private final ElementValue value;

    public DicomElement(int tag, VR vr, ElementValue value) {
        this.tag = tag;
        this.vr = vr;
        this.value = value;
    }

    public static DicomElement ofBytes(int tag, VR vr, byte[] littleEndianBytes) {
        return new DicomElement(tag, vr, new ElementValue.Bytes(BulkRef.of(littleEndianBytes), 0));
    }

    /** A text element; values joined with a backslash. */
    public static DicomElement ofString(int tag, VR vr, String value) {
        return ofBytes(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static DicomElement ofSequence(int tag, List<Dataset> items) {
        return new DicomElement(tag, VR.SQ, new ElementValue.Items(items, false));
    }

    public int tag() {
        return tag;
    }

    public VR vr() {
        return vr;
    }

    public ElementValue value() {
        return value;
    }

    /**
     * The VR to interpret the value with: the element's own, or for UN (an implicit-VR
     * leftover, or a file that writes everything as UN) the dictionary's, when it has one.
     */
    public VR effectiveVr() {
        if (vr != VR.UN || Tag.isPrivate(tag)) {
            return vr;
        }
        DataDictionary.Entry entry = DataDictionary.standard().lookup(tag);
        return entry == null || entry.vrs().isEmpty() ? VR.UN : entry.vr();
    }

    public DicomElement withVr(VR newVr) {
        return new DicomElement(tag, newVr, value);
    }

    public boolean isSequence() {
        return value instanceof ElementValue.Items;
    }

    public boolean isFragments() {
        return value instanceof ElementValue.Fragments;
    }

    /** Sequence items, or an empty list. */
    public List<Dataset> items() {
        return value instanceof ElementValue.Items it ? it.items() : List.of();
    }

    /** Length of a byte value in bytes, -1 for sequences and fragments. */
    public long length() {
        return value instanceof ElementValue.Bytes b ? b.length() : -1;
    }

    /** The value's bytes in Little Endian order (read now when it is still in the source). */
    public byte[] bytes() {
        if (!(value instanceof ElementValue.Bytes b)) {
            throw new IllegalStateException(Tag.toString(tag) + " holds no byte value");
        }
        byte[] data = b.ref().read();
        ByteSwap.swap(data, 0, data.length, b.bigEndianUnit());
        return data;
    }

    /** A text value without trailing padding (spaces, NULs), or null for binary values. */
    public String string() {
        VR vr = effectiveVr();
        if (!vr.isText() && vr != VR.UI) {
            return null;
        }
        String s = new String(bytes(), StandardCharsets.ISO_8859_1);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        int start = 0;
        while (start < end && s.charAt(start) == ' ' && vr != VR.LT && vr != VR.ST && vr != VR.UT) {
            start++;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return Tag.toString(tag) + " " + vr + " " + describeValue();
    }

    private String describeValue() {
        if (value instanceof ElementValue.Items it) {
            return it.items().size() + " item(s)";
        }
        if (value instanceof ElementValue.Fragments f) {
            return f.fragments().size() + " fragment(s)";
        }
        if (vr.isText() || vr == VR.UI) {
            String s = string();
            return "[" + (s.length() > 64 ? s.substring(0, 64) + "..." : s) + "]";
        }
        return length() + " bytes";
    }
}
