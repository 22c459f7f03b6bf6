package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;

/**
 * 8-bit YCbCr to RGB with the equations of PS3.3 C.7.6.3.1.2: YBR_FULL (full range, as
 * JFIF), YBR_PARTIAL (Y in 16..235, Cb / Cr in 16..240). YBR_FULL_422 and YBR_PARTIAL_422
 * frames in their native form hold Y Y Cb Cr for each pair of pixels; a frame holding three
 * samples per pixel (upsampled by a decoder) is read as colour-by-pixel or by plane.
 */
final class YbrToRgb {
    private YbrToRgb() {
    }

    static byte[] png(DecodedFrame frame, PixelDescription pd, String pi) {
        if (pd.bitsAllocated() != 8) {
            throw DicodecException.unsupported(pi + " with " + pd.bitsAllocated() + " bits allocated cannot be"
                    + " rendered; 8-bit YCbCr can");
        }
        int pixels = pd.rows() * pd.columns();
        byte[] in = frame.pixels();
        boolean partial = pi.startsWith("YBR_PARTIAL");
        boolean pairs = pi.endsWith("_422") && in.length < 3 * pixels;
        byte[] out = new byte[3 * pixels];
        if (pairs) {
            int need = (pixels + 1) / 2 * 4;
            if (in.length < need) {
                throw DicodecException.badAttribute(pd.pixelDataTag(), "a " + pi + " frame of " + in.length
                        + " bytes is shorter than the " + need + " bytes of " + pixels + " pixels (Y Y Cb Cr per pair)");
            }
            for (int p = 0; p < pixels; p++) {
                int base = p / 2 * 4;
                convert(in[base + (p & 1)] & 0xFF, in[base + 2] & 0xFF, in[base + 3] & 0xFF, partial, out, 3 * p);
            }
        } else {
            if (in.length < 3 * pixels) {
                throw DicodecException.badAttribute(pd.pixelDataTag(), "a " + pi + " frame of " + in.length
                        + " bytes is shorter than the " + 3 * pixels + " bytes of " + pixels + " pixels");
            }
            boolean planar = frame.planarConfiguration() == 1;
            for (int p = 0; p < pixels; p++) {
                int y = in[planar ? p : 3 * p] & 0xFF;
                int cb = in[planar ? pixels + p : 3 * p + 1] & 0xFF;
                int cr = in[planar ? 2 * pixels + p : 3 * p + 2] & 0xFF;
                convert(y, cb, cr, partial, out, 3 * p);
            }
        }
        return PngImages.rgb8(pd.columns(), pd.rows(), out);
    }

    private static void convert(int y, int cb, int cr, boolean partial, byte[] out, int at) {
        double r;
        double g;
        double b;
        if (partial) {
            double yy = 1.1644 * (y - 16);
            r = yy + 1.5960 * (cr - 128);
            g = yy - 0.3918 * (cb - 128) - 0.8130 * (cr - 128);
            b = yy + 2.0172 * (cb - 128);
        } else {
            r = y + 1.402 * (cr - 128);
            g = y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128);
            b = y + 1.772 * (cb - 128);
        }
        out[at] = clamp(r);
        out[at + 1] = clamp(g);
        out[at + 2] = clamp(b);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
