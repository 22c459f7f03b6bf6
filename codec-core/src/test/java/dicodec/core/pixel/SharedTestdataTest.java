package dicodec.core.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real files of ../shared/testdata, checked against the table of its README (made by others
 * with pydicom, DCMTK and GDCM): the pixel description, the frame lengths or frame count, and the
 * header of each encapsulated first frame.
 */
class SharedTestdataTest {
    private static Path dir;

    @BeforeAll
    static void locate() {
        dir = Paths.get(System.getProperty("dicodec.shared.testdata", "../shared/testdata"));
    }

    private static void assumeTestdata() {
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/testdata absent: skipped");
    }

    /** One row of the README's "Files" table. */
    record Row(String file, String ts, String rowsCols, String bits, String pr, String photometric, String frames,
            String notes) {

        /** "BROKEN:" marks files that cannot be read; "BROKEN-ish" ones decode and are kept. */
        boolean broken() {
            return notes.startsWith("BROKEN:");
        }

        boolean hasPixels() {
            return rowsCols.contains("x");
        }

        int rows() {
            return Integer.parseInt(rowsCols.substring(0, rowsCols.indexOf('x')));
        }

        int columns() {
            return Integer.parseInt(rowsCols.substring(rowsCols.indexOf('x') + 1));
        }

        int bitsAllocated() {
            return Integer.parseInt(bits.substring(0, bits.indexOf('/')));
        }

        /** "32/" is float pixel data: no Bits Stored, reported as 0. */
        int bitsStored() {
            String s = bits.substring(bits.indexOf('/') + 1);
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        }

        int pixelRepresentation() {
            return pr.equals("-") ? -1 : Integer.parseInt(pr);
        }

        /** "RGB (planar 1)" is RGB with Planar Configuration 1. */
        String photometricName() {
            int p = photometric.indexOf(" (planar");
            return p < 0 ? photometric : photometric.substring(0, p);
        }

        int planar() {
            return photometric.contains("(planar 1)") ? 1 : 0;
        }

        /** The leading digits ("1A" in badVR.dcm is read as 1, as DCMTK does). */
        int frameCount() {
            int i = 0;
            while (i < frames.length() && Character.isDigit(frames.charAt(i))) {
                i++;
            }
            return Integer.parseInt(frames.substring(0, i));
        }

        int samples() {
            String pi = photometricName();
            return pi.startsWith("MONOCHROME") || pi.equals("PALETTE COLOR") ? 1 : 3;
        }

        /** Bytes of one native frame, computed from the README's numbers alone. */
        long frameBytes() {
            int stored = photometricName().endsWith("_422") ? 2 : samples();
            return ((long) rows() * columns() * stored * bitsAllocated() + 7) / 8;
        }
    }

