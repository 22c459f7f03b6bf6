package dicodec.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.Plan;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lossy JPEG process by Bits Stored, and the REQ-BITS-2 fallback chain, on real files. */
class JpegProcessChoiceTest {
    private static final TranscodeOptions LOSSY_JPEG =
            TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE).withPolicy(LossyPolicy.ALLOW);

    private static Plan plan(String file, CodecRegistry registry) throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject o = DicomReader.read(SharedTestdata.dir().resolve(file))) {
            return new Transcoder(registry).plan(o, LOSSY_JPEG);
        }
    }

    private static CodecRegistry jpegAndJ2k() {
        return new CodecRegistry(List.of(new FakeLossyCodec(TransferSyntaxes.JPEG_BASELINE),
                new FakeLossyCodec(TransferSyntaxes.JPEG_EXTENDED), new FakeLossyCodec(TransferSyntaxes.JPEG_2000)));
    }

    @Test
    void eightBitAskedBaseline_staysBaseline() throws IOException {
        Plan p = plan("pydicom-data/SC_rgb.dcm", jpegAndJ2k());
        assertEquals(TransferSyntaxes.JPEG_BASELINE, p.target());
        assertNull(p.targetNote());
    }

    @Test
    void twelveBitAskedBaseline_becomesExtendedProcess4WithANote() throws IOException {
        Plan p = plan("pydicom-data/emri_small.dcm", jpegAndJ2k()); // 16/12
        assertEquals(TransferSyntaxes.JPEG_EXTENDED, p.target());
        assertEquals(LossyAction.LOSSY_ENCODE, p.decision().action());
        assertTrue(p.targetNote().contains("Process 4"), p.targetNote());
    }

    @Test
    void sixteenBitStored_hasNoLossyJpeg_andIsRefusedNamingBitsStored() {
        dicodec.core.error.DicodecException e = org.junit.jupiter.api.Assertions.assertThrows(
                dicodec.core.error.DicodecException.class,
                () -> plan("pylibjpeg-data/LittleEndianExplicit/CT_small.dcm", jpegAndJ2k())); // 16/16
        assertEquals(dicodec.core.error.ErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains(JpegProcessChoice.UNSUPPORTED_PRECISION), e.getMessage());
        assertTrue(e.getMessage().contains("Bits Stored (0028,0101) 16"), e.getMessage());
    }

    @Test
    void sixteenBitStoredWithFallbackPolicy_isWrittenLosslessAndSaysSo() throws IOException {
        SharedTestdata.assumePresent();
        try (DicomObject o = DicomReader.read(SharedTestdata.dir().resolve("pylibjpeg-data/LittleEndianExplicit/CT_small.dcm"))) {
            Plan p = new Transcoder(jpegAndJ2k()).plan(o, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE)
                    .withPolicy(LossyPolicy.FALLBACK_TO_LOSSLESS));
            assertEquals(LossyAction.FALLBACK_TO_LOSSLESS, p.decision().action());
            assertTrue(p.target().lossy() == dicodec.core.syntax.TransferSyntax.Lossiness.LOSSLESS);
        }
    }

    @Test
    void oneBitData_hasNoLossyJpeg() {
        dicodec.core.error.DicodecException e = org.junit.jupiter.api.Assertions.assertThrows(
                dicodec.core.error.DicodecException.class,
                () -> plan("pydicom-data/liver.dcm", new CodecRegistry(List.of(new FakeLossyCodec(TransferSyntaxes.JPEG_BASELINE)))));
        assertTrue(e.getMessage().contains("Bits Stored (0028,0101) 1"), e.getMessage());
    }
}
