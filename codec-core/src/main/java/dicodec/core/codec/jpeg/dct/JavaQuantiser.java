package dicodec.core.codec.jpeg.dct;

/** IJG's quantisation (jcdctmgr.c forward_DCT): round half away from zero of dct / (8 x q). */
public final class JavaQuantiser implements Quantiser {
    @Override
    public void quantise(int[] dct, int blocks, int[] quant, short[] out) {
        int[] div = new int[64];
        for (int i = 0; i < 64; i++) {
            div[i] = quant[i] << 3;
        }
        int n = blocks * 64;
        for (int i = 0; i < n; i++) {
            int q = div[i & 63];
            int t = dct[i];
            out[i] = (short) (t < 0 ? -((-t + (q >> 1)) / q) : (t + (q >> 1)) / q);
        }
    }
}
