package dicodec.nativecodec.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.Tag;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.nativecodec.NativeTesting;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Native files to JPEG 2000 (.91) lossy at a ratio: the ratio is met within 10 %, GDCM and
 * opj_decompress decode our stream to exactly our own decode, and the error stays in bounds.
 */
class J2kLossyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} ratio {1}")
    @CsvSource({"pydicom-data/MR2_UNCR.dcm,10,MONOCHROME2", "pydicom-data/MR2_UNCR.dcm,25,MONOCHROME2",
        "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm,8,MONOCHROME2", "pydicom-data/US1_UNCR.dcm,15,YBR_ICT",
        "pydicom-data/emri_small.dcm,6,MONOCHROME2"})
    void encodeLossy_sharedFile_meetsTheRatioAndDecodesAlikeEverywhere(String file, double ratio, String pi) {
        SharedTestdata.assumePresent();
        Path in = SharedTestdata.dir().resolve(file);
        Path enc = tmp.resolve("lossy.dcm");
        TranscodeResult r = NativeTesting.transcode(in, enc, TranscodeOptions.to(TransferSyntaxes.JPEG_2000)
                .withPolicy(LossyPolicy.ALLOW).withEncode(new EncodeOptions(0, ratio, 0)));
        NativeTesting.assertSyntax(enc, TransferSyntaxes.JPEG_2000);
        assertEquals(pi, NativeTesting.attribute(enc, Tag.PHOTOMETRIC_INTERPRETATION));
        assertEquals("01", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION));
        assertEquals("ISO_15444_1", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_METHOD));
        double got = Double.parseDouble(NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_RATIO));
        assertEquals(ratio, got, ratio * 0.10, "Lossy Image Compression Ratio");
        assertTrue(r.verification().size() > 0, "a lossy transcode is verified");
        NativeTesting.Pixels ours = NativeTesting.decodeFrames(enc);
        NativeTesting.assertSameValues(ours, NativeTesting.gdcmPixels(enc, tmp), "GDCM decode");
        NativeTesting.assertSameValues(ours, NativeTesting.opjDecompress(enc, tmp), "opj_decompress decode");
        NativeTesting.Pixels original = NativeTesting.pixels(in);
        long err = NativeTesting.maxError(original, ours);
        long range = 1L << original.pd().bitsStored();
        assertTrue(err > 0 && err < range / 4, "max error " + err);
    }
}
