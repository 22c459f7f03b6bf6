package dicodec.batch;

import dicodec.core.error.DicodecException;
import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.policy.rules.RuleContext;
import dicodec.core.spi.Backend;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.TranscodeOptions;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-file contract of a batch as the user gave it ({@code --to}, {@code --policy},
 * {@code --backend}, {@code --rules}, the AE titles), kept as text so that it can travel
 * (a Spark job ships it to its executors) and turned into {@link TranscodeOptions} and
 * {@link CompressionRules} where the work runs. {@code dicodec batch} and the Spark job both
 * build their options here, so they cannot drift apart.
 *
 * @param to a syntax UID or short name, or {@code auto}
 * @param policy reject, fallback or allow
 * @param backend auto, java, native or opencl
 * @param rulesName the rules file's name, for errors; null without rules
 * @param rulesYaml the rules file's text, read where the batch starts; null without rules
 * @param callingAet the calling AE title the rules may match, or null
 * @param calledAet the called AE title the rules may match, or null
 */
public record BatchSpec(String to, String policy, String backend, String rulesName, String rulesYaml,
        String callingAet, String calledAet) implements Serializable {

    /**
     * Checks the arguments now (an unknown syntax or policy fails before any file is read) and
     * reads the rules file.
     *
     * @throws DicodecException BAD_INPUT for an unknown syntax, policy or backend, or {@code --to
     *     auto} without rules
     */
    public static BatchSpec of(String to, String policy, String backend, Path rules, String callingAet,
            String calledAet) throws IOException {
        boolean auto = "auto".equalsIgnoreCase(to);
        if (auto && rules == null) {
            throw DicodecException.badInput("--to auto needs --rules FILE (see config/rules-example.yaml)");
        }
        String yaml = auto ? Files.readString(rules, StandardCharsets.UTF_8) : null;
        BatchSpec spec = new BatchSpec(to, policy, backend, auto ? String.valueOf(rules.getFileName()) : null, yaml,
                callingAet, calledAet);
        spec.transcodeOptions();
        spec.rules();
        return spec;
    }

    public boolean auto() {
        return "auto".equalsIgnoreCase(to);
    }

    /** The target, or Explicit VR Little Endian under {@code auto} (the rules then choose per file). */
    public TransferSyntax target() {
        return auto() ? TransferSyntaxes.EXPLICIT_VR_LE : TransferSyntaxes.parse(to);
    }

    public TranscodeOptions transcodeOptions() {
        return new TranscodeOptions(target(), parseBackend(backend), EncodeOptions.DEFAULT, false,
                LossyPolicies.parse(policy));
    }

    /** The compression rules for {@code auto}; null otherwise. */
    public CompressionRules rules() {
        return auto() ? CompressionRules.parse(rulesYaml, rulesName) : null;
    }

    public RuleContext ruleContext() {
        return new RuleContext(callingAet, calledAet);
    }

    /** What {@code --to} reads as in a summary line: {@code auto} or the syntax's short name. */
    public String targetLabel() {
        return auto() ? "auto" : target().shortName();
    }

    /** {@code --backend}: null (the fastest available) for auto. */
    public static Backend parseBackend(String name) {
        if (name == null || name.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Backend.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DicodecException.badInput("unknown --backend '" + name + "': give auto, java, native or opencl");
        }
    }
}
