package dicodec.nativecodec.htj2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.nativecodec.NativeTesting;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTJ2K file of ../shared/testdata decodes (OpenJPEG 2.5) to what opj_decompress gives,
 * and to what ojph_expand gives: exactly when lossless; within 1 when lossy (the README notes
 * that OpenJPH and OpenJPEG differ by at most 1 on the lossy file: their 9/7 arithmetic).
 */
class Htj2kSharedDecodeTest {
    @TempDir
    Path tmp;

    static Stream<SharedTestdata.Entry> files() {
        return NativeTesting.sharedFiles(NativeTesting.syntaxIn(TransferSyntaxes.HTJ2K_LOSSLESS,
                TransferSyntaxes.HTJ2K_LOSSLESS_RPCL, TransferSyntaxes.HTJ2K).and(e -> !e.broken()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_sharedHtj2kFile_equalsOpenJpegAndOpenJphTools(SharedTestdata.Entry e) {
        SharedTestdata.assumePresent();
        NativeTesting.Pixels ours = NativeTesting.decodeFrames(e.path());
        assertEquals(e.frames(), ours.frames().size());
        NativeTesting.assertSameValues(NativeTesting.opjDecompress(e.path(), tmp), ours, "vs opj_decompress");
        NativeTesting.Pixels ojph = NativeTesting.ojphExpand(e.path(), tmp);
        org.junit.jupiter.api.Assumptions.assumeTrue(ojph != null, "signed: ojph_expand cannot show them");
        if (TransferSyntaxes.HTJ2K.uid().equals(e.transferSyntax())) {
            long err = NativeTesting.maxError(ojph, ours);
            assertTrue(err <= 1, "OpenJPH and OpenJPEG differ by " + err);
        } else {
            NativeTesting.assertSameValues(ojph, ours, "vs ojph_expand");
        }
    }
}
