package dicodec.core.video;

/**
 * The reference {@link VideoColourConverter}: fixed point with 16 fraction bits, in the shape of
 * its OpenCL twin (video.cl): one step per chroma sample (its 2 x 2 block of pixels) to make a
 * picture, one step per pixel to make RGB.
 */
public final class JavaVideoColourConverter implements VideoColourConverter {
    static final int ONE = 1 << 16;
    static final int HALF = 1 << 15;

    static int fix(double v) {
        return (int) Math.round(v * ONE);
    }

    // RGB -> studio-range Y'CbCr (PS3.3 C.7.6.3.1.2, YBR_PARTIAL_422)
    static final int YR = fix(0.2568), YG = fix(0.5041), YB = fix(0.0979);
    static final int BR = fix(-0.1482), BG = fix(-0.2910), BB = fix(0.4392);
    static final int RR = fix(0.4392), RG = fix(-0.3678), RB = fix(-0.0714);
    // studio-range Y'CbCr -> RGB (the inverse of the above)
    static final int KY = fix(1.1644), KRV = fix(1.5960), KGU = fix(0.3918), KGV = fix(0.8130), KBU = fix(2.0172);
    // full-range (JFIF) Y'CbCr -> RGB, for streams that set video_full_range_flag
    static final int FRV = fix(1.402), FGU = fix(0.344136), FGV = fix(0.714136), FBU = fix(1.772);

    @Override
    public void rgbToPicture(byte[] frame, int width, int height, boolean planar, byte[] y, byte[] cb, byte[] cr) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        for (int k = 0; k < cw * ch; k++) {
            block(frame, width, height, planar, k % cw, k / cw, y, cb, cr);
        }
    }

    /** One chroma sample: the Y of its up to 4 pixels and the rounded mean of their chroma. */
    private static void block(byte[] frame, int w, int h, boolean planar, int cx, int cy, byte[] y, byte[] cb,
            byte[] cr) {
        int plane = w * h;
        int sumB = 0;
        int sumR = 0;
        int n = 0;
        for (int dy = 0; dy < 2; dy++) {
            int r = 2 * cy + dy;
            if (r >= h) {
                break;
            }
            for (int dx = 0; dx < 2; dx++) {
                int c = 2 * cx + dx;
                if (c >= w) {
                    break;
                }
                int i = r * w + c;
                int red = frame[planar ? i : 3 * i] & 0xFF;
                int green = frame[planar ? plane + i : 3 * i + 1] & 0xFF;
                int blue = frame[planar ? 2 * plane + i : 3 * i + 2] & 0xFF;
                y[i] = (byte) clamp((YR * red + YG * green + YB * blue + HALF >> 16) + 16);
                sumB += clamp((BR * red + BG * green + BB * blue + HALF >> 16) + 128);
                sumR += clamp((RR * red + RG * green + RB * blue + HALF >> 16) + 128);
                n++;
            }
        }
        int k = cy * ((w + 1) / 2) + cx;
        cb[k] = (byte) ((sumB + n / 2) / n);
        cr[k] = (byte) ((sumR + n / 2) / n);
    }

    @Override
    public void pictureToRgb(byte[] ys, byte[] us, byte[] vs, int width, int height, boolean fullRange, byte[] out) {
        int cw = (width + 1) / 2;
        for (int i = 0; i < width * height; i++) {
            int r = i / width;
            int c = i - r * width;
            int k = (r >> 1) * cw + (c >> 1);
            int yv = ys[i] & 0xFF;
            int u = (us[k] & 0xFF) - 128;
            int v = (vs[k] & 0xFF) - 128;
            int o = 3 * i;
            if (fullRange) {
                int base = yv << 16;
                out[o] = (byte) clamp(base + FRV * v + HALF >> 16);
                out[o + 1] = (byte) clamp(base - FGU * u - FGV * v + HALF >> 16);
                out[o + 2] = (byte) clamp(base + FBU * u + HALF >> 16);
            } else {
                int base = KY * (yv - 16);
                out[o] = (byte) clamp(base + KRV * v + HALF >> 16);
                out[o + 1] = (byte) clamp(base - KGU * u - KGV * v + HALF >> 16);
                out[o + 2] = (byte) clamp(base + KBU * u + HALF >> 16);
            }
        }
    }

    static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }
}
