package dicodec.core.pixel;

import static dicodec.core.pixel.Fixtures.frames;
import static dicodec.core.pixel.Fixtures.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.io.ArrayByteSource;
import dicodec.core.io.BulkRef;
import dicodec.core.io.ByteSource;
import dicodec.core.io.ByteSwap;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NativeFramesTest {

    /** A random bit per pixel for {@code frames} frames of {@code pixels} pixels, seeded for repeatability. */
    private static boolean[][] randomBits(int frames, int pixels) {
        Random r = new Random(20240610);
        boolean[][] bits = new boolean[frames][pixels];
        for (boolean[] f : bits) {
            for (int p = 0; p < pixels; p++) {
                f[p] = r.nextInt(3) == 0;
            }
        }
        return bits;
    }

    /** DICOM packing: bit k of the stream is bit k % 8 (least significant first) of byte k / 8. */
    private static byte[] pack(boolean[]... frames) {
        int pixels = frames[0].length;
        byte[] out = new byte[(int) (((long) frames.length * pixels + 7) / 8)];
        long k = 0;
        for (boolean[] f : frames) {
            for (boolean bit : f) {
                if (bit) {
                    out[(int) (k / 8)] |= (byte) (1 << (k % 8));
                }
                k++;
            }
        }
        return out;
    }

    private static Dataset segmentation(int rows, int columns, int frameCount, byte[] pixels) {
        Dataset ds = image(rows, columns, 1, 1, 1, 0, "MONOCHROME2");
        frames(ds, frameCount);
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OB, pixels));
        return ds;
    }

    @Test
    void frame_oneBitNotByteAligned_extractsSecondFrameBits() {
        int pixels = 510 * 510; // 260100 bits: frame 1 starts at bit 4 of byte 32512
        boolean[][] bits = randomBits(3, pixels);
        byte[] value = pack(bits);
        assertEquals(97538, value.length);
        NativeFrames nf = NativeFrames.of(segmentation(510, 510, 3, value));
        assertEquals(3, nf.count());
        byte[] second = nf.frame(1);
        assertEquals(32513, second.length);
        assertArrayEquals(pack(bits[1]), second);
        assertArrayEquals(pack(bits[2]), nf.frame(2));
        assertArrayEquals(pack(bits[0]), nf.frame(0));
    }

    @Test
    void frame_oneBitNotByteAligned_zeroesTheBitsAfterTheLastPixel() {
        // 3 x 3 pixels: 9 bits a frame; frame 0's second byte holds bit 8 and then frame 1's first bits.
        NativeFrames nf = NativeFrames.of(segmentation(3, 3, 2, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x01}, nf.frame(0));
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x01}, nf.frame(1));
    }

    @Test
    void frame_oneBitByteAligned_isTheFrameBytes() {
        byte[] value = new byte[3 * 8];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) (i * 37);
        }
        NativeFrames nf = NativeFrames.of(segmentation(8, 8, 3, value));
        assertArrayEquals(Arrays.copyOfRange(value, 16, 24), nf.frame(2));
    }

    @Test
    void frame_bigEndianBulkValue_isSwappedToLittleEndian() {
        // Two 3 x 3 frames of 16-bit samples; the value lies 5 bytes into its source, Big Endian.
        byte[] le = new byte[36];
        for (int i = 0; i < le.length; i++) {
            le[i] = (byte) (0x10 + i);
        }
        byte[] source = new byte[5 + le.length + 3];
        for (int i = 0; i < le.length; i += 2) {
            source[5 + i] = le[i + 1];
            source[5 + i + 1] = le[i];
        }
        BulkRef ref = new BulkRef(new ArrayByteSource(source, "be.dcm"), 5, le.length);
        Dataset ds = image(3, 3, 1, 16, 16, 0, "MONOCHROME2");
        frames(ds, 2);
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW, new ElementValue.Bytes(ref, 2)));
        NativeFrames nf = NativeFrames.of(ds);
        assertArrayEquals(Arrays.copyOfRange(le, 18, 36), nf.frame(1));
        assertArrayEquals(Arrays.copyOfRange(le, 0, 18), nf.frame(0));
    }

    @Test
    void frame_bigEndianEightBitOwWithOddFrameLength_startsMidWord() {
        // 9-byte frames in 16-bit words: frame 1 starts in the second half of word 4.
        byte[] le = new byte[18];
        for (int i = 0; i < le.length; i++) {
            le[i] = (byte) (i + 1);
        }
        byte[] be = le.clone();
        ByteSwap.swap(be, 0, be.length, 2);
        Dataset ds = image(3, 3, 1, 8, 8, 0, "MONOCHROME2");
        frames(ds, 2);
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW, new ElementValue.Bytes(BulkRef.of(be), 2)));
        NativeFrames nf = NativeFrames.of(ds);
        assertArrayEquals(Arrays.copyOfRange(le, 9, 18), nf.frame(1));
    }

    @Test
    void frame_bigEndian32BitSamplesInOw_swapsSixteenBitWordsAsDcmtkAndGdcmDo() {
        // OW is 16-bit words: DCMTK 3.6.7 and GDCM 3.0.21 swap word by word whatever Bits Allocated.
        byte[] be = Fixtures.bytes(0x0E, 0xE8, 0x00, 0x13, 0x01, 0x02, 0x03, 0x04);
        Dataset ds = image(1, 2, 1, 32, 32, 0, "MONOCHROME2");
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW, new ElementValue.Bytes(BulkRef.of(be), 2)));
        assertArrayEquals(Fixtures.bytes(0xE8, 0x0E, 0x13, 0x00, 0x02, 0x01, 0x04, 0x03), NativeFrames.of(ds).frame(0));
    }

    @Test
    void frame_readsOnlyThatFramesBytesFromTheSource() {
        byte[] data = new byte[10 * 64 * 64 * 2];
        CountingSource src = new CountingSource(data);
        Dataset ds = image(64, 64, 1, 16, 16, 0, "MONOCHROME2");
        frames(ds, 10);
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW,
                new ElementValue.Bytes(new BulkRef(src, 0, data.length), 0)));
        NativeFrames nf = NativeFrames.of(ds);
        nf.frame(7);
        assertEquals(8192, src.bytesRead);
        assertEquals(7 * 8192, src.lowest);
    }

    @Test
    void frame_indexOutOfRange_throwsNamingTheFrameCount() {
        NativeFrames nf = NativeFrames.of(segmentation(8, 8, 3, new byte[24]));
        DicodecException e = assertThrows(DicodecException.class, () -> nf.frame(3));
        assertTrue(e.getMessage().contains("frame index 3 is out of range: there are 3 frames (indexes 0 to 2)"),
                e.getMessage());
        assertThrows(DicodecException.class, () -> nf.frame(-1));
    }

    @Test
    void of_valueShorterThanTheAttributesNeed_throws() {
        Dataset ds = image(64, 64, 1, 16, 16, 0, "MONOCHROME2");
        Fixtures.nativePixels(ds, new byte[8000]);
        DicodecException e = assertThrows(DicodecException.class, () -> NativeFrames.of(ds));
        assertTrue(e.getMessage().contains("holds 8000 bytes"), e.getMessage());
    }

    @Test
    void of_valueWithExtraBytes_warns() {
        Dataset ds = image(2, 2, 1, 8, 8, 0, "MONOCHROME2");
        Fixtures.nativePixels(ds, new byte[8]);
        assertEquals(1, NativeFrames.of(ds).warnings().size());
    }

    @Test
    void frame_ybrFull422_isTwoSamplesPerPixelLong() {
        Dataset ds = image(10, 10, 3, 8, 8, 0, "YBR_FULL_422");
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OB, new byte[200]));
        NativeFrames nf = NativeFrames.of(ds);
        assertEquals(200, nf.frameLength());
        assertEquals(200, nf.frame(0).length);
    }

    @Test
    void of_encapsulatedPixelData_pointsToEncapsulatedFrames() {
        Dataset ds = image(2, 2, 1, 8, 8, 0, "MONOCHROME2");
        Fixtures.encapsulated(ds, Fixtures.fragments(new long[0], new byte[4]));
        DicodecException e = assertThrows(DicodecException.class, () -> NativeFrames.of(ds));
        assertTrue(e.getMessage().contains("EncapsulatedFrames"), e.getMessage());
    }

    /** A source that counts what is read from it. */
    private static final class CountingSource implements ByteSource {
        private final byte[] data;
        long bytesRead;
        long lowest = Long.MAX_VALUE;

        CountingSource(byte[] data) {
            this.data = data;
        }

        @Override
        public long length() {
            return data.length;
        }

        @Override
        public int read(long position, byte[] dst, int off, int len) {
            if (position >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - position);
            System.arraycopy(data, (int) position, dst, off, n);
            bytesRead += n;
            lowest = Math.min(lowest, position);
            return n;
        }

        @Override
        public String name() {
            return "counting";
        }
    }

    @Test
    void count_isNumberOfFrames() {
        assertEquals(3, NativeFrames.of(segmentation(8, 8, 3, new byte[24])).count());
    }
}
