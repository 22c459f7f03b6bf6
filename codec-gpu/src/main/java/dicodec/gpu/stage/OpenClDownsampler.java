package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.ChromaDownsampler;
import dicodec.core.codec.jpeg.dct.JavaDownsampler;
import dicodec.gpu.device.OpenClRuntime;

/** {@link ChromaDownsampler} as kernel {@code downsample} of sampling.cl; twin {@link JavaDownsampler}. */
public final class OpenClDownsampler implements ChromaDownsampler {
    private static final ChromaDownsampler TWIN = new JavaDownsampler();
    private final OpenClRuntime runtime;

    public OpenClDownsampler(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void downsample(short[] in, int inStride, int hRatio, int vRatio, short[] out, int outWidth,
            int outHeight) {
        int n = outWidth * outHeight;
        runtime.run("downsample", (long) n * hRatio * vRatio, l -> {
            l.upload(0, in, in.length);
            l.buffer(1, 2L * n);
            l.launch("sampling", "chroma_downsample").mem(0).i(inStride).i(hRatio).i(vRatio).mem(1).i(outWidth)
                    .i(outHeight).run(n);
            l.download(1, out, n);
        }, () -> TWIN.downsample(in, inStride, hRatio, vRatio, out, outWidth, outHeight));
    }
}
