package dicodec.batch;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.inspect.ObjectReport;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.policy.rules.RuleOutcome;
import dicodec.core.transcode.FrameCheck;
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
public final class FileTask implements Callable<FileOutcome> {
    private final String relative;
    private final Path source;
    private final Path output;
    private final Path dst;
    private final Transcoder transcoder;
    private final TranscodeOptions options;
    private final OutputVerifier verifier;
    private final CompressionRules rules;
    private final RuleContext ruleContext;

    public FileTask(String relative, Path source, Path dst, Path output, Transcoder transcoder, TranscodeOptions options,
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
        String sourceSyntax = "";
        try {
            inSize = Files.size(source);
            try (FileByteSource src = new FileByteSource(source)) {
                DicomObject obj = read(src);
                sourceSyntax = obj.syntax().uid();
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
                        String written = transcoder.plan(obj, chosen).target().uid();
                        return outcome(FileResult.SKIPPED, "a verified output is there", inSize, Files.size(output),
                                start, false, new FileOutcome.Details(sourceSyntax, written, -1, Double.NaN, ""));
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
                return outcome(FileResult.OK, (redone + result.action()).trim(), inSize, Files.size(output), start, false,
                        details(result));
            }
        } catch (DicodecException e) {
            FileResult r = e.kind() == ErrorKind.REFUSED ? FileResult.REFUSED
                    : e.kind() == ErrorKind.UNSUPPORTED ? FileResult.UNSUPPORTED : FileResult.ERROR;
            return outcome(r, Reasons.oneLine(e.inFile(source.getFileName().toString())), inSize, -1, start,
                    e.kind() == ErrorKind.INTERNAL, sourceOnly(sourceSyntax));
        } catch (IOException e) {
            // Reading the source is the input's fault; writing DST is ours.
            return outcome(FileResult.ERROR, (writing ? "writing the output: " : "reading: ") + Reasons.oneLine(e),
                    inSize, -1, start, writing, sourceOnly(sourceSyntax));
        } catch (RuntimeException | LinkageError e) {
            return outcome(FileResult.ERROR, "internal error: " + Reasons.oneLine(e), inSize, -1, start, true,
                    sourceOnly(sourceSyntax));
        }
    }

    private DicomObject read(FileByteSource src) {
        try {
            return DicomReader.read(src);
        } catch (DicodecException e) {
            throw e.inFile(source.getFileName().toString());
        }
    }

    private FileOutcome outcome(FileResult r, String reason, long in, long out, long startNanos, boolean internal,
            FileOutcome.Details details) {
        return new FileOutcome(relative, r, reason, in, out, (System.nanoTime() - startNanos) / 1_000_000, internal,
                details);
    }

    private static FileOutcome.Details sourceOnly(String sourceSyntax) {
        return new FileOutcome.Details(sourceSyntax, "", -1, Double.NaN, "");
    }

    /** The worst frame of the verification (largest error, lowest PSNR), and the new UID if any. */
    private static FileOutcome.Details details(TranscodeResult result) {
        long maxError = -1;
        double psnr = Double.NaN;
        for (FrameCheck c : result.verification()) {
            maxError = Math.max(maxError, c.maxError());
            psnr = Double.isNaN(psnr) ? c.psnr() : Math.min(psnr, c.psnr());
        }
        StringBuilder uids = new StringBuilder();
        result.uidMapping().forEach((from, to) -> uids.append(uids.length() == 0 ? "" : ";").append(from)
                .append('=').append(to));
        return new FileOutcome.Details(result.source().uid(), result.target().uid(), maxError, psnr, uids.toString());
    }
}
