package dicodec.core.policy.rules;

import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import java.util.List;

/**
 * What the rules say for one object (REQ-ROUTE-6): which rule fired (null: none), the syntax
 * to write, the lossy policy that goes with it, the encode options, and the reason codes.
 */
public record RuleOutcome(String ruleId, TransferSyntax target, LossyPolicy policy, EncodeOptions encode,
        List<String> reasons) {

    /** The request's options with what the rule decided: target, lossy policy, encode options. */
    public TranscodeOptions applyTo(TranscodeOptions base) {
        TranscodeOptions o = base.withTarget(target).withPolicy(policy);
        return encode.equals(EncodeOptions.DEFAULT) ? o : o.withEncode(encode);
    }
}
