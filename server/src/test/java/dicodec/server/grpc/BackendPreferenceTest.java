package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import org.junit.jupiter.api.Test;

/**
 * The service carries every backend: .50 goes to libjpeg-turbo when it loads (issue 5), even
 * with an OpenCL device, while the other JPEG syntaxes go to OpenCL when a device is there.
 */
class BackendPreferenceTest {

    @Test
    void jpegBaseline_prefersTurbo_overOpenClAndJava() {
        CodecRegistry registry = CodecRegistry.load();
        boolean turbo = registry.codecs().stream().anyMatch(c -> c.syntax() == TransferSyntaxes.JPEG_BASELINE
                && c.backend() == Backend.NATIVE && c.availability().available());
        assumeTrue(turbo, "libjpeg-turbo did not load");
        PixelDescription grey8 = new PixelDescription(64, 64, 1, 8, 8, 7, 0,
                "MONOCHROME2", 0, 1, dicodec.core.io.Tag.PIXEL_DATA, null);
        assertEquals(Backend.NATIVE, registry.encoderFor(TransferSyntaxes.JPEG_BASELINE, grey8, null).backend());
        assertEquals(Backend.NATIVE, registry.decoderFor(TransferSyntaxes.JPEG_BASELINE, grey8, null).backend());
    }

    @Test
    void jpegLossless_goesToOpenCl_exactlyWhenAnOpenClCodecIsAvailable() {
        CodecRegistry registry = CodecRegistry.load();
        boolean openCl = registry.codecs().stream().anyMatch(c -> c.syntax() == TransferSyntaxes.JPEG_LOSSLESS_SV1
                && c.backend() == Backend.OPENCL && c.availability().available());
        PixelDescription grey16 = new PixelDescription(64, 64, 1, 16, 12, 11, 0,
                "MONOCHROME2", 0, 1, dicodec.core.io.Tag.PIXEL_DATA, null);
        Codec enc = registry.encoderFor(TransferSyntaxes.JPEG_LOSSLESS_SV1, grey16, null);
        assertEquals(openCl ? Backend.OPENCL : Backend.JAVA, enc.backend());
    }
}
