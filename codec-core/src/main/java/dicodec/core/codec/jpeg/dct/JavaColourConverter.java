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
    public void yccToRgb(short[] y, short[] cb, short[] cr, int count, int precision) {
        Tables t = tables(precision);
        int max = t.max;
        for (int i = 0; i < count; i++) {
            int yy = y[i];
            int b = cb[i];
            int r = cr[i];
            int red = yy + t.crR[r];
            int green = yy + ((t.cbG[b] + t.crG[r]) >> SCALEBITS);
            int blue = yy + t.cbB[b];
            y[i] = (short) (red < 0 ? 0 : red > max ? max : red);
            cb[i] = (short) (green < 0 ? 0 : green > max ? max : green);
            cr[i] = (short) (blue < 0 ? 0 : blue > max ? max : blue);
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
