package dicodec.server.cli.batch;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.inspect.ObjectReport;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.policy.rules.RuleOutcome;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One file of a batch: read the source (opened read-only), skip it when a verified output is
 * there, else transcode it into a temporary file and rename that over the output. Every failure
 * becomes the file's outcome, never the batch's.
 */
final class FileTask implements Callable<FileOutcome> {
    private final String relative;
    private final Path source;
    private final Path output;
    private final Path dst;
    private final Transcoder transcoder;
    private final TranscodeOptions options;
    private final OutputVerifier verifier;
    private final CompressionRules rules;
    private final RuleContext ruleContext;

    FileTask(String relative, Path source, Path dst, Path output, Transcoder transcoder, TranscodeOptions options,
            OutputVerifier verifier, CompressionRules rules, RuleContext ruleContext) {
        this.dst = dst;
        this.rules = rules;
        this.ruleContext = ruleContext;
        this.relative = relative;
        this.source = source;
        this.output = output;
        this.transcoder = transcoder;
        this.options = options;
        this.verifier = verifier;
    }

    @Override
    public FileOutcome call() {
        long start = System.nanoTime();
        long inSize = -1;
        boolean writing = false;
        try {
            inSize = Files.size(source);
            try (FileByteSource src = new FileByteSource(source)) {
                DicomObject obj = read(src);
                String redone = "";
                TranscodeOptions chosen = options;
                if (rules != null) { // --to auto: the rules choose target and lossy policy per file
                    RuleOutcome rule = rules.decide(obj, ruleContext);
                    chosen = rule.applyTo(options);
                    redone = "rule " + (rule.ruleId() == null ? "none" : rule.ruleId()) + " -> "
                            + chosen.target().shortName() + "; ";
                }
                writing = true; // DST checks: a link in DST is DST's fault, not the input's
                ConfinedPaths.prepareOutput(dst, output);
                writing = false;
                if (Files.exists(output)) {
                    String why = verifier.whyNotDone(obj, source, output, chosen);
                    if (why == null) {
                        return outcome(FileResult.SKIPPED, "a verified output is there", inSize, Files.size(output),
                                start, false);
                    }
                    // Redone below; removed first so that a failure now leaves no bad output behind.
                    Files.delete(output);
                    redone += "redone: " + why;
                }
                ObjectReport.of(obj, source.getFileName().toString());
                writing = true;
                TranscodeResult result;
                try (AtomicFile out = AtomicFile.create(output)) {
                    result = transcoder.transcode(obj, chosen, out.stream());
                    out.commit();
                }
                if (!result.target().uid().equals(chosen.target().uid())) {
                    redone += "written as " + result.target().shortName() + "; ";
                }
                return outcome(FileResult.OK, (redone + result.action()).trim(), inSize, Files.size(output), start, false);
            }
        } catch (DicodecException e) {
            FileResult r = e.kind() == ErrorKind.REFUSED ? FileResult.REFUSED
                    : e.kind() == ErrorKind.UNSUPPORTED ? FileResult.UNSUPPORTED : FileResult.ERROR;
            return outcome(r, Reasons.oneLine(e.inFile(source.getFileName().toString())), inSize, -1, start,
                    e.kind() == ErrorKind.INTERNAL);
        } catch (IOException e) {
            // Reading the source is the input's fault; writing DST is ours.
            return outcome(FileResult.ERROR, (writing ? "writing the output: " : "reading: ") + Reasons.oneLine(e),
                    inSize, -1, start, writing);
        } catch (RuntimeException | LinkageError e) {
            return outcome(FileResult.ERROR, "internal error: " + Reasons.oneLine(e), inSize, -1, start, true);
        }
    }

    private DicomObject read(FileByteSource src) {
        try {
            return DicomReader.read(src);
        } catch (DicodecException e) {
            throw e.inFile(source.getFileName().toString());
        }
    }

    private FileOutcome outcome(FileResult r, String reason, long in, long out, long startNanos, boolean internal) {
        return new FileOutcome(relative, r, reason, in, out, (System.nanoTime() - startNanos) / 1_000_000, internal);
    }
}
