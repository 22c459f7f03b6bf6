package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.InverseDct;
import dicodec.core.codec.jpeg.dct.JavaIslowIdct;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link InverseDct} (dequantisation included) as kernel {@code idct} of dct.cl, one work item
 * per block; twin {@link JavaIslowIdct}.
 */
public final class OpenClInverseDct implements InverseDct {
    private static final InverseDct TWIN = new JavaIslowIdct();
    private final OpenClRuntime runtime;

    public OpenClInverseDct(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void inverse(short[] coefficients, int blocksWide, int blocksHigh, int[] quant, int precision,
            short[] samples) {
        int blocks = blocksWide * blocksHigh;
        runtime.run("idct", 64L * blocks, l -> {
            l.upload(0, coefficients, blocks * 64);
            l.upload(1, quant, 64);
            l.buffer(2, 2L * blocks * 64);
            l.launch("dct", "idct").mem(0).i(blocksWide).i(blocksHigh).mem(1).i(precision).mem(2).run(blocks);
            l.download(2, samples, blocks * 64);
        }, () -> TWIN.inverse(coefficients, blocksWide, blocksHigh, quant, precision, samples));
    }
}
