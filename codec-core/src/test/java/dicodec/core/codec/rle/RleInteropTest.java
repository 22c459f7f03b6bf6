package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every native file of ../shared/testdata through the Transcoder to RLE: what RLE can hold is
 * written as PS3.5 G and A.4 want it, DCMTK (dcmdrle) and GDCM (gdcmconv --raw) decode it to the
 * input's pixels, and our own decode gives the input file back (pixels and attributes); what it
 * cannot hold is refused, naming the attribute, and nothing is written.
 */
class RleInteropTest {
    @TempDir
    Path tmp;

    /** Native files with pixel facts, and the attribute a refusal must name (0 when RLE holds it). */
    static Stream<Arguments> nativeFiles() throws IOException {
        if (!SharedTestdata.present()) {
            return Stream.empty();
        }
        List<Arguments> out = new ArrayList<>();
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            if (e.broken() || !e.hasPixelFacts()) {
                continue;
            }
            try (DicomObject o = DicomReader.read(e.path())) {
                if (o.syntax().encapsulated() || !o.dataset().contains(Tag.PIXEL_DATA)) {
                    continue; // compressed, or Float / Double Float Pixel Data (see the disabled test)
                }
                PixelDescription pd = PixelDescription.from(o.dataset());
                int refusedTag = pd.bitsAllocated() == 1 ? Tag.BITS_ALLOCATED
                        : pd.photometric().startsWith("YBR_") && !pd.photometric().equals("YBR_FULL")
                                ? Tag.PHOTOMETRIC_INTERPRETATION : 0;
                out.add(Arguments.of(e.file(), refusedTag));
            }
        }
        return out.stream();
    }

    @Test
    void sharedTestdata_holdsNativeFilesOfEveryBitDepth() throws IOException {
        SharedTestdata.assumePresent();
        assertTrue(nativeFiles().count() >= 50, "expected the native files the README lists");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFiles")
    void transcode_nativeFileToRle_decodesToTheSamePixelsInDcmtkGdcmAndUs(String file, int refusedTag)
            throws IOException {
        Path src = SharedTestdata.dir().resolve(file);
        Path rle = tmp.resolve("rle.dcm");
        if (refusedTag != 0) {
            DicodecException e = assertThrows(DicodecException.class,
                    () -> RleFiles.transcode(src, TransferSyntaxes.RLE, rle));
            assertEquals(ErrorKind.UNSUPPORTED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains(Tag.toString(refusedTag)), e.getMessage());
            return;
        }
        RleFiles.transcode(src, TransferSyntaxes.RLE, rle);
        RleFiles.Pixels input = RleFiles.pixels(src);
        assertWellFormedRle(rle, input.description());

        // DCMTK: follows Planar Configuration as we left it, so byte for byte the input
        ExternalTool.assumePresent("dcmdrle");
        Path dcmtk = tmp.resolve("dcmtk.dcm");
        ExternalTool.Result d = ExternalTool.run("dcmdrle", rle.toString(), dcmtk.toString());
        assertEquals(0, d.exitCode(), "dcmdrle cannot read our RLE: " + d.stderr());
        assertArrayEquals(input.bytes(), RleFiles.pixels(dcmtk).bytes(), "dcmdrle decodes other pixels");

        // GDCM: always decodes colour by pixel, and sign-extends signed samples past Bits Stored,
        // so compare by pixel within Bits Stored. GDCM 3.0.21 misreads colour RLE of more than 8
        // bits (pylibjpeg-data's own SC_rgb_rle_16bit too): for those, see the test below.
        boolean gdcmMisreads = input.description().samplesPerPixel() == 3 && input.description().bitsAllocated() > 8;
        if (ExternalTool.present("gdcmconv") && !gdcmMisreads) {
            Path gdcm = tmp.resolve("gdcm.dcm");
            ExternalTool.Result g = ExternalTool.run("gdcmconv", "--raw", rle.toString(), gdcm.toString());
            assertEquals(0, g.exitCode(), "gdcmconv cannot read our RLE: " + g.stderr());
            assertArrayEquals(input.byPixelWithinBitsStored(), RleFiles.pixels(gdcm).byPixelWithinBitsStored(),
                    "gdcmconv decodes other pixels");
        }

        // Our own way back: the input file again, pixels and every attribute
        Path back = tmp.resolve("back.dcm");
        TransferSyntax target = TransferSyntaxes.EXPLICIT_VR_LE;
        RleFiles.transcode(rle, target, back);
        assertArrayEquals(input.bytes(), RleFiles.pixels(back).bytes(), "native -> RLE -> native changed pixels");
        try (DicomObject in = DicomReader.read(src); DicomObject out = DicomReader.read(back)) {
            List<String> diff = DatasetDiff.diff(in.dataset(), out.dataset(), in.syntax().explicitVr());
            diff.removeIf(line -> line.startsWith(Tag.toString(Tag.PIXEL_DATA))); // OB/OW and padding
            assertEquals(List.of(), diff, "native -> RLE -> native changed attributes");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pydicom-data/SC_rgb_16bit.dcm, pylibjpeg-data/RLELossless/SC_rgb_rle_16bit.dcm",
        "pydicom-data/SC_rgb_16bit_2frame.dcm, pylibjpeg-data/RLELossless/SC_rgb_rle_16bit_2frame.dcm",
        "pydicom-data/SC_rgb_32bit.dcm, pylibjpeg-data/RLELossless/SC_rgb_rle_32bit.dcm",
        "pydicom-data/SC_rgb_32bit_2frame.dcm, pylibjpeg-data/RLELossless/SC_rgb_rle_32bit_2frame.dcm"})
    void transcode_multiByteColour_givesTheFramesOfThePylibjpegDataReference(String nativeFile, String reference)
            throws IOException {
        // GDCM 3.0.21 decodes these references to other pixels than DCMTK does, or fails (README):
        // where GDCM cannot judge, byte identity with a third-party encoder's stream that DCMTK
        // decodes to the native file's pixels stands in for it.
        SharedTestdata.assumePresent();
        Path rle = tmp.resolve("rle.dcm");
        RleFiles.transcode(SharedTestdata.dir().resolve(nativeFile), TransferSyntaxes.RLE, rle);
        try (DicomObject ours = DicomReader.read(rle);
                DicomObject ref = DicomReader.read(SharedTestdata.dir().resolve(reference))) {
            EncapsulatedFrames a = EncapsulatedFrames.of(ours.dataset(), ours.syntax());
            EncapsulatedFrames b = EncapsulatedFrames.of(ref.dataset(), ref.syntax());
            assertEquals(b.count(), a.count());
            for (int i = 0; i < a.count(); i++) {
                assertArrayEquals(b.frame(i), a.frame(i), "frame " + (i + 1));
            }
        }
    }

    /** One fragment per frame, a filled Basic Offset Table, even lengths, headers as G.5 says. */
    private static void assertWellFormedRle(Path rle, PixelDescription pd) throws IOException {
        try (DicomObject o = DicomReader.read(rle)) {
            assertEquals(TransferSyntaxes.RLE.uid(), o.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID));
            ElementValue.Fragments value = (ElementValue.Fragments) o.dataset().get(Tag.PIXEL_DATA).value();
            assertEquals(pd.frames(), value.fragments().size(), "one fragment per frame");
            assertEquals(4L * pd.frames(), value.basicOffsetTable().length(), "Basic Offset Table filled");
            EncapsulatedFrames frames = EncapsulatedFrames.of(o.dataset(), o.syntax());
            assertEquals(EncapsulatedFrames.Grouping.BASIC_OFFSET_TABLE, frames.grouping());
            int segments = pd.samplesPerPixel() * pd.bitsAllocated() / 8;
            for (BulkRef fragment : value.fragments()) {
                byte[] f = fragment.read();
                assertEquals(0, f.length % 2, "odd fragment");
                ByteBuffer h = ByteBuffer.wrap(f, 0, 64).order(ByteOrder.LITTLE_ENDIAN);
                assertEquals(segments, h.getInt(0), "segment count");
                assertEquals(64, h.getInt(4), "first segment offset");
                for (int k = 0; k < 15; k++) {
                    int start = h.getInt(4 + 4 * k);
                    if (k >= segments) {
                        assertEquals(0, start, "unused offset " + (k + 1));
                        continue;
                    }
                    int end = k + 1 < segments ? h.getInt(8 + 4 * k) : f.length;
                    assertEquals(0, (end - start) % 2, "segment " + (k + 1) + " has odd length");
                }
            }
        }
    }

    @Test
    void transcode_doubleFloatPixelData_toRle_isRefusedNamingTheElement() throws IOException {
        SharedTestdata.assumePresent();
        Path out = tmp.resolve("pm.dcm");
        DicodecException e = assertThrows(DicodecException.class, () -> RleFiles.transcode(
                SharedTestdata.dir().resolve("pydicom-data/parametric_map_double_float.dcm"), TransferSyntaxes.RLE,
                out));
        assertEquals(ErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("(7FE0,0009)"), e.getMessage());
        assertTrue(!Files.exists(out) || Files.size(out) == 0);
    }
}