    private static List<Row> readme() throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inFiles = false;
        for (String line : Files.readAllLines(dir.resolve("README.md"))) {
            if (line.startsWith("## ")) {
                inFiles = line.startsWith("## Files");
                continue;
            }
            if (!inFiles || !line.startsWith("| `")) {
                continue;
            }
            String[] c = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
            if (c.length != 10) {
                throw new IllegalStateException("README row with " + c.length + " columns: " + line);
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].trim();
            }
            rows.add(new Row(c[0].replace("`", ""), c[1], c[3], c[4], c[5], c[6], c[7], c[9]));
        }
        return rows;
    }

    /** Files read by path keep their source open; close it through a bulk value's source. */
    private static void close(DicomObject o) throws IOException {
        for (DicomElement e : o.dataset().elements()) {
            if (e.value() instanceof ElementValue.Bytes b && b.ref().source() != null && b.length() >= 64 * 1024) {
                b.ref().source().close();
                return;
            }
            if (e.value() instanceof ElementValue.Fragments f) {
                f.basicOffsetTable().source().close();
                return;
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReadableFileWithPixels_matchesTheReadme() throws IOException {
        assumeTestdata();
        List<Row> rows = readme();
        assertTrue(rows.size() > 150, "README rows parsed: " + rows.size());
        return rows.stream().filter(r -> r.hasPixels() && !r.broken())
                .map(r -> DynamicTest.dynamicTest(r.file(), () -> checkFile(r)));
    }

    private static void checkFile(Row r) throws IOException {
        DicomObject o = DicomReader.read(dir.resolve(r.file()));
        try {
            PixelDescription pd = PixelDescription.from(o.dataset());
            String what = r.file() + ": " + pd;
            assertEquals(r.rows(), pd.rows(), what);
            assertEquals(r.columns(), pd.columns(), what);
            assertEquals(r.bitsAllocated(), pd.bitsAllocated(), what);
            assertEquals(r.bitsStored(), pd.bitsStored(), what);
            assertEquals(r.pixelRepresentation(), pd.pixelRepresentation(), what);
            assertEquals(r.photometricName(), pd.photometric(), what);
            assertEquals(r.planar(), pd.planarConfiguration(), what);
            assertEquals(r.frameCount(), pd.frames(), what);
            assertEquals(r.samples(), pd.samplesPerPixel(), what);
            DicomElement pixels = o.dataset().get(pd.pixelDataTag());
            if (pixels.value() instanceof ElementValue.Bytes) {
                NativeFrames nf = NativeFrames.of(o.dataset());
                assertEquals(r.frameCount(), nf.count(), what);
                assertEquals(r.frameBytes(), nf.frame(nf.count() - 1).length, what);
            } else {
                EncapsulatedFrames ef = EncapsulatedFrames.of(o.dataset(), o.syntax());
                assertEquals(r.frameCount(), ef.count(), what);
                if (ef.family().hasFrameMarkers()) {
                    CodestreamHeader h = CodestreamHeader.probe(ef, 0);
                    HeaderCheck check = h.compareWith(pd);
                    assertTrue(check.ok(), what + ": " + h + ": " + check);
                    assertEquals(r.rows(), h.rows(), what);
                    assertEquals(r.columns(), h.columns(), what);
                    assertEquals(r.samples(), h.components(), what);
                }
            }
        } finally {
            close(o);
        }
    }

    // ---- single files ------------------------------------------------------------------------

    private static DicomObject read(String file) throws IOException {
        assumeTestdata();
        return DicomReader.read(dir.resolve(file));
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * SHA-256 of each frame of liver_nonbyte_aligned.dcm, byte aligned: computed by hand with
     * Debian's pydicom 2.3.1 (/usr/bin/python3), an independent reader:
     * {@code arr = pydicom.dcmread(f).pixel_array} (shape 3 x 510 x 510, values 0/1), then
     * {@code hashlib.sha256(numpy.packbits(arr[i].ravel(), bitorder='little').tobytes())}.
     */
    private static final String[] LIVER_510_SHA256 = {
        "5d0c5c0cbe4e5f001b231b0bf6bf9d6f32ae2b715739a3a77bca01373e5b2cef",
        "9be5f447f3656f3f33484c98308661af408d4cdd5ec250e77035f99c29af5150",
        "d01e68cdb4b3fcdbbbfa7311b5e53354667f2a0a08133ff30d02ed3d3eca26ac",
    };

    @Test
    void frame_liverNonByteAligned_matchesPydicomFrameHashes() throws IOException {
        DicomObject o = read("pydicom-data/liver_nonbyte_aligned.dcm");
        NativeFrames nf = NativeFrames.of(o.dataset());
        assertEquals(3, nf.count());
        for (int i = 0; i < 3; i++) {
            byte[] f = nf.frame(i);
            assertEquals(32513, f.length);
            assertEquals(LIVER_510_SHA256[i], sha256(f), "frame " + (i + 1));
        }
        close(o);
    }

    @Test
    void frame_liverNonByteAligned_isTheTopLeftCropOfLiver() throws IOException {
        // Checked with pydicom first: liver_nonbyte_aligned = liver.dcm[:, 0:510, 0:510].
        DicomObject small = read("pydicom-data/liver_nonbyte_aligned.dcm");
        DicomObject full = read("pydicom-data/liver.dcm");
        NativeFrames a = NativeFrames.of(small.dataset());
        NativeFrames b = NativeFrames.of(full.dataset());
        for (int i = 0; i < 3; i++) {
            byte[] fa = a.frame(i);
            byte[] fb = b.frame(i);
            for (int y = 0; y < 510; y++) {
                for (int x = 0; x < 510; x++) {
                    assertEquals(bit(fb, y * 512 + x), bit(fa, y * 510 + x), "frame " + (i + 1) + " pixel " + y + "," + x);
                }
            }
        }
        close(small);
        close(full);
    }

    private static int bit(byte[] b, int k) {
        return (b[k >>> 3] >>> (k & 7)) & 1;
    }

    @Test
    void frame_bigEndianBulkValue_equalsItsLittleEndianTwin() throws IOException {
        // 81920 bytes: left in the file by the reader (bulk), with bigEndianUnit 2.
        DicomObject be = read("pydicom-data/emri_small_big_endian.dcm");
        DicomObject le = read("pydicom-data/emri_small.dcm");
        ElementValue.Bytes v = (ElementValue.Bytes) be.dataset().get(Tag.PIXEL_DATA).value();
        assertEquals(2, v.bigEndianUnit());
        NativeFrames a = NativeFrames.of(be.dataset());
        NativeFrames b = NativeFrames.of(le.dataset());
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(b.frame(i), a.frame(i), "frame " + (i + 1));
        }
        // pydicom 2.3.1: pixel_array[0].astype('<u2').tobytes() hashed with SHA-256.
        assertEquals("c789183acdfdfb1cb565fc6615e0c4b71914f42bf96ede4c0041e2009ea79843", sha256(a.frame(0)));
        close(be);
        close(le);
    }

    @Test
    void frame_bigEndian32BitOw_decodesAsDcmtkDoes() throws IOException {
        // rtdose_expb.dcm (written by DCMTK 3.6.2) holds whole 32-bit samples reversed in OW;
        // DCMTK 3.6.7 and GDCM read OW as 16-bit words. We read it as they do.
        ExternalTool.assumePresent("dcmconv");
        Path out = Files.createTempFile("rtdose", ".dcm");
        try {
            var run = ExternalTool.run("dcmconv", "+te",
                    dicodec.core.testing.SharedTestdata.dir().resolve("debian-python3-pydicom/rtdose_expb.dcm").toString(),
                    out.toString());
            assertEquals(0, run.exitCode(), run.stderr());
            DicomObject be = read("debian-python3-pydicom/rtdose_expb.dcm");
            DicomObject dcmtk = DicomReader.read(Files.readAllBytes(out), "dcmtk");
            NativeFrames a = NativeFrames.of(be.dataset());
            NativeFrames b = NativeFrames.of(dcmtk.dataset());
            for (int i = 0; i < 15; i++) {
                assertArrayEquals(b.frame(i), a.frame(i), "frame " + (i + 1));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void probe_966_failsOnTheCommentAfterTheLastTilePart() throws IOException {
        DicomObject o = read("pylibjpeg-data/JPEG2000Lossless/966.dcm");
        EncapsulatedFrames ef = EncapsulatedFrames.of(o.dataset(), o.syntax());
        assertEquals(1, ef.count());
        DicodecException e = assertThrows(DicodecException.class, () -> CodestreamHeader.probe(ef, 0));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(1, e.frame());
        assertTrue(e.getMessage().contains("unexpected marker FF64 (COM) at codestream byte 4099003 after the tile-part"
                + " at codestream byte 1050033; expected SOT (FF90) or EOC (FFD9)"), e.getMessage());
        close(o);
    }

    @Test
    void probe_966FixedAndKakaduInconsistentSot_pass() throws IOException {
        for (String f : new String[] {"pylibjpeg-data/JPEG2000Lossless/966_fixed.dcm",
                "pylibjpeg-data/JPEG2000Lossless/NM_Kakadu44_SOTmarkerincons.dcm"}) {
            DicomObject o = read(f);
            PixelDescription pd = PixelDescription.from(o.dataset());
            CodestreamHeader h = CodestreamHeader.probe(EncapsulatedFrames.of(o.dataset(), o.syntax()), 0);
            assertTrue(h.compareWith(pd).ok(), f + ": " + h.compareWith(pd));
            assertEquals(List.of(), h.warnings(), f);
            assertTrue(h.tileParts() > 1, f + ": " + h);
            close(o);
        }
    }

    @Test
    void compareWith_sizOverwrittenBySequenceDelimiterBytes_reportsAColumnMismatch() throws IOException {
        // Its SIZ was overwritten with FE FF DD E0 (the bytes of a Sequence Delimitation tag).
        DicomObject o = read("debian-python3-pydicom/JPEG2000-embedded-sequence-delimiter.dcm");
        PixelDescription pd = PixelDescription.from(o.dataset());
        CodestreamHeader h = CodestreamHeader.probe(EncapsulatedFrames.of(o.dataset(), o.syntax()), 0);
        HeaderCheck c = h.compareWith(pd);
        assertFalse(c.ok());
        assertTrue(c.errors().get(0).contains("columns, Columns (0028,0011) is 256"), c.toString());
        close(o);
    }

    @Test
    void probe_jp2WrappedFiles_findTheCodestreamAndItsSize() throws IOException {
        Object[][] cases = {
            {"pylibjpeg-data/JPEG2000/ELSCINT1_JP2vsJ2K.dcm", 512, 512, 1},
            {"pylibjpeg-data/JPEG2000/MAROTECH_CT_JP2Lossy.dcm", 716, 512, 1},
            {"pylibjpeg-data/JPEG2000Lossless/GDCMJ2K_TextGBR.dcm", 400, 400, 3},
        };
        for (Object[] c : cases) {
            DicomObject o = read((String) c[0]);
            CodestreamHeader h = CodestreamHeader.probe(EncapsulatedFrames.of(o.dataset(), o.syntax()), 0);
            assertTrue(h.jp2Wrapped(), c[0] + ": " + h);
            assertEquals(((Integer) c[1]).longValue(), h.rows(), (String) c[0]);
            assertEquals(((Integer) c[2]).longValue(), h.columns(), (String) c[0]);
            assertEquals(c[3], h.components(), (String) c[0]);
            close(o);
        }
    }

    @Test
    void compareWith_693J2kr_precisionMismatchIsAWarningNotAnError() throws IOException {
        // The README says precision 16 vs Bits Stored 14; the file has Bits Stored 16 and a
        // 14-bit SIZ (pydicom agrees). Either way round, it is a warning.
        DicomObject o = read("pydicom-data/693_J2KR.dcm");
        PixelDescription pd = PixelDescription.from(o.dataset());
        CodestreamHeader h = CodestreamHeader.probe(EncapsulatedFrames.of(o.dataset(), o.syntax()), 0);
        HeaderCheck c = h.compareWith(pd);
        assertTrue(c.ok(), c.toString());
        assertEquals(List.of("the stream's precision 14 differs from Bits Stored (0028,0101) 16; the decoder follows"
                + " the stream"), c.warnings());
        close(o);
    }

    @Test
    void from_floatPixelData_readsTheFloatElements() throws IOException {
        DicomObject o = read("pydicom-data/parametric_map_float.dcm");
        PixelDescription pd = PixelDescription.from(o.dataset());
        assertEquals(Tag.FLOAT_PIXEL_DATA, pd.pixelDataTag());
        assertEquals(65536, NativeFrames.of(o.dataset()).frame(0).length);
        close(o);
        DicomObject d = read("pydicom-data/parametric_map_double_float.dcm");
        assertEquals(Tag.DOUBLE_FLOAT_PIXEL_DATA, PixelDescription.from(d.dataset()).pixelDataTag());
        close(d);
    }

    @Test
    void of_badVrExtraFrames_warnsAboutTheLeftoverBytes() throws IOException {
        // Number of Frames "1A" is read as 1; the value holds 15 frames' worth.
        DicomObject o = read("debian-python3-pydicom/badVR.dcm");
        NativeFrames nf = NativeFrames.of(o.dataset());
        assertEquals(1, nf.count());
        assertEquals(1, nf.warnings().size());
        assertTrue(nf.warnings().get(0).contains("5600 more than the 400"), nf.warnings().get(0));
        close(o);
    }

    @Test
    void of_multiFrameJpegLosslessWithBasicOffsetTable_groupsByTheTable() throws IOException {
        DicomObject o = read("pylibjpeg-data/JPEGLosslessSV1/JPEGLosslessP14SV1_3s_2f_u_08_08.dcm");
        EncapsulatedFrames ef = EncapsulatedFrames.of(o.dataset(), o.syntax());
        assertEquals(EncapsulatedFrames.Grouping.BASIC_OFFSET_TABLE, ef.grouping());
        assertEquals(2, ef.count());
        CodestreamHeader second = CodestreamHeader.probe(ef, 1);
        assertEquals(3, second.components());
        assertEquals(1, second.predictor());
        close(o);
    }
}
