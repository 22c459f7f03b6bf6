// Video colour (twin: dicodec.core.video.JavaVideoColourConverter): RGB to studio-range 4:2:0
// Y'CbCr and back, fixed point with 16 fraction bits; the constants are the twin's ints.
#define HALF (1 << 15)
#define YR 16830
#define YG 33037
#define YB 6416
#define BR -9712
#define BG -19071
#define BB 28783
#define RR 28783
#define RG -24104
#define RB -4679
#define KY 76310
#define KRV 104595
#define KGU 25677
#define KGV 53281
#define KBU 132199
#define FRV 91881
#define FGU 22553
#define FGV 46802
#define FBU 116130

int clamp8(int v) { return clamp(v, 0, 255); }

// One work item per chroma sample: the Y of its 2 x 2 pixels (fewer at odd edges) and the
// rounded mean of their chroma. planar: R, G, B planes; else R G B by pixel.
__kernel void rgb_to_picture(__global const uchar* frame, int width, int height, int planar,
        __global uchar* y, __global uchar* cb, __global uchar* cr) {
    int cw = (width + 1) / 2;
    int k = get_global_id(0);
    if (k >= cw * ((height + 1) / 2)) return;
    int cy = k / cw;
    int cx = k - cy * cw;
    int plane = width * height;
    int sum_b = 0, sum_r = 0, n = 0;
    for (int dy = 0; dy < 2; dy++) {
        int r = 2 * cy + dy;
        if (r >= height) break;
        for (int dx = 0; dx < 2; dx++) {
            int c = 2 * cx + dx;
            if (c >= width) break;
            int i = r * width + c;
            int red = frame[planar ? i : 3 * i];
            int green = frame[planar ? plane + i : 3 * i + 1];
            int blue = frame[planar ? 2 * plane + i : 3 * i + 2];
            y[i] = (uchar) clamp8(((YR * red + YG * green + YB * blue + HALF) >> 16) + 16);
            sum_b += clamp8(((BR * red + BG * green + BB * blue + HALF) >> 16) + 128);
            sum_r += clamp8(((RR * red + RG * green + RB * blue + HALF) >> 16) + 128);
            n++;
        }
    }
    cb[k] = (uchar) ((sum_b + n / 2) / n);
    cr[k] = (uchar) ((sum_r + n / 2) / n);
}

// One work item per pixel; chroma repeats over its 2 x 2 block. Y, Cb, Cr in one buffer at 0,
// width x height and that plus the chroma plane.
__kernel void picture_to_rgb(__global const uchar* p, int width, int height, int full, __global uchar* out) {
    int i = get_global_id(0);
    if (i >= width * height) return;
    int cw = (width + 1) / 2;
    int chroma = cw * ((height + 1) / 2);
    int r = i / width;
    int c = i - r * width;
    int k = (r >> 1) * cw + (c >> 1);
    int yv = p[i];
    int u = p[width * height + k] - 128;
    int v = p[width * height + chroma + k] - 128;
    int o = 3 * i;
    if (full) {
        int base = yv << 16;
        out[o] = (uchar) clamp8((base + FRV * v + HALF) >> 16);
        out[o + 1] = (uchar) clamp8((base - FGU * u - FGV * v + HALF) >> 16);
        out[o + 2] = (uchar) clamp8((base + FBU * u + HALF) >> 16);
    } else {
        int base = KY * (yv - 16);
        out[o] = (uchar) clamp8((base + KRV * v + HALF) >> 16);
        out[o + 1] = (uchar) clamp8((base - KGU * u - KGV * v + HALF) >> 16);
        out[o + 2] = (uchar) clamp8((base + KBU * u + HALF) >> 16);
    }
}
