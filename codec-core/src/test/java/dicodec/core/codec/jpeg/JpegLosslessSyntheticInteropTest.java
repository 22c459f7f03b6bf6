package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Made-up images the shared files lack, through our lossless encoder and back through ours,
 * DCMTK's and GDCM's decoders: signed 12 bits in 16 with negative values (REQ-BITS-3), 2-bit
 * samples, full-range 16-bit noise (differences of 32768, SSSS 16), odd sizes.
 */
class JpegLosslessSyntheticInteropTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("signed 12 in 16", SyntheticImages.description(61, 47, 1, 16, 12, 1, "MONOCHROME2"), true),
                Arguments.of("2 bits in 8", SyntheticImages.description(33, 20, 1, 8, 2, 0, "MONOCHROME2"), false),
                Arguments.of("16-bit noise", SyntheticImages.description(40, 40, 1, 16, 16, 0, "MONOCHROME2"), false),
                Arguments.of("signed 16-bit noise", SyntheticImages.description(17, 9, 1, 16, 16, 1, "MONOCHROME1"),
                        false),
                Arguments.of("RGB 1x1", SyntheticImages.description(1, 1, 3, 8, 8, 0, "RGB"), false),
                Arguments.of("RGB 16 bits", SyntheticImages.description(15, 31, 3, 16, 16, 0, "RGB"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodeLossless_decodesBitExactInOursDcmtkAndGdcm(String name, PixelDescription pd, boolean smooth)
            throws IOException {
        byte[] pixels = smooth ? SyntheticImages.smooth(pd, 7) : SyntheticImages.noise(pd, 7);
        String gdcmSkipped = null;
        for (String syntax : new String[] {"jpeg-lossless-sv1", "jpeg-lossless"}) {
            ByteArrayOutputStream enc = new ByteArrayOutputStream();
            CodecRegistry registry = JpegLosslessRoundTripTest.registry(syntax, syntax.equals("jpeg-lossless") ? 7 : 3);
            try (DicomObject in = SyntheticImages.object(pd, pixels)) {
                new Transcoder(registry).transcode(in, TranscodeOptions.to(TransferSyntaxes.parse(syntax)), enc);
            }
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            try (DicomObject e = DicomReader.read(enc.toByteArray(), "enc")) {
                new Transcoder(registry).transcode(e, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), back);
            }
            try (DicomObject d = DicomReader.read(back.toByteArray(), "dec")) {
                assertArrayEquals(pixels, Arrays.copyOf(d.dataset().get(Tag.PIXEL_DATA).bytes(), pixels.length),
                        syntax + ": ours");
            }
            Path file = tmp.resolve(syntax + ".dcm");
            Files.write(file, enc.toByteArray());
            if (ExternalTool.present("dcmdjpeg")) {
                ReferenceDecode r = ReferenceDecode.dcmtk(file, tmp);
                assertEquals("", r.message(), "dcmdjpeg failed");
                assertArrayEquals(pixels, Arrays.copyOf(r.pixels(), pixels.length), syntax + ": dcmdjpeg");
            }
            if (ExternalTool.present("gdcmconv")) {
                ReferenceDecode r = ReferenceDecode.gdcm(file, tmp);
                if (r.pixels() == null) {
                    Path source = tmp.resolve("native.dcm");
                    try (DicomObject in = SyntheticImages.object(pd, pixels);
                            java.io.OutputStream os = Files.newOutputStream(source)) {
                        new Transcoder(registry).transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), os);
                    }
                    gdcmSkipped = GdcmLimits.whyNotJudge(source, tmp);
                    if (gdcmSkipped != null) {
                        continue;
                    }
                }
                assertEquals("", r.message(), "gdcmconv failed");
                assertArrayEquals(pixels, Arrays.copyOf(r.pixels(), pixels.length), syntax + ": gdcmconv");
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(gdcmSkipped == null, gdcmSkipped + ": GDCM comparison skipped");
    }
}
