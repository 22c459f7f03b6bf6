package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JPEG file of ../shared/testdata (.50, .51, .53, .55, .57, .70) decodes through the
 * transcoder to Explicit VR Little Endian, and its pixels equal DCMTK dcmdjpeg's exactly
 * (lossless) or within 1 per sample (lossy), with the same photometric interpretation; the
 * lossless ones equal GDCM gdcmconv --raw's too.
 */
class JpegDecodeInteropTest {
    static final Set<String> JPEG = Set.of("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
            "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.55", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70");
    static final Set<String> LOSSLESS = Set.of("1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70");

    @TempDir
    Path tmp;

    static Stream<String> files() {
        if (!SharedTestdata.present()) {
            return Stream.empty();
        }
        return SharedTestdata.entries().stream().filter(e -> e.transferSyntax() != null && JPEG.contains(e.transferSyntax()))
                .map(SharedTestdata.Entry::file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_sharedJpegFile_matchesDcmtk(String file) throws IOException {
        ExternalTool.assumePresent("dcmdjpeg");
        Path src = SharedTestdata.dir().resolve(file);
        byte[] ours;
        String ourPi;
        int bytes;
        boolean lossless;
        try (DicomObject in = DicomReader.read(src)) {
            lossless = LOSSLESS.contains(in.syntax().uid());
            ByteArrayOutputStream os = new ByteArrayOutputStream();
            new Transcoder(CodecRegistry.load()).transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), os);
            try (DicomObject out = DicomReader.read(os.toByteArray(), "ours")) {
                ours = out.dataset().get(Tag.PIXEL_DATA).bytes();
                ourPi = out.dataset().getString(Tag.PHOTOMETRIC_INTERPRETATION).trim();
                bytes = out.dataset().getInt(Tag.BITS_ALLOCATED, 8) / 8;
                if (out.dataset().getInt(Tag.SAMPLES_PER_PIXEL, 1) > 1) {
                    assertEquals(0, out.dataset().getInt(Tag.PLANAR_CONFIGURATION, -1), "Planar Configuration");
                }
            }
        }
        ReferenceDecode ref = ReferenceDecode.dcmtk(src, tmp);
        if (ref.pixels() == null) {
            // DCMTK cannot read it (SC_rgb_jpeg.dcm): GDCM is the judge.
            ref = ReferenceDecode.gdcm(src, tmp);
            Assumptions.assumeTrue(ref.pixels() != null, "neither DCMTK nor GDCM decodes it: " + ref.message());
        }
        assertEquals(ref.photometric(), ourPi, "photometric after decoding, against " + ref.tool());
        assertEquals(ref.pixels().length, ours.length, "pixel data length against " + ref.tool());
        if (lossless) {
            assertArrayEquals(ref.pixels(), ours, "lossless pixels against " + ref.tool());
            if (ExternalTool.present("gdcmconv")) {
                ReferenceDecode g = ReferenceDecode.gdcm(src, tmp);
                assertArrayEquals(g.pixels(), ours, "lossless pixels against gdcmconv --raw");
            }
        } else {
            int max = ReferenceDecode.maxDifference(ref.pixels(), ours, bytes);
            assertTrue(max <= 1, "largest difference from " + ref.tool() + " is " + max);
            // Stronger than the requirement: the ISLOW IDCT, fancy upsampling and colour tables
            // are IJG's, so the samples are DCMTK's (and GDCM's: both use IJG libjpeg) exactly.
            assertArrayEquals(ref.pixels(), ours, "lossy pixels against " + ref.tool());
        }
    }
}
