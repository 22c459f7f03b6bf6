package dicodec.nativecodec.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dicodec.core.fuzz.FuzzHarness;
import dicodec.core.fuzz.FuzzSeeds;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the native decoders (CharLS, OpenJPEG for JPEG 2000 and HTJ2K, libjpeg-turbo) through
 * our bindings, with a frame and a claimed description ({@link FuzzHarness#decode}). A crash
 * in a library kills the JVM: that is a finding too.
 */
class NativeDecoderFuzzTest {
    private static final CodecRegistry CODECS = CodecRegistry.load();

    @BeforeAll
    static void seeds() {
        seed("jpegLs", TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS);
        seed("j2k", TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_2000);
        // the test data has no HTJ2K: its native objects encoded by our HTJ2K encoder
        FuzzSeeds.writeForFuzzing(NativeDecoderFuzzTest.class, "htj2k",
                FuzzSeeds.encodedFrames(CODECS, TransferSyntaxes.HTJ2K_LOSSLESS));
        seed("turboJpeg", TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_BASELINE);
    }

    private static void seed(String method, TransferSyntax a, TransferSyntax b) {
        FuzzSeeds.writeForFuzzing(NativeDecoderFuzzTest.class, method,
                FuzzSeeds.frames(s -> s.uid().equals(a.uid()) || s.uid().equals(b.uid())));
    }

    /** The native decoder of {@code ts}: the registry puts native ahead of Java. */
    static FrameDecoder decoder(TransferSyntax ts) {
        return FuzzHarness.decoderOf(CODECS.codecs(), ts);
    }

    @FuzzTest(maxDuration = "30s")
    void jpegLs(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_LS_LOSSLESS), data);
    }

    @FuzzTest(maxDuration = "30s")
    void j2k(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_2000_LOSSLESS), data);
    }

    @FuzzTest(maxDuration = "30s")
    void htj2k(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.HTJ2K_LOSSLESS), data);
    }

    @FuzzTest(maxDuration = "30s")
    void turboJpeg(byte[] data) {
        FuzzHarness.decode(decoder(TransferSyntaxes.JPEG_BASELINE), data);
    }
}
