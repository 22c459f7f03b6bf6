// The DCT stages (twins: JavaIslowFdct, JavaQuantiser, JavaIslowIdct): IJG's jfdctint.c and
// jidctint.c, operation for operation, zero shortcuts and range limiting included, one work item
// per 8x8 block.
#define CONST_BITS 13
#define FIX_0_298631336 2446
#define FIX_0_390180644 3196
#define FIX_0_541196100 4433
#define FIX_0_765366865 6270
#define FIX_0_899976223 7373
#define FIX_1_175875602 9633
#define FIX_1_501321110 12299
#define FIX_1_847759065 15137
#define FIX_1_961570560 16069
#define FIX_2_053119869 16819
#define FIX_2_562915447 20995
#define FIX_3_072711026 25172

// Frames of a batch (BatchScheduler): table[0..frames] is the first block of each frame (and
// the total), table[frames + 1 + k] frame k's width in blocks. A frame's samples (or
// coefficients) start at 64 x its first block, since it has 64 per block.
int frame_of(__global const int* table, int frames, int b) {
    int lo = 0, hi = frames - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) >> 1;
        if (table[mid] <= b) lo = mid; else hi = mid - 1;
    }
    return lo;
}

// One work item per block of every frame of the batch.
__kernel void fdct(__global const short* samples, __global const int* table, int frames, int precision,
        __global int* out) {
    int b = get_global_id(0);
    if (b >= table[frames]) return;
    int k = frame_of(table, frames, b);
    int local_b = b - table[k];
    int blocks_wide = table[frames + 1 + k];
    int by = local_b / blocks_wide;
    int bx = local_b - by * blocks_wide;
    int stride = blocks_wide * 8;
    int center = 1 << (precision - 1);
    int pass1 = precision == 8 ? 2 : 1;
    int d[64];
    int s = table[k] * 64 + by * 8 * stride + bx * 8;
    for (int r = 0; r < 8; r++)
        for (int c = 0; c < 8; c++) d[r * 8 + c] = samples[s + r * stride + c] - center;
    int dsc = CONST_BITS - pass1;
    int rnd = 1 << (dsc - 1);
    for (int r = 0; r < 8; r++) {
        int p = r * 8;
        int tmp0 = d[p] + d[p + 7], tmp7 = d[p] - d[p + 7];
        int tmp1 = d[p + 1] + d[p + 6], tmp6 = d[p + 1] - d[p + 6];
        int tmp2 = d[p + 2] + d[p + 5], tmp5 = d[p + 2] - d[p + 5];
        int tmp3 = d[p + 3] + d[p + 4], tmp4 = d[p + 3] - d[p + 4];
        int tmp10 = tmp0 + tmp3, tmp13 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp1 - tmp2;
        d[p] = (tmp10 + tmp11) << pass1;
        d[p + 4] = (tmp10 - tmp11) << pass1;
        int z1 = (tmp12 + tmp13) * FIX_0_541196100;
        d[p + 2] = (z1 + tmp13 * FIX_0_765366865 + rnd) >> dsc;
        d[p + 6] = (z1 + tmp12 * -FIX_1_847759065 + rnd) >> dsc;
        z1 = tmp4 + tmp7;
        int z2 = tmp5 + tmp6, z3 = tmp4 + tmp6, z4 = tmp5 + tmp7;
        int z5 = (z3 + z4) * FIX_1_175875602;
        tmp4 *= FIX_0_298631336; tmp5 *= FIX_2_053119869; tmp6 *= FIX_3_072711026; tmp7 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223; z2 *= -FIX_2_562915447; z3 *= -FIX_1_961570560; z4 *= -FIX_0_390180644;
        z3 += z5; z4 += z5;
        d[p + 7] = (tmp4 + z1 + z3 + rnd) >> dsc;
        d[p + 5] = (tmp5 + z2 + z4 + rnd) >> dsc;
        d[p + 3] = (tmp6 + z2 + z3 + rnd) >> dsc;
        d[p + 1] = (tmp7 + z1 + z4 + rnd) >> dsc;
    }
    int dsc2 = CONST_BITS + pass1;
    int rnd2 = 1 << (dsc2 - 1);
    int rp = 1 << (pass1 - 1);
    for (int c = 0; c < 8; c++) {
        int p = c;
        int tmp0 = d[p] + d[p + 56], tmp7 = d[p] - d[p + 56];
        int tmp1 = d[p + 8] + d[p + 48], tmp6 = d[p + 8] - d[p + 48];
        int tmp2 = d[p + 16] + d[p + 40], tmp5 = d[p + 16] - d[p + 40];
        int tmp3 = d[p + 24] + d[p + 32], tmp4 = d[p + 24] - d[p + 32];
        int tmp10 = tmp0 + tmp3, tmp13 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp1 - tmp2;
        d[p] = (tmp10 + tmp11 + rp) >> pass1;
        d[p + 32] = (tmp10 - tmp11 + rp) >> pass1;
        int z1 = (tmp12 + tmp13) * FIX_0_541196100;
        d[p + 16] = (z1 + tmp13 * FIX_0_765366865 + rnd2) >> dsc2;
        d[p + 48] = (z1 + tmp12 * -FIX_1_847759065 + rnd2) >> dsc2;
        z1 = tmp4 + tmp7;
        int z2 = tmp5 + tmp6, z3 = tmp4 + tmp6, z4 = tmp5 + tmp7;
        int z5 = (z3 + z4) * FIX_1_175875602;
        tmp4 *= FIX_0_298631336; tmp5 *= FIX_2_053119869; tmp6 *= FIX_3_072711026; tmp7 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223; z2 *= -FIX_2_562915447; z3 *= -FIX_1_961570560; z4 *= -FIX_0_390180644;
        z3 += z5; z4 += z5;
        d[p + 56] = (tmp4 + z1 + z3 + rnd2) >> dsc2;
        d[p + 40] = (tmp5 + z2 + z4 + rnd2) >> dsc2;
        d[p + 24] = (tmp6 + z2 + z3 + rnd2) >> dsc2;
        d[p + 8] = (tmp7 + z1 + z4 + rnd2) >> dsc2;
    }
    int o = b * 64;
    for (int k = 0; k < 64; k++) out[o + k] = d[k];
}

