package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.stage.JavaStageProvider;
import dicodec.core.stage.StageProvider;
import dicodec.core.stage.Stages;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.codec.jpeg.JpegExtendedCodec;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.device.OpenClRuntime;
import org.junit.jupiter.api.Test;

/**
 * The seams: with codec-gpu on the class path, the stages outside the codecs (viewer window,
 * verification) come from the OpenCL provider when the process has a device and from Java when
 * not; the registry prefers the OpenCL codecs then, and says why not otherwise.
 */
class StageProviderSelectionTest {

    @Test
    void stagesAndCodecs_comeFromOpenCl_exactlyWhenTheProcessHasADevice() {
        OpenClTesting.runtime(); // skips when there is no platform at all
        boolean device = OpenClRuntime.get().device() != null;
        StageProvider current = Stages.current();
        if (device) {
            assertInstanceOf(OpenClStageProvider.class, current);
            assertTrue(current.name().startsWith("opencl on "), current.name());
        } else {
            assertInstanceOf(JavaStageProvider.class, current);
        }
        CodecRegistry registry = CodecRegistry.load();
        Codec enc = registry.encoderFor(TransferSyntaxes.JPEG_LOSSLESS_SV1,
                dicodec.core.codec.jpeg.SyntheticImages.description(64, 64, 1, 16, 12, 0, "MONOCHROME2"), null);
        assertEquals(device ? Backend.OPENCL : Backend.JAVA, enc.backend());
        Codec openClExtended = registry.codecs().stream()
                .filter(c -> c.backend() == Backend.OPENCL && c.syntax() == TransferSyntaxes.JPEG_EXTENDED)
                .findFirst().orElseThrow();
        assertEquals(device, openClExtended.availability().available(), openClExtended.availability().reason());
        assertEquals(new JpegExtendedCodec().profile(), openClExtended.profile());
        // Only codec-core and codec-gpu here: no libjpeg-turbo, so OpenCL takes .50 when it can.
        Codec baseline = registry.encoderFor(TransferSyntaxes.JPEG_BASELINE,
                dicodec.core.codec.jpeg.SyntheticImages.description(64, 64, 1, 8, 8, 0, "MONOCHROME2"), null);
        assertEquals(device ? Backend.OPENCL : Backend.JAVA, baseline.backend());
    }

    @Test
    void openClBaseline_ranksBelowNativeAndAboveJava() {
        Codec baseline = CodecRegistry.load().codecs().stream()
                .filter(c -> c.backend() == Backend.OPENCL && c.syntax() == TransferSyntaxes.JPEG_BASELINE)
                .findFirst().orElseThrow();
        assertTrue(baseline.preference() < Backend.NATIVE.rank(), "turbo must win .50");
        assertTrue(baseline.preference() > Backend.JAVA.rank(), "OpenCL must beat Java on .50");
    }
}
