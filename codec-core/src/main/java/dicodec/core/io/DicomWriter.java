package dicodec.core.io;

import dicodec.core.syntax.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a data set in a transfer syntax, as a Part 10 file (regenerated file meta) or as a
 * bare data set. Sequences and items are written with defined lengths, values padded to
 * even length, binary values swapped by VR for Big Endian, and group lengths recomputed.
 * Values that are still in their source are streamed from it in chunks.
 */
public final class DicomWriter {
    private static final int CHUNK = 1 << 20;
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private DicomWriter() {
    }

    /** The encoding in force: explicit VR or not, byte order. */
    private record Encoding(boolean explicit, boolean bigEndian) {
        static final Encoding IMPLICIT_LE = new Encoding(false, false);
        static final Encoding EXPLICIT_LE = new Encoding(true, false);
    }

    /** Writes a Part 10 file: preamble, "DICM", file meta for {@code ts}, the data set. */
    public static void writeFile(Dataset fileMeta, Dataset dataset, TransferSyntax ts, OutputStream out)
            throws IOException {
        OutputStream bout = new BufferedOutputStream(out, 64 * 1024);
        bout.write(new byte[128]);
        bout.write("DICM".getBytes(StandardCharsets.US_ASCII));
        writeFileMeta(buildFileMeta(fileMeta, dataset, ts), bout);
        writeDataset(dataset, ts, bout);
        bout.flush();
    }

