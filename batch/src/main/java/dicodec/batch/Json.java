package dicodec.batch;

/**
 * The little JSON the CLI writes (the batch report, decode's frames.json): string quoting as
 * RFC 8259 section 7 requires, and numbers that are valid JSON. Objects are written by hand
 * with these, in a fixed key order, so the files diff well.
 */
public final class Json {
    private Json() {
    }

    /** {@code s} as a JSON string, quotes included; null as {@code null}. */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    /** A double as JSON: NaN and infinities, which JSON cannot hold, become {@code null}. */
    public static String number(double d) {
        if (!Double.isFinite(d)) {
            return "null";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
