// JPEG lossless prediction residuals for encoding (twin: JavaPredictor.difference, T.81 Table
// H.1). On encode every predictor reads original samples, so each sample is independent: one
// work item per sample of every plane of the batch. Arithmetic modulo 2^16.
//
// The planes of a batch (BatchScheduler) lie one after the other: table[0..frames] is the first
// sample of each plane (and the total), then 5 ints per plane from table[frames + 1]: width,
// height, predictor selection, restart interval in rows (0: none), initial prediction.
__kernel void difference(__global const int* plane, __global const int* table, int frames, __global int* diff) {
    int g = get_global_id(0);
    if (g >= table[frames]) return;
    int lo = 0, hi = frames - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) >> 1;
        if (table[mid] <= g) lo = mid; else hi = mid - 1;
    }
    __global const int* p = table + frames + 1 + 5 * lo;
    int width = p[0], selection = p[2], restart_rows = p[3], initial = p[4];
    int base = table[lo];
    int i = g - base;
    int y = i / width;
    int x = i - y * width;
    bool first = y == 0 || (restart_rows > 0 && y % restart_rows == 0);
    int px = plane[g];
    int pred;
    if (first) {
        pred = x == 0 ? initial : plane[g - 1];
    } else if (x == 0) {
        pred = plane[g - width];
    } else {
        int ra = plane[g - 1];
        int rb = plane[g - width];
        int rc = plane[g - width - 1];
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
    diff[g] = (px - pred) & 0xFFFF;
}
