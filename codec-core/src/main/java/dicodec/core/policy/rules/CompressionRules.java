package dicodec.core.policy.rules;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.io.Tag;
import dicodec.core.policy.LossyEvidence;
import dicodec.core.policy.SourceClassifier;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * Compression rules in the manner of the Kodak OSM archive (dicom-rules 5.1), read from YAML;
 * {@code --to auto} applies them. The first rule that fires decides; a rule is lossless unless
 * it says {@code mode: lossy}. When none fires: lossless-compressed input is decompressed,
 * native input is left alone and lossy input passes through (REQ-ROUTE-4). Safety defaults
 * (REQ-ROUTE-5) turn a lossy rule lossless for mammography, For Processing images, PALETTE
 * COLOR and 1-bit data.
 */
public final class CompressionRules {
    private final List<Rule> rules;
    private final TransferSyntax defaultLossless;
    private final TransferSyntax decompressTo;

    public CompressionRules(List<Rule> rules, TransferSyntax defaultLossless, TransferSyntax decompressTo) {
        this.rules = List.copyOf(rules);
        this.defaultLossless = defaultLossless;
        this.decompressTo = decompressTo;
    }

    public List<Rule> rules() {
        return rules;
    }

    public static CompressionRules load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return RulesYaml.parse(r, file.getFileName().toString());
        }
    }

    /** Rules from YAML text, {@code name} naming it in errors (a file read elsewhere, e.g. on a Spark driver). */
    public static CompressionRules parse(String yaml, String name) {
        return RulesYaml.parse(new java.io.StringReader(yaml), name);
    }

    public RuleOutcome decide(DicomObject obj, RuleContext ctx) {
        LossyEvidence evidence = SourceClassifier.evidence(obj);
        TransferSyntax source = obj.syntax();
        for (Rule rule : rules) {
            List<String> held = rule.matches(obj.dataset(), source, ctx);
            if (held == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("RULE_FIRED " + rule.id() + ": " + String.join(", ", held));
            TransferSyntax target = rule.target() != null ? rule.target() : defaultLossless;
            boolean lossy = rule.lossy();
            String unsafe = lossy ? unsafeForLossy(obj) : null;
            if (unsafe != null) {
                reasons.add("SAFETY_DEFAULT " + unsafe + ": lossless instead");
                target = rule.target() != null && rule.target().lossy() == TransferSyntax.Lossiness.LOSSLESS
                        ? rule.target() : defaultLossless;
                lossy = false;
            }
            LossyPolicy policy;
            if (!lossy) {
                policy = LossyPolicy.FALLBACK_TO_LOSSLESS; // a lossless rule never writes lossy
            } else if (evidence.lossy()) {
                policy = LossyPolicy.FALLBACK_TO_LOSSLESS; // never lossy twice (dicom-rules T7)
                reasons.add("SOURCE_LOSSY " + evidence.summary());
            } else {
                policy = LossyPolicy.ALLOW; // the rule said mode: lossy
            }
            return new RuleOutcome(rule.id(), target, policy, rule.encode(), reasons);
        }
        if (evidence.lossy() || source.isNative()) {
            String why = evidence.lossy() ? "NO_RULE lossy input passes through" : "NO_RULE uncompressed input left alone";
            return new RuleOutcome(null, source, LossyPolicy.REJECT, EncodeOptions.DEFAULT, List.of(why));
        }
        return new RuleOutcome(null, decompressTo, LossyPolicy.REJECT, EncodeOptions.DEFAULT,
                List.of("NO_RULE lossless-compressed input decompressed to " + decompressTo.shortName()));
    }

    /** REQ-ROUTE-5: objects never compressed lossy by a rule; null when lossy is acceptable. */
    static String unsafeForLossy(DicomObject obj) {
        String sop = obj.dataset().getString(Tag.SOP_CLASS_UID);
        if (sop != null && sop.startsWith("1.2.840.10008.5.1.4.1.1.1.2")) {
            return "MAMMOGRAPHY";
        }
        if (sop != null && (sop.equals("1.2.840.10008.5.1.4.1.1.1.1.1") || sop.equals("1.2.840.10008.5.1.4.1.1.1.2.1")
                || sop.equals("1.2.840.10008.5.1.4.1.1.1.3.1"))) {
            return "FOR_PROCESSING";
        }
        if ("PALETTE COLOR".equals(obj.dataset().getString(Tag.PHOTOMETRIC_INTERPRETATION))) {
            return "PALETTE_COLOR";
        }
        if (obj.dataset().getInt(Tag.BITS_ALLOCATED, 0) == 1) {
            return "ONE_BIT";
        }
        return null;
    }

    static DicodecException invalid(String file, String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, file, 0, -1, -1, "compression rules: " + detail, null);
    }

    static TransferSyntax syntax(String name) {
        return TransferSyntaxes.parse(name);
    }

}
