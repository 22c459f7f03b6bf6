package dicodec.core.codec.jpeg.dct;

/**
 * IJG libjpeg's upsampling (jdsample.c with do_fancy_upsampling on, the default DCMTK keeps):
 * for 2:1 horizontal and 2:1 x 2:1 the "triangle filter" (3/4 of the nearer sample, 1/4 of the
 * farther, with IJG's alternating rounding bias), for every other whole ratio plain
 * replication; replication too when the component is at most 2 samples wide, as IJG decides.
 * Edges repeat the component's last real sample and line, as IJG's context rows do.
 */
public final class JavaFancyUpsampler implements ChromaUpsampler {

    @Override
    public void upsample(short[] in, int inStride, int width, int height, int hRatio, int vRatio, short[] out,
            int outStride, int outWidth, int outHeight) {
        if (hRatio == 2 && vRatio == 1 && width > 2) {
            h2v1(in, inStride, width, out, outStride, outWidth, outHeight);
        } else if (hRatio == 2 && vRatio == 2 && width > 2) {
            h2v2(in, inStride, width, height, out, outStride, outWidth, outHeight);
        } else {
            replicate(in, inStride, hRatio, vRatio, out, outStride, outWidth, outHeight);
        }
    }

    private static void h2v1(short[] in, int inStride, int width, short[] out, int outStride, int outWidth,
            int outHeight) {
        // Straight into the output when the doubled row fits its stride, else through a row.
        boolean direct = 2 * width <= outStride;
        short[] row = direct ? out : new short[width * 2];
        for (int y = 0; y < outHeight; y++) {
            int ip = y * inStride;
            int o = direct ? y * outStride : 0;
            int v = in[ip];
            row[o] = (short) v;
            row[o + 1] = (short) ((v * 3 + in[ip + 1] + 2) >> 2);
            o += 2;
            for (int x = 1; x < width - 1; x++) {
                int v3 = in[ip + x] * 3;
                row[o++] = (short) ((v3 + in[ip + x - 1] + 1) >> 2);
                row[o++] = (short) ((v3 + in[ip + x + 1] + 2) >> 2);
            }
            v = in[ip + width - 1];
            row[o++] = (short) ((v * 3 + in[ip + width - 2] + 1) >> 2);
            row[o] = (short) v;
            if (!direct) {
                System.arraycopy(row, 0, out, y * outStride, outWidth);
            }
        }
    }

    private static void h2v2(short[] in, int inStride, int width, int height, short[] out, int outStride,
            int outWidth, int outHeight) {
        short[] row = new short[width * 2];
        for (int y = 0; y < outHeight; y++) {
            int inRow = y >> 1;
            // The nearer input line, and the next nearer: above for even output lines, below
            // for odd ones; beyond the component's real lines the edge line repeats.
            int other = (y & 1) == 0 ? Math.max(0, inRow - 1) : Math.min(height - 1, inRow + 1);
            int p0 = inRow * inStride;
            int p1 = other * inStride;
            int thisSum = in[p0] * 3 + in[p1];
            int nextSum = in[p0 + 1] * 3 + in[p1 + 1];
            row[0] = (short) ((thisSum * 4 + 8) >> 4);
            row[1] = (short) ((thisSum * 3 + nextSum + 7) >> 4);
            int lastSum = thisSum;
            thisSum = nextSum;
            int o = 2;
            for (int x = 2; x < width; x++) {
                nextSum = in[p0 + x] * 3 + in[p1 + x];
                row[o++] = (short) ((thisSum * 3 + lastSum + 8) >> 4);
                row[o++] = (short) ((thisSum * 3 + nextSum + 7) >> 4);
                lastSum = thisSum;
                thisSum = nextSum;
            }
            row[o++] = (short) ((thisSum * 3 + lastSum + 8) >> 4);
            row[o] = (short) ((thisSum * 4 + 7) >> 4);
            System.arraycopy(row, 0, out, y * outStride, outWidth);
        }
    }

    private static void replicate(short[] in, int inStride, int hRatio, int vRatio, short[] out, int outStride,
            int outWidth, int outHeight) {
        for (int y = 0; y < outHeight; y++) {
            int ip = (y / vRatio) * inStride;
            int o = y * outStride;
            if (hRatio == 1) {
                System.arraycopy(in, ip, out, o, outWidth);
            } else {
                for (int x = 0; x < outWidth; x++) {
                    out[o + x] = in[ip + x / hRatio];
                }
            }
        }
    }
}
