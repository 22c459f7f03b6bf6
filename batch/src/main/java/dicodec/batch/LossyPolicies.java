package dicodec.batch;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.transcode.LossyPolicy;

/** The CLI names of the lossy policies: reject, fallback, allow. */
public final class LossyPolicies {
    private LossyPolicies() {
    }

    public static LossyPolicy parse(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "reject": return LossyPolicy.REJECT;
            case "fallback": return LossyPolicy.FALLBACK_TO_LOSSLESS;
            case "allow": return LossyPolicy.ALLOW;
            default:
                throw new DicodecException(ErrorKind.BAD_INPUT, "unknown --policy '" + name
                        + "': give reject, fallback or allow");
        }
    }
}
