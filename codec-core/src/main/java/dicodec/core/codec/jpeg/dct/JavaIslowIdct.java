package dicodec.core.codec.jpeg.dct;

/**
 * The "slow but accurate" integer inverse DCT of IJG libjpeg (jidctint.c: the Loeffler,
 * Ligtenberg and Moschytz algorithm in 13-bit fixed point), reproduced operation for
 * operation, output range limiting included, so that this decoder gives the same samples as
 * DCMTK's dcmdjpeg (which uses it) and an accelerated stage can be tested bit for bit against
 * this one.
 */
public final class JavaIslowIdct implements InverseDct {
    private static final int CONST_BITS = 13;
    private static final int FIX_0_298631336 = 2446;
    private static final int FIX_0_390180644 = 3196;
    private static final int FIX_0_541196100 = 4433;
    private static final int FIX_0_765366865 = 6270;
    private static final int FIX_0_899976223 = 7373;
    private static final int FIX_1_175875602 = 9633;
    private static final int FIX_1_501321110 = 12299;
    private static final int FIX_1_847759065 = 15137;
    private static final int FIX_1_961570560 = 16069;
    private static final int FIX_2_053119869 = 16819;
    private static final int FIX_2_562915447 = 20995;
    private static final int FIX_3_072711026 = 25172;

    private static final short[] LIMIT_8 = rangeLimit(8);
    private static final short[] LIMIT_12 = rangeLimit(12);

    @Override
    public void inverse(short[] coef, int blocksWide, int blocksHigh, int[] quant, int precision, short[] out) {
        int stride = blocksWide * 8;
        int[] ws = new int[64];
        boolean eight = precision == 8;
        short[] limit = eight ? LIMIT_8 : LIMIT_12;
        int mask = limit.length - 1;
        int pass1 = eight ? 2 : 1;
        for (int by = 0; by < blocksHigh; by++) {
            for (int bx = 0; bx < blocksWide; bx++) {
                int c = (by * blocksWide + bx) * 64;
                int o = by * 8 * stride + bx * 8;
                if (acZero(coef, c)) {
                    // What both passes give when every AC coefficient is 0 (their zero shortcuts).
                    short dc = limit[((((coef[c] * quant[0]) << pass1) + (1 << (pass1 + 2))) >> (pass1 + 3)) & mask];
                    for (int r = 0; r < 8; r++) {
                        int p = o + r * stride;
                        java.util.Arrays.fill(out, p, p + 8, dc);
                    }
                    continue;
                }
                block(coef, c, quant, ws, out, o, stride, pass1, limit, mask);
            }
        }
    }

