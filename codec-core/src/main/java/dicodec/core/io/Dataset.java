package dicodec.core.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A data set: elements in ascending tag order (tags compared unsigned, so (FFFA,FFFA) sorts
 * after Pixel Data), with typed getters for the attributes the codecs read.
 */
public final class Dataset {
    private final TreeMap<Integer, DicomElement> elements = new TreeMap<>(Integer::compareUnsigned);

    public void put(DicomElement e) {
        elements.put(e.tag(), e);
    }

    public DicomElement get(int tag) {
        return elements.get(tag);
    }

    public DicomElement remove(int tag) {
        return elements.remove(tag);
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    public Collection<DicomElement> elements() {
        return elements.values();
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** A shallow copy: the elements are immutable and shared. */
    public Dataset copy() {
        Dataset d = new Dataset();
        d.elements.putAll(elements);
        return d;
    }

    /** The first value of a text element, trimmed; null when absent or empty. */
    public String getString(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.isSequence() || e.isFragments()) {
            return null;
        }
        String s = e.string();
        if (s == null) {
            return null;
        }
        int bs = s.indexOf('\\');
        String first = (bs >= 0 ? s.substring(0, bs) : s).trim();
        return first.isEmpty() ? null : first;
    }

    /** All values of a text element, trimmed (empty list when absent). */
    public List<String> getStrings(int tag) {
        DicomElement e = elements.get(tag);
        List<String> out = new ArrayList<>();
        if (e == null || e.string() == null || e.string().isEmpty()) {
            return out;
        }
        for (String v : e.string().split("\\\\", -1)) {
            out.add(v.trim());
        }
        return out;
    }

    /**
     * The first value as an integer, for binary (US, SS, UL, SL) and text (IS, DS) VRs; US is
     * read unsigned. Returns {@code def} when the element is absent, empty or not a number.
     */
    public long getLong(int tag, long def) {
        DicomElement e = elements.get(tag);
        if (e == null || e.isSequence() || e.isFragments() || e.length() == 0) {
            return def;
        }
        VR vr = e.effectiveVr();
        if (vr.isText()) {
            String s = getString(tag);
            if (s == null) {
                return def;
            }
            try {
                return vr == VR.DS ? (long) Double.parseDouble(s) : Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            } catch (NumberFormatException ex) {
                return def;
            }
        }
        byte[] b = e.bytes();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (vr) {
            case US: case OW:
                return b.length >= 2 ? bb.getShort() & 0xFFFF : def;
            case SS:
                return b.length >= 2 ? bb.getShort() : def;
            case UL: case OL:
                return b.length >= 4 ? bb.getInt() & 0xFFFFFFFFL : def;
            case SL:
                return b.length >= 4 ? bb.getInt() : def;
            case UV: case SV:
                return b.length >= 8 ? bb.getLong() : def;
            case UN: case OB:
                // Implicit-VR leftovers: guess from the length, as DCMTK does for UN.
                if (b.length == 2) {
                    return bb.getShort() & 0xFFFF;
                }
                if (b.length == 4) {
                    return bb.getInt() & 0xFFFFFFFFL;
                }
                return def;
            default:
                return def;
        }
    }

    public int getInt(int tag, int def) {
        return (int) getLong(tag, def);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (DicomElement e : elements.values()) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }
}
