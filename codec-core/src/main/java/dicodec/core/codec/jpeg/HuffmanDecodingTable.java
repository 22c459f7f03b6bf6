package dicodec.core.codec.jpeg;

/**
 * A Huffman table made ready for decoding (T.81 F.2.2.3, in the table-driven form IJG uses):
 * codes of up to {@link #FAST_BITS} bits are found with one look-up on the next bits of the
 * stream, longer ones by comparing with the left-aligned maximum code of each length.
 */
public final class HuffmanDecodingTable {
    /** Bits resolved by the direct look-up table; 9 keeps it at 2 KiB and covers most codes. */
    public static final int FAST_BITS = 9;

    /** (length << 8) | symbol for each FAST_BITS-bit prefix; 0 when the code is longer. */
    final int[] fast = new int[1 << FAST_BITS];
    /** maxcode[l]: one past the largest code of length l, left-aligned to 16 bits; 0x10000 past 16. */
    final int[] maxcode = new int[18];
    /** Offset from a code of length l (right-aligned) to its symbol index. */
    final int[] delta = new int[17];
    final int[] symbols;
    final int maxSymbol;

    /**
     * @param spec the table
     * @param at codestream byte of the DHT segment that defined it, for errors
     * @throws dicodec.core.error.DicodecException BAD_INPUT when the counts overflow the code space
     */
    public HuffmanDecodingTable(HuffmanSpec spec, long at) {
        int[] codes = spec.codes();
        if (codes == null) {
            throw JpegErrors.bad(at, "Huffman table has more codes of some length than fit (%s)", spec);
        }
        symbols = spec.symbols().clone();
        maxSymbol = spec.maxSymbol();
        int[] lengths = spec.lengths();
        int k = 0;
        for (int l = 1; l <= 16; l++) {
            int n = spec.counts()[l];
            if (n > 0) {
                delta[l] = k - codes[k];
                k += n;
                maxcode[l] = (codes[k - 1] + 1) << (16 - l);
            } else {
                maxcode[l] = l == 1 ? 0 : maxcode[l - 1] == 0 ? 0 : maxcode[l - 1];
            }
        }
        // maxcode must not decrease; a length without codes repeats the previous bound.
        for (int l = 2; l <= 16; l++) {
            maxcode[l] = Math.max(maxcode[l], maxcode[l - 1]);
        }
        maxcode[17] = 0x10000 + 1;
        for (int i = 0; i < codes.length; i++) {
            int l = lengths[i];
            if (l <= FAST_BITS) {
                int shift = FAST_BITS - l;
                int base = codes[i] << shift;
                for (int j = 0; j < (1 << shift); j++) {
                    fast[base + j] = (l << 8) | symbols[i];
                }
            }
        }
    }

    /**
     * The code at the top of {@code next16} (the next 16 bits of the stream, MSB first):
     * (length << 8) | symbol, or 0 when no code of this table starts these bits.
     */
    public int lookup(int next16) {
        int e = fast[next16 >>> (16 - FAST_BITS)];
        if (e != 0) {
            return e;
        }
        int l = FAST_BITS + 1;
        while (next16 >= maxcode[l]) {
            l++;
        }
        if (l > 16) {
            return 0;
        }
        return (l << 8) | symbols[(next16 >>> (16 - l)) + delta[l]];
    }

    public int maxSymbol() {
        return maxSymbol;
    }
}
