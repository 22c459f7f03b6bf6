package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.JavaQuantiser;
import dicodec.core.codec.jpeg.dct.Quantiser;
import dicodec.gpu.device.OpenClRuntime;

/** {@link Quantiser} as kernel {@code quantise} of dct.cl, one work item per coefficient; twin {@link JavaQuantiser}. */
public final class OpenClQuantiser implements Quantiser {
    private static final Quantiser TWIN = new JavaQuantiser();
    private final OpenClRuntime runtime;

    public OpenClQuantiser(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void quantise(int[] dct, int blocks, int[] quant, short[] out) {
        int n = blocks * 64;
        runtime.run("quantise", n, l -> {
            l.upload(0, dct, n);
            l.upload(1, quant, 64);
            l.buffer(2, 2L * n);
            l.launch("dct", "quantise").mem(0).i(n).mem(1).mem(2).run(n);
            l.download(2, out, n);
        }, () -> TWIN.quantise(dct, blocks, quant, out));
    }
}
