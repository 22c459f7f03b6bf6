package dicodec.core.transcode;

import dicodec.core.syntax.TransferSyntax;
import java.util.List;

/**
 * What a transcode did: the syntax written (which may differ from the one asked only when a
 * fallback was requested), the plan it followed, every attribute changed, the warnings, and
 * how long it took.
 */
public record TranscodeResult(TransferSyntax source, TransferSyntax target, PlanKind plan,
        List<AttributeChange> changes, List<String> warnings, int frames, long millis) {
}
