package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The 64-byte RLE Header of PS3.5 G.5. */
class RleHeaderTest {
    @Test
    void write_thenRead_givesTheSegmentsAndLeavesUnusedOffsetsZero() {
        byte[] frame = new byte[100];
        RleHeader.write(new int[] {64, 70, 90}, frame);
        assertEquals(3, frame[0]);
        assertEquals(64, frame[4]);
        for (int i = 16; i < 64; i++) {
            assertEquals(0, frame[i], "byte " + i);
        }
        RleHeader h = RleHeader.read(frame, 3);
        assertArrayEquals(new int[] {64, 70, 90}, h.starts());
        assertArrayEquals(new int[] {70, 90, 100}, h.ends());
    }

    @Test
    void read_countAbove15_givesBadInputAtByte0() {
        byte[] frame = new byte[80];
        frame[0] = 16;
        DicodecException e = assertThrows(DicodecException.class, () -> RleHeader.read(frame, 1));
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("16 segments"), e.getMessage());
    }

    @Test
    void read_offsetPastTheEnd_givesBadInputAtItsWord() {
        byte[] frame = new byte[80];
        RleHeader.write(new int[] {64, 70, 81}, frame);
        DicodecException e = assertThrows(DicodecException.class, () -> RleHeader.read(frame, 3));
        assertEquals(12, e.offset());
        assertTrue(e.getMessage().contains("segment 3 of 3 starts at 81, which is past the end"), e.getMessage());
    }

    @Test
    void read_hugeUnsignedCount_isNotTakenForNegative() {
        byte[] frame = new byte[64];
        Arrays.fill(frame, 0, 4, (byte) 0xFF);
        DicodecException e = assertThrows(DicodecException.class, () -> RleHeader.read(frame, 1));
        assertTrue(e.getMessage().contains("4294967295 segments"), e.getMessage());
    }
}
