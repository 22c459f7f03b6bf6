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
 * {@link Stages#current()} (OpenCL when a device is there, else {@link JavaVideoColourConverter},
 * the same bytes).
 */
public final class VideoColour {
    private static final int HALF = JavaVideoColourConverter.HALF;
    private static final int YR = JavaVideoColourConverter.YR, YG = JavaVideoColourConverter.YG,
            YB = JavaVideoColourConverter.YB, KY = JavaVideoColourConverter.KY;

    private VideoColour() {
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
        if (pi.equals("RGB")) {
            Stages.current().videoColour().rgbToPicture(frame, w, h, pd.planarConfiguration() == 1, y, cb, cr);
            return new VideoPicture(w, h, y, cb, cr, false);
        }
        if (pi.equals("MONOCHROME2")) {
            for (int i = 0; i < w * h; i++) {
                y[i] = (byte) ((YR + YG + YB) * (frame[i] & 0xFF) + HALF + (16 << 16) >> 16);
            }
            java.util.Arrays.fill(cb, (byte) 128);
            java.util.Arrays.fill(cr, (byte) 128);
            return new VideoPicture(w, h, y, cb, cr, false);
        }
        int[] sumB = new int[cw * ch];
        int[] sumR = new int[cw * ch];
        boolean planar = pd.planarConfiguration() == 1;
        int plane = w * h;
        for (int r = 0; r < h; r++) {
            int crow = (r >> 1) * cw;
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                int a;
                int b;
                int d;
                if (pi.equals("YBR_FULL_422")) {
                    // native YBR_FULL_422 holds Y0 Y1 Cb Cr for each pair of pixels (PS3.3 C.7.6.3.1.2)
                    int pair = (i >> 1) * 4;
                    a = frame[pair + (i & 1)] & 0xFF;
                    b = frame[pair + 2] & 0xFF;
                    d = frame[pair + 3] & 0xFF;
                } else if (planar) {
                    a = frame[i] & 0xFF;
                    b = frame[plane + i] & 0xFF;
                    d = frame[2 * plane + i] & 0xFF;
                } else {
                    a = frame[3 * i] & 0xFF;
                    b = frame[3 * i + 1] & 0xFF;
                    d = frame[3 * i + 2] & 0xFF;
                }
                // full range Y'CbCr to studio range: Y * 219/255 + 16, C * 224/255 around 128
                int yy = (a * 219 + 127) / 255 + 16;
                int u = 128 + Math.round((b - 128) * 224 / 255f);
                int v = 128 + Math.round((d - 128) * 224 / 255f);
                y[i] = (byte) clamp(yy);
                int k = crow + (c >> 1);
                sumB[k] += clamp(u);
                sumR[k] += clamp(v);
            }
        }
        for (int r = 0; r < ch; r++) {
            int rowsIn = Math.min(2, h - 2 * r);
            for (int c = 0; c < cw; c++) {
                int n = rowsIn * Math.min(2, w - 2 * c);
                int k = r * cw + c;
                cb[k] = (byte) ((sumB[k] + n / 2) / n);
                cr[k] = (byte) ((sumR[k] + n / 2) / n);
            }
        }
        return new VideoPicture(w, h, y, cb, cr, false);
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
            for (int i = 0; i < out.length; i++) {
                int v = ys[i] & 0xFF;
                out[i] = (byte) (full ? v : clamp((KY * (v - 16) + HALF) >> 16));
            }
            return new DecodedFrame(out, "MONOCHROME2", 0);
        }
        boolean rgb = pi.equals("RGB");
        if (!rgb && !pi.equals("YBR_FULL")) {
            throw DicodecException.badAttribute(Tag.PHOTOMETRIC_INTERPRETATION,
                    photometric + ": a video frame decodes to RGB, YBR_FULL or MONOCHROME2");
        }
        byte[] out = new byte[w * h * 3];
        if (rgb) {
            Stages.current().videoColour().pictureToRgb(ys, p.cb(), p.cr(), w, h, full, out);
            return new DecodedFrame(out, "RGB", 0);
        }
        int cw = p.chromaWidth();
        byte[] us = p.cb();
        byte[] vs = p.cr();
        int o = 0;
        for (int r = 0; r < h; r++) {
            int crow = (r >> 1) * cw;
            int yrow = r * w;
            for (int c = 0; c < w; c++) {
                int yv = ys[yrow + c] & 0xFF;
                int u = (us[crow + (c >> 1)] & 0xFF) - 128;
                int v = (vs[crow + (c >> 1)] & 0xFF) - 128;
                if (full) {
                    out[o] = (byte) yv;
                    out[o + 1] = (byte) (u + 128);
                    out[o + 2] = (byte) (v + 128);
                } else {
                    out[o] = (byte) clamp((KY * (yv - 16) + HALF) >> 16);
                    out[o + 1] = (byte) clamp(128 + Math.round(u * 255 / 224f));
                    out[o + 2] = (byte) clamp(128 + Math.round(v * 255 / 224f));
                }
                o += 3;
            }
        }
        return new DecodedFrame(out, "YBR_FULL", 0);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }
}
