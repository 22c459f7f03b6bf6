package dicodec.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source classification on real files: the syntax, the stream and the attributes decide. */
class SourceClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm, NATIVE",
        "pylibjpeg-data/JPEGBaseline/JPEGBaseline_1s_1f_u_08_08.dcm, LOSSY",
        "pylibjpeg-data/JPEGExtended/JPEGExtended_1s_1f_u_16_12.dcm, LOSSY",
        "pylibjpeg-data/JPEGLosslessSV1/RG2_JPLL.dcm, LOSSLESS",
        "pylibjpeg-data/RLELossless/MR_small_RLE.dcm, LOSSLESS",
        "pydicom-data/emri_small_jpeg_ls_lossless.dcm, LOSSLESS",
        "pylibjpeg-data/JPEGLS/CT1_JLSN.dcm, LOSSY",
        "pydicom-data/MR2_J2KR.dcm, LOSSLESS",
        "pydicom-data/MR2_J2KI.dcm, LOSSY",
        "pydicom-data/HTJ2KLossless_08_RGB.dcm, LOSSLESS",
    })
    void classify_realFile_matchesItsSyntaxAndStream(String file, SourceClass expected) throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject o = DicomReader.read(SharedTestdata.dir().resolve(file))) {
            LossyEvidence e = SourceClassifier.evidence(o);
            assertEquals(expected, SourceClassifier.classify(o, e), e.summary());
            assertEquals(expected == SourceClass.LOSSY, e.lossy());
            assertEquals(expected == SourceClass.LOSSY, !e.reasons().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pylibjpeg-data/JPEGLS/CT1_JLSN.dcm, NEAR", "pydicom-data/MR2_J2KI.dcm, 9/7"})
    void evidence_maybeLossySyntax_namesWhatTheStreamShows(String file, String word) throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject o = DicomReader.read(SharedTestdata.dir().resolve(file))) {
            assertTrue(SourceClassifier.evidence(o).summary().contains(word), SourceClassifier.evidence(o).summary());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"01, true", "00, false"})
    void evidence_nativeWithLossyFlag_followsTheFlag(String flag, boolean lossy) throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject o = DicomReader.read(SharedTestdata.dir().resolve("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm"))) {
            o.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, flag));
            LossyEvidence e = SourceClassifier.evidence(o);
            assertEquals(lossy, e.lossy());
            if (!lossy) {
                assertFalse(e.summary().contains("2110"));
            }
        }
    }
}
