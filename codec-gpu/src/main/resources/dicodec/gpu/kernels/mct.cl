// JPEG 2000 multi-component transforms (twin: dicodec.core.stage.JavaComponentTransform), one
// work item per pixel, the three planes of count samples one after the other in one buffer.
// Contraction off: each float product and sum is rounded on its own, as Java does, so the ICT
// gives the twin's bits (the interface defines it so).
#pragma OPENCL FP_CONTRACT OFF

__kernel void rct_forward(__global int* p, int count) {
    int i = get_global_id(0);
    if (i >= count) return;
    int r = p[i], g = p[count + i], b = p[2 * count + i];
    p[i] = (r + 2 * g + b) >> 2;
    p[count + i] = b - g;
    p[2 * count + i] = r - g;
}

__kernel void rct_inverse(__global int* p, int count) {
    int i = get_global_id(0);
    if (i >= count) return;
    int y = p[i], cb = p[count + i], cr = p[2 * count + i];
    int g = y - ((cb + cr) >> 2);
    p[i] = cr + g;
    p[count + i] = g;
    p[2 * count + i] = cb + g;
}

__kernel void ict_forward(__global const int* in, int count, __global float* out) {
    int i = get_global_id(0);
    if (i >= count) return;
    float r = (float) in[i], g = (float) in[count + i], b = (float) in[2 * count + i];
    float y = 0.299f * r;
    y = y + 0.587f * g;
    y = y + 0.114f * b;
    float cb = -0.16875f * r;
    cb = cb + -0.33126f * g;
    cb = cb + 0.5f * b;
    float cr = 0.5f * r;
    cr = cr + -0.41869f * g;
    cr = cr + -0.08131f * b;
    out[i] = y;
    out[count + i] = cb;
    out[2 * count + i] = cr;
}

__kernel void ict_inverse(__global const float* in, int count, __global int* out) {
    int i = get_global_id(0);
    if (i >= count) return;
    float y = in[i], cb = in[count + i], cr = in[2 * count + i];
    float r = y + 1.402f * cr;
    float g = y + -0.34413f * cb;
    g = g + -0.71414f * cr;
    float b = y + 1.772f * cb;
    out[i] = (int) floor(r + 0.5f);
    out[count + i] = (int) floor(g + 0.5f);
    out[2 * count + i] = (int) floor(b + 0.5f);
}
