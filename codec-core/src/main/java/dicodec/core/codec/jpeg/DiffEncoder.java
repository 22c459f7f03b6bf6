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
        int[] packed = t.packed;
        long acc = w.acc;
        int bits = w.bits;
        for (int i = 0; i < n; i++) {
            int d = (diffs[off + i] << 16) >> 16; // -32768..32767; -32768 stands for 32768
            int a = d < 0 ? -d : d;
            int s = 32 - Integer.numberOfLeadingZeros(a);
            int cs = packed[s];
            int size = cs & 0xFF;
            int value = cs >>> 8;
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
        if (t.length != 3) {
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < t.length; c++) {
                    encode(w, t[c], diffs[c], off + i, 1);
                }
            }
            return;
        }
        int[] p0 = t[0].packed;
        int[] p1 = t[1].packed;
        int[] p2 = t[2].packed;
        int[] d0 = diffs[0];
        int[] d1 = diffs[1];
        int[] d2 = diffs[2];
        long acc = w.acc;
        int bits = w.bits;
        for (int i = off; i < off + n; i++) {
            for (int c = 0; c < 3; c++) {
                int d = ((c == 0 ? d0[i] : c == 1 ? d1[i] : d2[i]) << 16) >> 16;
                int a = d < 0 ? -d : d;
                int s = 32 - Integer.numberOfLeadingZeros(a);
                int cs = (c == 0 ? p0 : c == 1 ? p1 : p2)[s];
                int size = cs & 0xFF;
                int value = cs >>> 8;
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