    /** Writes the data set alone (no preamble, no file meta), in {@code ts}. */
    public static void writeDataset(Dataset dataset, TransferSyntax ts, OutputStream out) throws IOException {
        Encoding enc = new Encoding(ts.explicitVr(), ts.bigEndian());
        if (ts.deflated()) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                DeflaterOutputStream z = new DeflaterOutputStream(new NonClosing(out), deflater, 64 * 1024);
                OutputStream b = new BufferedOutputStream(z, 64 * 1024);
                writeElements(dataset, enc, b, true);
                b.flush();
                z.finish();
            } finally {
                deflater.end();
            }
        } else {
            OutputStream b = new BufferedOutputStream(new NonClosing(out), 64 * 1024);
            writeElements(dataset, enc, b, true);
            b.flush();
        }
    }

    /**
     * The file meta to write: what the source had, less what we regenerate (PS3.10 7.1):
     * version, Media Storage SOP Class / Instance UID copied from the data set, the Transfer
     * Syntax, our Implementation Class UID and Version Name.
     */
    public static Dataset buildFileMeta(Dataset sourceMeta, Dataset dataset, TransferSyntax ts) {
        Dataset meta = sourceMeta == null ? new Dataset() : sourceMeta.copy();
        meta.remove(Tag.FILE_META_GROUP_LENGTH);
        meta.put(DicomElement.ofBytes(Tag.FILE_META_VERSION, VR.OB, new byte[] {0, 1}));
        copyUid(dataset, Tag.SOP_CLASS_UID, meta, Tag.MEDIA_STORAGE_SOP_CLASS_UID);
        copyUid(dataset, Tag.SOP_INSTANCE_UID, meta, Tag.MEDIA_STORAGE_SOP_INSTANCE_UID);
        meta.put(uid(Tag.TRANSFER_SYNTAX_UID, ts.uid()));
        meta.put(uid(Tag.IMPLEMENTATION_CLASS_UID, Implementation.CLASS_UID));
        meta.put(DicomElement.ofString(Tag.IMPLEMENTATION_VERSION_NAME, VR.SH, Implementation.VERSION_NAME));
        return meta;
    }

    private static void copyUid(Dataset from, int fromTag, Dataset to, int toTag) {
        String v = from.getString(fromTag);
        if (v != null) {
            to.put(uid(toTag, v));
        }
    }

    private static DicomElement uid(int tag, String value) {
        return DicomElement.ofString(tag, VR.UI, value);
    }

    private static void writeFileMeta(Dataset meta, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (DicomElement e : meta.elements()) {
            if (e.tag() != Tag.FILE_META_GROUP_LENGTH) {
                writeElement(e, Encoding.EXPLICIT_LE, body);
            }
        }
        byte[] gl = new byte[4];
        putU32(gl, 0, body.size(), false);
        writeElement(DicomElement.ofBytes(Tag.FILE_META_GROUP_LENGTH, VR.UL, gl), Encoding.EXPLICIT_LE, out);
        body.writeTo(out);
    }

    private static void writeElements(Dataset ds, Encoding enc, OutputStream out, boolean topLevel)
            throws IOException {
        for (DicomElement e : ds.elements()) {
            if (topLevel && Tag.group(e.tag()) == 0x0002) {
                continue; // file meta lives in the file meta, never in the data set
            }
            if (Tag.element(e.tag()) == 0 && e.vr() != VR.SQ) {
                e = groupLength(ds, e, enc);
            } else if (topLevel && e.tag() == Tag.PIXEL_DATA && e.value() instanceof ElementValue.Bytes) {
                e = e.withVr(nativePixelDataVr(ds));
            }
            writeElement(e, enc, out);
        }
    }

    /**
     * Native Pixel Data is OW when Bits Allocated is above 8, else OB (PS3.5 A.2): this matters
     * for Big Endian, where OW is swapped in 16-bit words and OB is not.
     */
    static VR nativePixelDataVr(Dataset ds) {
        return ds.getInt(Tag.BITS_ALLOCATED, 16) > 8 ? VR.OW : VR.OB;
    }

    /** A group length recomputed for the elements that follow it in its group. */
    private static DicomElement groupLength(Dataset ds, DicomElement gl, Encoding enc) {
        int group = Tag.group(gl.tag());
        long len = 0;
        for (DicomElement e : ds.elements()) {
            if (Tag.group(e.tag()) == group && Tag.element(e.tag()) != 0) {
                len += encodedLength(e, enc);
            }
        }
        byte[] v = new byte[4];
        putU32(v, 0, len, false);
        return DicomElement.ofBytes(gl.tag(), VR.UL, v);
    }

    /** The number of bytes {@link #writeElement} writes for {@code e}. */
    static long encodedLength(DicomElement e, Encoding enc) {
        VR vr = writtenVr(e, enc);
        long header = enc.explicit() ? (vr.hasLongHeader() ? 12 : 8) : 8;
        ElementValue v = e.value();
        if (v instanceof ElementValue.Bytes b) {
            return header + b.length() + (b.length() & 1);
        }
        if (v instanceof ElementValue.Items it) {
            if (it.implicitLittleEndian()) {
                long len = header + 8; // undefined length: items with delimiters, then the sequence delimiter
                for (Dataset item : it.items()) {
                    len += 16 + datasetLength(item, Encoding.IMPLICIT_LE);
                }
                return len;
            }
            return header + sequenceLength(it, enc);
        }
        ElementValue.Fragments f = (ElementValue.Fragments) v;
        long len = header + 8 + 8 + f.basicOffsetTable().length() + (f.basicOffsetTable().length() & 1);
        for (BulkRef frag : f.fragments()) {
            len += 8 + frag.length() + (frag.length() & 1);
        }
        return len;
    }

    /** The defined length of a sequence's value: each item's 8-byte header and data set. */
    private static long sequenceLength(ElementValue.Items it, Encoding enc) {
        long len = 0;
        for (Dataset item : it.items()) {
            len += 8 + datasetLength(item, enc);
        }
        return len;
    }

    private static long datasetLength(Dataset ds, Encoding enc) {
        long len = 0;
        for (DicomElement e : ds.elements()) {
            len += encodedLength(e, enc);
        }
        return len;
    }

    /**
     * The VR as written: a value too long for a 16-bit length is written as UN (CP-1066); items
     * of a UN sequence keep UN.
     */
    private static VR writtenVr(DicomElement e, Encoding enc) {
        VR vr = e.vr();
        if (enc.explicit() && !vr.hasLongHeader() && e.length() > 0xFFFF) {
            return VR.UN;
        }
        return vr;
    }

    private static void writeElement(DicomElement e, Encoding enc, OutputStream out) throws IOException {
        VR vr = writtenVr(e, enc);
        ElementValue v = e.value();
        if (v instanceof ElementValue.Bytes b) {
            long len = b.length();
            writeHeader(e.tag(), vr, len + (len & 1), enc, out);
            writeBytes(b, vr, enc, out);
            if ((len & 1) == 1) {
                out.write(vr.paddingByte());
            }
        } else if (v instanceof ElementValue.Items it && it.implicitLittleEndian()) {
            // UN of undefined length (CP-246): kept in that form, its value (delimiters
            // included) in implicit VR little endian whatever the syntax around it
            writeHeader(e.tag(), vr, UNDEFINED, enc, out);
            for (Dataset item : it.items()) {
                writeItemTag(Tag.ITEM, UNDEFINED, Encoding.IMPLICIT_LE, out);
                writeElements(item, Encoding.IMPLICIT_LE, out, false);
                writeItemTag(Tag.ITEM_DELIMITATION, 0, Encoding.IMPLICIT_LE, out);
            }
            writeItemTag(Tag.SEQUENCE_DELIMITATION, 0, Encoding.IMPLICIT_LE, out);
        } else if (v instanceof ElementValue.Items it) {
            // Defined lengths, as DCMTK writes by default: a reader that does not know a
            // private sequence in implicit VR can still skip it, or find its items.
            writeHeader(e.tag(), vr, sequenceLength(it, enc), enc, out);
            for (Dataset item : it.items()) {
                writeItemTag(Tag.ITEM, datasetLength(item, enc), enc, out);
                writeElements(item, enc, out, false);
            }
        } else {
            ElementValue.Fragments f = (ElementValue.Fragments) v;
            writeHeader(e.tag(), VR.OB, UNDEFINED, enc, out);
            writeFragment(f.basicOffsetTable(), enc, out);
            for (BulkRef frag : f.fragments()) {
                writeFragment(frag, enc, out);
            }
            writeItemTag(Tag.SEQUENCE_DELIMITATION, 0, enc, out);
        }
    }

    private static void writeFragment(BulkRef frag, Encoding enc, OutputStream out) throws IOException {
        long len = frag.length();
        writeItemTag(Tag.ITEM, len + (len & 1), enc, out);
        copy(frag, 0, 0, out);
        if ((len & 1) == 1) {
            out.write(0);
        }
    }

    private static void writeBytes(ElementValue.Bytes b, VR vr, Encoding enc, OutputStream out) throws IOException {
        copy(b.ref(), b.bigEndianUnit(), enc.bigEndian() ? vr.swapUnit() : 0, out);
    }

    /**
     * Streams a stretch of bytes from the byte order it is stored in ({@code fromUnit}: 0 for
     * Little Endian, else the Big Endian unit) to the one wanted ({@code toUnit}, the same way).
     * The units can differ when the VR changed (8-bit Pixel Data read as OW, written as OB).
     */
    private static void copy(BulkRef ref, int fromUnit, int toUnit, OutputStream out) throws IOException {
        boolean same = fromUnit == toUnit || (fromUnit < 2 && toUnit < 2);
        long len = ref.length();
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(len, 1))];
        for (long done = 0; done < len; ) {
            int n = (int) Math.min(buf.length, len - done);
            ref.read(done, buf, 0, n);
            if (!same) {
                ByteSwap.swap(buf, 0, n, fromUnit);
                ByteSwap.swap(buf, 0, n, toUnit);
            }
            out.write(buf, 0, n);
            done += n;
        }
    }

    private static void writeHeader(int tag, VR vr, long length, Encoding enc, OutputStream out) throws IOException {
        checkLength(tag, length);
        byte[] h = new byte[12];
        putU16(h, 0, tag >>> 16, enc.bigEndian());
        putU16(h, 2, tag & 0xFFFF, enc.bigEndian());
        if (!enc.explicit()) {
            putU32(h, 4, length, enc.bigEndian());
            out.write(h, 0, 8);
        } else if (vr.hasLongHeader()) {
            h[4] = (byte) vr.name().charAt(0);
            h[5] = (byte) vr.name().charAt(1);
            putU32(h, 8, length, enc.bigEndian());
            out.write(h, 0, 12);
        } else {
            h[4] = (byte) vr.name().charAt(0);
            h[5] = (byte) vr.name().charAt(1);
            putU16(h, 6, (int) length, enc.bigEndian());
            out.write(h, 0, 8);
        }
    }

    private static void writeItemTag(int tag, long length, Encoding enc, OutputStream out) throws IOException {
        checkLength(tag, length);
        byte[] h = new byte[8];
        putU16(h, 0, tag >>> 16, enc.bigEndian());
        putU16(h, 2, tag & 0xFFFF, enc.bigEndian());
        putU32(h, 4, length, enc.bigEndian());
        out.write(h);
    }

    /**
     * A length field holds 32 bits and FFFFFFFF means undefined: a value of 4 GiB - 1 or more
     * cannot be written (native Pixel Data of that size has to be encapsulated). Refused rather
     * than written with a truncated length that would corrupt everything after it.
     */
    private static void checkLength(int tag, long length) {
        if (length != UNDEFINED && (length < 0 || length >= UNDEFINED)) {
            throw new dicodec.core.error.DicodecException(dicodec.core.error.ErrorKind.LIMIT, null, 0, tag, -1,
                    "a value of " + length + " bytes is more than a DICOM length field can state (4 GiB - 2)", null);
        }
    }

    static void putU16(byte[] b, int off, int v, boolean bigEndian) {
        if (bigEndian) {
            b[off] = (byte) (v >>> 8);
            b[off + 1] = (byte) v;
        } else {
            b[off] = (byte) v;
            b[off + 1] = (byte) (v >>> 8);
        }
    }

    static void putU32(byte[] b, int off, long v, boolean bigEndian) {
        if (bigEndian) {
            putU16(b, off, (int) (v >>> 16) & 0xFFFF, true);
            putU16(b, off + 2, (int) v & 0xFFFF, true);
        } else {
            putU16(b, off, (int) v & 0xFFFF, false);
            putU16(b, off + 2, (int) (v >>> 16) & 0xFFFF, false);
        }
    }

    /** Keeps a wrapping stream's close() or finish() from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
