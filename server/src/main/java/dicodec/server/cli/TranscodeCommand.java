package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.policy.PolicySettings;
import dicodec.core.policy.UidGenerator;
import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.policy.rules.RuleOutcome;
import dicodec.core.spi.Backend;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.AttributeChange;
import dicodec.core.transcode.FrameCheck;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import dicodec.core.spi.EncodeOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dicodec transcode --to SYNTAX IN OUT}. */
@Command(name = "transcode", description = "Write IN with its Pixel Data in another transfer syntax to OUT.")
final class TranscodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, description = "Target syntax: a UID or a short name (explicit-le, "
            + "implicit-le, big-endian, deflated, rle, jpeg-baseline, j2k, ...), or auto to apply --rules.")
    String to;

    @Option(names = "--rules", description = "Compression rules (YAML, see config/rules-example.yaml) for --to auto.")
    Path rules;

    @Option(names = "--calling-aet", description = "Calling AE title the rules may match.")
    String callingAet;

    @Option(names = "--called-aet", description = "Called AE title the rules may match.")
    String calledAet;

    @Option(names = "--backend", defaultValue = "auto", description = "auto|java|native|opencl")
    String backend;

    @Option(names = "--policy", defaultValue = "reject",
            description = "Lossy output: reject (default), fallback (to a lossless syntax), allow.")
    String policy;

    @Option(names = "--quality", defaultValue = "0", description = "Lossy quality 1-100 (JPEG-like); 0 = codec default.")
    int quality;

    @Option(names = "--ratio", defaultValue = "0", description = "Target compression ratio N:1 (J2K, HTJ2K).")
    double ratio;

    @Option(names = "--near", defaultValue = "0", description = "JPEG-LS NEAR (largest error per sample).")
    int near;

    @Option(names = "--verify", negatable = true, description = "Decode the output again and compare"
            + " (default: on for lossy output).")
    Boolean verify;

    @Option(names = "--max-error", defaultValue = "0", description = "Largest error per sample a verified lossy"
            + " output may have (0 = no limit).")
    int maxError;

    @Option(names = "--uid-root", defaultValue = "", description = "Root of new SOP Instance UIDs of lossy"
            + " outputs (default: the 2.25 UUID form).")
    String uidRoot;

    @Option(names = "--keep-primary", description = "Lossy outputs keep Image Type value 2 PRIMARY (default:"
            + " SECONDARY).")
    boolean keepPrimary;

    @Option(names = "--bare", description = "Write the data set without preamble and file meta.")
    boolean bare;

    @Option(names = "--config", description = "Configuration file (defaults are embedded).")
    String config;

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Override
    public Integer call() throws Exception {
        boolean auto = "auto".equalsIgnoreCase(to);
        if (auto && rules == null) {
            throw new DicodecException(ErrorKind.BAD_INPUT, "--to auto needs --rules FILE (see config/rules-example.yaml)");
        }
        CompressionRules ruleSet = auto ? CompressionRules.load(rules) : null;
        TransferSyntax target = auto ? TransferSyntaxes.EXPLICIT_VR_LE : TransferSyntaxes.parse(to);
        Backend forced = "auto".equalsIgnoreCase(backend) ? null
                : Backend.valueOf(backend.toUpperCase(java.util.Locale.ROOT));
        Transcoder transcoder = new Transcoder(CodecRegistry.load(),
                new PolicySettings(new UidGenerator(uidRoot), keepPrimary, 0));
        TranscodeResult result;
        try (DicomFileHandle h = DicomFileHandle.open(in)) {
            DicomObject obj = h.object();
            TranscodeOptions options = new TranscodeOptions(target, forced, new EncodeOptions(quality, ratio, near),
                    bare, dicodec.batch.LossyPolicies.parse(policy), verify, maxError);
            if (ruleSet != null) {
                RuleOutcome outcome = ruleSet.decide(obj, new RuleContext(callingAet, calledAet));
                options = outcome.applyTo(options);
                spec.commandLine().getOut().println("rule: " + (outcome.ruleId() == null ? "none" : outcome.ruleId())
                        + " -> " + outcome.target().shortName() + " (" + String.join("; ", outcome.reasons()) + ")");
            }
            TranscodeOptions chosen = options;
            result = AtomicOutput.write(out, os -> transcoder.transcode(obj, chosen, os));
        }
        var w = spec.commandLine().getOut();
        w.printf("%s -> %s: %s -> %s (%s, %s, %d frame(s), %d ms)%n", in.getFileName(), out.getFileName(),
                result.source().uid(), result.target().uid(), result.plan(), result.action(), result.frames(),
                result.millis());
        w.println("  decision: " + result.decisionReason());
        result.uidMapping().forEach((from, to) -> w.println("  new SOP Instance UID: " + from + " -> " + to));
        for (FrameCheck c : result.verification()) {
            w.printf(java.util.Locale.ROOT, "  verified frame %d: max error %d, PSNR %s dB%n", c.frame(), c.maxError(),
                    Double.isInfinite(c.psnr()) ? "inf" : String.format(java.util.Locale.ROOT, "%.2f", c.psnr()));
        }
        for (AttributeChange c : result.changes()) {
            w.println("  changed " + c);
        }
        for (String warning : result.warnings()) {
            w.println("  warning: " + warning);
        }
        return ExitCodes.DONE;
    }
}