    private static boolean acZero(short[] coef, int c) {
        for (int i = c + 1; i < c + 64; i++) {
            if (coef[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One block: jpeg_idct_islow. {@code pass1} is PASS1_BITS (2 for 8-bit, 1 for 12-bit
     * samples), {@code limit} IJG's post-IDCT range-limit table indexed by the value masked
     * with {@code mask}.
     */
    static void block(short[] in, int c, int[] q, int[] ws, short[] out, int o, int stride, int pass1,
            short[] limit, int mask) {
        // Pass 1: columns from the input into the work array, scaled up by 2^pass1.
        int d1 = CONST_BITS - pass1;
        int r1 = 1 << (d1 - 1);
        for (int col = 0; col < 8; col++) {
            int i = c + col;
            if (in[i + 8] == 0 && in[i + 16] == 0 && in[i + 24] == 0 && in[i + 32] == 0 && in[i + 40] == 0
                    && in[i + 48] == 0 && in[i + 56] == 0) {
                int dc = (in[i] * q[col]) << pass1;
                ws[col] = dc;
                ws[col + 8] = dc;
                ws[col + 16] = dc;
                ws[col + 24] = dc;
                ws[col + 32] = dc;
                ws[col + 40] = dc;
                ws[col + 48] = dc;
                ws[col + 56] = dc;
                continue;
            }
            int z2 = in[i + 16] * q[col + 16];
            int z3 = in[i + 48] * q[col + 48];
            int z1 = (z2 + z3) * FIX_0_541196100;
            int tmp2 = z1 + z3 * -FIX_1_847759065;
            int tmp3 = z1 + z2 * FIX_0_765366865;
            z2 = in[i] * q[col];
            z3 = in[i + 32] * q[col + 32];
            int tmp0 = (z2 + z3) << CONST_BITS;
            int tmp1 = (z2 - z3) << CONST_BITS;
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;

            tmp0 = in[i + 56] * q[col + 56];
            tmp1 = in[i + 40] * q[col + 40];
            tmp2 = in[i + 24] * q[col + 24];
            tmp3 = in[i + 8] * q[col + 8];
            z1 = tmp0 + tmp3;
            z2 = tmp1 + tmp2;
            z3 = tmp0 + tmp2;
            int z4 = tmp1 + tmp3;
            int z5 = (z3 + z4) * FIX_1_175875602;
            tmp0 *= FIX_0_298631336;
            tmp1 *= FIX_2_053119869;
            tmp2 *= FIX_3_072711026;
            tmp3 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;
            z3 += z5;
            z4 += z5;
            tmp0 += z1 + z3;
            tmp1 += z2 + z4;
            tmp2 += z2 + z3;
            tmp3 += z1 + z4;

            ws[col] = (tmp10 + tmp3 + r1) >> d1;
            ws[col + 56] = (tmp10 - tmp3 + r1) >> d1;
            ws[col + 8] = (tmp11 + tmp2 + r1) >> d1;
            ws[col + 48] = (tmp11 - tmp2 + r1) >> d1;
            ws[col + 16] = (tmp12 + tmp1 + r1) >> d1;
            ws[col + 40] = (tmp12 - tmp1 + r1) >> d1;
            ws[col + 24] = (tmp13 + tmp0 + r1) >> d1;
            ws[col + 32] = (tmp13 - tmp0 + r1) >> d1;
        }

        // Pass 2: rows from the work array to the output, descaled by 8 and 2^pass1.
        int d2 = CONST_BITS + pass1 + 3;
        int r2 = 1 << (d2 - 1);
        int dd = pass1 + 3;
        int rd = 1 << (dd - 1);
        for (int row = 0; row < 8; row++) {
            int w = row * 8;
            int p = o + row * stride;
            if (ws[w + 1] == 0 && ws[w + 2] == 0 && ws[w + 3] == 0 && ws[w + 4] == 0 && ws[w + 5] == 0
                    && ws[w + 6] == 0 && ws[w + 7] == 0) {
                short dc = limit[((ws[w] + rd) >> dd) & mask];
                out[p] = dc;
                out[p + 1] = dc;
                out[p + 2] = dc;
                out[p + 3] = dc;
                out[p + 4] = dc;
                out[p + 5] = dc;
                out[p + 6] = dc;
                out[p + 7] = dc;
                continue;
            }
            int z2 = ws[w + 2];
            int z3 = ws[w + 6];
            int z1 = (z2 + z3) * FIX_0_541196100;
            int tmp2 = z1 + z3 * -FIX_1_847759065;
            int tmp3 = z1 + z2 * FIX_0_765366865;
            int tmp0 = (ws[w] + ws[w + 4]) << CONST_BITS;
            int tmp1 = (ws[w] - ws[w + 4]) << CONST_BITS;
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;

            tmp0 = ws[w + 7];
            tmp1 = ws[w + 5];
            tmp2 = ws[w + 3];
            tmp3 = ws[w + 1];
            z1 = tmp0 + tmp3;
            z2 = tmp1 + tmp2;
            z3 = tmp0 + tmp2;
            int z4 = tmp1 + tmp3;
            int z5 = (z3 + z4) * FIX_1_175875602;
            tmp0 *= FIX_0_298631336;
            tmp1 *= FIX_2_053119869;
            tmp2 *= FIX_3_072711026;
            tmp3 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;
            z3 += z5;
            z4 += z5;
            tmp0 += z1 + z3;
            tmp1 += z2 + z4;
            tmp2 += z2 + z3;
            tmp3 += z1 + z4;

            out[p] = limit[((tmp10 + tmp3 + r2) >> d2) & mask];
            out[p + 7] = limit[((tmp10 - tmp3 + r2) >> d2) & mask];
            out[p + 1] = limit[((tmp11 + tmp2 + r2) >> d2) & mask];
            out[p + 6] = limit[((tmp11 - tmp2 + r2) >> d2) & mask];
            out[p + 2] = limit[((tmp12 + tmp1 + r2) >> d2) & mask];
            out[p + 5] = limit[((tmp12 - tmp1 + r2) >> d2) & mask];
            out[p + 3] = limit[((tmp13 + tmp0 + r2) >> d2) & mask];
            out[p + 4] = limit[((tmp13 - tmp0 + r2) >> d2) & mask];
        }
    }

    /**
     * IJG's post-IDCT range-limit table (jdmaster.c prepare_range_limit_table) indexed by the
     * descaled value masked to 4 x 2^P entries: values that wrap to -2^(P+1)..2^(P+1)-1, plus
     * the level shift 2^(P-1), clamped to 0..2^P-1. Wild values from corrupt data wrap the way
     * IJG's do.
     */
    static short[] rangeLimit(int precision) {
        int max = (1 << precision) - 1;
        int center = 1 << (precision - 1);
        int size = 4 * (max + 1);
        short[] t = new short[size];
        for (int idx = 0; idx < size; idx++) {
            int w = idx < 2 * (max + 1) ? idx : idx - size;
            t[idx] = (short) Math.max(0, Math.min(max, w + center));
        }
        return t;
    }
}
