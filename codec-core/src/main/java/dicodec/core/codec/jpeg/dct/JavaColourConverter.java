package dicodec.core.codec.jpeg.dct;

/**
 * IJG libjpeg's fixed-point colour conversion (jdcolor.c ycc_rgb_convert and jccolor.c
 * rgb_ycc_convert: 16 fraction bits, tables per input value) so that decoded RGB matches
 * DCMTK's to the bit.
 */
public final class JavaColourConverter implements ColourConverter {
    private static final int SCALEBITS = 16;
    private static final int ONE_HALF = 1 << (SCALEBITS - 1);

    /** Tables for one precision, built once. */
    private static final class Tables {
        final int max;
        /** limit[v + offset] = v clamped to 0..max, for v in -offset..2 x max (IJG's sample_range_limit). */
        final short[] limit;
        final int offset;
        final int[] crR;
        final int[] cbB;
        final int[] crG;
        final int[] cbG;
        final int[] rY;
        final int[] gY;
        final int[] bY;
        final int[] rCb;
        final int[] gCb;
        final int[] bCbRCr;
        final int[] gCr;
        final int[] bCr;

        Tables(int precision) {
            max = (1 << precision) - 1;
            int center = 1 << (precision - 1);
            offset = max + 1;
            limit = new short[3 * (max + 1)];
            for (int i = 0; i < limit.length; i++) {
                limit[i] = (short) Math.max(0, Math.min(max, i - offset));
            }
            int n = max + 1;
            crR = new int[n];
            cbB = new int[n];
            crG = new int[n];
            cbG = new int[n];
            rY = new int[n];
            gY = new int[n];
            bY = new int[n];
            rCb = new int[n];
            gCb = new int[n];
            bCbRCr = new int[n];
            gCr = new int[n];
            bCr = new int[n];
            long cbcrOffset = (long) center << SCALEBITS;
            for (int i = 0; i < n; i++) {
                int x = i - center;
                crR[i] = (fix(1.40200) * x + ONE_HALF) >> SCALEBITS;
                cbB[i] = (fix(1.77200) * x + ONE_HALF) >> SCALEBITS;
                crG[i] = -fix(0.71414) * x;
                cbG[i] = -fix(0.34414) * x + ONE_HALF;
                rY[i] = fix(0.29900) * i;
                gY[i] = fix(0.58700) * i;
                bY[i] = fix(0.11400) * i + ONE_HALF;
                rCb[i] = -fix(0.16874) * i;
                gCb[i] = -fix(0.33126) * i;
                // 0.5 - epsilon rounding keeps the largest result at MAXJSAMPLE (jccolor.c).
                bCbRCr[i] = (int) (fix(0.50000) * i + cbcrOffset + ONE_HALF - 1);
                gCr[i] = -fix(0.41869) * i;
                bCr[i] = -fix(0.08131) * i;
            }
        }

        private static int fix(double x) {
            return (int) (x * (1L << SCALEBITS) + 0.5);
        }
    }

    private static final Tables T8 = new Tables(8);
    private static final Tables T12 = new Tables(12);

    private static Tables tables(int precision) {
        return precision == 8 ? T8 : T12;
    }

    @Override
    public void yccToRgb(short[] y, short[] cb, short[] cr, int stride, int width, int height, int precision,
            byte[] out, int bytesPerSample) {
        Tables t = tables(precision);
        short[] limit = t.limit;
        int[] crR = t.crR;
        int[] cbG = t.cbG;
        int[] crG = t.crG;
        int[] cbB = t.cbB;
        int off = t.offset;
        int o = 0;
        for (int row = 0; row < height; row++) {
            int p = row * stride;
            int end = p + width;
            if (bytesPerSample == 1) {
                for (int i = p; i < end; i++, o += 3) {
                    int yy = y[i] + off;
                    int b = cb[i];
                    int r = cr[i];
                    out[o] = (byte) limit[yy + crR[r]];
                    out[o + 1] = (byte) limit[yy + ((cbG[b] + crG[r]) >> SCALEBITS)];
                    out[o + 2] = (byte) limit[yy + cbB[b]];
                }
            } else {
                for (int i = p; i < end; i++, o += 6) {
                    int yy = y[i] + off;
                    int b = cb[i];
                    int r = cr[i];
                    int red = limit[yy + crR[r]];
                    int green = limit[yy + ((cbG[b] + crG[r]) >> SCALEBITS)];
                    int blue = limit[yy + cbB[b]];
                    out[o] = (byte) red;
                    out[o + 1] = (byte) (red >> 8);
                    out[o + 2] = (byte) green;
                    out[o + 3] = (byte) (green >> 8);
                    out[o + 4] = (byte) blue;
                    out[o + 5] = (byte) (blue >> 8);
                }
            }
        }
    }

    @Override
    public void rgbToYcc(short[] r, short[] g, short[] b, int count, int precision) {
        Tables t = tables(precision);
        for (int i = 0; i < count; i++) {
            int rr = r[i];
            int gg = g[i];
            int bb = b[i];
            r[i] = (short) ((t.rY[rr] + t.gY[gg] + t.bY[bb]) >> SCALEBITS);
            g[i] = (short) ((t.rCb[rr] + t.gCb[gg] + t.bCbRCr[bb]) >> SCALEBITS);
            b[i] = (short) ((t.bCbRCr[rr] + t.gCr[gg] + t.bCr[bb]) >> SCALEBITS);
        }
    }
}
