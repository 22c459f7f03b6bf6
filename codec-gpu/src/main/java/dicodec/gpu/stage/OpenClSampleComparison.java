package dicodec.gpu.stage;

import dicodec.core.stage.JavaSampleComparison;
import dicodec.core.stage.SampleComparison;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link SampleComparison} as kernel {@code compare} of compare.cl: the frames of the batch in
 * one launch, {@value #PARTS} work items per frame, each leaving a maximum and an exact sum of
 * squares that the host adds up. Samples of 1 or 2 bytes, one sample per pixel or any planar
 * configuration (both frames share it); others stay with the twin {@link JavaSampleComparison}.
 */
public final class OpenClSampleComparison implements SampleComparison {
    static final int PARTS = 64;
    private static final SampleComparison TWIN = new JavaSampleComparison();
    private final OpenClRuntime runtime;

    public OpenClSampleComparison(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public long[][] compare(byte[][] expected, byte[][] actual, SampleFormat f) {
        int frames = expected.length;
        int count = f.count();
        long frameBytes = f.frameLength();
        boolean fits = f.bytesPerSample() <= 2 && f.shift() == 0 && (long) frames * frameBytes <= Integer.MAX_VALUE;
        return runtime.run("compare", fits ? (long) frames * count : 0, l -> {
            long total = frames * frameBytes;
            l.buffer(0, total);
            l.buffer(1, total);
            for (int k = 0; k < frames; k++) {
                l.write(0, expected[k], (int) frameBytes, k * frameBytes);
                l.write(1, actual[k], (int) frameBytes, k * frameBytes);
            }
            l.buffer(2, 16L * frames * PARTS);
            l.launch("compare", "compare").mem(0).mem(1).i(frames).i(count).i(f.bytesPerSample())
                    .i(f.bitsStored()).i(f.signed() ? 1 : 0).i(PARTS).mem(2).run((long) frames * PARTS);
            long[] parts = new long[2 * frames * PARTS];
            l.download(2, parts, parts.length);
            long[][] out = new long[frames][2];
            for (int k = 0; k < frames; k++) {
                for (int p = 0; p < PARTS; p++) {
                    int at = 2 * (k * PARTS + p);
                    out[k][0] = Math.max(out[k][0], parts[at]);
                    out[k][1] += parts[at + 1];
                }
            }
            return out;
        }, () -> TWIN.compare(expected, actual, f));
    }
}
