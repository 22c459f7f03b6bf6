package dicodec.core.codec.jpeg;

/** A Huffman table made ready for encoding: the code and its length for each symbol (C.2). */
public final class HuffmanEncodingTable {
    /** code[s] in the low size[s] bits; size 0 when the symbol has no code. */
    final int[] code = new int[256];
    final int[] size = new int[256];
    /** (code << 8) | size per symbol: one load in the hot loops. */
    final int[] packed = new int[256];

    public HuffmanEncodingTable(HuffmanSpec spec) {
        int[] codes = spec.codes();
        if (codes == null) {
            throw new IllegalArgumentException("Huffman table overflows its code space: " + spec);
        }
        int[] lengths = spec.lengths();
        int[] symbols = spec.symbols();
        for (int i = 0; i < symbols.length; i++) {
            code[symbols[i]] = codes[i];
            size[symbols[i]] = lengths[i];
            packed[symbols[i]] = codes[i] << 8 | lengths[i];
        }
    }

    public int code(int symbol) {
        return code[symbol];
    }

    public int size(int symbol) {
        return size[symbol];
    }
}
