package dicodec.core.pixel;

import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Data sets and fragments built in memory for the pixel tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A US value: 2 bytes, Little Endian. */
    static byte[] us(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8)};
    }

    static void putUs(Dataset ds, int tag, int v) {
        ds.put(DicomElement.ofBytes(tag, VR.US, us(v)));
    }

    /** An image data set without Pixel Data: all Image Pixel attributes set. */
    static Dataset image(int rows, int columns, int samples, int bitsAllocated, int bitsStored, int pixelRep,
            String photometric) {
        Dataset ds = new Dataset();
        putUs(ds, Tag.ROWS, rows);
        putUs(ds, Tag.COLUMNS, columns);
        putUs(ds, Tag.SAMPLES_PER_PIXEL, samples);
        putUs(ds, Tag.BITS_ALLOCATED, bitsAllocated);
        putUs(ds, Tag.BITS_STORED, bitsStored);
        putUs(ds, Tag.HIGH_BIT, bitsStored - 1);
        putUs(ds, Tag.PIXEL_REPRESENTATION, pixelRep);
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric));
        if (samples > 1) {
            putUs(ds, Tag.PLANAR_CONFIGURATION, 0);
        }
        return ds;
    }

    static void frames(Dataset ds, int n) {
        String s = Integer.toString(n);
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, s.length() % 2 == 1 ? s + " " : s));
    }

    /** Native Pixel Data holding {@code bytes}. */
    static void nativePixels(Dataset ds, byte[] bytes) {
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, bytes));
    }

    /** Encapsulated Pixel Data: a Basic Offset Table (possibly empty) and the fragments. */
    static ElementValue.Fragments fragments(long[] bot, byte[]... fragments) {
        ByteBuffer table = ByteBuffer.allocate(4 * bot.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long o : bot) {
            table.putInt((int) o);
        }
        List<BulkRef> refs = new ArrayList<>();
        for (byte[] f : fragments) {
            refs.add(BulkRef.of(f));
        }
        return new ElementValue.Fragments(BulkRef.of(table.array()), refs);
    }

    static void encapsulated(Dataset ds, ElementValue.Fragments value) {
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB, value));
    }

    /** An OV value of 64-bit Little Endian numbers (Extended Offset Table and its Lengths). */
    static DicomElement ov(int tag, long... values) {
        ByteBuffer bb = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            bb.putLong(v);
        }
        return DicomElement.ofBytes(tag, VR.OV, bb.array());
    }

    /** A fragment of {@code length} bytes starting with {@code head}, the rest counting up from 1. */
    static byte[] fragment(int length, int... head) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i < head.length ? head[i] : i + 1);
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Bytes from ints, for streams written byte by byte. */
    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
