package dicodec.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading edge cases, built byte by byte. */
class DicomReaderTest {

    /** Implicit VR LE element bytes. */
    private static byte[] implicit(int tag, byte[] value, long length) {
        ByteBuffer b = ByteBuffer.allocate(8 + value.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) (tag >>> 16)).putShort((short) tag).putInt((int) length).put(value);
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void read_implicitBareDataset_takesVrFromDictionary() {
        byte[] data = concat(implicit(Tag.ROWS, new byte[] {0, 2}, 2), implicit(0x00100020, "ID".getBytes(), 2));
        DicomObject o = DicomReader.read(data, "bare");
        assertEquals(TransferSyntaxes.IMPLICIT_VR_LE, o.syntax());
        assertEquals(VR.US, o.dataset().get(Tag.ROWS).vr());
        assertEquals(512, o.dataset().getInt(Tag.ROWS, 0));
        assertEquals(VR.LO, o.dataset().get(0x00100020).vr());
    }

    @Test
    void read_oddValueLength_isTolerated() {
        byte[] data = concat(implicit(0x00100020, "ABC".getBytes(), 3), implicit(Tag.ROWS, new byte[] {4, 0}, 2));
        DicomObject o = DicomReader.read(data, "odd");
        assertEquals("ABC", o.dataset().getString(0x00100020));
        assertEquals(4, o.dataset().getInt(Tag.ROWS, 0));
    }

    @Test
    void read_unknownPrivateTag_keepsItsBytes() {
        byte[] value = {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF};
        DicomObject o = DicomReader.read(implicit(0x00111001, value, 4), "private");
        DicomElement e = o.dataset().get(0x00111001);
        assertEquals(VR.UN, e.vr());
        assertTrue(Arrays.equals(value, e.bytes()));
    }

    @Test
    void read_sequencesOfUndefinedAndDefinedLength_readsBoth() {
        byte[] itemContent = implicit(0x00080100, "CODE".getBytes(), 4);
        byte[] undefinedItem = concat(implicit(Tag.ITEM, itemContent, 0xFFFFFFFFL),
                implicit(Tag.ITEM_DELIMITATION, new byte[0], 0));
        byte[] definedItem = implicit(Tag.ITEM, itemContent, itemContent.length);
        byte[] undefinedSeq = concat(implicit(0x00082112, undefinedItem, 0xFFFFFFFFL),
                implicit(Tag.SEQUENCE_DELIMITATION, new byte[0], 0));
        byte[] definedSeq = implicit(0x00089215, definedItem, definedItem.length);
        DicomObject o = DicomReader.read(concat(undefinedSeq, definedSeq), "seq");
        assertEquals("CODE", o.dataset().get(0x00082112).items().get(0).getString(0x00080100));
        assertEquals("CODE", o.dataset().get(0x00089215).items().get(0).getString(0x00080100));
    }

    @Test
    void read_valueLongerThanFile_failsWithOffsetAndTag() {
        byte[] data = concat(implicit(Tag.ROWS, new byte[] {1, 0}, 2), implicit(Tag.PIXEL_DATA, new byte[10], 100));
        DicodecException e = assertThrows(DicodecException.class, () -> DicomReader.read(data, "short.dcm"));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(10, e.offset());
        assertTrue(e.getMessage().startsWith("short.dcm: at byte 10: PixelData (7FE0,0010) declares a value of 100"),
                e.getMessage());
    }

    @Test
    void read_sequenceWithoutDelimiter_failsAsTruncated() {
        byte[] item = concat(implicit(Tag.ITEM, implicit(0x00080100, "AB".getBytes(), 2), 0xFFFFFFFFL),
                implicit(Tag.ITEM_DELIMITATION, new byte[0], 0));
        byte[] data = implicit(0x00082112, item, 0xFFFFFFFFL); // no sequence delimitation
        DicodecException e = assertThrows(DicodecException.class, () -> DicomReader.read(data, "x"));
        assertTrue(e.getMessage().contains("(0008,2112)") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void read_notDicom_failsClearly() {
        byte[] data = new byte[200];
        Arrays.fill(data, (byte) 0xFF);
        DicodecException e = assertThrows(DicodecException.class, () -> DicomReader.read(data, "noise.bin"));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("not DICOM"), e.getMessage());
    }

    @Test
    void read_encapsulatedPixelData_keepsFragmentsInTheSource() {
        byte[] frag = {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9};
        byte[] pixel = concat(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, -1, -1, -1, -1},
                explicitItem(new byte[0]), explicitItem(frag),
                new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0});
        byte[] data = concat(new byte[] {0x28, 0, 0x10, 0, 'U', 'S', 2, 0, 1, 0}, pixel);
        DicomObject o = DicomReader.read(data, "enc");
        assertEquals(TransferSyntaxes.EXPLICIT_VR_LE, o.syntax());
        ElementValue.Fragments f = (ElementValue.Fragments) o.dataset().get(Tag.PIXEL_DATA).value();
        assertEquals(0, f.basicOffsetTable().length());
        assertEquals(1, f.fragments().size());
        assertTrue(Arrays.equals(frag, f.fragments().get(0).read()));
    }

    private static byte[] explicitItem(byte[] v) {
        ByteBuffer b = ByteBuffer.allocate(8 + v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(v.length).put(v);
        return b.array();
    }
}
