package dicodec.core.video;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.VideoPicture;
import dicodec.core.stage.Stages;
import java.util.Locale;

/**
 * Between native frames and the 4:2:0 Y'CbCr pictures video codecs take and give, with the
 * YBR_PARTIAL equations of PS3.3 C.7.6.3.1.2 (ITU-R BT.601 studio range). One implementation
 * for every backend: backends are compared on pictures, and this class alone makes RGB.
 *
 * <p>Encoding: grey (MONOCHROME2) becomes Y with neutral chroma; RGB is converted; YBR_FULL and
 * YBR_FULL_422 are rescaled to the studio range. Chroma is the mean of each 2 x 2 block.
 * Decoding: chroma is repeated over its 2 x 2 block (the stream's siting is not modelled) and
 * converted to RGB, to grey (MONOCHROME2, from Y alone) or to YBR_FULL.
 *
 * <p>RGB both ways, the common case, goes through the {@link VideoColourConverter} stage of
 * {@link Stages#current()} when that is a device's (OpenCL). On the CPU this class's own row-pair
 * loops run instead of the stage's Java twin {@link JavaVideoColourConverter}: the same bytes
 * (VideoColourTest and the twin tests hold both to the plain equations), several times faster.
 */
public final class VideoColour {
    // The equations' fixed-point constants are the stage's (one definition for the twin, the
    // fast path below and, through video.cl, the kernel).
    private static final int HALF = JavaVideoColourConverter.HALF;
    private static final int YR = JavaVideoColourConverter.YR, YG = JavaVideoColourConverter.YG,
            YB = JavaVideoColourConverter.YB;
    private static final int BR = JavaVideoColourConverter.BR, BG = JavaVideoColourConverter.BG,
            BB = JavaVideoColourConverter.BB;
    private static final int RR = JavaVideoColourConverter.RR, RG = JavaVideoColourConverter.RG,
            RB = JavaVideoColourConverter.RB;
    private static final int KY = JavaVideoColourConverter.KY, KRV = JavaVideoColourConverter.KRV,
            KGU = JavaVideoColourConverter.KGU, KGV = JavaVideoColourConverter.KGV,
            KBU = JavaVideoColourConverter.KBU;
    private static final int FRV = JavaVideoColourConverter.FRV, FGU = JavaVideoColourConverter.FGU,
            FGV = JavaVideoColourConverter.FGV, FBU = JavaVideoColourConverter.FBU;

    private VideoColour() {
    }

    // Per-sample results of the equations above as tables (the same integer expressions,
    // evaluated once per level instead of once per pixel).
    private static final byte[] GREY_TO_Y = new byte[256];
    private static final int[] FULL_TO_Y = new int[256];
    private static final int[] FULL_TO_C = new int[256];
    private static final byte[] Y_TO_GREY = new byte[256];
    private static final int[] Y_BASE = new int[256];
    private static final int[] Y_BASE_FULL = new int[256];
    /** CLAMP[CLAMP_AT + x] = x limited to 0..255, for every x the RGB equations reach (-300..560). */
    private static final int CLAMP_AT = 1024;
    private static final byte[] CLAMP = new byte[2 * CLAMP_AT];
    private static final byte[] C_TO_FULL = new byte[256];

    static {
        for (int s = 0; s < 256; s++) {
            GREY_TO_Y[s] = (byte) ((YR + YG + YB) * s + HALF + (16 << 16) >> 16);
            // full range Y'CbCr to studio range: Y * 219/255 + 16, C * 224/255 around 128
            FULL_TO_Y[s] = clamp((s * 219 + 127) / 255 + 16);
            FULL_TO_C[s] = clamp(128 + Math.round((s - 128) * 224 / 255f));
            Y_TO_GREY[s] = (byte) clamp((KY * (s - 16) + HALF) >> 16);
            Y_BASE[s] = KY * (s - 16);
            Y_BASE_FULL[s] = s << 16;
            C_TO_FULL[s] = (byte) clamp(128 + Math.round((s - 128) * 255 / 224f));
        }
        for (int i = 0; i < CLAMP.length; i++) {
            CLAMP[i] = (byte) clamp(i - CLAMP_AT);
        }
    }

