package dicodec.core.codec.jpeg;

/**
 * A Huffman table of SSSS categories (lossless differences, DC differences) with a combined
 * look-up on the next {@link #LOOK} bits. An entry is either resolved, (difference << 8) |
 * bits used, when code and extra bits both fit in the prefix, or, when only the code does,
 * (SSSS << 8) | {@link #CODE_ONLY} | code length, and the extra bits are read straight from the
 * bit buffer. 0 means a code longer than the prefix: the general path.
 */
public final class DiffTable {
    /** Bits of the combined look-up: 4096 entries, 16 KiB, in L1. */
    static final int LOOK = 12;

    /** Marks an entry that resolves the code but not the extra bits. */
    static final int CODE_ONLY = 0x80;

    /** The entries, one per LOOK-bit prefix (see the class comment). */
    final int[] fast = new int[1 << LOOK];
    final HuffmanDecodingTable table;

    public DiffTable(HuffmanDecodingTable table) {
        this.table = table;
        for (int p = 0; p < fast.length; p++) {
            int e = table.lookup(p << (16 - LOOK));
            if (e == 0) {
                continue;
            }
            int len = e >>> 8;
            int s = e & 0xFF;
            if (s > 16 || len > LOOK) {
                continue;
            }
            int extra = s == 16 ? 0 : s;
            if (len + extra > LOOK) {
                fast[p] = (s << 8) | CODE_ONLY | len;
                continue;
            }
            int diff;
            if (s == 0) {
                diff = 0;
            } else if (s == 16) {
                diff = 32768;
            } else {
                int v = (p >>> (LOOK - len - s)) & ((1 << s) - 1);
                diff = v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
            }
            fast[p] = (diff << 8) | (len + extra);
        }
    }

    public HuffmanDecodingTable table() {
        return table;
    }
}
