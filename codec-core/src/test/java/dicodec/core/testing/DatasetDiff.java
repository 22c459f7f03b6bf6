package dicodec.core.testing;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Compares two data sets element by element, sequences included, on their Little Endian value
 * bytes. Group lengths are skipped (the writer recomputes them), text values are compared
 * without trailing padding, and a VR difference is only reported where the bytes differ too
 * (an implicit-VR UN read back as a known VR is the same attribute).
 */
public final class DatasetDiff {
    private DatasetDiff() {
    }

    /** Differences, VRs included where both sides state them. */
    public static List<String> diff(Dataset a, Dataset b) {
        return diff(a, b, true);
    }

    /**
     * Differences; {@code compareVr} false when one side was read from Implicit VR, where the
     * VR is the dictionary's guess and not part of the data.
     */
    public static List<String> diff(Dataset a, Dataset b, boolean compareVr) {
        List<String> out = new ArrayList<>();
        new Walker(compareVr).diff(a, b, "", out);
        return out;
    }

    private record Walker(boolean compareVr) {

    private void diff(Dataset a, Dataset b, String path, List<String> out) {
        Iterator<DicomElement> ia = significant(a).iterator();
        Iterator<DicomElement> ib = significant(b).iterator();
        DicomElement ea = ia.hasNext() ? ia.next() : null;
        DicomElement eb = ib.hasNext() ? ib.next() : null;
        while (ea != null || eb != null) {
            int cmp = ea == null ? 1 : eb == null ? -1 : Integer.compareUnsigned(ea.tag(), eb.tag());
            if (cmp < 0) {
                out.add(path + Tag.toString(ea.tag()) + " only in the first");
                ea = ia.hasNext() ? ia.next() : null;
            } else if (cmp > 0) {
                out.add(path + Tag.toString(eb.tag()) + " only in the second");
                eb = ib.hasNext() ? ib.next() : null;
            } else {
                compare(ea, eb, path + Tag.toString(ea.tag()), out);
                ea = ia.hasNext() ? ia.next() : null;
                eb = ib.hasNext() ? ib.next() : null;
            }
        }
    }

    private static List<DicomElement> significant(Dataset ds) {
        List<DicomElement> list = new ArrayList<>();
        for (DicomElement e : ds.elements()) {
            if (Tag.element(e.tag()) != 0) {
                list.add(e);
            }
        }
        return list;
    }

    private void compare(DicomElement a, DicomElement b, String path, List<String> out) {
        ElementValue va = a.value();
        ElementValue vb = b.value();
        if (va instanceof ElementValue.Items ia && vb instanceof ElementValue.Items ib) {
            if (ia.items().size() != ib.items().size()) {
                out.add(path + " has " + ia.items().size() + " vs " + ib.items().size() + " items");
                return;
            }
            for (int i = 0; i < ia.items().size(); i++) {
                diff(ia.items().get(i), ib.items().get(i), path + "[" + (i + 1) + "].", out);
            }
            return;
        }
        if (va instanceof ElementValue.Fragments fa && vb instanceof ElementValue.Fragments fb) {
            if (fa.fragments().size() != fb.fragments().size()) {
                out.add(path + " has " + fa.fragments().size() + " vs " + fb.fragments().size() + " fragments");
                return;
            }
            for (int i = 0; i < fa.fragments().size(); i++) {
                if (!Arrays.equals(padEven(fa.fragments().get(i).read()), padEven(fb.fragments().get(i).read()))) {
                    out.add(path + " fragment " + (i + 1) + " differs");
                }
            }
            return;
        }
        if (va.getClass() != vb.getClass()) {
            out.add(path + " is " + va.getClass().getSimpleName() + " vs " + vb.getClass().getSimpleName());
            return;
        }
        boolean text = a.vr().isText() || b.vr().isText() || a.vr() == VR.UI || b.vr() == VR.UI;
        byte[] ba = trim(a.bytes(), text);
        byte[] bb = trim(b.bytes(), text);
        if (!Arrays.equals(ba, bb)) {
            out.add(path + " " + a.vr() + "/" + b.vr() + " values differ (" + ba.length + " vs " + bb.length + " bytes)");
        } else if (compareVr && a.vr() != b.vr() && a.vr() != VR.UN && b.vr() != VR.UN && !bothPixelVrs(a, b)) {
            out.add(path + " VR " + a.vr() + " vs " + b.vr());
        }
    }

    }

    private static boolean bothPixelVrs(DicomElement a, DicomElement b) {
        return (a.vr() == VR.OB || a.vr() == VR.OW) && (b.vr() == VR.OB || b.vr() == VR.OW);
    }

    /** Drops one trailing padding byte: odd values are padded on write (PS3.5 7.1.1). */
    private static byte[] trim(byte[] v, boolean text) {
        int end = v.length;
        if (text) {
            while (end > 0 && (v[end - 1] == ' ' || v[end - 1] == 0)) {
                end--;
            }
            return Arrays.copyOf(v, end);
        }
        // Binary: an odd value gains one NUL on write; compare both at even length.
        return padEven(v);
    }

    private static byte[] padEven(byte[] v) {
        return (v.length & 1) == 1 ? Arrays.copyOf(v, v.length + 1) : v;
    }
}
