package dicodec.gpu.stage;

import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.core.stage.SampleLayout;
import dicodec.gpu.device.OpenClRuntime;

/** {@link SampleLayout} as the kernels of layout.cl, one work item per word or sample; twin {@link JavaSampleLayout}. */
public final class OpenClSampleLayout implements SampleLayout {
    private static final SampleLayout TWIN = new JavaSampleLayout();
    private final OpenClRuntime runtime;

    public OpenClSampleLayout(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void byteSwap(byte[] data, int unit) {
        if (unit != 2 && unit != 4) {
            TWIN.byteSwap(data, unit); // throws, naming the valid units
            return;
        }
        int words = data.length / unit;
        runtime.run("byte swap", words, l -> {
            l.upload(0, data, words * unit);
            l.launch("layout", "byte_swap").mem(0).i(unit).i(words).run(words);
            l.download(0, data, words * unit);
        }, () -> TWIN.byteSwap(data, unit));
    }

    @Override
    public void toInterleaved(byte[] planar, int pixels, int samples, int bytesPerSample, byte[] out) {
        reorder("to_interleaved", planar, pixels, samples, bytesPerSample, out,
                () -> TWIN.toInterleaved(planar, pixels, samples, bytesPerSample, out));
    }

    @Override
    public void toPlanar(byte[] interleaved, int pixels, int samples, int bytesPerSample, byte[] out) {
        reorder("to_planar", interleaved, pixels, samples, bytesPerSample, out,
                () -> TWIN.toPlanar(interleaved, pixels, samples, bytesPerSample, out));
    }

    private void reorder(String kernel, byte[] in, int pixels, int samples, int bps, byte[] out, Runnable twin) {
        int n = pixels * samples;
        int bytes = n * bps;
        runtime.run(kernel, n, l -> {
            l.upload(0, in, bytes);
            l.buffer(1, bytes);
            l.launch("layout", kernel).mem(0).mem(1).i(pixels).i(samples).i(bps).run(n);
            l.download(1, out, bytes);
        }, twin);
    }

    @Override
    public void toPlanes(byte[] frame, SampleFormat f, int[][] planes) {
        int n = f.count();
        runtime.run("to_planes", n, l -> {
            l.upload(0, frame, (int) f.frameLength());
            l.buffer(1, 4L * n);
            l.launch("layout", "to_planes").mem(0).mem(1).i(f.pixels()).i(f.samples()).i(f.bytesPerSample())
                    .i(f.planar()).i(f.bitsStored()).i(f.shift()).i(f.signed() ? 1 : 0).run(n);
            int[] all = f.samples() == 1 && planes[0].length == n ? planes[0] : new int[n];
            l.download(1, all, n);
            if (all != planes[0]) {
                for (int s = 0; s < f.samples(); s++) {
                    System.arraycopy(all, s * f.pixels(), planes[s], 0, f.pixels());
                }
            }
        }, () -> TWIN.toPlanes(frame, f, planes));
    }
}
