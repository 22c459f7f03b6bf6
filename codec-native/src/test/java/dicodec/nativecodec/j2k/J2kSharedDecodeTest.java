package dicodec.nativecodec.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.nativecodec.NativeTesting;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JPEG 2000 file of ../shared/testdata decodes with OpenJPEG to GDCM's pixels (the
 * reference: DCMTK 3.6.7 has no JPEG 2000), JP2-wrapped and SIZ-mismatched ones included; the
 * files the README marks BROKEN fail with BAD_INPUT.
 */
class J2kSharedDecodeTest {
    @TempDir
    Path tmp;

    static Stream<SharedTestdata.Entry> files() {
        return NativeTesting.sharedFiles(NativeTesting.syntaxIn(TransferSyntaxes.JPEG_2000_LOSSLESS,
                TransferSyntaxes.JPEG_2000).and(e -> !e.broken()));
    }

    static Stream<SharedTestdata.Entry> brokenFiles() {
        return NativeTesting.sharedFiles(NativeTesting.syntaxIn(TransferSyntaxes.JPEG_2000_LOSSLESS,
                TransferSyntaxes.JPEG_2000).and(SharedTestdata.Entry::broken));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_sharedJ2kFile_equalsGdcm(SharedTestdata.Entry e) {
        SharedTestdata.assumePresent();
        NativeTesting.Pixels ours = NativeTesting.decodeFrames(e.path());
        assertEquals(e.frames(), ours.frames().size());
        NativeTesting.assertSameValues(NativeTesting.gdcmPixels(e.path(), tmp), ours, "vs GDCM");
        String expected = e.photometric().startsWith("YBR_") && e.photometric().endsWith("CT") ? "RGB"
                : e.photometric();
        assertEquals(expected, ours.pd().photometric());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void decode_brokenSharedJ2kFile_failsWithBadInput(SharedTestdata.Entry e) {
        SharedTestdata.assumePresent();
        DicodecException x = assertThrows(DicodecException.class, () -> NativeTesting.decodeFrames(e.path()));
        assertEquals(ErrorKind.BAD_INPUT, x.kind(), x.getMessage());
        assertTrue(x.getMessage().length() > 20, x.getMessage());
    }
}
