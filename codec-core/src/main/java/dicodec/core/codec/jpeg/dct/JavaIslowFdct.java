package dicodec.core.codec.jpeg.dct;

/** IJG libjpeg's slow-but-accurate integer forward DCT (jfdctint.c), operation for operation. */
public final class JavaIslowFdct implements ForwardDct {
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

    @Override
    public void forward(short[] samples, int blocksWide, int blocksHigh, int precision, int[] out) {
        int stride = blocksWide * 8;
        int center = 1 << (precision - 1);
        int pass1 = precision == 8 ? 2 : 1;
        for (int by = 0; by < blocksHigh; by++) {
            for (int bx = 0; bx < blocksWide; bx++) {
                int o = (by * blocksWide + bx) * 64;
                int s = by * 8 * stride + bx * 8;
                for (int r = 0; r < 8; r++) {
                    int p = s + r * stride;
                    for (int c = 0; c < 8; c++) {
                        out[o + r * 8 + c] = samples[p + c] - center;
                    }
                }
                block(out, o, pass1);
            }
        }
    }

    /** jpeg_fdct_islow on the 64 values at {@code o}, in place. */
    static void block(int[] d, int o, int pass1) {
        int dsc = CONST_BITS - pass1;
        int rnd = 1 << (dsc - 1);
        for (int r = 0; r < 8; r++) {
            int p = o + r * 8;
            int tmp0 = d[p] + d[p + 7];
            int tmp7 = d[p] - d[p + 7];
            int tmp1 = d[p + 1] + d[p + 6];
            int tmp6 = d[p + 1] - d[p + 6];
            int tmp2 = d[p + 2] + d[p + 5];
            int tmp5 = d[p + 2] - d[p + 5];
            int tmp3 = d[p + 3] + d[p + 4];
            int tmp4 = d[p + 3] - d[p + 4];
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;
            d[p] = (tmp10 + tmp11) << pass1;
            d[p + 4] = (tmp10 - tmp11) << pass1;
            int z1 = (tmp12 + tmp13) * FIX_0_541196100;
            d[p + 2] = (z1 + tmp13 * FIX_0_765366865 + rnd) >> dsc;
            d[p + 6] = (z1 + tmp12 * -FIX_1_847759065 + rnd) >> dsc;
            z1 = tmp4 + tmp7;
            int z2 = tmp5 + tmp6;
            int z3 = tmp4 + tmp6;
            int z4 = tmp5 + tmp7;
            int z5 = (z3 + z4) * FIX_1_175875602;
            tmp4 *= FIX_0_298631336;
            tmp5 *= FIX_2_053119869;
            tmp6 *= FIX_3_072711026;
            tmp7 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;
            z3 += z5;
            z4 += z5;
            d[p + 7] = (tmp4 + z1 + z3 + rnd) >> dsc;
            d[p + 5] = (tmp5 + z2 + z4 + rnd) >> dsc;
            d[p + 3] = (tmp6 + z2 + z3 + rnd) >> dsc;
            d[p + 1] = (tmp7 + z1 + z4 + rnd) >> dsc;
        }
        int dsc2 = CONST_BITS + pass1;
        int rnd2 = 1 << (dsc2 - 1);
        int rp = 1 << (pass1 - 1);
        for (int c = 0; c < 8; c++) {
            int p = o + c;
            int tmp0 = d[p] + d[p + 56];
            int tmp7 = d[p] - d[p + 56];
            int tmp1 = d[p + 8] + d[p + 48];
            int tmp6 = d[p + 8] - d[p + 48];
            int tmp2 = d[p + 16] + d[p + 40];
            int tmp5 = d[p + 16] - d[p + 40];
            int tmp3 = d[p + 24] + d[p + 32];
            int tmp4 = d[p + 24] - d[p + 32];
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;
            d[p] = (tmp10 + tmp11 + rp) >> pass1;
            d[p + 32] = (tmp10 - tmp11 + rp) >> pass1;
            int z1 = (tmp12 + tmp13) * FIX_0_541196100;
            d[p + 16] = (z1 + tmp13 * FIX_0_765366865 + rnd2) >> dsc2;
            d[p + 48] = (z1 + tmp12 * -FIX_1_847759065 + rnd2) >> dsc2;
            z1 = tmp4 + tmp7;
            int z2 = tmp5 + tmp6;
            int z3 = tmp4 + tmp6;
            int z4 = tmp5 + tmp7;
            int z5 = (z3 + z4) * FIX_1_175875602;
            tmp4 *= FIX_0_298631336;
            tmp5 *= FIX_2_053119869;
            tmp6 *= FIX_3_072711026;
            tmp7 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;
            z3 += z5;
            z4 += z5;
            d[p + 56] = (tmp4 + z1 + z3 + rnd2) >> dsc2;
            d[p + 40] = (tmp5 + z2 + z4 + rnd2) >> dsc2;
            d[p + 24] = (tmp6 + z2 + z3 + rnd2) >> dsc2;
            d[p + 8] = (tmp7 + z1 + z4 + rnd2) >> dsc2;
        }
    }
}
