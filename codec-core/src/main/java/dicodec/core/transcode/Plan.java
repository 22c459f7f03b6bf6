package dicodec.core.transcode;

import dicodec.core.policy.LossyDecision;
import dicodec.core.policy.LossyEvidence;
import dicodec.core.syntax.TransferSyntax;

/**
 * How one transcode will go, decided before any byte is written: the pixel path, the syntax
 * actually written (a fallback may replace the one asked), and the lossy-safety decision with
 * the evidence it rests on; {@code targetNote} says why the target differs from the one asked
 * (JPEG process by Bits Stored, a fallback), null when it does not.
 */
public record Plan(PlanKind kind, TransferSyntax target, LossyDecision decision, LossyEvidence evidence,
        String targetNote) {
}
