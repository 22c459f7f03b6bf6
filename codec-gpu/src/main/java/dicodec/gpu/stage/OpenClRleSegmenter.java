package dicodec.gpu.stage;

import dicodec.core.codec.rle.JavaRleSegmenter;
import dicodec.core.codec.rle.RleLayout;
import dicodec.core.codec.rle.RleSegmenter;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link RleSegmenter} as kernels {@code split} and {@code merge} of rle.cl, one work item per
 * segment byte; twin {@link JavaRleSegmenter}. Layouts whose segments are the frame itself
 * (8-bit grey, colour-by-plane, packed bits) are a copy, left to the twin.
 */
public final class OpenClRleSegmenter implements RleSegmenter {
    private static final RleSegmenter TWIN = new JavaRleSegmenter();
    private final OpenClRuntime runtime;

    public OpenClRleSegmenter(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void split(byte[] frame, RleLayout layout, byte[] segments) {
        if (layout.segmentsAreFrame()) {
            TWIN.split(frame, layout, segments);
            return;
        }
        int n = layout.segmentLength();
        int count = layout.segments();
        int bytes = n * count;
        runtime.run("rle split", bytes, l -> {
            l.upload(0, frame, layout.frameLength());
            l.upload(2, firstBytes(layout), count);
            l.buffer(1, bytes);
            l.launch("rle", "split").mem(0).mem(1).i(n).i(count).i(stride(layout)).mem(2).run(bytes);
            l.download(1, segments, bytes);
        }, () -> TWIN.split(frame, layout, segments));
    }

    @Override
    public void merge(byte[] segments, RleLayout layout, byte[] frame) {
        if (layout.segmentsAreFrame()) {
            TWIN.merge(segments, layout, frame);
            return;
        }
        int n = layout.segmentLength();
        int count = layout.segments();
        int bytes = n * count;
        runtime.run("rle merge", bytes, l -> {
            l.upload(0, segments, bytes);
            l.upload(2, firstBytes(layout), count);
            l.buffer(1, layout.frameLength());
            l.launch("rle", "merge").mem(0).mem(1).i(n).i(count).i(stride(layout)).mem(2).run(bytes);
            l.download(1, frame, layout.frameLength());
        }, () -> TWIN.merge(segments, layout, frame));
    }

    /** Bytes from one pixel's sample to the next pixel's same sample (as in the twin). */
    private static int stride(RleLayout layout) {
        return layout.planar() == 0 ? layout.samples() * layout.bytesPerSample() : layout.bytesPerSample();
    }

    /** Per segment, the frame index of its first byte: segment 0 of a sample is its most significant byte. */
    private static int[] firstBytes(RleLayout layout) {
        int bps = layout.bytesPerSample();
        int[] first = new int[layout.segments()];
        for (int k = 0; k < first.length; k++) {
            int sample = k / bps;
            int byteInSample = bps - 1 - k % bps;
            first[k] = layout.planar() == 0 ? sample * bps + byteInSample
                    : sample * layout.pixels() * bps + byteInSample;
        }
        return first;
    }
}
