package dicodec.core.codec.jpeg;

/**
 * Writes runs of differences with SSSS Huffman codes (T.81 F.1.2.1, H.1.2.2: lossless with
 * SSSS up to 16; 32768 is SSSS 16 without extra bits), the writer's bit buffer held in locals.
 */
public final class DiffEncoder {
    private DiffEncoder() {
    }

    /** Writes diffs[off .. off + n - 1], each a difference modulo 2^16. */
    public static void encode(JpegWriter w, HuffmanEncodingTable t, int[] diffs, int off, int n) {
        int[] codes = t.code;
        int[] sizes = t.size;
        long acc = w.acc;
        int bits = w.bits;
        for (int i = 0; i < n; i++) {
            int d = (diffs[off + i] << 16) >> 16; // -32768..32767; -32768 stands for 32768
            int a = d < 0 ? -d : d;
            int s = 32 - Integer.numberOfLeadingZeros(a);
            int size = sizes[s];
            int value = codes[s];
            if (s != 0 && s != 16) {
                value = value << s | ((d < 0 ? d - 1 : d) & ((1 << s) - 1));
                size += s;
            }
            acc = (acc << size) | value;
            bits += size;
            if (bits >= 32) {
                w.acc = acc;
                w.bits = bits;
                w.flush32();
                bits = w.bits;
            }
        }
        w.acc = acc;
        w.bits = bits;
    }

    /** Writes diffs[c][off + i] for i in 0..n-1, component by component within each sample. */
    public static void encodeInterleaved(JpegWriter w, HuffmanEncodingTable[] t, int[][] diffs, int off, int n) {
        int comps = t.length;
        long acc = w.acc;
        int bits = w.bits;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < comps; c++) {
                int d = (diffs[c][off + i] << 16) >> 16;
                int a = d < 0 ? -d : d;
                int s = 32 - Integer.numberOfLeadingZeros(a);
                HuffmanEncodingTable table = t[c];
                int size = table.size[s];
                int value = table.code[s];
                if (s != 0 && s != 16) {
                    value = value << s | ((d < 0 ? d - 1 : d) & ((1 << s) - 1));
                    size += s;
                }
                acc = (acc << size) | value;
                bits += size;
                if (bits >= 32) {
                    w.acc = acc;
                    w.bits = bits;
                    w.flush32();
                    bits = w.bits;
                }
            }
        }
        w.acc = acc;
        w.bits = bits;
    }
}
