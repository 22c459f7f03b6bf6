package dicodec.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision table of dicom-rules 5.2, row by row, as a pure function. */
class LossyDecisionTest {
    private static final LossyEvidence CLEAN = new LossyEvidence(false, List.of());
    private static final LossyEvidence LOSSY = new LossyEvidence(true, List.of("Lossy Image Compression (0028,2110) is 01"));
    private static final TransferSyntax ELE = TransferSyntaxes.EXPLICIT_VR_LE;
    private static final TransferSyntax J50 = TransferSyntaxes.JPEG_BASELINE;
    private static final TransferSyntax J70 = TransferSyntaxes.JPEG_LOSSLESS_SV1;
    private static final TransferSyntax J2K91 = TransferSyntaxes.JPEG_2000;

    private static LossyAction decide(SourceClass s, LossyEvidence e, TransferSyntax from, TransferSyntax to,
            EncodeOptions o, LossyPolicy p) {
        return LossyDecision.decide(s, e, from, to, o, p).action();
    }

    @Test
    void row1_nativeOrLosslessToLossless_isLosslessTranscode() {
        for (LossyPolicy p : LossyPolicy.values()) {
            assertEquals(LossyAction.LOSSLESS_TRANSCODE, decide(SourceClass.NATIVE, CLEAN, ELE, J70, EncodeOptions.DEFAULT, p));
            assertEquals(LossyAction.LOSSLESS_TRANSCODE, decide(SourceClass.LOSSLESS, CLEAN, J70, ELE, EncodeOptions.DEFAULT, p));
        }
    }

    @Test
    void row2_nativeToLossyAllowed_isLossyEncode() {
        assertEquals(LossyAction.LOSSY_ENCODE, decide(SourceClass.NATIVE, CLEAN, ELE, J50, EncodeOptions.DEFAULT, LossyPolicy.ALLOW));
        assertEquals(LossyAction.LOSSY_ENCODE, decide(SourceClass.LOSSLESS, CLEAN, J70, J50, EncodeOptions.DEFAULT, LossyPolicy.ALLOW));
    }

    @Test
    void row3_nativeToLossyRejected_isRefusedSayingWhy() {
        LossyDecision d = LossyDecision.decide(SourceClass.NATIVE, CLEAN, ELE, J50, EncodeOptions.DEFAULT, LossyPolicy.REJECT);
        assertEquals(LossyAction.REFUSE, d.action());
        assertTrue(d.reason().contains("does not allow lossy"), d.reason());
    }

    @Test
    void row4_nativeToLossyWithFallback_fallsBack() {
        assertEquals(LossyAction.FALLBACK_TO_LOSSLESS,
                decide(SourceClass.NATIVE, CLEAN, ELE, J50, EncodeOptions.DEFAULT, LossyPolicy.FALLBACK_TO_LOSSLESS));
    }

    @Test
    void row5_lossyToSameSyntax_isPassThrough() {
        for (LossyPolicy p : LossyPolicy.values()) {
            assertEquals(LossyAction.PASS_THROUGH, decide(SourceClass.LOSSY, LOSSY, J50, J50, EncodeOptions.DEFAULT, p));
        }
    }

    @Test
    void row6_lossyToNativeOrLossless_keepsTheLossyFlag() {
        for (LossyPolicy p : LossyPolicy.values()) {
            assertEquals(LossyAction.DECODE_KEEPING_LOSSY_FLAG, decide(SourceClass.LOSSY, LOSSY, J50, ELE, EncodeOptions.DEFAULT, p));
            assertEquals(LossyAction.DECODE_KEEPING_LOSSY_FLAG, decide(SourceClass.LOSSY, LOSSY, J50, J70, EncodeOptions.DEFAULT, p));
        }
    }

    @Test
    void row7_lossyToOtherLossy_isRefusedAsLossyTwice() {
        LossyDecision d = LossyDecision.decide(SourceClass.LOSSY, LOSSY, J50, J2K91, new EncodeOptions(0, 10, 0),
                LossyPolicy.REJECT);
        assertEquals(LossyAction.REFUSE, d.action());
        assertTrue(d.reason().contains("lossy twice"), d.reason());
        assertEquals(LossyAction.FALLBACK_TO_LOSSLESS, decide(SourceClass.LOSSY, LOSSY, J50, J2K91,
                new EncodeOptions(0, 10, 0), LossyPolicy.FALLBACK_TO_LOSSLESS));
        assertEquals(LossyAction.LOSSY_ENCODE, decide(SourceClass.LOSSY, LOSSY, J50, J2K91,
                new EncodeOptions(0, 10, 0), LossyPolicy.ALLOW));
    }

    @Test
    void maybeLossySyntax_isLossyOnlyWithLossyParameters() {
        assertEquals(false, LossyDecision.targetIsLossy(J2K91, EncodeOptions.DEFAULT));
        assertEquals(true, LossyDecision.targetIsLossy(J2K91, new EncodeOptions(0, 20, 0)));
        assertEquals(true, LossyDecision.targetIsLossy(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS, new EncodeOptions(0, 0, 2)));
        assertEquals(false, LossyDecision.targetIsLossy(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS, EncodeOptions.DEFAULT));
        assertEquals(true, LossyDecision.targetIsLossy(J50, EncodeOptions.DEFAULT));
    }
}
