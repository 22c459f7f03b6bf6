// Viewer window (twin: dicodec.core.stage.JavaGreyWindow): stored value -> Rescale Slope /
// Intercept -> linear VOI function (PS3.3 C.11.2.1.2.1) -> 8 bits, in double precision with no
// contraction into fused multiply-adds, so that every rounding is the one Java makes.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

__kernel void grey_window(__global const uchar* frame, __global uchar* out, int pixels, int bps, int bits_stored,
        int shift, int sgn, double slope, double intercept, double center, double width, int invert) {
    int i = get_global_id(0);
    if (i >= pixels) return;
    uint raw = bps == 1 ? (uint) frame[i] : (uint) frame[2 * i] | ((uint) frame[2 * i + 1] << 8);
    uint v = (raw >> shift) & ((1u << bits_stored) - 1u);
    if (sgn && ((v >> (bits_stored - 1)) & 1u)) v |= 0xFFFFFFFFu << bits_stored;
    double x = (double) (int) v * slope;
    x = x + intercept;
    double half_w = (width - 1.0) / 2.0;
    double c = center - 0.5;
    int y;
    if (x <= c - half_w) {
        y = 0;
    } else if (x > c + half_w) {
        y = 255;
    } else {
        double t = (x - c) / (width - 1.0);
        t = t + 0.5;
        t = t * 255.0;
        t = t + 0.0;
        // Java's Math.round: the nearest integer, ties towards positive infinity.
        double f = floor(t);
        long r = (long) f + (t - f >= 0.5 ? 1 : 0);
        y = (int) clamp(r, (long) 0, (long) 255);
    }
    out[i] = (uchar) (invert ? 255 - y : y);
}
