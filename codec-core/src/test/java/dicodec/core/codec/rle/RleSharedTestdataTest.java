package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every RLE file of ../shared/testdata, decoded through the Transcoder, equals the reference
 * decode: DCMTK dcmdrle's, or GDCM gdcmconv --raw's where DCMTK fails (as the README notes), or,
 * for the 1-bit files neither reads, the native file they were made from.
 */
class RleSharedTestdataTest {
    @TempDir
    Path tmp;

    static Stream<String> rleFiles() {
        if (!SharedTestdata.present()) {
            return Stream.empty();
        }
        List<String> out = new ArrayList<>();
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            if (TransferSyntaxes.RLE.uid().equals(e.transferSyntax()) && !e.broken() && e.bitsAllocated() != 1) {
                out.add(e.file());
            }
        }
        return out.stream();
    }

    @Test
    void sharedTestdata_holdsTheRleFilesTheseTestsAreAbout() {
        SharedTestdata.assumePresent();
        assertTrue(rleFiles().count() >= 12, "expected the 12 multi-byte RLE files of the README");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rleFiles")
    void decode_rleFile_equalsTheReferencePixels(String file) throws IOException {
        ExternalTool.assumePresent("dcmdrle");
        Path src = SharedTestdata.dir().resolve(file);
        Path ours = tmp.resolve("ours.dcm");
        RleFiles.transcode(src, TransferSyntaxes.EXPLICIT_VR_LE, ours);

        Path ref = tmp.resolve("ref.dcm");
        ExternalTool.Result dcmtk = ExternalTool.run("dcmdrle", src.toString(), ref.toString());
        RleFiles.Pixels got = RleFiles.pixels(ours);
        if (dcmtk.exitCode() == 0) {
            // DCMTK lays colour out as Planar Configuration says, as we do: equal byte for byte.
            RleFiles.Pixels want = RleFiles.pixels(ref);
            assertEquals(want.description().planarConfiguration(), got.description().planarConfiguration());
            assertArrayEquals(want.bytes(), got.bytes(), "pixels differ from dcmdrle's");
        } else {
            ExternalTool.assumePresent("gdcmconv");
            ExternalTool.Result gdcm = ExternalTool.run("gdcmconv", "--raw", src.toString(), ref.toString());
            if (gdcm.exitCode() != 0) {
                fail("neither dcmdrle (" + dcmtk.stderr().trim() + ") nor gdcmconv (" + gdcm.stderr().trim()
                        + ") decodes " + file + "; the README says one does");
            }
            assertArrayEquals(RleFiles.pixels(ref).byPixel(), got.byPixel(), "pixels differ from gdcmconv's");
        }
        assertOnlyPixelAttributesChanged(src, ours);
    }

    /** Everything but Pixel Data is as it was; Planar Configuration may be added, never changed. */
    private static void assertOnlyPixelAttributesChanged(Path src, Path ours) throws IOException {
        try (DicomObject in = DicomReader.read(src); DicomObject out = DicomReader.read(ours)) {
            Dataset a = in.dataset().copy();
            Dataset b = out.dataset().copy();
            a.remove(Tag.PIXEL_DATA);
            b.remove(Tag.PIXEL_DATA);
            PixelDescription pd = PixelDescription.from(out.dataset());
            if (pd.samplesPerPixel() > 1) {
                assertTrue(b.contains(Tag.PLANAR_CONFIGURATION), "Planar Configuration not written explicitly");
                if (!a.contains(Tag.PLANAR_CONFIGURATION)) {
                    b.remove(Tag.PLANAR_CONFIGURATION);
                }
            }
            assertEquals(List.of(), DatasetDiff.diff(a, b), "attributes changed");
            assertEquals(TransferSyntaxes.EXPLICIT_VR_LE.uid(), out.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pydicom-data/liver_rle.dcm, pydicom-data/liver.dcm",
        "pydicom-data/liver_nonbyte_aligned_rle.dcm, pydicom-data/liver_nonbyte_aligned.dcm"})
    void decode_oneBitRleFile_equalsTheNativeFileFrameByFrame(String rle, String nativeTwin) throws IOException {
        SharedTestdata.assumePresent();
        // DCMTK refuses these and GDCM aborts; pydicom reads them as one segment of packed bits
        // per frame, and the native twin (same SOP instance, README) is the reference.
        try (DicomObject r = DicomReader.read(SharedTestdata.dir().resolve(rle));
                DicomObject n = DicomReader.read(SharedTestdata.dir().resolve(nativeTwin))) {
            PixelDescription pd = PixelDescription.from(r.dataset());
            EncapsulatedFrames encoded = EncapsulatedFrames.of(r.dataset(), r.syntax());
            NativeFrames reference = NativeFrames.of(n.dataset());
            assertEquals(3, encoded.count());
            RleDecoder decoder = new RleDecoder(new JavaRleSegmenter(), new JavaPackBits());
            for (int i = 0; i < encoded.count(); i++) {
                assertArrayEquals(reference.frame(i), decoder.decode(encoded.frame(i), pd).pixels(),
                        "frame " + (i + 1));
            }
        }
    }

    @Test
    void transcode_liverRle_toExplicitLe_equalsLiver() throws IOException {
        SharedTestdata.assumePresent();
        // 512 x 512 frames end on a byte, so decoded frames laid end to end are the native value.
        Path ours = tmp.resolve("liver.dcm");
        RleFiles.transcode(SharedTestdata.dir().resolve("pydicom-data/liver_rle.dcm"),
                TransferSyntaxes.EXPLICIT_VR_LE, ours);
        assertArrayEquals(RleFiles.pixels(SharedTestdata.dir().resolve("pydicom-data/liver.dcm")).bytes(),
                RleFiles.pixels(ours).bytes());
    }
}
