package dicodec.core.policy.rules;

import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads compression rules from YAML. Unknown keys are errors (a typo must not silently widen a
 * rule). Example (the README has the full one):
 * <pre>
 * default_lossless: jpeg-lossless-sv1
 * decompress_to: explicit-le
 * rules:
 *   - id: ct-lossless
 *     modality: { eq: [CT] }
 *   - id: us-lossy
 *     modality: { eq: [US] }
 *     mode: lossy
 *     target: jpeg-baseline
 *     quality: 85
 * </pre>
 */
final class RulesYaml {
    private static final Set<String> TOP = Set.of("default_lossless", "decompress_to", "rules");
    private static final Set<String> RULE = Set.of("id", "match", "calling_aet", "called_aet", "modality", "body_part",
            "sop_class", "source_syntax", "bits_stored", "photometric", "lossy_flag", "mode", "target", "quality",
            "ratio", "near");

    private RulesYaml() {
    }

    static CompressionRules parse(Reader reader, String file) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw CompressionRules.invalid(file, "not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        Map<String, Object> top = map(root, file, "the file");
        checkKeys(top, TOP, file, "the top level");
        TransferSyntax defaultLossless = syntax(top.getOrDefault("default_lossless", "jpeg-lossless-sv1"), file);
        TransferSyntax decompressTo = syntax(top.getOrDefault("decompress_to", "explicit-le"), file);
        if (defaultLossless.lossy() != TransferSyntax.Lossiness.LOSSLESS) {
            throw CompressionRules.invalid(file, "default_lossless " + defaultLossless.shortName() + " is not lossless");
        }
        List<Rule> rules = new ArrayList<>();
        Object list = top.getOrDefault("rules", List.of());
        if (!(list instanceof List<?> items)) {
            throw CompressionRules.invalid(file, "rules must be a list");
        }
        int n = 0;
        for (Object item : items) {
            n++;
            rules.add(rule(map(item, file, "rule " + n), n, file));
        }
        return new CompressionRules(rules, defaultLossless, decompressTo);
    }

    private static Rule rule(Map<String, Object> m, int n, String file) {
        String where = "rule " + n;
        checkKeys(m, RULE, file, where);
        String id = String.valueOf(m.getOrDefault("id", "rule-" + n));
        String match = String.valueOf(m.getOrDefault("match", "any")).toLowerCase(Locale.ROOT);
        if (!match.equals("any") && !match.equals("all")) {
            throw CompressionRules.invalid(file, where + ": match must be any or all, not " + match);
        }
        String mode = String.valueOf(m.getOrDefault("mode", "lossless")).toLowerCase(Locale.ROOT);
        if (!mode.equals("lossless") && !mode.equals("lossy")) {
            throw CompressionRules.invalid(file, where + ": mode must be lossless or lossy, not " + mode);
        }
        TransferSyntax target = m.containsKey("target") ? syntax(m.get("target"), file) : null;
        if (mode.equals("lossless") && target != null && target.lossy() == TransferSyntax.Lossiness.LOSSY) {
            throw CompressionRules.invalid(file, where + " (" + id + "): target " + target.shortName()
                    + " is lossy but the rule has no 'mode: lossy'");
        }
        Integer min = null;
        Integer max = null;
        if (m.containsKey("bits_stored")) {
            Map<String, Object> bs = map(m.get("bits_stored"), file, where + " bits_stored");
            min = bs.containsKey("min") ? ((Number) bs.get("min")).intValue() : null;
            max = bs.containsKey("max") ? ((Number) bs.get("max")).intValue() : null;
        }
        EncodeOptions encode = new EncodeOptions(number(m.get("quality")).intValue(), number(m.get("ratio")).doubleValue(),
                number(m.get("near")).intValue());
        return new Rule(id, match.equals("all"), strings(m.get("calling_aet")), strings(m.get("called_aet")),
                condition(m.get("modality"), file, where + " modality"), condition(m.get("body_part"), file,
                        where + " body_part"), strings(m.get("sop_class")), strings(m.get("source_syntax")), min, max,
                strings(m.get("photometric")), m.containsKey("lossy_flag") ? (Boolean) m.get("lossy_flag") : null,
                mode.equals("lossy"), target, encode);
    }

    private static AttributeCondition condition(Object o, String file, String where) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o, file, where);
        if (m.size() != 1) {
            throw CompressionRules.invalid(file, where + ": give exactly one of eq, ne, missing");
        }
        String op = m.keySet().iterator().next().toLowerCase(Locale.ROOT);
        switch (op) {
            case "eq":
                return new AttributeCondition(AttributeCondition.Operator.EQ, strings(m.get("eq")));
            case "ne":
                return new AttributeCondition(AttributeCondition.Operator.NE, strings(m.get("ne")));
            case "missing":
                return new AttributeCondition(AttributeCondition.Operator.MISSING, List.of());
            default:
                throw CompressionRules.invalid(file, where + ": unknown operator " + op + " (eq, ne, missing)");
        }
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }

    private static Number number(Object o) {
        return o instanceof Number n ? n : 0;
    }

    private static TransferSyntax syntax(Object o, String file) {
        try {
            return TransferSyntaxes.parse(String.valueOf(o));
        } catch (RuntimeException e) {
            throw CompressionRules.invalid(file, e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String file, String where) {
        if (!(o instanceof Map)) {
            throw CompressionRules.invalid(file, where + " must be a mapping");
        }
        return (Map<String, Object>) o;
    }

    private static void checkKeys(Map<String, Object> m, Set<String> allowed, String file, String where) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw CompressionRules.invalid(file, where + ": unknown key '" + k + "' (allowed: " + allowed + ")");
            }
        }
    }
}
