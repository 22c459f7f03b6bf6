package dicodec.batch;

import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.transcode.TranscodeOptions;
import java.nio.file.Path;

/**
 * What one batch does.
 *
 * @param source SRC, walked and only read
 * @param destination DST, where the tree of outputs is mirrored
 * @param transcode the target syntax, policy, backend and encoder settings of every file
 * @param report the CSV or JSON report to write
 * @param threads files transcoded at once
 * @param rules for {@code --to auto}: the compression rules that choose each file's target and
 *     lossy policy; null otherwise
 * @param ruleContext the AE titles the rules may match
 */
public record BatchOptions(Path source, Path destination, TranscodeOptions transcode, Path report, int threads,
        CompressionRules rules, RuleContext ruleContext) {

    public TransferSyntax target() {
        return transcode.target();
    }
}
