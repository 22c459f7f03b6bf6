// Chroma down- and upsampling (twins: JavaDownsampler, JavaFancyUpsampler). One work item per
// output sample; IJG's alternating rounding bias depends only on the output column's parity.

__kernel void chroma_downsample(__global const short* in, int in_stride, int h, int v, __global short* out,
        int out_width, int out_height) {
    int i = get_global_id(0);
    if (i >= out_width * out_height) return;
    int y = i / out_width;
    int x = i - y * out_width;
    int r;
    if (h == 1 && v == 1) {
        r = in[y * in_stride + x];
    } else if (h == 2 && v == 1) {
        int p = y * in_stride + 2 * x;
        r = (in[p] + in[p + 1] + (x & 1)) >> 1;
    } else if (h == 2 && v == 2) {
        int p0 = 2 * y * in_stride + 2 * x;
        int p1 = p0 + in_stride;
        r = (in[p0] + in[p0 + 1] + in[p1] + in[p1 + 1] + ((x & 1) ? 2 : 1)) >> 2;
    } else {
        int n = h * v, sum = 0;
        for (int dv = 0; dv < v; dv++) {
            int p = (y * v + dv) * in_stride + x * h;
            for (int dh = 0; dh < h; dh++) sum += in[p + dh];
        }
        r = (sum + n / 2) / n;
    }
    out[y * out_width + x] = (short) r;
}

// mode 1: h2v1 fancy, 2: h2v2 fancy, 0: replication.
__kernel void chroma_upsample(__global const short* in, int in_stride, int width, int height, int h, int v, int mode,
        __global short* out, int out_stride, int out_width, int out_height) {
    int i = get_global_id(0);
    if (i >= out_width * out_height) return;
    int y = i / out_width;
    int X = i - y * out_width;
    int x = X >> 1;
    int r;
    if (mode == 1) {
        int ip = y * in_stride;
        if ((X & 1) == 0) {
            r = x == 0 ? in[ip] : (in[ip + x] * 3 + in[ip + x - 1] + 1) >> 2;
        } else {
            r = x == width - 1 ? in[ip + x] : (in[ip + x] * 3 + in[ip + x + 1] + 2) >> 2;
        }
    } else if (mode == 2) {
        int in_row = y >> 1;
        int other = (y & 1) == 0 ? max(0, in_row - 1) : min(height - 1, in_row + 1);
        int p0 = in_row * in_stride;
        int p1 = other * in_stride;
        int s = in[p0 + x] * 3 + in[p1 + x];
        if ((X & 1) == 0) {
            r = x == 0 ? (s * 4 + 8) >> 4 : (s * 3 + in[p0 + x - 1] * 3 + in[p1 + x - 1] + 8) >> 4;
        } else {
            r = x == width - 1 ? (s * 4 + 7) >> 4 : (s * 3 + in[p0 + x + 1] * 3 + in[p1 + x + 1] + 7) >> 4;
        }
    } else {
        r = in[(y / v) * in_stride + X / h];
    }
    out[y * out_stride + X] = (short) r;
}
