package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JPEG files the shared README marks BROKEN-ish, one by one, and how each is handled: all
 * four are decoded, like the reference named (none needs refusing).
 */
class JpegBrokenIshFilesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // file | reference | how
        "debian-python3-pydicom/SC_rgb_jpeg.dcm | gdcmconv | decoded like GDCM: the data set has non-standard"
                + " VRs DCMTK stops at, the stream is sound",
        "pylibjpeg-data/JPEGExtended/JPEG-lossy.dcm | dcmdjpeg | decoded like DCMTK: SOS Se = 0 in a sequential"
                + " scan is ignored, as IJG ignores it (it only warns)",
        "pylibjpeg-data/JPEGExtended/RG2_JPLY.dcm | dcmdjpeg | decoded like DCMTK: SOS Se = 0 ignored as above",
        "pylibjpeg-data/JPEGLossless/JPEGLossless_1s_1f_i_16_16_bad.dcm | dcmdjpeg | decoded like DCMTK and GDCM:"
                + " predictor 6 with 16-bit data and IJG's arithmetic (no overflow workaround)"})
    void decode_brokenIshFile_decodesLikeTheReference(String file, String reference, String how) throws IOException {
        SharedTestdata.assumePresent();
        ExternalTool.assumePresent(reference);
        SharedTestdata.Entry entry = SharedTestdata.entries().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElse(null);
        assertNotNull(entry, file + " is listed in the README");
        assertTrue(entry.notes().startsWith("BROKEN-ish") || entry.notes().contains("Se=0"),
                "the README marks " + file + " as broken-ish: " + entry.notes());
        Path src = SharedTestdata.dir().resolve(file);
        byte[] ours;
        try (DicomObject in = DicomReader.read(src)) {
            ByteArrayOutputStream os = new ByteArrayOutputStream();
            new Transcoder(CodecRegistry.load()).transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), os);
            try (DicomObject out = DicomReader.read(os.toByteArray(), "ours")) {
                ours = out.dataset().get(Tag.PIXEL_DATA).bytes();
            }
        }
        ReferenceDecode ref = reference.equals("dcmdjpeg") ? ReferenceDecode.dcmtk(src, tmp)
                : ReferenceDecode.gdcm(src, tmp);
        Assumptions.assumeTrue(ref.pixels() != null, reference + " failed: " + ref.message());
        assertEquals(ref.pixels().length, ours.length);
        assertArrayEquals(ref.pixels(), ours, how);
        if (reference.equals("gdcmconv")) {
            // and DCMTK indeed cannot read it: the reason GDCM is the judge
            ReferenceDecode dcmtk = ReferenceDecode.dcmtk(src, tmp);
            assertEquals(null, dcmtk.pixels(), "dcmdjpeg decodes it after all: make it the reference");
        }
    }
}