    /** Photometric interpretations a video encoder takes (8-bit unsigned). */
    public static boolean encodable(String photometric) {
        switch (photometric.toUpperCase(Locale.ROOT)) {
            case "MONOCHROME2": case "RGB": case "YBR_FULL": case "YBR_FULL_422":
                return true;
            default:
                return false;
        }
    }

    /** A native 8-bit frame as a studio-range 4:2:0 picture. */
    public static VideoPicture toPicture(byte[] frame, PixelDescription pd) {
        int w = pd.columns();
        int h = pd.rows();
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        byte[] y = new byte[w * h];
        byte[] cb = new byte[cw * ch];
        byte[] cr = new byte[cw * ch];
        String pi = pd.photometric().toUpperCase(Locale.ROOT);
        VideoColourConverter stage = deviceStage();
        if (pi.equals("RGB") && stage != null) {
            stage.rgbToPicture(frame, w, h, pd.planarConfiguration() == 1, y, cb, cr);
            return new VideoPicture(w, h, y, cb, cr, false);
        }
        if (pi.equals("MONOCHROME2")) {
            for (int i = 0; i < w * h; i++) {
                y[i] = GREY_TO_Y[frame[i] & 0xFF];
            }
            java.util.Arrays.fill(cb, (byte) 128);
            java.util.Arrays.fill(cr, (byte) 128);
            return new VideoPicture(w, h, y, cb, cr, false);
        }
        boolean rgb = pi.equals("RGB");
        // colour-by-pixel RGB (the usual case) is read in place; other layouts one row at a time
        boolean direct = rgb && pd.planarConfiguration() == 0;
        int[] a = direct ? null : new int[w];
        int[] b = direct ? null : new int[w];
        int[] d = direct ? null : new int[w];
        // Cb and Cr sums over a pair of rows
        int[] sumB = new int[cw];
        int[] sumR = new int[cw];
        for (int r = 0; r < h; r++) {
            int row = r * w;
            if (direct) {
                rgbRow(frame, row, w, y, sumB, sumR);
            } else {
                gatheredRow(frame, pd, r, a, b, d);
                convertRow(rgb, row, w, a, b, d, y, sumB, sumR);
            }
            if ((r & 1) == 1 || r == h - 1) {
                int rowsIn = (r & 1) + 1;
                int k0 = (r >> 1) * cw;
                for (int c = 0; c < cw; c++) {
                    int n = rowsIn * Math.min(2, w - 2 * c);
                    // sums are non-negative: a shift rounds as the division does, at a fraction of its cost
                    cb[k0 + c] = (byte) (n == 4 ? sumB[c] + 2 >> 2 : (sumB[c] + n / 2) / n);
                    cr[k0 + c] = (byte) (n == 4 ? sumR[c] + 2 >> 2 : (sumR[c] + n / 2) / n);
                }
                java.util.Arrays.fill(sumB, 0);
                java.util.Arrays.fill(sumR, 0);
            }
        }
        return new VideoPicture(w, h, y, cb, cr, false);
    }

    /** Row r of a frame other than colour-by-pixel RGB, as three rows of samples. */
    private static void gatheredRow(byte[] frame, PixelDescription pd, int r, int[] a, int[] b, int[] d) {
        int w = pd.columns();
        int plane = w * pd.rows();
        int row = r * w;
        if (pd.photometric().equalsIgnoreCase("YBR_FULL_422")) {
            for (int c = 0; c < w; c++) {
                // native YBR_FULL_422 holds Y0 Y1 Cb Cr for each pair of pixels (PS3.3 C.7.6.3.1.2)
                int i = row + c;
                int pair = (i >> 1) * 4;
                a[c] = frame[pair + (i & 1)] & 0xFF;
                b[c] = frame[pair + 2] & 0xFF;
                d[c] = frame[pair + 3] & 0xFF;
            }
        } else if (pd.planarConfiguration() == 1) {
            for (int c = 0; c < w; c++) {
                a[c] = frame[row + c] & 0xFF;
                b[c] = frame[plane + row + c] & 0xFF;
                d[c] = frame[2 * plane + row + c] & 0xFF;
            }
        } else {
            for (int c = 0, o = 3 * row; c < w; c++, o += 3) {
                a[c] = frame[o] & 0xFF;
                b[c] = frame[o + 1] & 0xFF;
                d[c] = frame[o + 2] & 0xFF;
            }
        }
    }

