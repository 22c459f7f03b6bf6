package dicodec.core.codec.jpeg;

/**
 * Decodes runs of SSSS-coded differences (T.81 F.2.2.1, H.2: lossless with SSSS up to 16) with
 * {@link DiffTable}'s combined look-up, the bit buffer held in locals; codes longer than the
 * look-up take the general path.
 */
public final class DiffDecoder {
    private static final int LOOK = DiffTable.LOOK;
    private static final int MASK = (1 << LOOK) - 1;

    private DiffDecoder() {
    }

    /** Decodes {@code n} differences into {@code out} from {@code off}. */
    public static void decode(BitReader br, DiffTable t, int[] out, int off, int n, int row) {
        int[] fast = t.fast;
        long acc = br.acc;
        int bits = br.bits;
        for (int i = 0; i < n; i++) {
            // enough for a LOOK-bit code and 16 extra bits
            if (bits < LOOK + 16) {
                br.acc = acc;
                br.bits = bits;
                br.fill();
                acc = br.acc;
                bits = br.bits;
            }
            int e = fast[(int) (acc >>> (bits - LOOK)) & MASK];
            int d;
            if ((e & DiffTable.CODE_ONLY) == 0 && e != 0) {
                bits -= e & 0x7F;
                d = e >> 8;
            } else if (e != 0) {
                bits -= e & 0x7F;
                int s = e >>> 8;
                if (s == 16) {
                    d = 32768;
                } else {
                    bits -= s;
                    int v = (int) (acc >>> bits) & ((1 << s) - 1);
                    d = v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
                }
            } else {
                br.acc = acc;
                br.bits = bits;
                d = slow(br, t, row, i);
                acc = br.acc;
                bits = br.bits;
            }
            out[off + i] = d;
        }
        br.acc = acc;
        br.bits = bits;
    }

    /**
     * Decodes {@code n} samples of {@code tables.length} interleaved components: out[c][off + i]
     * for i in 0..n-1, component by component within each sample.
     */
    public static void decodeInterleaved(BitReader br, DiffTable[] tables, int[][] out, int off, int n, int row) {
        if (tables.length == 3) {
            decode3(br, tables, out, off, n, row);
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < tables.length; c++) {
                decode(br, tables[c], out[c], off + i, 1, row);
            }
        }
    }

    /** Three interleaved components (RGB, YBR_FULL): the common colour case, unrolled. */
    private static void decode3(BitReader br, DiffTable[] tables, int[][] out, int off, int n, int row) {
        int[] f0 = tables[0].fast;
        int[] f1 = tables[1].fast;
        int[] f2 = tables[2].fast;
        int[] o0 = out[0];
        int[] o1 = out[1];
        int[] o2 = out[2];
        long acc = br.acc;
        int bits = br.bits;
        for (int i = 0; i < n; i++) {
            // Top up once per pixel (one word read when no FF is near) so that the checks per
            // component below rarely fire.
            if (bits < 56) {
                br.acc = acc;
                br.bits = bits;
                br.fill();
                acc = br.acc;
                bits = br.bits;
            }
            for (int c = 0; c < 3; c++) {
                if (bits < LOOK + 16) {
                    br.acc = acc;
                    br.bits = bits;
                    br.fill();
                    acc = br.acc;
                    bits = br.bits;
                }
                int[] fast = c == 0 ? f0 : c == 1 ? f1 : f2;
                int e = fast[(int) (acc >>> (bits - LOOK)) & MASK];
                int d;
                if ((e & DiffTable.CODE_ONLY) == 0 && e != 0) {
                    bits -= e & 0x7F;
                    d = e >> 8;
                } else if (e != 0) {
                    bits -= e & 0x7F;
                    int s = e >>> 8;
                    if (s == 16) {
                        d = 32768;
                    } else {
                        bits -= s;
                        int v = (int) (acc >>> bits) & ((1 << s) - 1);
                        d = v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
                    }
                } else {
                    br.acc = acc;
                    br.bits = bits;
                    d = slow(br, tables[c], row, i);
                    acc = br.acc;
                    bits = br.bits;
                }
                if (c == 0) {
                    o0[off + i] = d;
                } else if (c == 1) {
                    o1[off + i] = d;
                } else {
                    o2[off + i] = d;
                }
            }
        }
        br.acc = acc;
        br.bits = bits;
    }

    /** One difference by the general path: a code longer than the look-up, or extra bits beyond it. */
    static int slow(BitReader br, DiffTable t, int row, int col) {
        int e = t.table.lookup(br.peek16());
        if (e == 0) {
            throw JpegErrors.bad(br.position(), "no code of the Huffman table matches the data at row %d, column %d",
                    row, col);
        }
        br.skip(e >>> 8);
        int s = e & 0xFF;
        if (s == 0) {
            return 0;
        }
        if (s == 16) {
            return 32768;
        }
        if (s > 16) {
            throw JpegErrors.bad(br.position(), "difference category %d at row %d, column %d; the largest is 16", s,
                    row, col);
        }
        return br.receiveExtend(s);
    }
}
