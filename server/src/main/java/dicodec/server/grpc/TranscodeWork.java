package dicodec.server.grpc;

import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleOutcome;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.transcode.AttributeChange;
import dicodec.core.transcode.FrameCheck;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import dicodec.grpc.v1.FrameVerification;
import dicodec.grpc.v1.Timings;
import dicodec.grpc.v1.UidMapping;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What Transcode and TranscodeStream share once the object is parsed: check the limits,
 * transcode into the caller's output, verify if asked, and describe it all as a
 * {@link dicodec.grpc.v1.TranscodeResult}. Where the bytes come from and go to is the
 * caller's business (memory for unary calls, temporary files for streams).
 */
final class TranscodeWork {
    /** Opens the written output again, for verification. */
    interface OutputReader {
        DicomObject open() throws IOException;
    }

    private final CodecRegistry registry;
    private final Transcoder transcoder;
    private final ServerConfig config;
    private final CompressionRules rules;

    TranscodeWork(CodecRegistry registry, ServerConfig config) {
        this.registry = registry;
        this.transcoder = new Transcoder(registry, config.policySettings());
        this.config = config;
        try {
            this.rules = config.rulesFile() == null ? null : CompressionRules.load(config.rulesFile());
        } catch (IOException e) {
            throw new DicodecException(dicodec.core.error.ErrorKind.BAD_INPUT, null, 0, -1, -1,
                    "configuration: rules-file " + config.rulesFile() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The options for this object: the request's, or what the compression rules say for "auto". */
    private TranscodeOptions effective(DicomObject in, RequestOptions options, List<String> notes) {
        if (!options.auto()) {
            return options.core();
        }
        if (rules == null) {
            throw new DicodecException(dicodec.core.error.ErrorKind.REFUSED, "target_syntax auto needs compression"
                    + " rules, and this server has none (rules-file in its configuration, or dicodec serve --rules)");
        }
        RuleOutcome outcome = rules.decide(in, options.ruleContext());
        notes.add("rule " + (outcome.ruleId() == null ? "none" : outcome.ruleId()) + " -> "
                + outcome.target().shortName() + ": " + String.join("; ", outcome.reasons()));
        return outcome.applyTo(options.core());
    }

    /**
     * @param readNanos time spent receiving and parsing {@code in}, for the timings
     * @param out where the new object goes; checked for cancellation on every write
     * @param output opens what was written (called only when verify was asked and the core
     *     verified nothing itself)
     */
    dicodec.grpc.v1.TranscodeResult run(DicomObject in, long readNanos, RequestOptions options,
            GuardedOutputStream out, OutputReader output, BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        ObjectLimits.check(in.dataset(), config);
        List<String> ruleNotes = new ArrayList<>();
        TranscodeResult core = transcoder.transcode(in, effective(in, options, ruleNotes), out);
        out.flush();
        long transcoded = System.nanoTime();
        List<String> warnings = new ArrayList<>(ruleNotes); // REQ-ROUTE-6: the rule decision is reported
        warnings.addAll(core.warnings());
        List<FrameVerification> figures = new ArrayList<>();
        for (FrameCheck c : core.verification()) { // the core verifies what it encodes
            figures.add(FrameVerification.newBuilder().setFrame(c.frame()).setExact(c.exact())
                    .setMaxError(c.maxError()).setPsnrDb(c.exact() ? 0 : c.psnr()).build());
        }
        if (options.verifyAsked() && figures.isEmpty()) {
            // No encoder was involved (byte order, decompression): read the written object
            // back and compare, end to end.
            try (DicomObject written = output.open()) {
                figures.addAll(FrameVerifier.verify(in, written, registry, options.core().backend(), cancelled));
            } catch (DicodecException e) {
                if (e.kind() != dicodec.core.error.ErrorKind.UNSUPPORTED) {
                    throw e;
                }
                warnings.add("not verified: " + e.getMessage());
            }
        }
        long verified = System.nanoTime();
        Timings timings = Timings.newBuilder()
                .setReadMs(millis(readNanos))
                .setTranscodeMs(millis(transcoded - start))
                .setVerifyMs(millis(verified - transcoded))
                .setTotalMs(millis(readNanos + verified - start))
                .build();
        dicodec.grpc.v1.TranscodeResult.Builder r = dicodec.grpc.v1.TranscodeResult.newBuilder()
                .setSourceSyntax(core.source().uid())
                .setTargetSyntax(core.target().uid())
                .setPlan(core.plan().name())
                .setFrames(core.frames())
                .addAllWarnings(warnings)
                .addAllVerification(figures)
                .setTimings(timings)
                .setOutputBytes(out.written())
                .setLossyAction(core.action().name())
                .setDecisionReason(core.decisionReason() == null ? "" : core.decisionReason());
        for (AttributeChange c : core.changes()) {
            r.addChanges(dicodec.grpc.v1.AttributeChange.newBuilder()
                    .setTag(c.tag())
                    .setKeyword(c.keyword())
                    .setBefore(c.before())
                    .setAfter(c.after())
                    .setReason(c.reason()));
        }
        core.uidMapping().forEach((before, after) -> r.addSopInstanceUids(
                UidMapping.newBuilder().setOldUid(before).setNewUid(after)));
        return r.build();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
