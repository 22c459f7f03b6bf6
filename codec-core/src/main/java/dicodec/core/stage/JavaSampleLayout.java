package dicodec.core.stage;

/** The reference {@link SampleLayout}: plain loops, sample after sample. */
public final class JavaSampleLayout implements SampleLayout {
    @Override
    public void byteSwap(byte[] data, int unit) {
        if (unit != 2 && unit != 4) {
            throw new IllegalArgumentException("byte swap of " + unit + "-byte words: 2 or 4");
        }
        int end = data.length - data.length % unit;
        for (int i = 0; i < end; i += unit) {
            for (int a = i, b = i + unit - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    @Override
    public void toInterleaved(byte[] planar, int pixels, int samples, int bytesPerSample, byte[] out) {
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(planar, (s * pixels + p) * bytesPerSample, out, (p * samples + s) * bytesPerSample,
                        bytesPerSample);
            }
        }
    }

    @Override
    public void toPlanar(byte[] interleaved, int pixels, int samples, int bytesPerSample, byte[] out) {
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(interleaved, (p * samples + s) * bytesPerSample, out,
                        (s * pixels + p) * bytesPerSample, bytesPerSample);
            }
        }
    }

    @Override
    public void toPlanes(byte[] frame, SampleFormat f, int[][] planes) {
        int n = f.samples();
        int pixels = f.pixels();
        for (int s = 0; s < n; s++) {
            int[] plane = planes[s];
            for (int p = 0; p < pixels; p++) {
                int i = f.planar() == 1 ? s * pixels + p : p * n + s;
                plane[p] = f.value(frame, i);
            }
        }
    }
}
