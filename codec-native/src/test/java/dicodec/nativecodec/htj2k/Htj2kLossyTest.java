package dicodec.nativecodec.htj2k;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Native files to HTJ2K (.203) lossy at a ratio: met within 10 %, opj_decompress decodes to our
 * own decode, ojph_expand within 1 (OpenJPH's and OpenJPEG's 9/7 arithmetic differ).
 */
class Htj2kLossyTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} ratio {1}")
    @CsvSource({"pydicom-data/MR2_UNCR.dcm,10,MONOCHROME2", "pydicom-data/US1_UNCR.dcm,12,YBR_ICT",
        "pydicom-data/emri_small.dcm,5,MONOCHROME2", "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm,6,MONOCHROME2"})
    void encodeLossy_sharedFile_meetsTheRatioAndDecodesInBothToolkits(String file, double ratio, String pi) {
        SharedTestdata.assumePresent();
        Path in = SharedTestdata.dir().resolve(file);
        Path enc = tmp.resolve("lossy.dcm");
        NativeTesting.transcode(in, enc, TranscodeOptions.to(TransferSyntaxes.HTJ2K).withPolicy(LossyPolicy.ALLOW)
                .withEncode(new EncodeOptions(0, ratio, 0)));
        assertEquals(pi, NativeTesting.attribute(enc, Tag.PHOTOMETRIC_INTERPRETATION));
        assertEquals("ISO_15444_15", NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_METHOD));
        double got = Double.parseDouble(NativeTesting.attribute(enc, Tag.LOSSY_IMAGE_COMPRESSION_RATIO));
        assertEquals(ratio, got, ratio * 0.10, "Lossy Image Compression Ratio");
        NativeTesting.Pixels ours = NativeTesting.decodeFrames(enc);
        NativeTesting.assertSameValues(ours, NativeTesting.opjDecompress(enc, tmp), "opj_decompress decode");
        NativeTesting.Pixels ojph = NativeTesting.ojphExpand(enc, tmp);
        if (ojph != null) {
            assertTrue(NativeTesting.maxError(ours, ojph) <= 1, "ojph_expand differs by more than 1");
        }
        NativeTesting.Pixels original = NativeTesting.pixels(in);
        long err = NativeTesting.maxError(original, ours);
        assertTrue(err > 0 && err < (1L << original.pd().bitsStored()) / 4, "max error " + err);
    }
}
