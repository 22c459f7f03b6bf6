package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JPEG codecs are found by the registry, and what they refuse is refused naming the attribute. */
class JpegCodecProfileTest {
    private static final CodecRegistry REGISTRY = CodecRegistry.load();

    private static PixelDescription pd(int ba, int bs, int pr, int samples, String pi) {
        return SyntheticImages.description(8, 8, samples, ba, bs, pr, pi);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jpeg-baseline", "jpeg-extended", "jpeg-lossless", "jpeg-lossless-sv1",
        "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.55"})
    void registry_findsAJavaJpegDecoder(String syntax) {
        Codec c = REGISTRY.decoderFor(TransferSyntaxes.parse(syntax), pd(8, 8, 0, 1, "MONOCHROME2"), null);
        assertEquals(Backend.JAVA, c.backend());
        assertTrue(c.availability().available());
    }

    @ParameterizedTest(name = "{0} refuses {1}/{2} PR {3} {4} naming {5}")
    @CsvSource({
        "jpeg-baseline, 16, 16, 0, MONOCHROME2, Bits Allocated (0028,0100)",
        "jpeg-baseline, 16, 12, 0, MONOCHROME2, Bits Allocated (0028,0100)",
        "jpeg-baseline, 8, 8, 1, MONOCHROME2, Pixel Representation (0028,0103)",
        "jpeg-baseline, 8, 8, 0, PALETTE COLOR, Photometric Interpretation (0028,0004)",
        "jpeg-extended, 16, 13, 0, MONOCHROME2, Bits Stored (0028,0101)",
        "jpeg-extended, 16, 12, 1, MONOCHROME2, Pixel Representation (0028,0103)",
        "jpeg-extended, 8, 8, 0, PALETTE COLOR, Photometric Interpretation (0028,0004)",
        "jpeg-lossless-sv1, 32, 32, 0, MONOCHROME2, Bits Allocated (0028,0100)",
        "jpeg-lossless, 32, 32, 0, RGB, Bits Allocated (0028,0100)",
        "jpeg-lossless-sv1, 8, 1, 0, MONOCHROME2, Bits Stored (0028,0101)"})
    void encoderFor_dataTheSyntaxCannotHold_isUnsupportedNamingTheAttribute(String syntax, int ba, int bs, int pr,
            String pi, String attribute) {
        PixelDescription d = pd(ba, bs, pr, pi.equals("RGB") ? 3 : 1, pi);
        DicodecException e = assertThrows(DicodecException.class,
                () -> REGISTRY.encoderFor(TransferSyntaxes.parse(syntax), d, null));
        assertEquals(ErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains(attribute), e.getMessage());
    }

    @Test
    void encoderFor_doubleFloatPixels_isRefusedByBitsAllocated() {
        PixelDescription d = new PixelDescription(8, 8, 1, 64, 0, -1, -1, "MONOCHROME2", 0, 1,
                Tag.DOUBLE_FLOAT_PIXEL_DATA, List.of());
        DicodecException e = assertThrows(DicodecException.class,
                () -> REGISTRY.encoderFor(TransferSyntaxes.JPEG_LOSSLESS_SV1, d, null));
        assertTrue(e.getMessage().contains("Bits Allocated (0028,0100) 64"), e.getMessage());
    }

    @Test
    void encode_ybrFull422NativeToLossless_isUnsupportedNamingPhotometric() {
        PixelDescription d = pd(8, 8, 0, 3, "YBR_FULL_422");
        Codec c = REGISTRY.encoderFor(TransferSyntaxes.JPEG_LOSSLESS_SV1, d, null);
        DicodecException e = assertThrows(DicodecException.class,
                () -> c.encoder().encode(new byte[8 * 8 * 2], d, dicodec.core.spi.EncodeOptions.DEFAULT));
        assertEquals(ErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("Photometric Interpretation (0028,0004) YBR_FULL_422"), e.getMessage());
    }
}
