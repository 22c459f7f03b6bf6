package dicodec.core.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.PlanKind;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each row of the decision table through the real Transcoder on real files, checking the
 * action, the UIDs and every derived-instance attribute. The lossy codec is a test double
 * (FakeLossyCodec) registered for JPEG baseline and JPEG 2000, so these rules are tested
 * independently of the real codecs.
 */
class LossySafetyTranscodeTest {
    private static final String CT = "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm";
    private static final String JPEG = "pylibjpeg-data/JPEGBaseline/JPEGBaseline_1s_1f_u_08_08.dcm";

    private Transcoder transcoder;

    @BeforeEach
    void setUp() {
        SharedTestdata.assumePresent();
        transcoder = new Transcoder(new CodecRegistry(List.of(new FakeLossyCodec(TransferSyntaxes.JPEG_BASELINE),
                new FakeLossyCodec(TransferSyntaxes.JPEG_2000))));
    }

    private record Output(TranscodeResult result, DicomObject object) {
    }

    private Output run(DicomObject in, TranscodeOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TranscodeResult r = transcoder.transcode(in, options, out);
        return new Output(r, DicomReader.read(out.toByteArray(), "out"));
    }

    private static DicomObject read(String file) throws IOException {
        return DicomReader.read(SharedTestdata.dir().resolve(file));
    }

