package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.ChromaUpsampler;
import dicodec.core.codec.jpeg.dct.JavaFancyUpsampler;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link ChromaUpsampler} as kernel {@code upsample} of sampling.cl (IJG's fancy h2v1 / h2v2,
 * else replication, as the twin {@link JavaFancyUpsampler} decides). The output plane goes up
 * and comes back whole, so that samples outside outWidth x outHeight stay as they were.
 */
public final class OpenClUpsampler implements ChromaUpsampler {
    private static final ChromaUpsampler TWIN = new JavaFancyUpsampler();
    private final OpenClRuntime runtime;

    public OpenClUpsampler(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void upsample(short[] in, int inStride, int width, int height, int hRatio, int vRatio, short[] out,
            int outStride, int outWidth, int outHeight) {
        int mode = hRatio == 2 && vRatio == 1 && width > 2 ? 1 : hRatio == 2 && vRatio == 2 && width > 2 ? 2 : 0;
        int n = outWidth * outHeight;
        runtime.run("upsample", n, l -> {
            l.upload(0, in, in.length);
            l.upload(1, out, out.length);
            l.launch("sampling", "chroma_upsample").mem(0).i(inStride).i(width).i(height).i(hRatio).i(vRatio).i(mode)
                    .mem(1).i(outStride).i(outWidth).i(outHeight).run(n);
            l.download(1, out, out.length);
        }, () -> TWIN.upsample(in, inStride, width, height, hRatio, vRatio, out, outStride, outWidth, outHeight));
    }
}
