package dicodec.core.codec.jpeg.dct;

/**
 * IJG's downsampling (jcsample.c): box averages, with the alternating rounding bias of
 * h2v1_downsample and h2v2_downsample for the 2:1 cases.
 */
public final class JavaDownsampler implements ChromaDownsampler {
    @Override
    public void downsample(short[] in, int inStride, int hRatio, int vRatio, short[] out, int outWidth,
            int outHeight) {
        if (hRatio == 1 && vRatio == 1) {
            for (int y = 0; y < outHeight; y++) {
                System.arraycopy(in, y * inStride, out, y * outWidth, outWidth);
            }
            return;
        }
        if (hRatio == 2 && vRatio == 1) {
            for (int y = 0; y < outHeight; y++) {
                int p = y * inStride;
                int o = y * outWidth;
                int bias = 0;
                for (int x = 0; x < outWidth; x++) {
                    out[o + x] = (short) ((in[p + 2 * x] + in[p + 2 * x + 1] + bias) >> 1);
                    bias ^= 1;
                }
            }
            return;
        }
        if (hRatio == 2 && vRatio == 2) {
            for (int y = 0; y < outHeight; y++) {
                int p0 = 2 * y * inStride;
                int p1 = p0 + inStride;
                int o = y * outWidth;
                int bias = 1;
                for (int x = 0; x < outWidth; x++) {
                    int sum = in[p0 + 2 * x] + in[p0 + 2 * x + 1] + in[p1 + 2 * x] + in[p1 + 2 * x + 1];
                    out[o + x] = (short) ((sum + bias) >> 2);
                    bias ^= 3;
                }
            }
            return;
        }
        int n = hRatio * vRatio;
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sum = 0;
                for (int v = 0; v < vRatio; v++) {
                    int p = (y * vRatio + v) * inStride + x * hRatio;
                    for (int h = 0; h < hRatio; h++) {
                        sum += in[p + h];
                    }
                }
                out[y * outWidth + x] = (short) ((sum + n / 2) / n);
            }
        }
    }
}
