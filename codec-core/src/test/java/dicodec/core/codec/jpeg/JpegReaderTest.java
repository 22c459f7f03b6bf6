package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import org.junit.jupiter.api.Test;

class JpegReaderTest {
    private static final int[] ONE_CODE = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private static DicodecException badAt(long offset, byte[] stream) {
        DicodecException e = assertThrows(DicodecException.class, () -> {
            JpegReader r = new JpegReader(stream);
            while (r.nextScan() != null) {
                r.resumeAt(r.length());
            }
        });
        assertEquals(ErrorKind.BAD_INPUT, e.kind(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
        return e;
    }

    @Test
    void constructor_noSoi_throwsAtByteZero() {
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegReader(new byte[] {0, 0, 0}));
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("SOI"), e.getMessage());
    }

    @Test
    void nextScan_sosBeforeSof_throwsAtTheSos() {
        byte[] s = new StreamBuilder().soi().sos(1, 0, 0, 0, 1, 0, 0).build();
        DicodecException e = badAt(2, s);
        assertTrue(e.getMessage().contains("before any frame header"), e.getMessage());
    }

    @Test
    void nextScan_segmentRunningPastTheEnd_throwsAtItsMarker() {
        byte[] s = new StreamBuilder().soi().bytes(0xFF, 0xDB, 0x00, 0x43, 0x00).build();
        assertTrue(badAt(2, s).getMessage().contains("runs past the end"));
    }

    @Test
    void nextScan_lengthBelowTwo_throws() {
        byte[] s = new StreamBuilder().soi().bytes(0xFF, 0xFE, 0x00, 0x01).build();
        assertTrue(badAt(2, s).getMessage().contains("less than its own 2 length bytes"));
    }

    @Test
    void nextScan_reservedMarker_throws() {
        byte[] s = new StreamBuilder().soi().bytes(0xFF, 0x42, 0x00, 0x02).build();
        assertTrue(badAt(2, s).getMessage().contains("FF42 is not a JPEG marker"));
    }

    @Test
    void nextScan_garbageWhereAMarkerBelongs_throwsAtTheGarbage() {
        byte[] s = new StreamBuilder().soi().bytes(0x12, 0x34).build();
        assertTrue(badAt(2, s).getMessage().contains("expected a marker, found 12"));
    }

    @Test
    void nextScan_huffmanTableWithMoreCodesThanFit_throwsAtTheTable() {
        int[] counts = new int[16];
        counts[0] = 3; // three 1-bit codes
        byte[] s = new StreamBuilder().soi().dht(0, 0, counts, 0, 1, 2).build();
        assertTrue(badAt(6, s).getMessage().contains("more codes of some length than fit"));
    }

    @Test
    void nextScan_huffmanTableClassTwo_throws() {
        byte[] s = new StreamBuilder().soi().dht(2, 0, ONE_CODE, 0).build();
        assertTrue(badAt(6, s).getMessage().contains("class is 0 or 1"));
    }

    @Test
    void nextScan_quantisationPrecisionTwo_throws() {
        byte[] s = new StreamBuilder().soi().segment(0xDB, 0x20).build();
        assertTrue(badAt(6, s).getMessage().contains("precision 0 or 1"));
    }