__kernel void quantise(__global const int* dct, int count, __global const int* quant, __global short* out) {
    int i = get_global_id(0);
    if (i >= count) return;
    int q = quant[i & 63] << 3;
    int t = dct[i];
    out[i] = (short) (t < 0 ? -((-t + (q >> 1)) / q) : (t + (q >> 1)) / q);
}

// IJG's post-IDCT range-limit table, entry idx & mask, computed.
short range_limit(int v, int precision) {
    int max = (1 << precision) - 1;
    int center = 1 << (precision - 1);
    int size = 4 * (max + 1);
    int idx = v & (size - 1);
    int w = idx < 2 * (max + 1) ? idx : idx - size;
    return (short) clamp(w + center, 0, max);
}

// One work item per block of every frame of the batch; q holds 64 values per frame.
__kernel void idct(__global const short* in, __global const int* table, int frames, __global const int* quant,
        int precision, __global short* out) {
    int b = get_global_id(0);
    if (b >= table[frames]) return;
    int k = frame_of(table, frames, b);
    int local_b = b - table[k];
    int blocks_wide = table[frames + 1 + k];
    int by = local_b / blocks_wide;
    int bx = local_b - by * blocks_wide;
    int stride = blocks_wide * 8;
    int c = b * 64;
    int o = table[k] * 64 + by * 8 * stride + bx * 8;
    __global const int* q = quant + 64 * k;
    int pass1 = precision == 8 ? 2 : 1;
    bool ac_zero = true;
    for (int i = c + 1; i < c + 64; i++) if (in[i] != 0) { ac_zero = false; break; }
    if (ac_zero) {
        short dc = range_limit((((in[c] * q[0]) << pass1) + (1 << (pass1 + 2))) >> (pass1 + 3), precision);
        for (int r = 0; r < 8; r++) for (int k = 0; k < 8; k++) out[o + r * stride + k] = dc;
        return;
    }
    int ws[64];
    int d1 = CONST_BITS - pass1;
    int r1 = 1 << (d1 - 1);
    for (int col = 0; col < 8; col++) {
        int i = c + col;
        if (in[i + 8] == 0 && in[i + 16] == 0 && in[i + 24] == 0 && in[i + 32] == 0 && in[i + 40] == 0
                && in[i + 48] == 0 && in[i + 56] == 0) {
            int dc = (in[i] * q[col]) << pass1;
            for (int r = 0; r < 8; r++) ws[col + 8 * r] = dc;
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
        int tmp10 = tmp0 + tmp3, tmp13 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp1 - tmp2;
        tmp0 = in[i + 56] * q[col + 56];
        tmp1 = in[i + 40] * q[col + 40];
        tmp2 = in[i + 24] * q[col + 24];
        tmp3 = in[i + 8] * q[col + 8];
        z1 = tmp0 + tmp3; z2 = tmp1 + tmp2; z3 = tmp0 + tmp2;
        int z4 = tmp1 + tmp3;
        int z5 = (z3 + z4) * FIX_1_175875602;
        tmp0 *= FIX_0_298631336; tmp1 *= FIX_2_053119869; tmp2 *= FIX_3_072711026; tmp3 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223; z2 *= -FIX_2_562915447; z3 *= -FIX_1_961570560; z4 *= -FIX_0_390180644;
        z3 += z5; z4 += z5;
        tmp0 += z1 + z3; tmp1 += z2 + z4; tmp2 += z2 + z3; tmp3 += z1 + z4;
        ws[col] = (tmp10 + tmp3 + r1) >> d1;
        ws[col + 56] = (tmp10 - tmp3 + r1) >> d1;
        ws[col + 8] = (tmp11 + tmp2 + r1) >> d1;
        ws[col + 48] = (tmp11 - tmp2 + r1) >> d1;
        ws[col + 16] = (tmp12 + tmp1 + r1) >> d1;
        ws[col + 40] = (tmp12 - tmp1 + r1) >> d1;
        ws[col + 24] = (tmp13 + tmp0 + r1) >> d1;
        ws[col + 32] = (tmp13 - tmp0 + r1) >> d1;
    }
    int d2 = CONST_BITS + pass1 + 3;
    int r2 = 1 << (d2 - 1);
    int dd = pass1 + 3;
    int rd = 1 << (dd - 1);
    for (int row = 0; row < 8; row++) {
        int w = row * 8;
        int p = o + row * stride;
        if (ws[w + 1] == 0 && ws[w + 2] == 0 && ws[w + 3] == 0 && ws[w + 4] == 0 && ws[w + 5] == 0
                && ws[w + 6] == 0 && ws[w + 7] == 0) {
            short dc = range_limit((ws[w] + rd) >> dd, precision);
            for (int k = 0; k < 8; k++) out[p + k] = dc;
            continue;
        }
        int z2 = ws[w + 2], z3 = ws[w + 6];
        int z1 = (z2 + z3) * FIX_0_541196100;
        int tmp2 = z1 + z3 * -FIX_1_847759065;
        int tmp3 = z1 + z2 * FIX_0_765366865;
        int tmp0 = (ws[w] + ws[w + 4]) << CONST_BITS;
        int tmp1 = (ws[w] - ws[w + 4]) << CONST_BITS;
        int tmp10 = tmp0 + tmp3, tmp13 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp1 - tmp2;
        tmp0 = ws[w + 7]; tmp1 = ws[w + 5]; tmp2 = ws[w + 3]; tmp3 = ws[w + 1];
        z1 = tmp0 + tmp3; z2 = tmp1 + tmp2; z3 = tmp0 + tmp2;
        int z4 = tmp1 + tmp3;
        int z5 = (z3 + z4) * FIX_1_175875602;
        tmp0 *= FIX_0_298631336; tmp1 *= FIX_2_053119869; tmp2 *= FIX_3_072711026; tmp3 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223; z2 *= -FIX_2_562915447; z3 *= -FIX_1_961570560; z4 *= -FIX_0_390180644;
        z3 += z5; z4 += z5;
        tmp0 += z1 + z3; tmp1 += z2 + z4; tmp2 += z2 + z3; tmp3 += z1 + z4;
        out[p] = range_limit((tmp10 + tmp3 + r2) >> d2, precision);
        out[p + 7] = range_limit((tmp10 - tmp3 + r2) >> d2, precision);
        out[p + 1] = range_limit((tmp11 + tmp2 + r2) >> d2, precision);
        out[p + 6] = range_limit((tmp11 - tmp2 + r2) >> d2, precision);
        out[p + 2] = range_limit((tmp12 + tmp1 + r2) >> d2, precision);
        out[p + 5] = range_limit((tmp12 - tmp1 + r2) >> d2, precision);
        out[p + 3] = range_limit((tmp13 + tmp0 + r2) >> d2, precision);
        out[p + 4] = range_limit((tmp13 - tmp0 + r2) >> d2, precision);
    }
}
