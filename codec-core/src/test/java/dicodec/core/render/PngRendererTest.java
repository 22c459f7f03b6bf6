package dicodec.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files rendered to PNG and decoded again with ImageIO: the values are checked against the
 * stored pixels read here byte by byte, or against DCMTK's dcm2pnm for windowing and colour
 * conversion.
 */
class PngRendererTest {
    private static final List<int[]> POINTS = List.of(new int[] {0, 0}, new int[] {5, 7}, new int[] {60, 31},
            new int[] {99, 99}, new int[] {42, 80});

    @TempDir
    Path tmp;

    @Test
    void signedGrey_noWindow_is16BitGreyOfTheStoredValuesShiftedToUnsigned() throws Exception {
        for (String file : new String[] {"pylibjpeg-data/LittleEndianExplicit/MR_small.dcm",
                "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm"}) {
            try (DicomObject o = VoiWindowTest.read(file)) {
                Raster r = decodePng(render(o, null, false)).getRaster();
                assertEquals(1, r.getNumBands(), file);
                assertEquals(16, r.getSampleModel().getSampleSize(0), file);
                byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
                int cols = PixelDescription.from(o.dataset()).columns();
                for (int[] p : POINTS) {
                    int x = p[0] % cols;
                    int y = p[1] % cols;
                    int i = 2 * (y * cols + x);
                    short stored = (short) ((px[i] & 0xFF) | px[i + 1] << 8);
                    assertEquals(stored + 32768, r.getSample(x, y, 0), file + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void ctWithWindowAndRescale_matchesDcmtk() throws Exception {
        String file = "pylibjpeg-data/LittleEndianExplicit/CT_small.dcm";
        try (DicomObject o = VoiWindowTest.read(file)) {
            Raster ours = decodePng(render(o, new VoiWindow(40, 400), true)).getRaster();
            assertEquals(8, ours.getSampleModel().getSampleSize(0));
            Raster dcmtk = dcm2pnm(file, "+Ww", "40", "400").getRaster();
            assertSameWithin(1, dcmtk, ours, file);
        }
    }

    @Test
    void monochrome1_withWindow_isInvertedForDisplayAsDcmtkDoes_andStoredWithout() throws Exception {
        String file = "debian-python3-pydicom/6278";
        try (DicomObject o = VoiWindowTest.read(file)) {
            Raster ours = decodePng(render(o, new VoiWindow(2000, 4000), true)).getRaster();
            assertSameWithin(1, dcm2pnm(file, "+Ww", "2000", "4000").getRaster(), ours, file);
            Raster stored = decodePng(render(o, null, false)).getRaster();
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            for (int[] p : POINTS) {
                int x = p[0] % 16;
                int y = p[1] % 16;
                int i = 2 * (y * 16 + x);
                assertEquals(((px[i] & 0xFF) | (px[i + 1] & 0xFF) << 8) & 0x0FFF, stored.getSample(x, y, 0));
            }
        }
    }

    @Test
    void rgb8_planar0And1_isAnRgbPngOfTheStoredSamples() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/SC_rgb.dcm")) {
            BufferedImage img = decodePng(render(o, null, false));
            assertEquals(100, img.getWidth());
            assertEquals(100, img.getHeight());
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            for (int[] p : POINTS) {
                int i = 3 * (p[1] * 100 + p[0]);
                assertRgb(px[i], px[i + 1], px[i + 2], img.getRaster(), p[0], p[1]);
            }
        }
        try (DicomObject o = VoiWindowTest.read("debian-python3-pydicom/ExplVR_BigEnd.dcm")) {
            BufferedImage img = decodePng(render(o, null, false));
            assertEquals(80, img.getWidth());
            assertEquals(60, img.getHeight());
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            int plane = 60 * 80;
            for (int[] p : POINTS) {
                int x = p[0] % 80;
                int y = p[1] % 60;
                int i = y * 80 + x;
                assertRgb(px[i], px[plane + i], px[2 * plane + i], img.getRaster(), x, y);
            }
        }
    }

    @Test
    void rgb16_isA16BitRgbPngOfTheStoredSamples() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/SC_rgb_16bit.dcm")) {
            Raster r = decodePng(render(o, null, false)).getRaster();
            assertEquals(16, r.getSampleModel().getSampleSize(0));
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            for (int[] p : POINTS) {
                for (int c = 0; c < 3; c++) {
                    int i = 2 * (3 * (p[1] * 100 + p[0]) + c);
                    assertEquals((px[i] & 0xFF) | (px[i + 1] & 0xFF) << 8, r.getSample(p[0], p[1], c));
                }
            }
        }
    }

    @Test
    void paletteColor_isRgbThroughItsSixteenBitLookupTables() throws Exception {
        String file = "pydicom-data/OBXXXX1A.dcm";
        try (DicomObject o = VoiWindowTest.read(file)) {
            Raster r = decodePng(render(o, null, true)).getRaster();
            assertEquals(800, r.getWidth());
            assertEquals(3, r.getNumBands());
            assertEquals(16, r.getSampleModel().getSampleSize(0), "the descriptor says 16 bits per entry");
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            byte[][] luts = {o.dataset().get(0x00281201).bytes(), o.dataset().get(0x00281202).bytes(),
                    o.dataset().get(0x00281203).bytes()};
            for (int[] p : List.of(new int[] {0, 0}, new int[] {400, 300}, new int[] {123, 456},
                    new int[] {799, 599})) {
                int index = px[p[1] * 800 + p[0]] & 0xFF; // first mapped value is 0
                for (int c = 0; c < 3; c++) {
                    int entry = (luts[c][2 * index] & 0xFF) | (luts[c][2 * index + 1] & 0xFF) << 8;
                    assertEquals(entry, r.getSample(p[0], p[1], c), "channel " + c + " at " + p[0] + "," + p[1]);
                }
            }
            // and DCMTK's 8-bit rendering agrees with the high bytes
            Raster dcmtk = dcm2pnm(file).getRaster();
            int worst = 0;
            for (int y = 0; y < 600; y++) {
                for (int x = 0; x < 800; x++) {
                    for (int c = 0; c < 3; c++) {
                        worst = Math.max(worst, Math.abs((r.getSample(x, y, c) >> 8) - dcmtk.getSample(x, y, c)));
                    }
                }
            }
            assertTrue(worst <= 1, "largest difference from dcm2pnm: " + worst);
        }
    }

    @Test
    void paletteColor_withoutItsTables_isUnsupported() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/OBXXXX1A.dcm")) {
            DicodecException e = assertThrows(DicodecException.class, () -> render(o, null, false));
            assertEquals(ErrorKind.UNSUPPORTED, e.kind());
        }
    }

    @Test
    void segmentedPalette_isUnsupportedNamingIt() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/gdcm-US-ALOKA-16.dcm")) {
            DicodecException e = assertThrows(DicodecException.class, () -> render(o, null, true));
            assertEquals(ErrorKind.UNSUPPORTED, e.kind());
            assertTrue(e.getMessage().contains("segmented"), e.getMessage());
        }
    }

    @Test
    void oneBit_isGreyOfZeroAnd255() throws Exception {
        try (DicomObject o = VoiWindowTest.read("debian-python3-pydicom/liver_1frame.dcm")) {
            Raster r = decodePng(render(o, new VoiWindow(0, 1), false)).getRaster();
            assertEquals(512, r.getWidth());
            assertEquals(8, r.getSampleModel().getSampleSize(0));
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            int ones = 0;
            for (int y = 0; y < 512; y++) {
                for (int x = 0; x < 512; x++) {
                    int p = y * 512 + x;
                    int bit = px[p / 8] >> (p % 8) & 1;
                    assertEquals(bit * 255, r.getSample(x, y, 0), "at " + x + "," + y);
                    ones += bit;
                }
            }
            assertTrue(ones > 0, "the mask is not empty, so the comparison means something");
        }
    }

    @Test
    void ybrFullAndFull422_areConvertedToRgbAsDcmtkDoes() throws Exception {
        for (String file : new String[] {"pydicom-data/SC_ybr_full_uncompressed.dcm",
                "debian-python3-pydicom/SC_ybr_full_422_uncompressed.dcm"}) {
            try (DicomObject o = VoiWindowTest.read(file)) {
                Raster ours = decodePng(render(o, null, false)).getRaster();
                assertEquals(3, ours.getNumBands(), file);
                assertSameWithin(2, dcm2pnm(file).getRaster(), ours, file);
            }
        }
    }

    /** Frame 1 of {@code o}, with the data set's rescale and palette when {@code display}. */
    private static byte[] render(DicomObject o, VoiWindow window, boolean display) {
        try (DecodedFrames frames = DecodedFrames.open(o, new CodecRegistry(List.of()), null)) {
            DecodedFrame f = frames.frame(0);
            PixelDescription pd = frames.description();
            if (!display) {
                return PngRenderer.render(f, pd, window);
            }
            return PngRenderer.render(f, pd, DisplayAttributes.fromDataset(o.dataset(), pd, 0), window);
        }
    }

    static BufferedImage decodePng(byte[] png) throws IOException {
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(img != null, "ImageIO reads the PNG back");
        return img;
    }

    private BufferedImage dcm2pnm(String file, String... options) throws IOException {
        ExternalTool.assumePresent("dcm2pnm");
        Path out = tmp.resolve("dcmtk-" + System.nanoTime() + ".png");
        String[] cmd = new String[options.length + 4];
        cmd[0] = "dcm2pnm";
        cmd[1] = "+on";
        System.arraycopy(options, 0, cmd, 2, options.length);
        cmd[cmd.length - 2] = dicodec.core.testing.SharedTestdata.dir().resolve(file).toString();
        cmd[cmd.length - 1] = out.toString();
        ExternalTool.Result res = ExternalTool.run(cmd);
        assertEquals(0, res.exitCode(), res.stderr());
        return ImageIO.read(out.toFile());
    }

    private static void assertSameWithin(int tolerance, Raster expected, Raster actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        assertEquals(expected.getNumBands(), actual.getNumBands(), what);
        int worst = 0;
        boolean varied = false;
        int first = actual.getSample(0, 0, 0);
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                for (int b = 0; b < actual.getNumBands(); b++) {
                    worst = Math.max(worst, Math.abs(expected.getSample(x, y, b) - actual.getSample(x, y, b)));
                    varied |= actual.getSample(x, y, b) != first;
                }
            }
        }
        assertTrue(worst <= tolerance, what + ": largest difference from dcm2pnm " + worst);
        assertTrue(varied, what + ": the image is not one flat value");
    }

    private static void assertRgb(byte r, byte g, byte b, Raster raster, int x, int y) {
        assertEquals(r & 0xFF, raster.getSample(x, y, 0), "red at " + x + "," + y);
        assertEquals(g & 0xFF, raster.getSample(x, y, 1), "green at " + x + "," + y);
        assertEquals(b & 0xFF, raster.getSample(x, y, 2), "blue at " + x + "," + y);
    }
}