    @Test
    void nextScan_frameWithZeroWidth_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 8, 8, 0, 1, 1, 1, 0).build();
        assertTrue(badAt(9, s).getMessage().contains("0 samples per line"));
    }

    @Test
    void nextScan_samplingFactorFive_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 8, 8, 8, 1, 5, 1, 0).build();
        assertTrue(badAt(13, s).getMessage().contains("each must be 1 to 4"));
    }

    @Test
    void nextScan_baselineWithTwelveBits_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 12, 8, 8, 1, 1, 1, 0).build();
        assertTrue(badAt(6, s).getMessage().contains("8 (baseline)"));
    }

    @Test
    void nextScan_losslessWithPrecisionOne_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 1, 8, 8, 1, 1, 1, 0).build();
        assertTrue(badAt(6, s).getMessage().contains("2 to 16"));
    }

    @Test
    void nextScan_arithmeticCoding_isBadInputForTheSyntaxesInUse() {
        byte[] s = new StreamBuilder().soi().sof(0xC9, 8, 8, 8, 1, 1, 1, 0).build();
        assertTrue(badAt(2, s).getMessage().contains("arithmetic coding"));
    }

    @Test
    void nextScan_hierarchicalFrame_isBadInputForTheSyntaxesInUse() {
        byte[] s = new StreamBuilder().soi().sof(0xC5, 8, 8, 8, 1, 1, 1, 0).build();
        assertTrue(badAt(2, s).getMessage().contains("hierarchical"));
    }

    @Test
    void nextScan_secondFrameHeader_throwsAtIt() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 8, 8, 8, 1, 1, 1, 0).sof(0xC0, 8, 8, 8, 1, 1, 1, 0).build();
        assertTrue(badAt(15, s).getMessage().contains("second frame header"));
    }

    @Test
    void nextScan_scanNamingAnUnknownComponent_throwsAtItsSelector() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 8, 8, 8, 1, 1, 1, 0).sos(0, 63, 0, 0, 7, 0, 0).build();
        assertTrue(badAt(20, s).getMessage().contains("names component 7"));
    }

    @Test
    void nextScan_losslessPredictorZero_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 16, 8, 8, 1, 1, 1, 0).sos(0, 0, 0, 0, 1, 0, 0).build();
        assertTrue(badAt(22, s).getMessage().contains("predictors 1 to 7"));
    }

    @Test
    void nextScan_progressiveDcScanWithAcBand_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC2, 8, 8, 8, 1, 1, 1, 0).sos(0, 5, 0, 0, 1, 0, 0).build();
        assertTrue(badAt(22, s).getMessage().contains("G.1.1.1.1"));
    }

    @Test
    void nextScan_tooManyBlocksPerMcu_throws() {
        byte[] s = new StreamBuilder().soi().sof(0xC0, 8, 64, 64, 1, 4, 4, 0, 2, 1, 1, 0)
                .sos(0, 63, 0, 0, 1, 0, 0, 2, 0, 0).build();
        assertTrue(badAt(18, s).getMessage().contains("blocks per MCU"));
    }

    @Test
    void nextScan_readsTablesMarkersAndTheFirstScan() {
        byte[] s = new StreamBuilder().soi()
                .segment(0xE0, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0)
                .segment(0xEE, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0)
                .segment(0xDD, 0, 16).dqt(1, 2).dht(0, 1, ONE_CODE, 0)
                .bytes(0xFF, 0xFF) // a fill byte before the next marker
                .sof(0xC1, 12, 30, 40, 1, 2, 1, 1, 2, 1, 1, 1, 3, 1, 1, 1)
                .sos(0, 63, 0, 0, 1, 1, 0, 2, 1, 0, 3, 1, 0).bytes(0x00).eoi().build();
        JpegReader r = new JpegReader(s);
        ScanHeader scan = r.nextScan();
        assertTrue(r.hasJfif());
        assertEquals(0, r.adobeTransform());
        assertEquals(16, r.restartInterval());
        assertEquals(2, r.quantTable(1, 0)[63]);
        assertEquals(12, r.frame().precision());
        assertEquals(3, scan.components().length);
        assertEquals(2, r.frame().maxH());
        FrameComponent cb = r.frame().components()[1];
        assertEquals(20, cb.width());
        assertEquals(3, cb.blocksWide());
        assertEquals(3, cb.paddedBlocksWide()); // ceil(40 / 16) MCUs x 1
        assertEquals(6, r.frame().components()[0].paddedBlocksWide());
        assertEquals(s.length - 3, scan.dataStart());
        r.resumeAt(s.length - 2);
        assertNull(r.nextScan());
        assertTrue(r.ended());
    }

    @Test
    void nextScan_zeroLines_takesThemFromTheDnlAfterTheFirstScan() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 8, 0, 4, 1, 1, 1, 0).dht(0, 0, ONE_CODE, 0)
                .sos(1, 0, 0, 0, 1, 0, 0).bytes(0x00, 0x00).segment(0xDC, 0, 2).eoi().build();
        JpegReader r = new JpegReader(s);
        r.nextScan();
        assertEquals(2, r.frame().lines());
        assertEquals(2, r.frame().components()[0].height());
    }

    @Test
    void nextScan_zeroLinesWithoutDnl_throwsAtTheFrameHeader() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 8, 0, 4, 1, 1, 1, 0).sos(1, 0, 0, 0, 1, 0, 0)
                .bytes(0x00).eoi().build();
        assertTrue(badAt(2, s).getMessage().contains("no DNL"));
    }

    @Test
    void dcTable_undefined_throwsNamingTheTable() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 8, 1, 1, 1, 1, 1, 0).sos(1, 0, 0, 0, 1, 2, 0).build();
        JpegReader r = new JpegReader(s);
        ScanHeader scan = r.nextScan();
        DicodecException e = assertThrows(DicodecException.class, () -> r.dcTable(2, scan.offset()));
        assertTrue(e.getMessage().contains("lossless Huffman table 2"), e.getMessage());
        assertFalse(r.ended());
    }
}