    /** Y, and the Cb, Cr sums, of one gathered row (RGB, or full-range Y'CbCr rescaled). */
    private static void convertRow(boolean rgb, int row, int w, int[] a, int[] b, int[] d, byte[] y, int[] sumB,
            int[] sumR) {
        if (rgb) {
            for (int c = 0; c < w; c++) {
                int ra = a[c];
                int gb = b[c];
                int bd = d[c];
                y[row + c] = (byte) clamp((YR * ra + YG * gb + YB * bd + HALF >> 16) + 16);
                sumB[c >> 1] += clamp((BR * ra + BG * gb + BB * bd + HALF >> 16) + 128);
                sumR[c >> 1] += clamp((RR * ra + RG * gb + RB * bd + HALF >> 16) + 128);
            }
        } else {
            for (int c = 0; c < w; c++) {
                y[row + c] = (byte) FULL_TO_Y[a[c]];
                sumB[c >> 1] += FULL_TO_C[b[c]];
                sumR[c >> 1] += FULL_TO_C[d[c]];
            }
        }
    }

    /** One row of colour-by-pixel RGB: Y for each pixel, Cb and Cr added to the sums of its pair. */
    private static void rgbRow(byte[] frame, int row, int w, byte[] y, int[] sumB, int[] sumR) {
        int o = 3 * row;
        int c = 0;
        for (int k = 0; c + 1 < w; k++, c += 2, o += 6) {
            int r0 = frame[o] & 0xFF;
            int g0 = frame[o + 1] & 0xFF;
            int b0 = frame[o + 2] & 0xFF;
            int r1 = frame[o + 3] & 0xFF;
            int g1 = frame[o + 4] & 0xFF;
            int b1 = frame[o + 5] & 0xFF;
            y[row + c] = (byte) clamp((YR * r0 + YG * g0 + YB * b0 + HALF >> 16) + 16);
            y[row + c + 1] = (byte) clamp((YR * r1 + YG * g1 + YB * b1 + HALF >> 16) + 16);
            sumB[k] += clamp((BR * r0 + BG * g0 + BB * b0 + HALF >> 16) + 128)
                    + clamp((BR * r1 + BG * g1 + BB * b1 + HALF >> 16) + 128);
            sumR[k] += clamp((RR * r0 + RG * g0 + RB * b0 + HALF >> 16) + 128)
                    + clamp((RR * r1 + RG * g1 + RB * b1 + HALF >> 16) + 128);
        }
        if (c < w) {
            int r0 = frame[o] & 0xFF;
            int g0 = frame[o + 1] & 0xFF;
            int b0 = frame[o + 2] & 0xFF;
            y[row + c] = (byte) clamp((YR * r0 + YG * g0 + YB * b0 + HALF >> 16) + 16);
            sumB[c >> 1] += clamp((BR * r0 + BG * g0 + BB * b0 + HALF >> 16) + 128);
            sumR[c >> 1] += clamp((RR * r0 + RG * g0 + RB * b0 + HALF >> 16) + 128);
        }
    }

