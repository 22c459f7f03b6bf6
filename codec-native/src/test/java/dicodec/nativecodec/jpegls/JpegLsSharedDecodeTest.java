package dicodec.nativecodec.jpegls;

import static dicodec.nativecodec.NativeTesting.assertSameValues;
import static dicodec.nativecodec.NativeTesting.pixels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.Tag;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.nativecodec.NativeTesting;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JPEG-LS file of ../shared/testdata decodes with CharLS to the pixels GDCM (gdcmconv
 * --raw) gives, and DCMTK (dcmdjpls) too where the README says DCMTK decodes it.
 */
class JpegLsSharedDecodeTest {
    @TempDir
    Path tmp;

    static Stream<SharedTestdata.Entry> files() {
        return NativeTesting.sharedFiles(NativeTesting.syntaxIn(TransferSyntaxes.JPEG_LS_LOSSLESS,
                TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS).and(e -> !e.broken()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_sharedJpegLsFile_equalsGdcmAndDcmtk(SharedTestdata.Entry e) {
        SharedTestdata.assumePresent();
        Path ours = tmp.resolve("ours.dcm");
        NativeTesting.decode(e.path(), ours);
        NativeTesting.Pixels got = pixels(ours);
        assertEquals(e.frames(), got.frames().size());
        assertSameValues(pixels(NativeTesting.gdcmRaw(e.path(), tmp.resolve("gdcm.dcm"))), got, "vs GDCM");
        if (NativeTesting.decoders(e).contains("dcmtk ok")) {
            Path dcmtk = NativeTesting.runTool(tmp.resolve("dcmtk.dcm"), "dcmdjpls", e.path().toString(),
                    tmp.resolve("dcmtk.dcm").toString());
            assertSameValues(pixels(dcmtk), got, "vs DCMTK");
        }
        if (got.pd().isSigned() && got.pd().bitsStored() < got.pd().bitsAllocated()) {
            assertSignExtended(got);
        }
        assertEquals(e.photometric(), NativeTesting.attribute(ours, Tag.PHOTOMETRIC_INTERPRETATION));
    }

    /** dicom-rules L3: every signed sample fills the bits above Bits Stored with its sign. */
    private static void assertSignExtended(NativeTesting.Pixels p) {
        int bs = p.pd().bitsStored();
        int negatives = 0;
        for (byte[] f : p.frames()) {
            for (int i = 0; i < f.length; i += 2) {
                short v = (short) ((f[i] & 0xFF) | f[i + 1] << 8);
                int low = v & ((1 << bs) - 1);
                int extended = (low << (32 - bs)) >> (32 - bs);
                assertEquals(extended, v, "sample " + i / 2 + " is not sign extended from " + bs + " bits");
                negatives += v < 0 ? 1 : 0;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(negatives > 0, "no negative sample: the test proves nothing");
    }
}
