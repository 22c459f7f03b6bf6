package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lossy encoder's options through the transcoder: colour coded YBR_FULL (4:4:4) or without
 * transform, restart intervals, qualities from 1 to 100, 12-bit extended. Each result carries
 * the photometric and markers it should, and decodes in DCMTK and GDCM within 1 of ours.
 */
class JpegLossyOptionsInteropTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pydicom-data/US1_UNCR.dcm", "jpeg-baseline", JpegColour.YBR_FULL, 0, 0, "YBR_FULL"),
                Arguments.of("pydicom-data/US1_UNCR.dcm", "jpeg-baseline", JpegColour.RGB, 0, 0, "RGB"),
                Arguments.of("pydicom-data/color-pl.dcm", "jpeg-extended", JpegColour.RGB, 5, 100, "RGB"),
                Arguments.of("pydicom-data/SC_ybr_full_uncompressed.dcm", "jpeg-baseline", JpegColour.RGB, 0, 75,
                        "YBR_FULL"),
                Arguments.of("pydicom-data/SC_ybr_full_uncompressed.dcm", "jpeg-baseline", JpegColour.YBR_FULL_422, 2,
                        75, "YBR_FULL_422"),
                Arguments.of("pydicom-data/US1_UNCR.dcm", "jpeg-baseline", JpegColour.YBR_FULL_422, 3, 10,
                        "YBR_FULL_422"),
                Arguments.of("pydicom-data/MR2_UNCR.dcm", "jpeg-extended", JpegColour.YBR_FULL_422, 7, 50,
                        "MONOCHROME2"),
                Arguments.of("pydicom-data/MR2_UNCR.dcm", "jpeg-extended", JpegColour.YBR_FULL_422, 0, 1,
                        "MONOCHROME2"),
                Arguments.of("pydicom-data/vlut_04.dcm", "jpeg-baseline", JpegColour.YBR_FULL_422, 13, 100,
                        "MONOCHROME2"),
                Arguments.of("debian-python3-pydicom/SC_rgb_small_odd.dcm", "jpeg-baseline", JpegColour.YBR_FULL_422,
                        1, 0, "YBR_FULL_422"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} restart {3} quality {4}")
    @MethodSource("cases")
    void encodeWithOptions_carriesThemAndDecodesInDcmtkAndGdcm(String file, String syntax, JpegColour colour,
            int restart, int quality, String photometric) throws IOException {
        SharedTestdata.assumePresent();
        TransferSyntax ts = TransferSyntaxes.parse(syntax);
        JpegLossyOptions opts = new JpegLossyOptions(colour, restart);
        List<Codec> codecs = new ArrayList<>(CodecRegistry.load().codecs());
        codecs.removeIf(c -> c instanceof JpegBaselineCodec || c instanceof JpegExtendedCodec);
        codecs.add(new JpegBaselineCodec(opts));
        codecs.add(new JpegExtendedCodec(opts));
        CodecRegistry registry = new CodecRegistry(codecs);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (DicomObject in = DicomReader.read(SharedTestdata.dir().resolve(file))) {
            new Transcoder(registry).transcode(in, TranscodeOptions.to(ts).withPolicy(LossyPolicy.ALLOW)
                    .withEncode(new EncodeOptions(quality, 0, 0)), encoded);
        }
        byte[] ours;
        try (DicomObject enc = DicomReader.read(encoded.toByteArray(), "encoded")) {
            assertEquals(photometric, enc.dataset().getString(Tag.PHOTOMETRIC_INTERPRETATION).trim());
            byte[] stream = EncapsulatedFrames.of(enc.dataset(), enc.syntax()).frame(0);
            JpegReader r = new JpegReader(stream);
            r.nextScan();
            assertEquals(restart, r.restartInterval(), "DRI");
            assertEquals(colour == JpegColour.RGB && photometric.equals("RGB") ? 0 : JpegReader.NO_ADOBE,
                    r.adobeTransform(), "APP14 Adobe transform");
            assertEquals(ts == TransferSyntaxes.JPEG_BASELINE ? JpegMarker.SOF0 : JpegMarker.SOF1, r.frame().marker());
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            new Transcoder(registry).transcode(enc, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), back);
            try (DicomObject dec = DicomReader.read(back.toByteArray(), "decoded")) {
                ours = NativeFiles.framesByPixel(dec);
            }
        }
        Path jpeg = tmp.resolve("ours.dcm");
        Files.write(jpeg, encoded.toByteArray());
        int bytes = file.contains("MR2") ? 2 : 1;
        for (String tool : new String[] {"dcmdjpeg", "gdcmconv"}) {
            if (!ExternalTool.present(tool)) {
                continue;
            }
            ReferenceDecode ref = tool.equals("dcmdjpeg") ? ReferenceDecode.dcmtk(jpeg, tmp)
                    : ReferenceDecode.gdcm(jpeg, tmp);
            assertEquals("", ref.message(), tool + " failed");
            byte[] mine = ref.photometric().equals("YBR_FULL")
                    ? JpegLossyEncodeInteropTest.decodeWithoutColourConversion(encoded.toByteArray()) : ours;
            int diff = ReferenceDecode.maxDifference(mine, ref.pixels(), bytes);
            assertTrue(diff <= 1, tool + " differs from our decode by " + diff);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bits stored in 16")
    @org.junit.jupiter.params.provider.ValueSource(ints = {9, 10, 11})
    void encodeExtended_bitsStoredBelowTwelve_codesPrecision12AndDecodesInDcmtkAndGdcm(int bitsStored)
            throws IOException {
        dicodec.core.pixel.PixelDescription pd = SyntheticImages.description(67, 45, 1, 16, bitsStored, 0,
                "MONOCHROME2");
        byte[] pixels = SyntheticImages.smooth(pd, bitsStored);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (DicomObject in = SyntheticImages.object(pd, pixels)) {
            new Transcoder(CodecRegistry.load()).transcode(in, TranscodeOptions.to(TransferSyntaxes.JPEG_EXTENDED)
                    .withPolicy(LossyPolicy.ALLOW), encoded);
        }
        byte[] ours;
        try (DicomObject enc = DicomReader.read(encoded.toByteArray(), "encoded")) {
            JpegReader r = new JpegReader(EncapsulatedFrames.of(enc.dataset(), enc.syntax()).frame(0));
            r.nextScan();
            assertEquals(12, r.frame().precision());
            assertEquals(JpegMarker.SOF1, r.frame().marker());
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            new Transcoder(CodecRegistry.load()).transcode(enc, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE),
                    back);
            try (DicomObject dec = DicomReader.read(back.toByteArray(), "decoded")) {
                ours = NativeFiles.framesByPixel(dec);
            }
        }
        assertTrue(ReferenceDecode.maxDifference(pixels, ours, 2) <= (1 << bitsStored) / 16,
                "near the original at quality 90");
        Path jpeg = tmp.resolve("ours.dcm");
        Files.write(jpeg, encoded.toByteArray());
        for (String tool : new String[] {"dcmdjpeg", "gdcmconv"}) {
            if (!ExternalTool.present(tool)) {
                continue;
            }
            ReferenceDecode ref = tool.equals("dcmdjpeg") ? ReferenceDecode.dcmtk(jpeg, tmp)
                    : ReferenceDecode.gdcm(jpeg, tmp);
            assertEquals("", ref.message(), tool + " failed");
            int diff = ReferenceDecode.maxDifference(ours, ref.pixels(), 2);
            assertTrue(diff <= 1, tool + " differs from our decode by " + diff);
        }
    }
}
