// Colour stage (twin: dicodec.core.codec.jpeg.dct.JavaColourConverter): IJG's fixed point with
// 16 fraction bits; the table entries of the twin are computed here term by term, the same ints.
#define SCALEBITS 16
#define ONE_HALF (1 << (SCALEBITS - 1))

// Three planes of count samples in one buffer (R, G, B), converted in place to Y, Cb, Cr.
__kernel void rgb_to_ycc(__global short* p, int count, int precision) {
    int i = get_global_id(0);
    if (i >= count) return;
    int center = 1 << (precision - 1);
    int r = p[i], g = p[count + i], b = p[2 * count + i];
    int cbcr_offset = center << SCALEBITS;
    int b_cb_r_cr_r = 32768 * r + cbcr_offset + ONE_HALF - 1;
    int b_cb_r_cr_b = 32768 * b + cbcr_offset + ONE_HALF - 1;
    p[i] = (short) ((19595 * r + 38470 * g + (7471 * b + ONE_HALF)) >> SCALEBITS);
    p[count + i] = (short) ((-11059 * r + -21709 * g + b_cb_r_cr_b) >> SCALEBITS);
    p[2 * count + i] = (short) ((b_cb_r_cr_r + -27439 * g + -5329 * b) >> SCALEBITS);
}

// Y, Cb, Cr planes (row stride) in one buffer at 0, plane, 2 x plane, to interleaved R G B of
// bps bytes Little Endian. One work item per pixel.
__kernel void ycc_to_rgb(__global const short* p, int plane, int stride, int width, int height, int precision,
        __global uchar* out, int bps) {
    int i = get_global_id(0);
    if (i >= width * height) return;
    int row = i / width;
    int x = i - row * width;
    int at = row * stride + x;
    int max = (1 << precision) - 1;
    int center = 1 << (precision - 1);
    int yy = p[at];
    int cb = p[plane + at] - center;
    int cr = p[2 * plane + at] - center;
    int red = clamp(yy + ((91881 * cr + ONE_HALF) >> SCALEBITS), 0, max);
    int green = clamp(yy + (((-22554 * cb + ONE_HALF) + -46802 * cr) >> SCALEBITS), 0, max);
    int blue = clamp(yy + ((116130 * cb + ONE_HALF) >> SCALEBITS), 0, max);
    if (bps == 1) {
        out[3 * i] = (uchar) red; out[3 * i + 1] = (uchar) green; out[3 * i + 2] = (uchar) blue;
    } else {
        int o = 6 * i;
        out[o] = (uchar) red; out[o + 1] = (uchar) (red >> 8);
        out[o + 2] = (uchar) green; out[o + 3] = (uchar) (green >> 8);
        out[o + 4] = (uchar) blue; out[o + 5] = (uchar) (blue >> 8);
    }
}
