package dicodec.core.policy.rules;

import java.util.List;
import java.util.Locale;

/**
 * A condition on one text attribute, as in the Kodak OSM rules: EQ (one of the values), NE
 * (none of the values, and present), MISSING (absent or empty). Values compare without case.
 */
public record AttributeCondition(Operator op, List<String> values) {
    public enum Operator { EQ, NE, MISSING }

    public boolean test(String value) {
        boolean missing = value == null || value.isBlank();
        switch (op) {
            case MISSING:
                return missing;
            case EQ:
                return !missing && values.stream().anyMatch(v -> v.equalsIgnoreCase(value.trim()));
            default:
                return !missing && values.stream().noneMatch(v -> v.equalsIgnoreCase(value.trim()));
        }
    }

    @Override
    public String toString() {
        return op.name().toLowerCase(Locale.ROOT) + (op == Operator.MISSING ? "" : " " + values);
    }
}
