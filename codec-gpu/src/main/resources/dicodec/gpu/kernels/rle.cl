// RLE Byte Segments (twin: JavaRleSegmenter, PS3.5 G.2): segment k holds byte k of every
// pixel's Composite Pixel Code. One work item per segment byte. first[k] is the frame index
// of segment k's first byte, stride the bytes from one pixel's sample to the next's.
__kernel void split(__global const uchar* frame, __global uchar* segments, int n, int count, int stride,
        __global const int* first) {
    int i = get_global_id(0);
    if (i >= n * count) return;
    int k = i / n;
    int p = i - k * n;
    segments[i] = frame[first[k] + p * stride];
}

__kernel void merge(__global const uchar* segments, __global uchar* frame, int n, int count, int stride,
        __global const int* first) {
    int i = get_global_id(0);
    if (i >= n * count) return;
    int k = i / n;
    int p = i - k * n;
    frame[first[k] + p * stride] = segments[i];
}
