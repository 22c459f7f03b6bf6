package dicodec.nativecodec.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dicodec.core.fuzz.FuzzHarness;
import dicodec.core.fuzz.FuzzSeeds;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.Transcoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The native fuzz targets over the seeds made from the test data and their damaged forms. */
class NativeFuzzSeedsTest {
    @Test
    void nativeDecoders_takeEverySeedAndItsDamagedForms() {
        SharedTestdata.assumePresent();
        int tried = 0;
        for (var ts : List.of(TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_2000_LOSSLESS,
                TransferSyntaxes.HTJ2K_LOSSLESS, TransferSyntaxes.JPEG_BASELINE)) {
            var family = ts.uid().substring(0, ts.uid().length() - 1);
            List<byte[]> seeds = ts == TransferSyntaxes.HTJ2K_LOSSLESS
                    ? FuzzSeeds.encodedFrames(CodecRegistry.load(), ts)
                    : FuzzSeeds.frames(s -> s.uid().equals(ts.uid())
                            || ts != TransferSyntaxes.JPEG_BASELINE && s.uid().startsWith(family));
            assertFalse(seeds.isEmpty(), "seeds for " + ts.name());
            for (byte[] s : FuzzSeeds.withVariants(seeds, FuzzHarness.PREFIX)) {
                FuzzHarness.decode(NativeDecoderFuzzTest.decoder(ts), s);
                tried++;
            }
        }
        assertFalse(tried == 0, "some frame was decoded");
    }

    @Test
    void transcode_takesEverySeedToEveryNativeLosslessTarget() {
        SharedTestdata.assumePresent();
        Transcoder transcoder = new Transcoder(CodecRegistry.load());
        for (byte[] s : FuzzSeeds.transcodeInputs(NativeTranscodeFuzzTest.TARGETS.size())) {
            if (s[0] >= 3) { // the native targets; codec-core's FuzzSeedsTest has the Java ones
                FuzzHarness.transcode(transcoder, NativeTranscodeFuzzTest.TARGETS, s);
            }
        }
    }
}
