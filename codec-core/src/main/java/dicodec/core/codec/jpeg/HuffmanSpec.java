package dicodec.core.codec.jpeg;

import java.util.Arrays;

/**
 * A Huffman table as a DHT segment carries it (T.81 B.2.4.2): the number of codes of each
 * length 1..16 and the symbols in order of increasing code. Codes follow from these by the
 * canonical rule of Annex C.
 *
 * @param counts counts[l] = number of codes of length l, for l = 1..16 (counts[0] unused)
 * @param symbols the symbols, shortest codes first
 */
public record HuffmanSpec(int[] counts, int[] symbols) {

    public HuffmanSpec {
        if (counts.length != 17) {
            throw new IllegalArgumentException("counts must have 17 entries (index 0 unused)");
        }
        int total = 0;
        for (int l = 1; l <= 16; l++) {
            total += counts[l];
        }
        if (total != symbols.length) {
            throw new IllegalArgumentException(total + " codes for " + symbols.length + " symbols");
        }
    }

    /**
     * The canonical codes (Annex C, Figures C.1 to C.3), indexed like {@link #symbols()}; null
     * when the counts describe more codes than fit in their lengths.
     */
    public int[] codes() {
        int[] codes = new int[symbols.length];
        int code = 0;
        int k = 0;
        for (int l = 1; l <= 16; l++) {
            for (int i = 0; i < counts[l]; i++) {
                codes[k++] = code++;
            }
            if (code > (1 << l)) {
                return null;
            }
            code <<= 1;
        }
        return codes;
    }

    /** The code length of each symbol, indexed like {@link #symbols()}. */
    public int[] lengths() {
        int[] out = new int[symbols.length];
        int k = 0;
        for (int l = 1; l <= 16; l++) {
            for (int i = 0; i < counts[l]; i++) {
                out[k++] = l;
            }
        }
        return out;
    }

    /** The largest symbol value in the table, -1 when it is empty. */
    public int maxSymbol() {
        int m = -1;
        for (int s : symbols) {
            m = Math.max(m, s);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuffmanSpec h && Arrays.equals(h.counts, counts) && Arrays.equals(h.symbols, symbols);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Arrays.hashCode(symbols);
    }

    @Override
    public String toString() {
        return "HuffmanSpec" + Arrays.toString(Arrays.copyOfRange(counts, 1, 17)) + " " + symbols.length
                + " symbols";
    }
}
