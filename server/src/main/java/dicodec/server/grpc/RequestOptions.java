package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.spi.Backend;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.grpc.v1.UidPolicy;

/**
 * A request's options, checked and turned into the core's terms. Everything that can be
 * refused without the object is refused here, before a stream's bytes are received.
 *
 * @param core what the transcoder is asked (verify included: unset = on for lossy output)
 * @param verifyAsked the request set verify to true: every plan is then verified, also those
 *     the core does not verify itself (no encoder involved)
 * @param auto target_syntax was "auto": the server's compression rules choose per object
 * @param ruleContext the AE titles the rules may match
 */
record RequestOptions(TranscodeOptions core, boolean verifyAsked, boolean auto, RuleContext ruleContext) {

    static RequestOptions from(dicodec.grpc.v1.TranscodeOptions o) {
        if (o.getTargetSyntax().isBlank()) {
            throw badField("target_syntax is required: give a Transfer Syntax UID or a short name such as"
                    + " explicit-le");
        }
        boolean auto = "auto".equalsIgnoreCase(o.getTargetSyntax().trim());
        // "auto": the server's compression rules choose per object; a placeholder until then
        TransferSyntax target = auto ? TransferSyntaxes.EXPLICIT_VR_LE : TransferSyntaxes.parse(o.getTargetSyntax());
        if (o.getQuality() < 0 || o.getQuality() > 100) {
            throw badField("quality " + o.getQuality() + " is outside 1..100 (0 = the codec's default)");
        }
        if (o.getRatio() < 0 || Double.isNaN(o.getRatio()) || Double.isInfinite(o.getRatio())) {
            throw badField("ratio " + o.getRatio() + " must be a finite number >= 1 (0 = the codec's default)");
        }
        if (o.getRatio() > 0 && o.getRatio() < 1) {
            throw badField("ratio " + o.getRatio() + " is below 1:1 (0 = the codec's default)");
        }
        if (o.getNearLossless() < 0 || o.getNearLossless() > 255) {
            throw badField("near_lossless " + o.getNearLossless() + " is outside 0..255");
        }
        if (o.getMaxError() < 0) {
            throw badField("max_error " + o.getMaxError() + " is negative (0 = no limit)");
        }
        if (o.getUidPolicy() == UidPolicy.UID_POLICY_RENEW) {
            // The core makes a new UID for lossy output only (as DICOM requires); saying so
            // beats returning an object that silently kept its UID.
            throw DicodecException.unsupported("uid_policy UID_POLICY_RENEW: a new SOP Instance UID for lossless"
                    + " output is not made yet; use UID_POLICY_DEFAULT or UID_POLICY_KEEP");
        }
        if (o.getUidPolicy() == UidPolicy.UNRECOGNIZED) {
            throw badField("uid_policy " + o.getUidPolicyValue() + " is not a known value");
        }
        EncodeOptions encode = new EncodeOptions(o.getQuality(), o.getRatio(), o.getNearLossless());
        TranscodeOptions core = new TranscodeOptions(target, backend(o.getBackend()), encode, o.getBareDataset(),
                policy(o.getLossyPolicy()), o.hasVerify() ? o.getVerify() : null, o.getMaxError());
        RuleContext ctx = new RuleContext(o.getCallingAet().isBlank() ? null : o.getCallingAet().trim(),
                o.getCalledAet().isBlank() ? null : o.getCalledAet().trim());
        return new RequestOptions(core, o.hasVerify() && o.getVerify(), auto, ctx);
    }

    /** The forced backend, or null for AUTO. */
    static Backend backend(dicodec.grpc.v1.Backend b) {
        switch (b) {
            case BACKEND_AUTO: return null;
            case BACKEND_JAVA: return Backend.JAVA;
            case BACKEND_NATIVE: return Backend.NATIVE;
            case BACKEND_OPENCL: return Backend.OPENCL;
            default: throw badField("backend " + b + " is not a known value");
        }
    }

    static dicodec.grpc.v1.Backend toProto(Backend b) {
        switch (b) {
            case JAVA: return dicodec.grpc.v1.Backend.BACKEND_JAVA;
            case NATIVE: return dicodec.grpc.v1.Backend.BACKEND_NATIVE;
            case OPENCL: return dicodec.grpc.v1.Backend.BACKEND_OPENCL;
            default: throw new IllegalArgumentException(String.valueOf(b));
        }
    }

    private static LossyPolicy policy(dicodec.grpc.v1.LossyPolicy p) {
        switch (p) {
            case LOSSY_POLICY_REJECT: return LossyPolicy.REJECT;
            case LOSSY_POLICY_FALLBACK_TO_LOSSLESS: return LossyPolicy.FALLBACK_TO_LOSSLESS;
            case LOSSY_POLICY_ALLOW: return LossyPolicy.ALLOW;
            default: throw badField("lossy_policy " + p + " is not a known value");
        }
    }

    static DicodecException badField(String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, "request: " + detail);
    }
}
