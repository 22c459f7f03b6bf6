package dicodec.core.codec.video;

import dicodec.core.spi.VideoPicture;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;

/** JCodec pictures to {@link VideoPicture}s: JCodec keeps samples as value - 128 in signed bytes. */
final class JCodecPictures {
    private JCodecPictures() {
    }

    static VideoPicture of(Picture p, int width, int height, boolean monochrome, boolean fullRange) {
        Rect crop = p.getCrop();
        int x0 = crop == null ? 0 : crop.getX();
        int y0 = crop == null ? 0 : crop.getY();
        byte[] y = plane(p.getPlaneData(0), p.getPlaneWidth(0), x0, y0, width, height);
        if (monochrome) {
            return new VideoPicture(width, height, y, null, null, fullRange);
        }
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        byte[] cb = plane(p.getPlaneData(1), p.getPlaneWidth(1), x0 / 2, y0 / 2, cw, ch);
        byte[] cr = plane(p.getPlaneData(2), p.getPlaneWidth(2), x0 / 2, y0 / 2, cw, ch);
        return new VideoPicture(width, height, y, cb, cr, fullRange);
    }

    private static byte[] plane(byte[] src, int stride, int x0, int y0, int w, int h) {
        byte[] out = new byte[w * h];
        for (int r = 0; r < h; r++) {
            int s = (y0 + r) * stride + x0;
            int d = r * w;
            for (int c = 0; c < w; c++) {
                out[d + c] = (byte) (src[s + c] + 128);
            }
        }
        return out;
    }

    /**
     * A decode buffer for a picture of up to {@code width} x {@code height} (rounded up to
     * macroblocks, fields for interlaced MPEG-2). JCodec's MPEG-2 decoder wants full-size chroma
     * planes before it knows the chroma format ({@code fullChroma}).
     */
    static byte[][] buffer(int width, int height, boolean fullChroma) {
        int w = (width + 15) & ~15;
        int h = (height + 31) & ~31;
        int c = fullChroma ? w * h : w * h / 4;
        return new byte[][] {new byte[w * h], new byte[c], new byte[c]};
    }
}
