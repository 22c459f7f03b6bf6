package dicodec.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.Transcoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fuzz targets over the seeds made from the test data, each seed as it is and in a few
 * damaged forms (bytes flipped, cut short; fixed random seed, so every run is the same). It
 * is the regression run of what Jazzer starts from; Jazzer's own regression mode runs the
 * committed inputs (findings included).
 */
class FuzzSeedsTest {
    @Test
    void parser_takesEverySeedAndItsDamagedForms() {
        SharedTestdata.assumePresent();
        List<byte[]> seeds = FuzzSeeds.objectBytes();
        assertFalse(seeds.isEmpty());
        for (byte[] s : FuzzSeeds.withVariants(seeds, 1)) {
            FuzzHarness.parse(s);
        }
    }

    @Test
    void javaDecoders_takeEverySeedAndItsDamagedForms() {
        SharedTestdata.assumePresent();
        CodecRegistry codecs = CodecRegistry.load();
        var syntaxes = List.of(TransferSyntaxes.RLE, TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_EXTENDED,
                TransferSyntaxes.JPEG_PROGRESSIVE, TransferSyntaxes.JPEG_LOSSLESS_SV1);
        int tried = 0;
        for (var ts : syntaxes) {
            List<byte[]> seeds = FuzzSeeds.frames(s -> s.uid().equals(ts.uid()));
            for (byte[] s : FuzzSeeds.withVariants(seeds, FuzzHarness.PREFIX)) {
                FuzzHarness.decode(FuzzHarness.decoderOf(codecs.codecs(), ts), s);
                tried++;
            }
        }
        assertFalse(tried == 0, "some frame was decoded");
    }

    @Test
    void transcode_takesEverySeedToEveryJavaLosslessTarget() {
        SharedTestdata.assumePresent();
        Transcoder transcoder = new Transcoder(CodecRegistry.load());
        for (byte[] s : FuzzSeeds.transcodeInputs(JavaTranscodeFuzzTest.TARGETS.size())) {
            FuzzHarness.transcode(transcoder, JavaTranscodeFuzzTest.TARGETS, s);
        }
    }
}
