package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PackBits as PS3.5 G.3 wants it: known vectors, the encoding rules, and what decoding refuses. */
class JavaPackBitsTest {
    private final PackBits packBits = new JavaPackBits();

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    private byte[] encode(byte[] src, int rowLength) {
        byte[] dst = new byte[(int) PackBits.maxEncodedLength(rowLength, src.length / rowLength)];
        int end = packBits.encode(src, 0, rowLength, src.length / rowLength, dst, 0);
        return Arrays.copyOf(dst, end);
    }

    private byte[] decode(byte[] segment, int length) {
        byte[] out = new byte[length];
        packBits.decode(segment, 0, segment.length, out, 0, length);
        return out;
    }

    @Test
    void decode_appleTechNote1023Example_givesItsUnpackedData() {
        // The PackBits example of Apple Technical Note TN1023 (also in the TIFF 6.0 specification).
        byte[] packed = bytes(0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA);
        byte[] unpacked = bytes(0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
                0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA);
        assertArrayEquals(unpacked, decode(packed, unpacked.length));
    }

    @Test
    void encode_threeByteRepeat_isAReplicateRun() {
        assertArrayEquals(bytes(0x00, 1, 0xFE, 7, 0x00, 2), encode(bytes(1, 7, 7, 7, 2), 5));
    }

    @Test
    void encode_twoByteRepeatInsideLiterals_joinsTheLiteralRun() {
        assertArrayEquals(bytes(0x03, 1, 7, 7, 2), encode(bytes(1, 7, 7, 2), 4));
    }

    @Test
    void encode_twoByteRepeatAtTheStart_isAReplicateRun() {
        assertArrayEquals(bytes(0xFF, 7, 0x01, 1, 2), encode(bytes(7, 7, 1, 2), 4));
    }

    @Test
    void encode_longRun_splitsIntoRunsOf128AndNeverUsesMinus128() {
        byte[] row = new byte[300];
        Arrays.fill(row, (byte) 9);
        // 128 + 128 + 44 = 300
        assertArrayEquals(bytes(0x81, 9, 0x81, 9, 0xD5, 9), encode(row, 300));
    }

