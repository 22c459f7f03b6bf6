package dicodec.core.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.VideoPicture;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast conversions give exactly the samples of the pixel-by-pixel reference (the code the
 * FFmpeg comparison tests were first passed with), for every photometric interpretation, both
 * planar configurations, studio and full range, and odd sizes (partial chroma blocks).
 */
class VideoColourTest {
    private static final int[][] SIZES = {{16, 8}, {7, 5}, {1, 1}, {2, 3}, {33, 17}};

    static Stream<Arguments> encodeCases() {
        return Stream.of("MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422").flatMap(pi -> Stream.of(0, 1)
                .filter(planar -> planar == 0 || pi.equals("RGB") || pi.equals("YBR_FULL"))
                .flatMap(planar -> Stream.of(SIZES).map(s -> Arguments.of(pi, planar, s[0], s[1]))));
    }

    @ParameterizedTest(name = "{0} planar {1} {2}x{3}")
    @MethodSource("encodeCases")
    void toPictureEqualsReference(String pi, int planar, int w, int h) {
        if (pi.equals("YBR_FULL_422") && (w * h) % 2 != 0) {
            return; // native YBR_FULL_422 has whole pixel pairs only
        }
        int samples = pi.equals("MONOCHROME2") ? 1 : 3;
        PixelDescription pd = new PixelDescription(h, w, samples, 8, 8, 7, 0, pi, planar, 1, Tag.PIXEL_DATA,
                List.of());
        int length = pi.equals("YBR_FULL_422") ? w * h * 2 : w * h * samples;
        Random random = new Random(31L * w + h + pi.hashCode() + planar);
        for (int trial = 0; trial < 20; trial++) {
            byte[] frame = new byte[length];
            fill(random, frame, trial);
            VideoPicture want = VideoColourReference.toPicture(frame, pd);
            VideoPicture got = VideoColour.toPicture(frame, pd);
            assertEquals(want.width(), got.width());
            assertEquals(want.height(), got.height());
            assertArrayEquals(want.y(), got.y(), "Y");
            assertArrayEquals(want.cb(), got.cb(), "Cb");
            assertArrayEquals(want.cr(), got.cr(), "Cr");
        }
    }

    static Stream<Arguments> decodeCases() {
        return Stream.of("RGB", "YBR_FULL", "MONOCHROME2").flatMap(pi -> Stream.of(false, true)
                .flatMap(full -> Stream.of(false, true)
                        .flatMap(mono -> Stream.of(SIZES).map(s -> Arguments.of(pi, full, mono, s[0], s[1])))));
    }

    @ParameterizedTest(name = "{0} full range {1} 4:0:0 {2} {3}x{4}")
    @MethodSource("decodeCases")
    void toNativeEqualsReference(String pi, boolean full, boolean mono, int w, int h) {
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        Random random = new Random(17L * w + h + pi.hashCode() + (full ? 1 : 0) + (mono ? 2 : 0));
        for (int trial = 0; trial < 20; trial++) {
            byte[] y = new byte[w * h];
            byte[] cb = new byte[cw * ch];
            byte[] cr = new byte[cw * ch];
            fill(random, y, trial);
            fill(random, cb, trial);
            fill(random, cr, trial);
            VideoPicture p = mono ? new VideoPicture(w, h, y, null, null, full) : new VideoPicture(w, h, y, cb, cr, full);
            DecodedFrame want = VideoColourReference.toNative(p, pi);
            DecodedFrame got = VideoColour.toNative(p, pi);
            assertEquals(want.photometric(), got.photometric());
            assertEquals(want.planarConfiguration(), got.planarConfiguration());
            assertArrayEquals(want.pixels(), got.pixels());
        }
    }

    /** Random samples; the first trials hold the extremes (0, 255), where clamping happens. */
    private static void fill(Random random, byte[] a, int trial) {
        for (int i = 0; i < a.length; i++) {
            a[i] = switch (trial) {
                case 0 -> 0;
                case 1 -> (byte) 255;
                case 2 -> (byte) ((i & 1) == 0 ? 0 : 255);
                case 3 -> (byte) ((i % 3) == 0 ? 255 : 0);
                default -> (byte) random.nextInt(256);
            };
        }
    }
}
