package dicodec.nativecodec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.nativecodec.Synthetic;
import dicodec.nativecodec.j2k.J2kOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TlmTest {
    /** SOC, SIZ (length 2 only, enough for the walk), two tile-parts of tile 0 and 1, EOC. */
    private static final byte[] TWO_TILE_PARTS = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0x00, 0x02,
        (byte) 0xFF, (byte) 0x90, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x01,
        (byte) 0xFF, (byte) 0x93, 0x11, 0x22,
        (byte) 0xFF, (byte) 0x90, 0x00, 0x0A, 0x00, 0x01, 0x00, 0x00, 0x00, 0x11, 0x00, 0x01,
        (byte) 0xFF, (byte) 0x93, 0x33, 0x44, 0x55,
        (byte) 0xFF, (byte) 0xD9};

    @Test
    void insert_twoTileParts_writesOneEntryEachBeforeTheFirstSot() {
        byte[] out = Tlm.insert(TWO_TILE_PARTS);
        byte[] tlm = Arrays.copyOfRange(out, 6, 6 + 16);
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x55, 0x00, 0x0E, 0x00, 0x50, 0x00, 0x00, 0x00, 0x00, 0x10, 0x01,
            0x00, 0x00, 0x00, 0x11}, tlm);
        assertArrayEquals(Arrays.copyOfRange(TWO_TILE_PARTS, 6, TWO_TILE_PARTS.length),
                Arrays.copyOfRange(out, 22, out.length));
    }

    @Test
    void insert_streamWithTlm_isLeftAlone() {
        byte[] once = Tlm.insert(TWO_TILE_PARTS);
        assertSame(once, Tlm.insert(once));
    }

    @Test
    void insert_tilePartsNotEndingAtEoc_isInternalError() {
        byte[] cut = Arrays.copyOf(TWO_TILE_PARTS, TWO_TILE_PARTS.length - 2);
        assertThrows(DicodecException.class, () -> Tlm.insert(cut));
    }

    @Test
    void encodeRpcl_streamHasTlmListingItsTilePartAndDecodes() {
        OpenJphEncoder enc = new OpenJphEncoder(true, true, new J2kOptions(true, 1));
        PixelDescription pd = Synthetic.description(300, 200, 1, 16, 12, false, 0);
        byte[] cs = enc.encode(Synthetic.frame(pd, 3), pd, EncodeOptions.DEFAULT).stream();
        int at = indexOf(cs, (byte) 0xFF, (byte) 0x55);
        int sot = indexOf(cs, (byte) 0xFF, (byte) 0x90);
        assertEquals(sot - 11, at, "TLM (11 bytes with one entry) right before the first SOT");
        long ptlm = (cs[at + 7] & 0xFFL) << 24 | (cs[at + 8] & 0xFF) << 16 | (cs[at + 9] & 0xFF) << 8 | cs[at + 10] & 0xFF;
        long psot = (cs[sot + 6] & 0xFFL) << 24 | (cs[sot + 7] & 0xFF) << 16 | (cs[sot + 8] & 0xFF) << 8
                | cs[sot + 9] & 0xFF;
        assertEquals(psot, ptlm);
        CodestreamHeader h = CodestreamHeader.probe(cs);
        assertEquals("RPCL", h.progressionOrder());
        assertEquals(1, h.tileParts());
    }

    @Test
    void decompositions_rpcl_bringTheLowestResolutionTo64OrLess() {
        assertEquals(6, OpenJphEncoder.decompositions(Synthetic.description(2140, 1760, 1, 16, 12, false, 0), true));
        assertEquals(6, OpenJphEncoder.decompositions(Synthetic.description(4000, 100, 1, 16, 12, false, 0), true));
        assertEquals(1, OpenJphEncoder.decompositions(Synthetic.description(3, 3, 1, 8, 8, false, 0), true));
        assertEquals(1, OpenJphEncoder.decompositions(Synthetic.description(3, 3, 1, 8, 8, false, 0), false));
        assertEquals(5, OpenJphEncoder.decompositions(Synthetic.description(512, 512, 1, 8, 8, false, 0), false));
    }

    private static int indexOf(byte[] b, byte x, byte y) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == x && b[i + 1] == y) {
                return i;
            }
        }
        return -1;
    }
}
