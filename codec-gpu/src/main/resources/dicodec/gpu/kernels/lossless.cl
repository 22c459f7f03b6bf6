// JPEG lossless prediction residuals for encoding (twin: JavaPredictor.difference, T.81 Table
// H.1). On encode every predictor reads original samples, so each sample is independent: one
// work item per sample. Arithmetic modulo 2^16.
__kernel void difference(__global const int* plane, int width, int height, int selection, int restart_rows,
        int initial, __global int* diff) {
    int i = get_global_id(0);
    if (i >= width * height) return;
    int y = i / width;
    int x = i - y * width;
    bool first = y == 0 || (restart_rows > 0 && y % restart_rows == 0);
    int px = plane[i];
    int pred;
    if (first) {
        pred = x == 0 ? initial : plane[i - 1];
    } else if (x == 0) {
        pred = plane[i - width];
    } else {
        int ra = plane[i - 1];
        int rb = plane[i - width];
        int rc = plane[i - width - 1];
        switch (selection) {
            case 1: pred = ra; break;
            case 2: pred = rb; break;
            case 3: pred = rc; break;
            case 4: pred = ra + rb - rc; break;
            case 5: pred = ra + ((rb - rc) >> 1); break;
            case 6: pred = rb + ((ra - rc) >> 1); break;
            default: pred = (ra + rb) >> 1; break;
        }
    }
    diff[i] = (px - pred) & 0xFFFF;
}
