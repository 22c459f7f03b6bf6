package dicodec.core.stage;

/**
 * The reference {@link ComponentTransform}. The ICT coefficients are T.800 G.3's; every float
 * operation is written out in the order the OpenCL twin (mct.cl) performs it, since Java and
 * OpenCL round each single-precision operation alike when contraction is off.
 */
public final class JavaComponentTransform implements ComponentTransform {
    static final float YR = 0.299f;
    static final float YG = 0.587f;
    static final float YB = 0.114f;
    static final float BR = -0.16875f;
    static final float BG = -0.33126f;
    static final float BB = 0.5f;
    static final float RR = 0.5f;
    static final float RG = -0.41869f;
    static final float RB = -0.08131f;
    static final float R_CR = 1.402f;
    static final float G_CB = -0.34413f;
    static final float G_CR = -0.71414f;
    static final float B_CB = 1.772f;

    @Override
    public void rctForward(int[] c0, int[] c1, int[] c2, int count) {
        for (int i = 0; i < count; i++) {
            int r = c0[i];
            int g = c1[i];
            int b = c2[i];
            c0[i] = (r + 2 * g + b) >> 2;
            c1[i] = b - g;
            c2[i] = r - g;
        }
    }

    @Override
    public void rctInverse(int[] c0, int[] c1, int[] c2, int count) {
        for (int i = 0; i < count; i++) {
            int y = c0[i];
            int cb = c1[i];
            int cr = c2[i];
            int g = y - ((cb + cr) >> 2);
            c0[i] = cr + g;
            c1[i] = g;
            c2[i] = cb + g;
        }
    }

    @Override
    public void ictForward(int[] r, int[] g, int[] b, int count, float[] y, float[] cb, float[] cr) {
        for (int i = 0; i < count; i++) {
            float fr = r[i];
            float fg = g[i];
            float fb = b[i];
            y[i] = YR * fr + YG * fg + YB * fb;
            cb[i] = BR * fr + BG * fg + BB * fb;
            cr[i] = RR * fr + RG * fg + RB * fb;
        }
    }

    @Override
    public void ictInverse(float[] y, float[] cb, float[] cr, int count, int[] r, int[] g, int[] b) {
        for (int i = 0; i < count; i++) {
            float fy = y[i];
            float fcb = cb[i];
            float fcr = cr[i];
            r[i] = (int) Math.floor(fy + R_CR * fcr + 0.5f);
            g[i] = (int) Math.floor(fy + G_CB * fcb + G_CR * fcr + 0.5f);
            b[i] = (int) Math.floor(fy + B_CB * fcb + 0.5f);
        }
    }
}
