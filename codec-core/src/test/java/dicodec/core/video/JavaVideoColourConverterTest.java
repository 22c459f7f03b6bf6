package dicodec.core.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The reference video colour stage: studio-range levels of PS3.3 C.7.6.3.1.2 for black, white
 * and red, chroma means over edge blocks of odd frames, by pixel and by plane alike, and RGB
 * back within rounding.
 */
class JavaVideoColourConverterTest {
    private final VideoColourConverter v = new JavaVideoColourConverter();

    @Test
    void blackWhiteAndRed_getTheirStudioRangeLevels() {
        // 3 x 1 pixels by pixel: black, white, red; chroma blocks: {black, white} and {red}.
        byte[] rgb = {0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0};
        byte[] y = new byte[3];
        byte[] cb = new byte[2];
        byte[] cr = new byte[2];
        v.rgbToPicture(rgb, 3, 1, false, y, cb, cr);
        assertArrayEquals(new byte[] {16, (byte) 235, 81}, y, "Y 16 for black, 235 for white, 81 for red");
        assertArrayEquals(new byte[] {(byte) 128, 90}, cb, "neutral, and red's Cb alone in its edge block");
        assertArrayEquals(new byte[] {(byte) 128, (byte) 240}, cr);
    }

    @Test
    void byPlaneAndByPixel_giveTheSamePicture_andRgbComesBack() {
        int w = 5;
        int h = 3;
        byte[] byPixel = new byte[3 * w * h];
        byte[] byPlane = new byte[3 * w * h];
        for (int i = 0; i < w * h; i++) {
            for (int s = 0; s < 3; s++) {
                byte value = (byte) (40 + 10 * s); // one flat colour: 4:2:0 loses nothing of it
                byPixel[3 * i + s] = value;
                byPlane[s * w * h + i] = value;
            }
        }
        int chroma = 3 * 2;
        byte[][] a = {new byte[w * h], new byte[chroma], new byte[chroma]};
        byte[][] b = {new byte[w * h], new byte[chroma], new byte[chroma]};
        v.rgbToPicture(byPixel, w, h, false, a[0], a[1], a[2]);
        v.rgbToPicture(byPlane, w, h, true, b[0], b[1], b[2]);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a[c], b[c]);
        }
        byte[] back = new byte[3 * w * h];
        v.pictureToRgb(a[0], a[1], a[2], w, h, false, back);
        for (int i = 0; i < back.length; i++) {
            int err = Math.abs((back[i] & 0xFF) - (byPixel[i] & 0xFF));
            assertTrue(err <= 2, "sample " + i + " came back " + err + " off");
        }
    }

    /**
     * On the CPU {@link VideoColour} runs its own row-pair loops instead of this twin: both must
     * give the same bytes, both ways, both ranges, by pixel and by plane, even and odd sizes.
     */
    @Test
    void videoColoursCpuPath_givesTheTwinsBytes() {
        java.util.Random rnd = new java.util.Random(7);
        for (int[] size : new int[][] {{16, 8}, {17, 9}, {1, 1}, {3, 5}, {64, 33}}) {
            int w = size[0];
            int h = size[1];
            for (int planar = 0; planar < 2; planar++) {
                byte[] rgb = new byte[w * h * 3];
                rnd.nextBytes(rgb);
                var pd = new dicodec.core.pixel.PixelDescription(h, w, 3, 8, 8, 7, 0, "RGB", planar, 1,
                        dicodec.core.io.Tag.PIXEL_DATA, null);
                var fast = VideoColour.toPicture(rgb, pd);
                int cn = ((w + 1) / 2) * ((h + 1) / 2);
                byte[] y = new byte[w * h];
                byte[] cb = new byte[cn];
                byte[] cr = new byte[cn];
                v.rgbToPicture(rgb, w, h, planar == 1, y, cb, cr);
                assertArrayEquals(y, fast.y(), w + "x" + h + " Y");
                assertArrayEquals(cb, fast.cb(), w + "x" + h + " Cb");
                assertArrayEquals(cr, fast.cr(), w + "x" + h + " Cr");
            }
            for (boolean full : new boolean[] {false, true}) {
                byte[] y = new byte[w * h];
                byte[] cb = new byte[((w + 1) / 2) * ((h + 1) / 2)];
                byte[] cr = new byte[cb.length];
                rnd.nextBytes(y);
                rnd.nextBytes(cb);
                rnd.nextBytes(cr);
                byte[] twin = new byte[w * h * 3];
                v.pictureToRgb(y, cb, cr, w, h, full, twin);
                byte[] fast = VideoColour.toNative(new dicodec.core.spi.VideoPicture(w, h, y, cb, cr, full), "RGB")
                        .pixels();
                assertArrayEquals(twin, fast, w + "x" + h + (full ? " full" : " studio") + " range RGB");
            }
        }
    }
}
