package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import org.junit.jupiter.api.Test;

class BitReaderTest {
    private static BitReader reader(int... bytes) {
        byte[] d = new byte[bytes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) bytes[i];
        }
        return new BitReader(d, 0, d.length);
    }

    @Test
    void bits_stuffedZeroAfterFf_isDropped() {
        BitReader r = reader(0xFF, 0x00, 0x5A);
        assertEquals(0xFF, r.bits(8));
        assertEquals(0x5A, r.bits(8));
        assertFalse(r.overran());
    }

    @Test
    void bits_atAMarker_supplyZerosAndCountThem() {
        BitReader r = reader(0xAB, 0xFF, 0xD9);
        assertEquals(0xAB, r.bits(8));
        assertFalse(r.overran());
        assertEquals(0, r.bits(4));
        assertTrue(r.overran());
        DicodecException e = assertThrows(DicodecException.class, () -> r.finish("the scan"));
        assertEquals(1, e.offset());
        assertTrue(e.getMessage().contains("ends before the scan is complete"), e.getMessage());
    }

    @Test
    void peek16_doesNotConsume() {
        BitReader r = reader(0x12, 0x34, 0x56);
        assertEquals(0x1234, r.peek16());
        r.skip(4);
        assertEquals(0x2345, r.peek16());
    }

    @Test
    void receiveExtend_mapsBitsToSignedDifferences() {
        // T.81 Table F.1: size 3 codes -7..-4 as 000..011 and 4..7 as 100..111.
        BitReader r = reader(0b0111_0000, 0b0000_0000);
        assertEquals(-4, r.receiveExtend(3));
        assertEquals(4, r.receiveExtend(3));
        assertEquals(-1, r.receiveExtend(1));
    }

    @Test
    void restart_expectedMarker_continuesAfterIt() {
        BitReader r = reader(0b1010_1111, 0xFF, 0xD3, 0xC0);
        assertEquals(0b101, r.bits(3));
        r.restart(3, "MCU 8");
        assertEquals(0xC0, r.bits(8));
    }

    @Test
    void restart_wrongMarker_throwsAtIt() {
        BitReader r = reader(0x00, 0xFF, 0xD5, 0x00);
        r.bits(8);
        DicodecException e = assertThrows(DicodecException.class, () -> r.restart(2, "MCU 16 of 64"));
        assertEquals(1, e.offset());
        assertTrue(e.getMessage().contains("expected restart marker RST2 at MCU 16 of 64, found RST5"),
                e.getMessage());
    }

    @Test
    void finish_skipsTrailingEntropyBytesToTheNextMarker() {
        BitReader r = reader(0x80, 0x11, 0x22, 0xFF, 0x00, 0x33, 0xFF, 0xD9);
        assertEquals(1, r.bit());
        assertEquals(6, r.finish("the scan"));
    }
}
