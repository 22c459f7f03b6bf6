package dicodec.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Big Endian swaps every multi-byte binary value by its VR, and never OB, UN or text. */
class BigEndianSwapTest {

    private static byte[] valueBytesInFile(VR vr, byte[] value) throws IOException {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofBytes(0x00431029, vr, value)); // private: no dictionary VR involved
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(ds, TransferSyntaxes.EXPLICIT_VR_BE, out);
        byte[] b = out.toByteArray();
        int header = vr.hasLongHeader() ? 12 : 8;
        return Arrays.copyOfRange(b, header, header + value.length);
    }

    @Test
    void writeBigEndian_eachBinaryVr_swapsByItsUnit() throws IOException {
        byte[] v = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5, 8, 7}, valueBytesInFile(VR.US, v));
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5, 8, 7}, valueBytesInFile(VR.SS, v));
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5, 8, 7}, valueBytesInFile(VR.OW, v));
        assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5, 8, 7}, valueBytesInFile(VR.AT, v));
        for (VR vr : new VR[] {VR.UL, VR.SL, VR.FL, VR.OF, VR.OL}) {
            assertArrayEquals(new byte[] {4, 3, 2, 1, 8, 7, 6, 5}, valueBytesInFile(vr, v), vr.name());
        }
        for (VR vr : new VR[] {VR.FD, VR.OD, VR.OV, VR.SV, VR.UV}) {
            assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, valueBytesInFile(vr, v), vr.name());
        }
        for (VR vr : new VR[] {VR.OB, VR.UN, VR.LO, VR.DS, VR.UT}) {
            assertArrayEquals(v, valueBytesInFile(vr, v), vr.name());
        }
    }

    @Test
    void readBigEndian_bulkPixelData_isSwappedOnlyWhenRead() throws IOException {
        byte[] pixels = new byte[DicomReader.BULK_THRESHOLD + 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        Dataset ds = new Dataset();
        ds.put(DicomRoundTripTest.us(Tag.BITS_ALLOCATED, 16));
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, pixels));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_BE, out);
        DicomObject back = DicomReader.read(out.toByteArray(), "be");
        DicomElement px = back.dataset().get(Tag.PIXEL_DATA);
        ElementValue.Bytes value = (ElementValue.Bytes) px.value();
        assertEquals(2, value.bigEndianUnit(), "left in the source, in Big Endian");
        assertArrayEquals(pixels, px.bytes());
    }

    @Test
    void writeBigEndian_eightBitPixelData_isObAndNotSwapped() throws IOException {
        Dataset ds = new Dataset();
        ds.put(DicomRoundTripTest.us(Tag.BITS_ALLOCATED, 8));
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, new byte[] {1, 2, 3, 4}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataset(ds, TransferSyntaxes.EXPLICIT_VR_BE, out);
        byte[] b = out.toByteArray();
        int px = b.length - 4;
        assertEquals('O', b[px - 8]);
        assertEquals('B', b[px - 7]);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Arrays.copyOfRange(b, px, b.length));
    }
}
