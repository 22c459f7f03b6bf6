package dicodec.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.Transcoder;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the whole transcode (read, plan, decode, encode, write) with the Java codecs to the
 * lossless targets they write; codec-native has the same target with every codec.
 */
class JavaTranscodeFuzzTest {
    static final List<TransferSyntax> TARGETS = List.of(TransferSyntaxes.EXPLICIT_VR_LE,
            TransferSyntaxes.IMPLICIT_VR_LE, TransferSyntaxes.EXPLICIT_VR_BE, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE,
            TransferSyntaxes.RLE, TransferSyntaxes.JPEG_LOSSLESS_SV1);
    private static final Transcoder TRANSCODER = new Transcoder(CodecRegistry.load());

    @BeforeAll
    static void seeds() {
        FuzzSeeds.writeForFuzzing(JavaTranscodeFuzzTest.class, "transcode", FuzzSeeds.transcodeInputs(TARGETS.size()));
    }

    @FuzzTest(maxDuration = "30s")
    void transcode(byte[] data) {
        FuzzHarness.transcode(TRANSCODER, TARGETS, data);
    }
}
