// Layout stage (twin: dicodec.core.stage.JavaSampleLayout). One work item per word or sample.

__kernel void byte_swap(__global uchar* d, int unit, int words) {
    int i = get_global_id(0);
    if (i >= words) return;
    int o = i * unit;
    if (unit == 2) {
        uchar t = d[o]; d[o] = d[o + 1]; d[o + 1] = t;
    } else {
        uchar a = d[o], b = d[o + 1];
        d[o] = d[o + 3]; d[o + 1] = d[o + 2]; d[o + 2] = b; d[o + 3] = a;
    }
}

// i runs over the planar input: sample s of pixel p.
__kernel void to_interleaved(__global const uchar* in, __global uchar* out, int pixels, int samples, int bps) {
    int i = get_global_id(0);
    if (i >= pixels * samples) return;
    int s = i / pixels;
    int p = i - s * pixels;
    int dst = (p * samples + s) * bps;
    for (int b = 0; b < bps; b++) out[dst + b] = in[i * bps + b];
}

// i runs over the interleaved input.
__kernel void to_planar(__global const uchar* in, __global uchar* out, int pixels, int samples, int bps) {
    int i = get_global_id(0);
    if (i >= pixels * samples) return;
    int p = i / samples;
    int s = i - p * samples;
    int dst = (s * pixels + p) * bps;
    for (int b = 0; b < bps; b++) out[dst + b] = in[i * bps + b];
}

// SampleFormat.extend: shift, mask to Bits Stored, sign-extend.
int extend_sample(uint raw, int bits_stored, int shift, int sgn) {
    uint v = raw >> shift;
    if (bits_stored == 32) return (int) v;
    v &= (1u << bits_stored) - 1u;
    if (sgn && ((v >> (bits_stored - 1)) & 1u)) v |= 0xFFFFFFFFu << bits_stored;
    return (int) v;
}

uint raw_sample(__global const uchar* f, int i, int bps) {
    int at = i * bps;
    if (bps == 1) return f[at];
    if (bps == 2) return (uint) f[at] | ((uint) f[at + 1] << 8);
    return (uint) f[at] | ((uint) f[at + 1] << 8) | ((uint) f[at + 2] << 16) | ((uint) f[at + 3] << 24);
}

// Output: samples planes of pixels values, one after the other. i runs over storage order.
__kernel void to_planes(__global const uchar* frame, __global int* planes, int pixels, int samples, int bps,
        int planar, int bits_stored, int shift, int sgn) {
    int i = get_global_id(0);
    if (i >= pixels * samples) return;
    int s, p;
    if (planar == 1) { s = i / pixels; p = i - s * pixels; }
    else { p = i / samples; s = i - p * samples; }
    planes[s * pixels + p] = extend_sample(raw_sample(frame, i, bps), bits_stored, shift, sgn);
}
