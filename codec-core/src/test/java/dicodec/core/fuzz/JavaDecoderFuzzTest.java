package dicodec.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes each Java decoder (RLE, the JPEG family) with a frame and a claimed description,
 * see {@link FuzzHarness#decode}. Seeds: first frames of the test files of that syntax.
 */
class JavaDecoderFuzzTest {
    private static final CodecRegistry CODECS = CodecRegistry.load();

    @BeforeAll
    static void seeds() {
        seed("rle", TransferSyntaxes.RLE);
        seed("jpegBaseline", TransferSyntaxes.JPEG_BASELINE);
        seed("jpegExtended", TransferSyntaxes.JPEG_EXTENDED);
        seed("jpegProgressive", TransferSyntaxes.JPEG_PROGRESSIVE);
        seed("jpegLossless", TransferSyntaxes.JPEG_LOSSLESS_SV1);
    }

    private static void seed(String method, TransferSyntax ts) {
        FuzzSeeds.writeForFuzzing(JavaDecoderFuzzTest.class, method,
                FuzzSeeds.frames(s -> s.uid().equals(ts.uid())
                        || ts == TransferSyntaxes.JPEG_LOSSLESS_SV1 && s.uid().equals(TransferSyntaxes.JPEG_LOSSLESS.uid())));
    }

    private static FrameDecoder decoder(TransferSyntax ts) {
        return FuzzHarness.decoderOf(CODECS.codecs(), ts);
    }

    @FuzzTest(maxDuration = "30s")
    void rle(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.RLE), data);
    }

    @FuzzTest(maxDuration = "30s")
    void jpegBaseline(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_BASELINE), data);
    }

    @FuzzTest(maxDuration = "30s")
    void jpegExtended(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_EXTENDED), data);
    }

    @FuzzTest(maxDuration = "30s")
    void jpegProgressive(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_PROGRESSIVE), data);
    }

    @FuzzTest(maxDuration = "30s")
    void jpegLossless(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_LOSSLESS_SV1), data);
    }
}
