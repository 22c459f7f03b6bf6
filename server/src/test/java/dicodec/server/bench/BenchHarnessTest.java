package dicodec.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.server.cli.DicodecCli;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dicodec bench} end to end on a tiny corpus made here (a 16-bit signed grey image
 * and an 8-bit RGB one, 96 x 128), one repetition, two syntaxes (JPEG-LS lossless and JPEG 2000
 * lossy with its sweep), and checks that the report holds real measurements: throughput above
 * zero, ratios, exact lossless output, finite PSNR for lossy, and plots that decode as PNG.
 * The peers take part where they are installed (scripts/setup.sh installs them).
 */
class BenchHarnessTest {

    @TempDir
    Path tmp;

    @Test
    void reportOfATinyCorpusHoldsMeasuredNumbersAndPlots() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus.resolve("grey16.dcm"), 1, 16, 1, "MONOCHROME2", "1.2.3.1");
        write(corpus.resolve("rgb8.dcm"), 3, 8, 0, "RGB", "1.2.3.2");
        Path out = tmp.resolve("report");
        StringWriter err = new StringWriter();
        StringWriter o = new StringWriter();
        int code = DicodecCli.run(new PrintWriter(o, true), new PrintWriter(err, true), "bench", "--corpus",
                corpus.toString(), "--out", out.toString(), "--reps", "1", "--syntaxes", "jpegls,j2k-lossy");
        assertEquals(0, code, err.toString());

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| grey16 |") && md.contains("| rgb8 |"), md);
        String json = Files.readString(out.resolve("results.json"));
        // every dicodec result measured something: MP/s from times, a ratio, an error figure
        List<String> rows = records(json);
        assertFalse(rows.isEmpty(), json);
        int ours = 0;
        for (String r : rows) {
            if (!r.contains("\"tool\": \"dicodec (in-process)\"")) {
                continue;
            }
            ours++;
            assertTrue(r.contains("\"failure\": null"), r);
            assertTrue(number(r, "ratio") > 1, r);
            assertTrue(firstNanos(r, "encodeNanos") > 0 && firstNanos(r, "decodeNanos") > 0, r);
            if (r.contains("\"syntax\": \"jpegls\"")) {
                assertTrue(r.contains("\"maxError\": 0,"), "lossless must be exact: " + r);
            } else {
                assertTrue(number(r, "maxError") > 0 && number(r, "psnr") > 20, "lossy has a finite PSNR: " + r);
            }
        }
        assertEquals(2 + 2 * 4, ours, "jpegls on 2 images + j2k-lossy at 4 points on 2 images");
        // MP/s in the table: the in-process rows show a positive median
        Matcher m = Pattern.compile("\\| dicodec \\(in-process\\) \\| ([0-9.]+) \\(").matcher(md);
        assertTrue(m.find(), md);
        assertTrue(Double.parseDouble(m.group(1)) > 0, md);

        for (String plot : List.of("rd-j2k-lossy-grey16.png", "rd-j2k-lossy-rgb8.png")) {
            assertTrue(md.contains("(" + plot + ")"), "report links " + plot);
            BufferedImage img = ImageIO.read(out.resolve(plot).toFile());
            assertNotNull(img, plot + " decodes as an image");
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, plot);
        }
    }

    private static List<String> records(String json) {
        return Pattern.compile("\\{\"syntax\": [^\\n]*\\}").matcher(json).results().map(r -> r.group()).toList();
    }

    private static double number(String record, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (\"inf\"|[-0-9.]+)").matcher(record);
        assertTrue(m.find(), key + " in " + record);
        return m.group(1).equals("\"inf\"") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
    }

    private static long firstNanos(String record, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\[(\\d+)").matcher(record);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** A 96 x 128 image: a smooth field with noise, so that codecs neither fail nor win by a mile. */
    private static void write(Path file, int samples, int bits, int signed, String photometric, String uid)
            throws Exception {
        int rows = 96;
        int cols = 128;
        Random random = new Random(7);
        int bytes = bits / 8;
        byte[] px = new byte[rows * cols * samples * bytes];
        int i = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                for (int s = 0; s < samples; s++) {
                    int v = bits == 8 ? (x + 2 * y + 40 * s) % 256 : (x * 30 + y * 20) - 1500 + random.nextInt(64);
                    v += bits == 8 ? random.nextInt(4) : 0;
                    for (int b = 0; b < bytes; b++) {
                        px[i++] = (byte) (Math.min(bits == 8 ? 255 : 0xFFFF, Math.max(bits == 8 ? 0 : -0x8000, v))
                                >>> (8 * b));
                    }
                }
            }
        }
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, uid));
        us(ds, Tag.SAMPLES_PER_PIXEL, samples);
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric));
        if (samples == 3) {
            us(ds, Tag.PLANAR_CONFIGURATION, 0);
        }
        us(ds, Tag.ROWS, rows);
        us(ds, Tag.COLUMNS, cols);
        us(ds, Tag.BITS_ALLOCATED, bits);
        us(ds, Tag.BITS_STORED, bits);
        us(ds, Tag.HIGH_BIT, bits - 1);
        us(ds, Tag.PIXEL_REPRESENTATION, signed);
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, bits == 8 ? VR.OB : VR.OW, px));
        try (OutputStream out = Files.newOutputStream(file)) {
            DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        }
    }

    private static void us(Dataset ds, int tag, int v) {
        ds.put(DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >>> 8)}));
    }
}
