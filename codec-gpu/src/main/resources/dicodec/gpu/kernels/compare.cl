// Verification (twin: dicodec.core.stage.JavaSampleComparison) for samples of at most 16 bits:
// per frame, `parts` work items each take every parts-th sample and leave their maximum
// absolute difference and exact sum of squares; the host adds the parts up (integers, so the
// order does not matter).
long value_at(__global const uchar* f, long i, int bps, int bits_stored, int sgn) {
    uint raw = bps == 1 ? (uint) f[i] : (uint) f[2 * i] | ((uint) f[2 * i + 1] << 8);
    uint v = raw & ((1u << bits_stored) - 1u);
    if (sgn && ((v >> (bits_stored - 1)) & 1u)) v |= 0xFFFFFFFFu << bits_stored;
    return (long) (int) v;
}

__kernel void compare(__global const uchar* expected, __global const uchar* actual, int frames, int count,
        int bps, int bits_stored, int sgn, int parts, __global long* out) {
    int g = get_global_id(0);
    if (g >= frames * parts) return;
    int k = g / parts;
    int part = g - k * parts;
    long base = (long) k * count;
    long mx = 0, sum = 0;
    for (int i = part; i < count; i += parts) {
        long d = value_at(expected, base + i, bps, bits_stored, sgn) - value_at(actual, base + i, bps, bits_stored, sgn);
        d = d < 0 ? -d : d;
        mx = d > mx ? d : mx;
        sum += d * d;
    }
    out[2 * g] = mx;
    out[2 * g + 1] = sum;
}
