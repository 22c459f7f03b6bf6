package dicodec.core.policy;

import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.transcode.LossyPolicy;

/**
 * The lossy-safety decision table of dicom-rules 5.2, as one pure function of the source class,
 * the target syntax (with the encode options that make .81 / .91 / .203 lossy or not) and the
 * request's policy.
 */
public record LossyDecision(LossyAction action, String reason) {

    /** Whether writing {@code target} with {@code options} loses information. */
    public static boolean targetIsLossy(TransferSyntax target, EncodeOptions options) {
        switch (target.lossy()) {
            case LOSSY:
                return true;
            case MAYBE_LOSSY:
                return options.nearLossless() > 0 || options.ratio() > 1 || (options.quality() > 0 && options.quality() < 100);
            default:
                return false;
        }
    }

    public static LossyDecision decide(SourceClass source, LossyEvidence evidence, TransferSyntax sourceSyntax,
            TransferSyntax target, EncodeOptions options, LossyPolicy policy) {
        boolean lossyOut = targetIsLossy(target, options);
        if (source != SourceClass.LOSSY) {
            if (!lossyOut) {
                return new LossyDecision(LossyAction.LOSSLESS_TRANSCODE, "lossless in, lossless out");
            }
            switch (policy) {
                case ALLOW:
                    return new LossyDecision(LossyAction.LOSSY_ENCODE, target.name() + " is lossy; allowed by the request");
                case FALLBACK_TO_LOSSLESS:
                    return new LossyDecision(LossyAction.FALLBACK_TO_LOSSLESS,
                            target.name() + " is lossy and the policy is FALLBACK_TO_LOSSLESS");
                default:
                    return new LossyDecision(LossyAction.REFUSE, target.name()
                            + " is lossy and the request does not allow lossy output (policy REJECT)");
            }
        }
        if (sourceSyntax.uid().equals(target.uid())) {
            return new LossyDecision(LossyAction.PASS_THROUGH,
                    "lossy source already in " + target.name() + ": the compressed frames are kept as they are");
        }
        if (!lossyOut) {
            return new LossyDecision(LossyAction.DECODE_KEEPING_LOSSY_FLAG,
                    "lossy source (" + evidence.summary() + ") to a lossless syntax: Lossy Image Compression stays 01");
        }
        String twice = "the source is lossy (" + evidence.summary() + ") and " + target.name()
                + " is lossy: that would be lossy twice";
        switch (policy) {
            case ALLOW:
                return new LossyDecision(LossyAction.LOSSY_ENCODE, twice + "; explicitly allowed by the request");
            case FALLBACK_TO_LOSSLESS:
                return new LossyDecision(LossyAction.FALLBACK_TO_LOSSLESS, twice + "; falling back to lossless");
            default:
                return new LossyDecision(LossyAction.REFUSE, "refused: " + twice);
        }
    }
}
