package dicodec.core.codec.jpeg;

/**
 * An AC Huffman table (run/size symbols, T.81 F.1.2.2) with a combined look-up on the next
 * {@link #LOOK} bits, in the manner of stb_image's fast AC table: an entry is either resolved,
 * (coefficient << 16) | (run << 8) | {@link #RESOLVED} | bits used, when the code and its
 * extra bits fit in the prefix; or (symbol << 8) | {@link #CODE_ONLY} | code length when only
 * the code does; or 0 for a longer code.
 */
public final class AcTable {
    static final int LOOK = 11;
    static final int RESOLVED = 0x80;
    static final int CODE_ONLY = 0x40;

    final int[] fast = new int[1 << LOOK];
    final HuffmanDecodingTable table;

    public AcTable(HuffmanDecodingTable table) {
        this.table = table;
        for (int p = 0; p < fast.length; p++) {
            int e = table.lookup(p << (16 - LOOK));
            if (e == 0) {
                continue;
            }
            int len = e >>> 8;
            int rs = e & 0xFF;
            if (len > LOOK) {
                continue;
            }
            int r = rs >> 4;
            int s = rs & 15;
            if (s != 0 && len + s <= LOOK) {
                int v = (p >>> (LOOK - len - s)) & ((1 << s) - 1);
                v = v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
                fast[p] = (v << 16) | (r << 8) | RESOLVED | (len + s);
            } else {
                fast[p] = (rs << 8) | CODE_ONLY | len;
            }
        }
    }

    public HuffmanDecodingTable table() {
        return table;
    }
}
