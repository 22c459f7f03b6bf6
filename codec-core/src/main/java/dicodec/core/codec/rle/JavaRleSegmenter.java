package dicodec.core.codec.rle;

/**
 * Byte Segments in plain Java: each segment is a strided walk over the native frame, the stride
 * being the bytes of one pixel (colour-by-pixel) or of one sample (colour-by-plane). Native
 * samples are Little Endian, so the most significant byte, segment 0 of a sample, is the last
 * byte of each sample.
 */
public final class JavaRleSegmenter implements RleSegmenter {
    @Override
    public void split(byte[] frame, RleLayout layout, byte[] segments) {
        int n = layout.segmentLength();
        if (layout.segmentsAreFrame()) {
            System.arraycopy(frame, 0, segments, 0, n * layout.segments());
            return;
        }
        for (int k = 0; k < layout.segments(); k++) {
            int stride = stride(layout);
            int src = firstByte(layout, k);
            int dst = k * n;
            for (int end = dst + n; dst < end; dst++, src += stride) {
                segments[dst] = frame[src];
            }
        }
    }

    @Override
    public void merge(byte[] segments, RleLayout layout, byte[] frame) {
        int n = layout.segmentLength();
        if (layout.segmentsAreFrame()) {
            System.arraycopy(segments, 0, frame, 0, n * layout.segments());
            return;
        }
        if (layout.bytesPerSample() == 2 && (layout.samples() == 1 || layout.planar() == 1)) {
            mergeWords(segments, layout, frame);
            return;
        }
        if (layout.segments() == 3 && layout.planar() == 0) {
            mergeTriples(segments, n, frame);
            return;
        }
        for (int k = 0; k < layout.segments(); k++) {
            int stride = stride(layout);
            int dst = firstByte(layout, k);
            int src = k * n;
            for (int end = src + n; src < end; src++, dst += stride) {
                frame[dst] = segments[src];
            }
        }
    }

    /**
     * 16-bit samples one after another (grey, or a colour plane): both bytes of a sample written
     * in one pass, the common case of CT and MR.
     */
    private static void mergeWords(byte[] segments, RleLayout layout, byte[] frame) {
        int n = layout.segmentLength();
        for (int s = 0; s < layout.samples(); s++) {
            int hi = 2 * s * n;
            int lo = hi + n;
            int o = 2 * s * n;
            for (int p = 0; p < n; p++, o += 2) {
                frame[o] = segments[lo + p];
                frame[o + 1] = segments[hi + p];
            }
        }
    }

    /** 8-bit colour-by-pixel in one pass: the three segments interleaved into pixels. */
    private static void mergeTriples(byte[] segments, int n, byte[] frame) {
        for (int p = 0, o = 0; p < n; p++, o += 3) {
            frame[o] = segments[p];
            frame[o + 1] = segments[n + p];
            frame[o + 2] = segments[2 * n + p];
        }
    }

    /** Bytes from one pixel's sample to the next pixel's same sample in the native frame. */
    private static int stride(RleLayout layout) {
        return layout.planar() == 0 ? layout.samples() * layout.bytesPerSample() : layout.bytesPerSample();
    }

    /** Index in the native frame of the first byte segment k takes. */
    private static int firstByte(RleLayout layout, int k) {
        int bps = layout.bytesPerSample();
        int sample = k / bps;
        int byteInSample = bps - 1 - k % bps; // segment 0 of a sample is its most significant byte
        return layout.planar() == 0 ? sample * bps + byteInSample : sample * layout.pixels() * bps + byteInSample;
    }
}
