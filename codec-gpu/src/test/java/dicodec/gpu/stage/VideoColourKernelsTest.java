package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.VideoPicture;
import dicodec.core.stage.Stages;
import dicodec.core.video.JavaVideoColourConverter;
import dicodec.core.video.VideoColour;
import dicodec.core.video.VideoColourConverter;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import dicodec.gpu.device.OpenClRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * video.cl against {@link JavaVideoColourConverter} on real 8-bit RGB frames (by pixel and by
 * plane, and cropped to odd sizes for the edge blocks), both ranges; and {@link VideoColour}, what
 * the video transcodes call, going through the stage of the process's provider.
 */
class VideoColourKernelsTest {
    private static final VideoColourConverter TWIN = new JavaVideoColourConverter();

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/US1_UNCR.dcm", "pydicom-data/color-pl.dcm", "pydicom-data/SC_rgb.dcm"})
    void rgbToPictureAndBack_matchTheTwin(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        int w = f.pd().columns();
        int h = f.pd().rows();
        boolean planar = f.pd().planarConfiguration() == 1;
        check(f.pixels(), w, h, planar, file);
        // An odd crop of the same frame, by pixel: chroma blocks of 1 and 2 pixels at the edges.
        int cw = w - 3;
        int ch = h - 7;
        byte[] crop = new byte[3 * cw * ch];
        for (int r = 0; r < ch; r++) {
            for (int c = 0; c < cw; c++) {
                for (int s = 0; s < 3; s++) {
                    int from = planar ? s * w * h + r * w + c : 3 * (r * w + c) + s;
                    crop[3 * (r * cw + c) + s] = f.pixels()[from];
                }
            }
        }
        check(crop, cw, ch, false, file + " cropped to " + cw + " x " + ch);
    }

    private static void check(byte[] rgb, int w, int h, boolean planar, String what) {
        VideoColourConverter gpu = new OpenClVideoColour(OpenClTesting.runtime());
        int chroma = ((w + 1) / 2) * ((h + 1) / 2);
        long before = OpenClTesting.launches();
        byte[][] a = {new byte[w * h], new byte[chroma], new byte[chroma]};
        byte[][] b = {new byte[w * h], new byte[chroma], new byte[chroma]};
        TWIN.rgbToPicture(rgb, w, h, planar, a[0], a[1], a[2]);
        gpu.rgbToPicture(rgb, w, h, planar, b[0], b[1], b[2]);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a[c], b[c], "RGB to picture, plane " + c + ", " + what);
        }
        for (boolean full : new boolean[] {false, true}) {
            byte[] ra = new byte[3 * w * h];
            byte[] rb = new byte[3 * w * h];
            TWIN.pictureToRgb(a[0], a[1], a[2], w, h, full, ra);
            gpu.pictureToRgb(a[0], a[1], a[2], w, h, full, rb);
            assertArrayEquals(ra, rb, "picture to RGB, full range " + full + ", " + what);
        }
        OpenClTesting.assertRanOnDevice(before, "video colour");
    }

    @Test
    void videoColour_usesTheProvidersStage_withTheTwinsBytes() {
        OpenClTesting.runtime(); // skips when there is no platform at all
        RealFrame f = OpenClTesting.frame("pydicom-data/US1_UNCR.dcm", 0);
        OpenClRuntime process = OpenClRuntime.get();
        if (process.device() != null) {
            assertInstanceOf(OpenClVideoColour.class, Stages.current().videoColour());
        } else {
            assertInstanceOf(JavaVideoColourConverter.class, Stages.current().videoColour());
        }
        long before = process.openedDevice() == null ? 0 : process.openedDevice().launches();
        VideoPicture p = VideoColour.toPicture(f.pixels(), f.pd());
        byte[] back = VideoColour.toNative(p, "RGB").pixels();
        int w = f.pd().columns();
        int h = f.pd().rows();
        int chroma = ((w + 1) / 2) * ((h + 1) / 2);
        byte[][] a = {new byte[w * h], new byte[chroma], new byte[chroma]};
        TWIN.rgbToPicture(f.pixels(), w, h, false, a[0], a[1], a[2]);
        assertArrayEquals(a[0], p.y());
        assertArrayEquals(a[1], p.cb());
        assertArrayEquals(a[2], p.cr());
        byte[] expected = new byte[3 * w * h];
        TWIN.pictureToRgb(a[0], a[1], a[2], w, h, false, expected);
        assertArrayEquals(expected, back);
        if (process.device() != null) {
            assertTrue(process.openedDevice().launches() >= before + 2, "both directions ran on the device");
        }
    }
}
