package dicodec.core.transcode;

import dicodec.core.policy.LossyAction;
import dicodec.core.syntax.TransferSyntax;
import java.util.List;
import java.util.Map;

/**
 * What a transcode did: the syntax written (which differs from the one asked only when the
 * policy fell back to lossless, and then a warning says so), the plan and the lossy-safety
 * action it followed, every attribute changed, the old -> new SOP Instance UID when there is a
 * new instance, per-frame verification, the warnings, and how long it took.
 */
public record TranscodeResult(TransferSyntax source, TransferSyntax target, PlanKind plan, LossyAction action,
        String decisionReason, List<AttributeChange> changes, Map<String, String> uidMapping,
        List<FrameCheck> verification, List<String> warnings, int frames, long millis) {
}