    @Test
    void row1_losslessTranscode_keepsUidAndFlag() throws IOException {
        try (DicomObject in = read(CT)) {
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_BE));
            assertEquals(LossyAction.LOSSLESS_TRANSCODE, o.result().action());
            assertEquals(in.dataset().getString(Tag.SOP_INSTANCE_UID), o.object().dataset().getString(Tag.SOP_INSTANCE_UID));
            assertNull(o.object().dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION));
            assertTrue(o.result().uidMapping().isEmpty());
        }
    }

    @Test
    void row2_lossyEncodeAllowed_writesEveryDerivedInstanceAttribute() throws IOException {
        try (DicomObject in = read("pydicom-data/SC_rgb.dcm")) {
            String oldUid = in.dataset().getString(Tag.SOP_INSTANCE_UID);
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE).withPolicy(LossyPolicy.ALLOW));
            Dataset ds = o.object().dataset();
            assertEquals(LossyAction.LOSSY_ENCODE, o.result().action());
            String newUid = ds.getString(Tag.SOP_INSTANCE_UID);
            assertNotEquals(oldUid, newUid);
            assertTrue(UidGenerator.isValid(newUid), newUid);
            assertEquals(newUid, o.object().fileMeta().getString(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID));
            assertEquals(newUid, o.result().uidMapping().get(oldUid));
            assertEquals("01", ds.getString(Tag.LOSSY_IMAGE_COMPRESSION));
            List<String> ratios = ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_RATIO);
            List<String> methods = ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_METHOD);
            assertEquals(List.of("ISO_10918_1"), methods);
            assertEquals(1, ratios.size());
            assertTrue(Double.parseDouble(ratios.get(0)) > 0.9, ratios.toString());
            assertEquals("DERIVED", ds.getStrings(Tag.IMAGE_TYPE).get(0));
            assertEquals("SECONDARY", ds.getStrings(Tag.IMAGE_TYPE).get(1));
            Dataset source = ds.get(DerivedInstance.SOURCE_IMAGE_SEQUENCE).items().get(0);
            assertEquals(oldUid, source.getString(DerivedInstance.REFERENCED_SOP_INSTANCE_UID));
            assertEquals(in.dataset().getString(Tag.SOP_CLASS_UID), source.getString(DerivedInstance.REFERENCED_SOP_CLASS_UID));
            assertEquals("121320", source.get(DerivedInstance.PURPOSE_OF_REFERENCE_CODE_SEQUENCE).items().get(0)
                    .getString(SourceClassifier.CODE_VALUE));
            assertTrue(ds.get(DerivedInstance.DERIVATION_DESCRIPTION).string().contains("Lossy compression"));
            assertEquals("113040", ds.get(SourceClassifier.DERIVATION_CODE_SEQUENCE).items().get(0)
                    .getString(SourceClassifier.CODE_VALUE));
            // verification is on by default for lossy output
            assertEquals(1, o.result().verification().size());
            assertEquals(1, o.result().verification().get(0).maxError());
        }
    }

    @Test
    void row3_lossyRejected_isRefusedAndWritesNothing() throws IOException {
        try (DicomObject in = read(CT)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DicodecException e = assertThrows(DicodecException.class,
                    () -> transcoder.transcode(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE), out));
            assertEquals(ErrorKind.REFUSED, e.kind());
            assertEquals(0, out.size());
        }
    }

    @Test
    void row4_fallback_writesLosslessAndSaysSo() throws IOException {
        try (DicomObject in = read(CT)) {
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE)
                    .withPolicy(LossyPolicy.FALLBACK_TO_LOSSLESS));
            assertEquals(LossyAction.FALLBACK_TO_LOSSLESS, o.result().action());
            assertTrue(o.result().target().isNative() || o.result().target().lossy() == TransferSyntax.Lossiness.LOSSLESS);
            assertTrue(o.result().warnings().stream().anyMatch(w -> w.startsWith("fell back from")), o.result().warnings().toString());
            assertEquals(in.dataset().getString(Tag.SOP_INSTANCE_UID), o.object().dataset().getString(Tag.SOP_INSTANCE_UID));
            assertNull(o.object().dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION));
        }
    }

    @Test
    void row5_lossySameSyntax_passesTheFramesThrough() throws IOException {
        try (DicomObject in = read(JPEG)) {
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE).withPolicy(LossyPolicy.ALLOW));
            assertEquals(LossyAction.PASS_THROUGH, o.result().action());
            assertEquals(PlanKind.PASS_THROUGH, o.result().plan());
            ElementValue.Fragments a = (ElementValue.Fragments) in.dataset().get(Tag.PIXEL_DATA).value();
            ElementValue.Fragments b = (ElementValue.Fragments) o.object().dataset().get(Tag.PIXEL_DATA).value();
            assertArrayEquals(a.fragments().get(0).read(), b.fragments().get(0).read());
            assertEquals(in.dataset().getString(Tag.SOP_INSTANCE_UID), o.object().dataset().getString(Tag.SOP_INSTANCE_UID));
        }
    }

    @Test
    void row6_onceLossyToLossless_keepsFlag01AndTheUid() throws IOException {
        try (DicomObject in = read(CT)) {
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.IMPLICIT_VR_LE));
            assertEquals(LossyAction.DECODE_KEEPING_LOSSY_FLAG, o.result().action());
            assertEquals("01", o.object().dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION));
            assertEquals(in.dataset().getString(Tag.SOP_INSTANCE_UID), o.object().dataset().getString(Tag.SOP_INSTANCE_UID));
        }
    }

    @Test
    void onceLossySourceWithLossyRuleAndFallback_givesLosslessOutputStillFlagged01() throws IOException {
        try (DicomObject in = read(CT)) {
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE)
                    .withPolicy(LossyPolicy.FALLBACK_TO_LOSSLESS));
            assertEquals(LossyAction.FALLBACK_TO_LOSSLESS, o.result().action());
            assertTrue(o.result().target().lossy() == TransferSyntax.Lossiness.LOSSLESS);
            assertEquals("01", o.object().dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION));
        }
    }

    @Test
    void row7_lossyToOtherLossy_isRefusedAsLossyTwice() throws IOException {
        try (DicomObject in = read(CT)) {
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
            DicodecException e = assertThrows(DicodecException.class, () -> transcoder.transcode(in,
                    TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE), new ByteArrayOutputStream()));
            assertEquals(ErrorKind.REFUSED, e.kind());
            assertTrue(e.getMessage().contains("lossy twice"), e.getMessage());
        }
    }

    @Test
    void lossyTwiceExplicitlyAllowed_appendsRatioAndMethodWithEqualVm() throws IOException {
        try (DicomObject in = read("pydicom-data/SC_rgb.dcm")) { // 8-bit: JPEG baseline holds it
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION_RATIO, VR.DS, "8.5"));
            in.dataset().put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION_METHOD, VR.CS, "ISO_15444_1"));
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE).withPolicy(LossyPolicy.ALLOW));
            Dataset ds = o.object().dataset();
            assertEquals(List.of("ISO_15444_1", "ISO_10918_1"), ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_METHOD));
            assertEquals(2, ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_RATIO).size());
            assertEquals("8.5", ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_RATIO).get(0));
        }
    }

    @Test
    void verify_lossyErrorAboveTheMaximum_refusesNamingTheFrame() throws IOException {
        Transcoder coarse = new Transcoder(new CodecRegistry(List.of(new FakeLossyCodec(TransferSyntaxes.JPEG_BASELINE, 3))));
        try (DicomObject in = read("pydicom-data/SC_rgb.dcm")) {
            TranscodeOptions lossy = TranscodeOptions.to(TransferSyntaxes.JPEG_BASELINE).withPolicy(LossyPolicy.ALLOW);
            TranscodeResult unlimited = coarse.transcode(in, lossy, new ByteArrayOutputStream());
            assertEquals(7, unlimited.verification().get(0).maxError(), "3 low bits cleared");
            assertTrue(unlimited.verification().get(0).psnr() > 30);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DicodecException e = assertThrows(DicodecException.class,
                    () -> coarse.transcode(in, lossy.withVerify(true, 2), out));
            assertEquals(ErrorKind.REFUSED, e.kind());
            assertEquals(1, e.frame());
            assertTrue(e.getMessage().contains("above the allowed maximum 2"), e.getMessage());
            assertEquals(0, out.size(), "nothing written");
        }
    }

    @Test
    void multiFrame_codedOnAllCores_keepsFrameOrderAndOneVerificationPerFrame() throws IOException {
        try (DicomObject in = read("pydicom-data/emri_small.dcm")) { // 10 frames
            Output o = run(in, TranscodeOptions.to(TransferSyntaxes.JPEG_2000).withPolicy(LossyPolicy.ALLOW)
                    .withEncode(new EncodeOptions(0, 10, 0)));
            dicodec.core.pixel.NativeFrames source = dicodec.core.pixel.NativeFrames.of(in.dataset());
            ElementValue.Fragments out = (ElementValue.Fragments) o.object().dataset().get(Tag.PIXEL_DATA).value();
            assertEquals(10, out.fragments().size());
            for (int i = 0; i < 10; i++) {
                byte[] expected = source.frame(i);
                byte[] fragment = out.fragments().get(i).read();
                for (int k = 0; k < expected.length; k++) {
                    assertEquals((byte) (expected[k] & 0xFE), fragment[4 + k], "frame " + (i + 1) + " byte " + k);
                }
                assertEquals(i + 1, o.result().verification().get(i).frame());
            }
        }
    }
}