    @Test
    void encode_longLiteral_splitsIntoRunsOf128() {
        byte[] row = new byte[200];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) i;
        }
        byte[] out = encode(row, 200);
        assertEquals(202, out.length);
        assertEquals(127, out[0]);
        assertEquals(71, out[129]);
        assertArrayEquals(row, decode(out, 200));
    }

    @Test
    void encode_rowsNeverShareARun() {
        // Two rows of 4 equal bytes: one run would be -7; per row it is two runs of -3.
        assertArrayEquals(bytes(0xFD, 5, 0xFD, 5), encode(bytes(5, 5, 5, 5, 5, 5, 5, 5), 4));
        // A literal tail of one row and the head of the next stay apart as well.
        assertArrayEquals(bytes(0x01, 1, 2, 0x01, 3, 4), encode(bytes(1, 2, 3, 4), 2));
    }

    @Test
    void encode_randomRowsOfEveryShape_decodeBackAndFollowTheRules() {
        Random random = new Random(4);
        for (int round = 0; round < 300; round++) {
            int rowLength = 1 + random.nextInt(400);
            int rows = 1 + random.nextInt(4);
            byte[] src = new byte[rowLength * rows];
            // runs of random length and value, so that every run length 1..300 shows up
            for (int i = 0; i < src.length;) {
                int n = Math.min(src.length - i, 1 + random.nextInt(random.nextBoolean() ? 4 : 300));
                Arrays.fill(src, i, i + n, (byte) random.nextInt(4));
                i += n;
            }
            byte[] out = encode(src, rowLength);
            assertArrayEquals(src, decode(out, src.length), "round " + round);
            assertRunsFollowTheRules(out, src, rowLength);
        }
    }

    @Test
    void encode_equalsTheByteByByteRuleOnRandomRows() {
        // The encoder skips literal data 8 bytes at a time; this plain loop states the rule it
        // must give the same bytes as: at a run start a repeat of 2 or more is a replicate run,
        // inside a literal only 3 or more end it.
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            int rowLength = 1 + random.nextInt(70);
            byte[] src = new byte[rowLength * (1 + random.nextInt(3))];
            int alphabet = 1 + random.nextInt(6);
            for (int i = 0; i < src.length; i++) {
                src[i] = (byte) random.nextInt(alphabet);
            }
            assertArrayEquals(plainEncode(src, rowLength), encode(src, rowLength), "round " + round);
        }
    }

    private static byte[] plainEncode(byte[] src, int rowLength) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int row = 0; row < src.length; row += rowLength) {
            int end = row + rowLength;
            int literal = row;
            int i = row;
            while (i < end) {
                int j = i + 1;
                while (j < end && j - i < 128 && src[j] == src[i]) {
                    j++;
                }
                int run = j - i;
                if (run >= 3 || run == 2 && literal == i) {
                    plainLiteral(src, literal, i, out);
                    out.write(1 - run);
                    out.write(src[i]);
                    literal = j;
                }
                i = j;
            }
            plainLiteral(src, literal, end, out);
        }
        return out.toByteArray();
    }

    private static void plainLiteral(byte[] src, int from, int to, java.io.ByteArrayOutputStream out) {
        for (int p = from; p < to; p += 128) {
            int n = Math.min(128, to - p);
            out.write(n - 1);
            out.write(src, p, n);
        }
    }

    /** No -128 header, no run crossing a row, no 3-byte repeat inside a literal run. */
    private static void assertRunsFollowTheRules(byte[] out, byte[] src, int rowLength) {
        int p = 0;
        int o = 0;
        while (p < out.length) {
            int h = out[p++];
            assertTrue(h != -128, "-128 used as a header");
            int n = h >= 0 ? h + 1 : 1 - h;
            assertEquals(o / rowLength, (o + n - 1) / rowLength, "a run of " + n + " at " + o + " crosses a row");
            if (h >= 0) {
                for (int k = o; k + 2 < o + n; k++) {
                    assertTrue(src[k] != src[k + 1] || src[k] != src[k + 2], "a 3-byte repeat at " + k
                            + " inside a literal run");
                }
                p += n;
            } else {
                p++;
            }
            o += n;
        }
        assertEquals(src.length, o);
    }

    @Test
    void decode_noOpsAndOnePaddingByte_areSkipped() {
        assertArrayEquals(bytes(1, 2, 3), decode(bytes(0x80, 0x02, 1, 2, 3, 0x80, 0x00), 3));
    }

    @Test
    void decode_runCrossingRows_isAccepted() {
        assertArrayEquals(bytes(5, 5, 5, 5, 5, 5), decode(bytes(0xFB, 5), 6));
    }

    @Test
    void decode_tooFewBytes_givesBadInputAtTheEndOfTheSegment() {
        DicodecException e = assertThrows(DicodecException.class, () -> decode(bytes(0x01, 1, 2), 3));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(3, e.offset());
        assertTrue(e.getMessage().contains("decodes to 2 bytes, 3 expected"), e.getMessage());
    }

    @Test
    void decode_runPassingTheEnd_givesBadInputAtItsHeader() {
        DicodecException e = assertThrows(DicodecException.class, () -> decode(bytes(0x00, 1, 0xFC, 2), 3));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("at least 6 bytes"), e.getMessage());
    }

    @Test
    void decode_runsAfterTheSegmentIsFull_giveBadInput() {
        DicodecException e = assertThrows(DicodecException.class, () -> decode(bytes(0xFE, 1, 0x00, 9), 3));
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("too many"), e.getMessage());
    }

    @Test
    void decode_intoTheMiddleOfALargerArray_touchesOnlyItsStretch() {
        byte[] dst = new byte[7];
        Arrays.fill(dst, (byte) 0x33);
        byte[] src = bytes(0x44, 0x44, 0xFE, 6, 0x55);
        packBits.decode(src, 2, 4, dst, 2, 3);
        assertArrayEquals(bytes(0x33, 0x33, 6, 6, 6, 0x33, 0x33), dst);
    }
}
