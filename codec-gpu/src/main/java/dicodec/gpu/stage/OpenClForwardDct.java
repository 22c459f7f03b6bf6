package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.ForwardDct;
import dicodec.core.codec.jpeg.dct.JavaIslowFdct;
import dicodec.gpu.device.OpenClRuntime;

/** {@link ForwardDct} as kernel {@code fdct} of dct.cl, one work item per block; twin {@link JavaIslowFdct}. */
public final class OpenClForwardDct implements ForwardDct {
    private static final ForwardDct TWIN = new JavaIslowFdct();
    private final OpenClRuntime runtime;

    public OpenClForwardDct(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void forward(short[] samples, int blocksWide, int blocksHigh, int precision, int[] out) {
        int blocks = blocksWide * blocksHigh;
        runtime.run("fdct", 64L * blocks, l -> {
            l.upload(0, samples, blocks * 64);
            l.buffer(1, 4L * blocks * 64);
            l.launch("dct", "fdct").mem(0).i(blocksWide).i(blocksHigh).i(precision).mem(1).run(blocks);
            l.download(1, out, blocks * 64);
        }, () -> TWIN.forward(samples, blocksWide, blocksHigh, precision, out));
    }
}
