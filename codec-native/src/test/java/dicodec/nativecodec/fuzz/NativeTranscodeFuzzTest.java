package dicodec.nativecodec.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dicodec.core.fuzz.FuzzHarness;
import dicodec.core.fuzz.FuzzSeeds;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.Transcoder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/** Fuzzes the whole transcode with every codec, native ones included, to the lossless targets. */
class NativeTranscodeFuzzTest {
    static final List<TransferSyntax> TARGETS = List.of(TransferSyntaxes.EXPLICIT_VR_LE, TransferSyntaxes.RLE,
            TransferSyntaxes.JPEG_LOSSLESS_SV1, TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_2000_LOSSLESS,
            TransferSyntaxes.HTJ2K_LOSSLESS);
    private static final Transcoder TRANSCODER = new Transcoder(CodecRegistry.load());

    @BeforeAll
    static void seeds() {
        FuzzSeeds.writeForFuzzing(NativeTranscodeFuzzTest.class, "transcode",
                FuzzSeeds.transcodeInputs(TARGETS.size()));
    }

    @FuzzTest(maxDuration = "30s")
    void transcode(byte[] data) {
        FuzzHarness.transcode(TRANSCODER, TARGETS, data);
    }
}
