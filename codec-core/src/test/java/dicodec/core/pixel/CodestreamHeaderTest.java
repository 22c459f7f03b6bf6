package dicodec.core.pixel;

import static dicodec.core.pixel.Fixtures.bytes;
import static dicodec.core.pixel.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.ArrayByteSource;
import dicodec.core.io.BulkRef;
import dicodec.core.io.Tag;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streams written byte by byte, as CharLS's reader tests do. */
class CodestreamHeaderTest {

    // ---- JPEG --------------------------------------------------------------------------------

    private static byte[] segment(int marker, int... payload) {
        byte[] s = new byte[4 + payload.length];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) ((payload.length + 2) >>> 8);
        s[3] = (byte) (payload.length + 2);
        for (int i = 0; i < payload.length; i++) {
            s[4 + i] = (byte) payload[i];
        }
        return s;
    }

    /** SOFn: P, Y, X, Nf and Nf component specs. */
    private static byte[] sof(int marker, int precision, int rows, int columns, int components) {
        int[] p = new int[6 + 3 * components];
        p[0] = precision;
        p[1] = rows >>> 8;
        p[2] = rows & 0xFF;
        p[3] = columns >>> 8;
        p[4] = columns & 0xFF;
        p[5] = components;
        for (int c = 0; c < components; c++) {
            p[6 + 3 * c] = c + 1;
            p[7 + 3 * c] = 0x11;
            p[8 + 3 * c] = 0;
        }
        return segment(marker, p);
    }

    /** SOS with Ns components and the three last bytes Ss, Se, Ah/Al. */
    private static byte[] sos(int components, int ss, int se, int ahAl) {
        int[] p = new int[1 + 2 * components + 3];
        p[0] = components;
        for (int c = 0; c < components; c++) {
            p[1 + 2 * c] = c + 1;
            p[2 + 2 * c] = 0;
        }
        p[1 + 2 * components] = ss;
        p[2 + 2 * components] = se;
        p[3 + 2 * components] = ahAl;
        return segment(0xDA, p);
    }

    private static final byte[] SOI = bytes(0xFF, 0xD8);
    private static final byte[] APP0 = segment(0xE0, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
    private static final byte[] DQT = segment(0xDB, new int[65]);
    private static final byte[] DHT = segment(0xC4, new int[17]);
    private static final byte[] SCAN = bytes(0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9);

    @Test
    void probe_jpegBaseline_readsTheFrameHeader() {
        byte[] s = concat(SOI, APP0, DQT, sof(0xC0, 8, 480, 640, 3), DHT, sos(3, 0, 63, 0), SCAN);
        CodestreamHeader h = CodestreamHeader.probe(s);
        assertEquals(CompressionFamily.JPEG, h.family());
        assertEquals(0, h.process());
        assertEquals(8, h.precision());
        assertEquals(480, h.rows());
        assertEquals(640, h.columns());
        assertEquals(3, h.components());
        assertEquals(-1, h.predictor());
        assertEquals("baseline DCT (SOF0)", h.processName());
    }

    @Test
    void probe_jpegLossless_readsPredictorAndPointTransform() {
        byte[] s = concat(SOI, sof(0xC3, 16, 512, 400, 1), DHT, sos(1, 6, 0, 0x01), SCAN);
        CodestreamHeader h = CodestreamHeader.probe(s);
        assertEquals(3, h.process());
        assertEquals(16, h.precision());
        assertEquals(6, h.predictor());
        assertEquals(1, h.pointTransform());
    }

    @Test
    void probe_jpegLs_readsNearFromTheScanHeader() {
        byte[] s = concat(SOI, sof(0xF7, 12, 1024, 1024, 1), sos(1, 3, 0, 0), SCAN);
        CodestreamHeader h = CodestreamHeader.probe(s);
        assertEquals(CompressionFamily.JPEG_LS, h.family());
        assertEquals(55, h.process());
        assertEquals(3, h.near());
        assertEquals(12, h.precision());
    }

    @Test
    void probe_jpegFillBytesBeforeAMarker_areSkipped() {
        byte[] s = concat(SOI, bytes(0xFF, 0xFF), sof(0xC1, 12, 16, 16, 1), sos(1, 0, 63, 0), SCAN);
        assertEquals(1, CodestreamHeader.probe(s).process());
    }

    @Test
    void probe_jpegInvalidMarker_throwsWithTheCodestreamOffset() {
        byte[] s = concat(SOI, APP0, bytes(0xFF, 0x05, 0, 4, 0, 0), sof(0xC0, 8, 8, 8, 1), sos(1, 0, 63, 0));
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(s));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals("FF05 at codestream byte 20 is not a valid JPEG marker", e.getMessage());
    }

    @Test
    void probe_jpegSegmentRunningPastTheData_throws() {
        byte[] s = concat(SOI, APP0, bytes(0xFF, 0xDB, 0x01, 0x00, 1, 2, 3));
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(s));
        assertEquals("segment FFDB (DQT) of 256 bytes at codestream byte 20 runs past the end of the data (27 bytes)",
                e.getMessage());
    }

    @Test
    void probe_jpegBytesWhereAMarkerShouldBe_throws() {
        byte[] s = concat(SOI, bytes(0x00, 0x11));
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(s));
        assertEquals("expected a marker at codestream byte 2, found 0x00", e.getMessage());
    }

    @Test
    void probe_jpegScanBeforeFrameHeader_throws() {
        byte[] s = concat(SOI, DHT, sos(1, 0, 63, 0), SCAN);
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(s));
        assertTrue(e.getMessage().contains("before any frame header"), e.getMessage());
    }

    @Test
    void probe_jpegEndingBeforeTheScan_throws() {
        byte[] s = concat(SOI, sof(0xC0, 8, 8, 8, 1));
        assertThrows(DicodecException.class, () -> CodestreamHeader.probe(s));
    }

    @Test
    void compareWith_jpegRowsZero_isTheDnlCaseAndNotAnError() {
        byte[] s = concat(SOI, sof(0xC1, 12, 0, 256, 1), sos(1, 0, 63, 0), SCAN);
        CodestreamHeader h = CodestreamHeader.probe(s);
        assertEquals(0, h.rows());
        HeaderCheck c = h.compareWith(description(1024, 256, 1, 16, 12, 0, "MONOCHROME2"));
        assertTrue(c.ok(), c.toString());
        assertEquals(1, c.warnings().size());
    }

    // ---- JPEG 2000 ---------------------------------------------------------------------------

    /** A codestream: SIZ, COD, QCD, an optional CAP, tile-parts of the given body sizes, EOC. */
    private static final class J2k {
        int rsiz = 0;
        long width = 640;
        long height = 480;
        long xo = 0;
        long yo = 0;
        int components = 1;
        int ssiz = 15; // 16-bit unsigned
        int progression = 2; // RPCL
        int mct = 0;
        int transform = 1; // 5/3
        boolean cap = false;
        int[] tileParts = {30, 40};
        byte[] afterTileParts = bytes(0xFF, 0xD9);

        byte[] build() {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(bytes(0xFF, 0x4F));
            ByteArrayOutputStream siz = new ByteArrayOutputStream();
            u16(siz, rsiz);
            u32(siz, width + xo);
            u32(siz, height + yo);
            u32(siz, xo);
            u32(siz, yo);
            u32(siz, width);
            u32(siz, height);
            u32(siz, 0);
            u32(siz, 0);
            u16(siz, components);
            for (int c = 0; c < components; c++) {
                siz.writeBytes(bytes(ssiz, 1, 1));
            }
            marker(o, 0xFF51, siz.toByteArray());
            if (cap) {
                marker(o, 0xFF50, bytes(0x00, 0x02, 0x00, 0x00, 0x00, 0x00));
            }
            marker(o, 0xFF52, bytes(0, progression, 0, 1, mct, 5, 4, 4, 0, transform));
            marker(o, 0xFF5C, bytes(0x40, 0x48, 0x48, 0x50));
            int tp = 0;
            for (int body : tileParts) {
                u16(o, 0xFF90);
                u16(o, 10);
                u16(o, 0);
                u32(o, body == 0 ? 0 : 14 + body);
                o.writeBytes(bytes(tp++, tileParts.length));
                u16(o, 0xFF93);
                o.writeBytes(new byte[body]);
            }
            o.writeBytes(afterTileParts);
            return o.toByteArray();
        }

        private static void marker(ByteArrayOutputStream o, int m, byte[] payload) {
            u16(o, m);
            u16(o, payload.length + 2);
            o.writeBytes(payload);
        }

        private static void u16(ByteArrayOutputStream o, int v) {
            o.write(v >>> 8);
            o.write(v);
        }

        private static void u32(ByteArrayOutputStream o, long v) {
            u16(o, (int) (v >>> 16));
            u16(o, (int) v);
        }
    }

    /** Where the tile-parts end in a default {@link J2k}: after SOC, SIZ(41+2), CAP?, COD(12+2), QCD(6+2). */
    private static long tilePartsEnd(J2k j) {
        long header = 2 + 43 + 3L * (j.components - 1) + (j.cap ? 10 : 0) + 14 + 8;
        long tiles = 0;
        for (int body : j.tileParts) {
            tiles += 14 + body;
        }
        return header + tiles;
    }

    @Test
    void probe_j2k_readsSizAndCod() {
        J2k j = new J2k();
        j.xo = 3;
        j.yo = 5;
        j.components = 3;
        j.ssiz = 0x87; // 8-bit signed
        j.mct = 1;
        CodestreamHeader h = CodestreamHeader.probe(j.build());
        assertEquals(CompressionFamily.JPEG_2000, h.family());
        assertEquals(480, h.rows());
        assertEquals(640, h.columns());
        assertEquals(3, h.components());
        assertEquals(8, h.precision());
        assertTrue(h.signed());
        assertTrue(h.reversible());
        assertTrue(h.multiComponentTransform());
        assertEquals("RPCL", h.progressionOrder());
        assertFalse(h.htj2k());
        assertFalse(h.jp2Wrapped());
        assertEquals(2, h.tileParts());
        assertEquals(List.of(), h.warnings());
    }

    @Test
    void probe_j2kIrreversible_reports97() {
        J2k j = new J2k();
        j.transform = 0;
        j.progression = 0;
        CodestreamHeader h = CodestreamHeader.probe(j.build());
        assertFalse(h.reversible());
        assertEquals("LRCP", h.progressionOrder());
    }

    @Test
    void probe_j2kWithCapPart15_isHtj2k() {
        J2k j = new J2k();
        j.cap = true;
        CodestreamHeader h = CodestreamHeader.probe(j.build());
        assertTrue(h.htj2k());
        assertEquals(CompressionFamily.HTJ2K, h.family());
    }

    @Test
    void probe_j2kWithRsizBit14_isHtj2kButWarnsWithoutCap() {
        J2k j = new J2k();
        j.rsiz = 0x4000;
        CodestreamHeader h = CodestreamHeader.probe(j.build());
        assertTrue(h.htj2k());
        assertEquals(List.of("Rsiz 4000 has bit 14 (HTJ2K) set but the main header has no CAP (FF50) marker"),
                h.warnings());
        j.cap = true;
        assertEquals(List.of(), CodestreamHeader.probe(j.build()).warnings());
    }

    @Test
    void probe_j2kCommentAfterTheLastTilePart_throwsNamingMarkerAndOffset() {
        // The fault of pylibjpeg-data 966.dcm: a COM segment where SOT or EOC must be.
        J2k j = new J2k();
        j.afterTileParts = concat(bytes(0xFF, 0x64, 0x00, 0x06, 0x00, 0x01, 'h', 'i'), bytes(0xFF, 0xD9));
        long at = tilePartsEnd(j);
        long lastTilePart = at - 14 - 40;
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(j.build()));
        assertEquals("unexpected marker FF64 (COM) at codestream byte " + at + " after the tile-part at codestream byte "
                + lastTilePart + "; expected SOT (FF90) or EOC (FFD9)", e.getMessage());
    }

    @Test
    void probe_j2kEndingWithoutEoc_warns() {
        J2k j = new J2k();
        j.afterTileParts = new byte[0];
        CodestreamHeader h = CodestreamHeader.probe(j.build());
        assertEquals(List.of("the codestream ends after tile-part 2 without EOC (FFD9)"), h.warnings());
    }

    @Test
    void probe_j2kWithPaddingByteAfterEoc_isQuiet() {
        J2k j = new J2k();
        j.afterTileParts = bytes(0xFF, 0xD9, 0x00);
        assertEquals(List.of(), CodestreamHeader.probe(j.build()).warnings());
    }

    @Test
    void probe_j2kPsotZero_stopsTheWalk() {
        J2k j = new J2k();
        j.tileParts = new int[] {30, 0};
        j.afterTileParts = bytes(0x12, 0x34, 0xFF, 0x64, 0xFF, 0xD9);
        assertEquals(2, CodestreamHeader.probe(j.build()).tileParts());
    }

    @Test
    void probe_j2kTilePartRunningPastTheEnd_throws() {
        J2k j = new J2k();
        byte[] full = j.build();
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 12);
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(cut));
        assertTrue(e.getMessage().contains("past the end of the codestream"), e.getMessage());
    }

    @Test
    void probe_j2kWithoutSizAfterSoc_throws() {
        DicodecException e = assertThrows(DicodecException.class,
                () -> CodestreamHeader.probe(bytes(0xFF, 0x4F, 0xFF, 0x52, 0, 2)));
        assertTrue(e.getMessage().contains("not SIZ (FF51)"), e.getMessage());
    }

    @Test
    void probe_jp2File_readsTheCodestreamInItsJp2cBox() {
        byte[] cs = new J2k().build();
        byte[] signature = bytes(0, 0, 0, 12, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A);
        byte[] ftyp = bytes(0, 0, 0, 20, 'f', 't', 'y', 'p', 'j', 'p', '2', ' ', 0, 0, 0, 0, 'j', 'p', '2', ' ');
        byte[] jp2h = bytes(0, 0, 0, 12, 'j', 'p', '2', 'h', 1, 2, 3, 4);
        int n = cs.length + 8;
        byte[] jp2c = concat(bytes(n >>> 24, n >>> 16, n >>> 8, n, 'j', 'p', '2', 'c'), cs);
        CodestreamHeader h = CodestreamHeader.probe(concat(signature, ftyp, jp2h, jp2c));
        assertTrue(h.jp2Wrapped());
        assertEquals(480, h.rows());
        assertEquals(640, h.columns());
    }

    @Test
    void probe_fragmentsSplitAnywhere_readAsOneStreamAndErrorsGiveTheFileOffset() {
        J2k j = new J2k();
        j.afterTileParts = bytes(0xFF, 0x64, 0x00, 0x02);
        byte[] cs = j.build();
        // Three fragments in one "file": 8-byte item headers between them, as in Pixel Data.
        byte[] file = new byte[100 + cs.length + 16];
        int[] cuts = {0, 3, 50, cs.length};
        long[] at = {100, 100 + 3 + 8, 100 + 50 + 16};
        for (int i = 0; i < 3; i++) {
            System.arraycopy(cs, cuts[i], file, (int) at[i], cuts[i + 1] - cuts[i]);
        }
        ArrayByteSource src = new ArrayByteSource(file, "split.dcm");
        List<BulkRef> refs = List.of(new BulkRef(src, at[0], 3), new BulkRef(src, at[1], 47),
                new BulkRef(src, at[2], cs.length - 50L));
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(refs));
        long comAt = tilePartsEnd(j);
        assertEquals(at[2] + comAt - 50, e.offset());
        assertTrue(e.getMessage().contains("at codestream byte " + comAt), e.getMessage());
        j.afterTileParts = bytes(0xFF, 0xD9);
        assertEquals(640, CodestreamHeader.probe(j.build()).columns());
    }

    @Test
    void probe_neitherJpegNorJ2k_throwsShowingTheFirstBytes() {
        DicodecException e = assertThrows(DicodecException.class,
                () -> CodestreamHeader.probe(bytes(0x01, 0x00, 0x00, 0x00, 0x40)));
        assertTrue(e.getMessage().contains("it starts with 01 00 00 00"), e.getMessage());
    }

    // ---- compareWith -------------------------------------------------------------------------

    private static PixelDescription description(int rows, int columns, int samples, int ba, int bs, int pr,
            String photometric) {
        return new PixelDescription(rows, columns, samples, ba, bs, bs - 1, pr, photometric, 0, 1, Tag.PIXEL_DATA,
                List.of());
    }

    @Test
    void compareWith_sizeDiffers_isAnError() {
        CodestreamHeader h = CodestreamHeader.probe(new J2k().build());
        HeaderCheck c = h.compareWith(description(480, 600, 1, 16, 16, 0, "MONOCHROME2"));
        assertFalse(c.ok());
        assertEquals(List.of("the stream has 640 columns, Columns (0028,0011) is 600"), c.errors());
    }

    @Test
    void compareWith_componentsDiffer_isAnError() {
        CodestreamHeader h = CodestreamHeader.probe(new J2k().build());
        HeaderCheck c = h.compareWith(description(480, 640, 3, 16, 16, 0, "RGB"));
        assertEquals(List.of("the stream has 1 component, Samples per Pixel (0028,0002) is 3"), c.errors());
    }

    @Test
    void compareWith_precisionAndSignDiffer_areWarningsNotErrors() {
        J2k j = new J2k();
        j.ssiz = 0x8F; // 16-bit signed
        HeaderCheck c = CodestreamHeader.probe(j.build()).compareWith(description(480, 640, 1, 16, 14, 0,
                "MONOCHROME2"));
        assertTrue(c.ok(), c.toString());
        assertEquals(2, c.warnings().size());
        assertTrue(c.warnings().get(0).contains("precision 16 differs from Bits Stored (0028,0101) 14"));
        assertTrue(c.warnings().get(1).contains("signed, Pixel Representation (0028,0103) is 0"));
    }

    @Test
    void compareWith_precisionAboveBitsAllocated_isAnError() {
        HeaderCheck c = CodestreamHeader.probe(new J2k().build()).compareWith(description(480, 640, 1, 8, 8, 0,
                "MONOCHROME2"));
        assertEquals(List.of("the stream's precision 16 does not fit in Bits Allocated (0028,0100) 8"), c.errors());
    }

    @Test
    void toString_isOneLine() {
        String s = CodestreamHeader.probe(new J2k().build()).toString();
        assertEquals("JPEG 2000 5/3 reversible, 480x640, 1 component, 16-bit unsigned, RPCL, 2 tile-parts", s);
        assertNull(CodestreamHeader.probe(concat(SOI, sof(0xC0, 8, 8, 8, 1), sos(1, 0, 63, 0))).progressionOrder());
    }
}