    /**
     * A picture as a native frame in {@code photometric}: RGB, MONOCHROME2 or YBR_FULL,
     * colour-by-pixel (Planar Configuration 0). A 4:0:0 picture is always MONOCHROME2.
     */
    public static DecodedFrame toNative(VideoPicture p, String photometric) {
        int w = p.width();
        int h = p.height();
        byte[] ys = p.y();
        boolean full = p.fullRange();
        String pi = p.monochrome() ? "MONOCHROME2" : photometric.toUpperCase(Locale.ROOT);
        if (pi.equals("MONOCHROME2")) {
            byte[] out = new byte[w * h];
            if (full) {
                System.arraycopy(ys, 0, out, 0, out.length);
            } else {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Y_TO_GREY[ys[i] & 0xFF];
                }
            }
            return new DecodedFrame(out, "MONOCHROME2", 0);
        }
        boolean rgb = pi.equals("RGB");
        if (!rgb && !pi.equals("YBR_FULL")) {
            throw DicodecException.badAttribute(Tag.PHOTOMETRIC_INTERPRETATION,
                    photometric + ": a video frame decodes to RGB, YBR_FULL or MONOCHROME2");
        }
        byte[] out = new byte[w * h * 3];
        VideoColourConverter stage = deviceStage();
        if (rgb && stage != null) {
            stage.pictureToRgb(p.y(), p.cb(), p.cr(), w, h, p.fullRange(), out);
        } else if (rgb) {
            toRgb(p, out);
        } else {
            toYbrFull(p, out);
        }
        return new DecodedFrame(out, rgb ? "RGB" : "YBR_FULL", 0);
    }

    /**
     * Y'CbCr to RGB. Each chroma row serves two picture rows, so its three products (with the
     * rounding constant) are worked out once per row pair; each pair of pixels shares them.
     * Clamping is a table look-up: data-dependent branches cost more than the arithmetic.
     */
    private static void toRgb(VideoPicture p, byte[] out) {
        int w = p.width();
        int h = p.height();
        int cw = p.chromaWidth();
        byte[] ys = p.y();
        byte[] us = p.cb();
        byte[] vs = p.cr();
        boolean full = p.fullRange();
        int kv = full ? FRV : KRV;
        int kgu = full ? FGU : KGU;
        int kgv = full ? FGV : KGV;
        int ku = full ? FBU : KBU;
        int[] base = full ? Y_BASE_FULL : Y_BASE;
        byte[] clamp = CLAMP;
        int[] rOff = new int[cw];
        int[] gOff = new int[cw];
        int[] bOff = new int[cw];
        // CLAMP_AT << 16 moves every sum to a non-negative table index
        int half = HALF + (CLAMP_AT << 16);
        for (int r = 0; r < h; r++) {
            if ((r & 1) == 0) {
                int crow = (r >> 1) * cw;
                for (int k = 0; k < cw; k++) {
                    int u = (us[crow + k] & 0xFF) - 128;
                    int v = (vs[crow + k] & 0xFF) - 128;
                    rOff[k] = kv * v + half;
                    gOff[k] = -kgu * u - kgv * v + half;
                    bOff[k] = ku * u + half;
                }
            }
            int yrow = r * w;
            int o = yrow * 3;
            int c = 0;
            for (int k = 0; c + 1 < w; k++, c += 2, o += 6) {
                int ro = rOff[k];
                int go = gOff[k];
                int bo = bOff[k];
                int y0 = base[ys[yrow + c] & 0xFF];
                int y1 = base[ys[yrow + c + 1] & 0xFF];
                out[o] = clamp[y0 + ro >> 16];
                out[o + 1] = clamp[y0 + go >> 16];
                out[o + 2] = clamp[y0 + bo >> 16];
                out[o + 3] = clamp[y1 + ro >> 16];
                out[o + 4] = clamp[y1 + go >> 16];
                out[o + 5] = clamp[y1 + bo >> 16];
            }
            if (c < w) {
                int k = c >> 1;
                int y0 = base[ys[yrow + c] & 0xFF];
                out[o] = clamp[y0 + rOff[k] >> 16];
                out[o + 1] = clamp[y0 + gOff[k] >> 16];
                out[o + 2] = clamp[y0 + bOff[k] >> 16];
            }
        }
    }

    /** Y'CbCr (studio or full range) to full-range YBR_FULL, chroma repeated over its 2 x 2 block. */
    private static void toYbrFull(VideoPicture p, byte[] out) {
        int w = p.width();
        int h = p.height();
        int cw = p.chromaWidth();
        byte[] ys = p.y();
        byte[] us = p.cb();
        byte[] vs = p.cr();
        boolean full = p.fullRange();
        for (int r = 0; r < h; r++) {
            int crow = (r >> 1) * cw;
            int yrow = r * w;
            int o = yrow * 3;
            for (int c = 0; c < w; c++, o += 3) {
                int yv = ys[yrow + c] & 0xFF;
                int u = us[crow + (c >> 1)] & 0xFF;
                int v = vs[crow + (c >> 1)] & 0xFF;
                if (full) {
                    out[o] = (byte) yv;
                    out[o + 1] = (byte) u;
                    out[o + 2] = (byte) v;
                } else {
                    out[o] = Y_TO_GREY[yv];
                    out[o + 1] = C_TO_FULL[u];
                    out[o + 2] = C_TO_FULL[v];
                }
            }
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    /** The current provider's converter when it is not the Java twin (an OpenCL device's), else null. */
    private static VideoColourConverter deviceStage() {
        VideoColourConverter c = Stages.current().videoColour();
        return c instanceof JavaVideoColourConverter ? null : c;
    }
}
