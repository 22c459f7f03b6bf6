package dicodec.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Write a data set in every native syntax, read it back: nothing may change. */
class DicomRoundTripTest {

    static List<TransferSyntax> nativeSyntaxes() {
        return List.of(TransferSyntaxes.IMPLICIT_VR_LE, TransferSyntaxes.EXPLICIT_VR_LE,
                TransferSyntaxes.EXPLICIT_VR_BE, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE);
    }

    static Dataset sample() {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SPECIFIC_CHARACTER_SET, VR.CS, "ISO_IR 100"));
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "1.2.3.4.5"));
        ds.put(DicomElement.ofString(0x00100010, VR.PN, "Doe^Jane")); // even
        ds.put(DicomElement.ofString(0x00100020, VR.LO, "ID1")); // odd: padded on write
        ds.put(DicomElement.ofBytes(0x00181063, VR.DS, "33.3".getBytes()));
        ds.put(DicomElement.ofBytes(0x00280009, VR.AT, new byte[] {0x18, 0x00, 0x63, 0x10}));
        ds.put(us(Tag.ROWS, 2));
        ds.put(us(Tag.COLUMNS, 2));
        ds.put(us(Tag.BITS_ALLOCATED, 16));
        ds.put(us(Tag.BITS_STORED, 16));
        ds.put(us(Tag.PIXEL_REPRESENTATION, 1));
        ds.put(DicomElement.ofBytes(0x00280106, VR.SS, new byte[] {(byte) 0xFE, (byte) 0xFF}));
        ds.put(DicomElement.ofBytes(0x00189327, VR.FD, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        ds.put(DicomElement.ofBytes(0x00189306, VR.FL, new byte[] {1, 2, 3, 4}));
        // private block with creator, a private binary value and an unknown-VR value
        ds.put(DicomElement.ofString(0x00090010, VR.LO, "ACME 1.0"));
        ds.put(DicomElement.ofBytes(0x00091001, VR.UN, new byte[] {9, 8, 7}));
        // nested sequence, two levels
        Dataset inner = new Dataset();
        inner.put(DicomElement.ofString(0x00080100, VR.SH, "121320"));
        inner.put(DicomElement.ofString(0x00080102, VR.SH, "DCM"));
        Dataset item = new Dataset();
        item.put(DicomElement.ofString(0x00081150, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        item.put(DicomElement.ofSequence(0x0040A170, List.of(inner)));
        ds.put(DicomElement.ofSequence(0x00082112, List.of(item, new Dataset())));
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, new byte[] {1, 0, 2, 0, (byte) 0xFF, 0x7F, 0, (byte) 0x80}));
        return ds;
    }

    static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }

    static byte[] write(Dataset ds, TransferSyntax ts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeFile(new Dataset(), ds, ts, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeThenRead_everyNativeSyntax_keepsEveryElement(TransferSyntax ts) throws IOException {
        Dataset ds = sample();
        DicomObject back = DicomReader.read(write(ds, ts), "sample");
        assertEquals(ts, back.syntax());
        assertEquals(List.of(), DatasetDiff.diff(ds, back.dataset(), ts.explicitVr()));
        assertEquals("ID1", back.dataset().getString(0x00100020));
        assertEquals(-2, back.dataset().getLong(0x00280106, 0));
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeFile_anySyntax_regeneratesFileMeta(TransferSyntax ts) throws IOException {
        Dataset oldMeta = new Dataset();
        oldMeta.put(DicomElement.ofString(Tag.IMPLEMENTATION_CLASS_UID, VR.UI, "1.2.3"));
        oldMeta.put(DicomElement.ofString(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID, VR.UI, "9.9.9"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeFile(oldMeta, sample(), ts, out);
        byte[] file = out.toByteArray();
        assertEquals("DICM", new String(file, 128, 4));
        Dataset meta = DicomReader.read(file, "x").fileMeta();
        assertEquals(ts.uid(), meta.getString(Tag.TRANSFER_SYNTAX_UID));
        assertEquals(Implementation.CLASS_UID, meta.getString(Tag.IMPLEMENTATION_CLASS_UID));
        assertEquals(Implementation.VERSION_NAME, meta.getString(Tag.IMPLEMENTATION_VERSION_NAME));
        assertEquals("1.2.3.4.5", meta.getString(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID));
        assertEquals("1.2.840.10008.5.1.4.1.1.7", meta.getString(Tag.MEDIA_STORAGE_SOP_CLASS_UID));
        assertArrayEquals(new byte[] {0, 1}, meta.get(Tag.FILE_META_VERSION).bytes());
        // group length = bytes from after the group length element to the end of group 2
        long groupLength = meta.getLong(Tag.FILE_META_GROUP_LENGTH, -1);
        int afterGroupLength = 132 + 12;
        int datasetStart = afterGroupLength + (int) groupLength;
        if (!ts.deflated()) { // the first data set element is group 0008, in the syntax's byte order
            assertEquals(ts.bigEndian() ? 0x00 : 0x08, file[datasetStart]);
            assertEquals(ts.bigEndian() ? 0x08 : 0x00, file[datasetStart + 1]);
        }
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeElement_oddLength_isPaddedToEven(TransferSyntax ts) throws IOException {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(0x00100020, VR.LO, "ABC"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "1.2.3"));
        DicomObject back = DicomReader.read(write(ds, ts), "x");
        assertEquals(4, back.dataset().get(0x00100020).length());
        assertEquals(6, back.dataset().get(Tag.SOP_INSTANCE_UID).length());
        byte[] uid = back.dataset().get(Tag.SOP_INSTANCE_UID).bytes();
        assertEquals(0, uid[5], "UI is padded with NUL");
        assertEquals(' ', back.dataset().get(0x00100020).bytes()[3], "text is padded with a space");
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeDataset_groupLengthPresent_isRecomputed(TransferSyntax ts) throws IOException {
        Dataset ds = sample();
        ds.put(DicomElement.ofBytes(0x00100000, VR.UL, new byte[] {99, 0, 0, 0})); // wrong on purpose
        DicomObject back = DicomReader.read(write(ds, ts), "x");
        // group 0010 holds PN "Doe^Jane" (8 bytes) and LO "ID1 " (4 bytes), headers 8 each
        assertEquals(8 + 8 + 8 + 4, back.dataset().getLong(0x00100000, -1));
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeBareDataset_thenRead_detectsTheEncoding(TransferSyntax ts) throws IOException {
        if (ts.deflated()) {
            return; // a bare deflated data set cannot be told from noise; it needs its file meta
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(sample(), ts, out);
        DicomObject back = DicomReader.read(out.toByteArray(), "bare");
        assertFalse(back.hadFileMeta());
        assertEquals(ts.explicitVr(), back.syntax().explicitVr());
        assertEquals(ts.bigEndian(), back.syntax().bigEndian());
        assertEquals(List.of(), DatasetDiff.diff(sample(), back.dataset(), ts.explicitVr()));
    }

    @ParameterizedTest
    @MethodSource("nativeSyntaxes")
    void writeUndefinedLengthUn_anySyntax_staysImplicitLittleEndianInside(TransferSyntax ts) throws IOException {
        Dataset item = new Dataset();
        item.put(DicomElement.ofString(0x00080100, VR.SH, "113040"));
        item.put(us(0x00280010, 512));
        Dataset ds = new Dataset();
        ds.put(new DicomElement(0x00191010, VR.UN, new ElementValue.Items(List.of(item), true)));
        byte[] file = write(ds, ts);
        DicomObject back = DicomReader.read(file, "x");
        DicomElement un = back.dataset().get(0x00191010);
        assertTrue(un.isSequence());
        Dataset readItem = un.items().get(0);
        assertEquals("113040", readItem.getString(0x00080100));
        // inside a UN sequence values are Little Endian even in a Big Endian file
        assertEquals(512, readItem.getInt(0x00280010, -1));
    }
}
