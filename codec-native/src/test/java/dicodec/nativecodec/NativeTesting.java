package dicodec.nativecodec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.io.Tag;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What the codec-native tests share: transcoding a file, reading its pixels, reference tools. */
public final class NativeTesting {
    private static final CodecRegistry REGISTRY = CodecRegistry.load();
    private static final Set<String> NATIVE_SYNTAXES = Set.of(TransferSyntaxes.IMPLICIT_VR_LE.uid(),
            TransferSyntaxes.EXPLICIT_VR_LE.uid(), TransferSyntaxes.EXPLICIT_VR_BE.uid(),
            TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE.uid());

    private NativeTesting() {
    }

    public static CodecRegistry registry() {
        return REGISTRY;
    }

    /** Transcodes {@code in} to {@code out} with {@code options}, on the native backend. */
    public static TranscodeResult transcode(Path in, Path out, TranscodeOptions options) {
        try (FileByteSource src = new FileByteSource(in); OutputStream os = Files.newOutputStream(out)) {
            DicomObject obj = DicomReader.read(src);
            return new Transcoder(REGISTRY).transcode(obj, options.withBackend(Backend.NATIVE), os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code in} to Explicit VR Little Endian with the native codecs. */
    public static TranscodeResult decode(Path in, Path out) {
        return transcode(in, out, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE));
    }

    /** The pixels of a native file: every frame, Little Endian, and what describes them. */
    public record Pixels(PixelDescription pd, List<byte[]> frames) {
        /** Frame i with colour by pixel, whatever the planar configuration. */
        public byte[] interleaved(int i) {
            byte[] f = frames.get(i);
            if (pd.samplesPerPixel() == 1 || pd.planarConfiguration() == 0) {
                return f;
            }
            return Samples.planarToInterleaved(f, pd.rows() * pd.columns(), pd.samplesPerPixel(),
                    pd.bitsAllocated() / 8);
        }
    }

    public static Pixels pixels(Path nativeFile) {
        try (FileByteSource src = new FileByteSource(nativeFile)) {
            DicomObject o = DicomReader.read(src);
            NativeFrames nf = NativeFrames.of(o.dataset());
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < nf.count(); i++) {
                frames.add(nf.frame(i));
            }
            return new Pixels(PixelDescription.from(o.dataset()), frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string attribute of a file's data set. */
    public static String attribute(Path file, int tag) {
        try (FileByteSource src = new FileByteSource(file)) {
            return DicomReader.read(src).dataset().getString(tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that two native files hold the same sample values, frame by frame, colour by pixel. */
    public static void assertSamePixels(Pixels expected, Pixels actual, String what) {
        assertEquals(expected.frames().size(), actual.frames().size(), what + ": frame count");
        for (int i = 0; i < expected.frames().size(); i++) {
            byte[] e = expected.interleaved(i);
            byte[] a = actual.interleaved(i);
            if (!Arrays.equals(e, a)) {
                int at = Arrays.mismatch(e, a);
                throw new AssertionError(what + ": frame " + (i + 1) + " differs first at byte " + at + " of "
                        + e.length + " (" + (at < e.length ? e[at] & 0xFF : -1) + " vs "
                        + (at < a.length ? a[at] & 0xFF : -1) + ", lengths " + e.length + "/" + a.length + ")");
            }
        }
    }

    /**
     * Asserts equal sample values: bytes equal, except that for signed samples with Bits Stored
     * below Bits Allocated only the Bits Stored bits count (PS3.5 8.1.1: the bits above High
     * Bit are not part of the value). DCMTK and GDCM leave them zero after a JPEG-LS decode, we
     * sign extend (dicom-rules L3); both mean the same values.
     */
    public static void assertSameValues(Pixels expected, Pixels actual, String what) {
        PixelDescription pd = expected.pd();
        assertEquals(expected.frames().size(), actual.frames().size(), what + ": frame count");
        for (int f = 0; f < expected.frames().size(); f++) {
            long[] e = values(expected, f);
            long[] a = values(actual, f);
            if (!Arrays.equals(e, a)) {
                int at = Arrays.mismatch(e, a);
                throw new AssertionError(what + ": frame " + (f + 1) + " sample " + at + " of " + e.length + " is "
                        + (at < a.length ? a[at] : "missing") + ", expected " + (at < e.length ? e[at] : "none"));
            }
        }
        boolean sameContainer = pd.bitsAllocated() == actual.pd().bitsAllocated();
        if (sameContainer && !(pd.isSigned() && pd.bitsStored() < pd.bitsAllocated())) {
            assertSamePixels(expected, actual, what);
        }
    }

    /**
     * The sample values of frame {@code f}, colour by pixel, read at {@code p}'s own Bits
     * Allocated, Bits Stored and Pixel Representation (1-bit frames unpacked).
     */
    public static long[] values(Pixels p, int f) {
        PixelDescription pd = p.pd();
        byte[] b = p.interleaved(f);
        int n = pd.rows() * pd.columns() * pd.samplesPerPixel();
        long[] out = new long[n];
        if (pd.bitsAllocated() == 1) {
            for (int i = 0; i < n; i++) {
                out[i] = b[i >>> 3] >>> (i & 7) & 1;
            }
            return out;
        }
        int bytes = pd.bitsAllocated() / 8;
        long mask = (1L << pd.bitsStored()) - 1;
        for (int i = 0; i < n; i++) {
            out[i] = value(b, i, bytes, mask, pd);
        }
        return out;
    }

    /** The "decoders" column of the shared README for this file ("dcmtk ok, gdcm FAIL" ...). */
    public static String decoders(SharedTestdata.Entry e) {
        try {
            for (String line : Files.readAllLines(SharedTestdata.dir().resolve("README.md"))) {
                if (line.startsWith("| `" + e.file() + "`")) {
                    return line.split("\\|", -1)[9].trim();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return "";
    }

    /** The largest absolute difference between sample values, Bits Stored of {@code pd}. */
    public static long maxError(Pixels expected, Pixels actual) {
        PixelDescription pd = expected.pd();
        int bytes = pd.bitsAllocated() / 8;
        long mask = (1L << pd.bitsStored()) - 1;
        long max = 0;
        for (int f = 0; f < expected.frames().size(); f++) {
            byte[] e = expected.interleaved(f);
            byte[] a = actual.interleaved(f);
            for (int i = 0; i < e.length / bytes; i++) {
                long x = value(e, i, bytes, mask, pd);
                long y = value(a, i, bytes, mask, pd);
                max = Math.max(max, Math.abs(x - y));
            }
        }
        return max;
    }

    /** PSNR in dB over all frames at Bits Stored of {@code expected} (infinite when equal). */
    public static double psnr(Pixels expected, Pixels actual) {
        PixelDescription pd = expected.pd();
        int bytes = pd.bitsAllocated() / 8;
        long mask = (1L << pd.bitsStored()) - 1;
        double sum = 0;
        long n = 0;
        for (int f = 0; f < expected.frames().size(); f++) {
            byte[] e = expected.interleaved(f);
            byte[] a = actual.interleaved(f);
            for (int i = 0; i < e.length / bytes; i++) {
                double d = value(e, i, bytes, mask, pd) - value(a, i, bytes, mask, pd);
                sum += d * d;
                n++;
            }
        }
        return sum == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10((double) mask * mask / (sum / n));
    }

    /** 8-bit YCbCr (YBR_FULL, JFIF equations) to RGB, colour by pixel, as a decoder converts it. */
    public static Pixels ybrFullToRgb(Pixels p) {
        List<byte[]> out = new ArrayList<>();
        for (int f = 0; f < p.frames().size(); f++) {
            byte[] in = p.interleaved(f);
            byte[] rgb = new byte[in.length];
            for (int i = 0; i < in.length; i += 3) {
                double y = in[i] & 0xFF;
                double cb = (in[i + 1] & 0xFF) - 128;
                double cr = (in[i + 2] & 0xFF) - 128;
                rgb[i] = clamp(y + 1.402 * cr);
                rgb[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
                rgb[i + 2] = clamp(y + 1.772 * cb);
            }
            out.add(rgb);
        }
        PixelDescription pd = p.pd();
        return new Pixels(new PixelDescription(pd.rows(), pd.columns(), 3, 8, 8, 7, 0, "RGB", 0, pd.frames(),
                pd.pixelDataTag(), List.of()), out);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static long value(byte[] b, int i, int bytes, long mask, PixelDescription pd) {
        long v = 0;
        for (int k = bytes - 1; k >= 0; k--) {
            v = v << 8 | (b[i * bytes + k] & 0xFF);
        }
        v &= mask;
        if (pd.isSigned() && (v >> (pd.bitsStored() - 1) & 1) == 1) {
            v -= 1L << pd.bitsStored();
        }
        return v;
    }

    /** Runs a reference tool that writes {@code out}; fails the test with its stderr if it fails. */
    public static Path runTool(Path out, String... command) {
        ExternalTool.assumePresent(command[0]);
        ExternalTool.Result r = ExternalTool.run(command);
        if (r.exitCode() != 0 || !Files.exists(out)) {
            throw new AssertionError(String.join(" ", command) + " failed (" + r.exitCode() + "): " + r.stderr()
                    + r.stdout());
        }
        return out;
    }

    /**
     * Decodes every frame of a compressed file with the native codec of its syntax, called
     * directly (not through the transcoder): what the decoder gives, frame by frame.
     */
    public static Pixels decodeFrames(Path file) {
        try (FileByteSource src = new FileByteSource(file)) {
            DicomObject o = DicomReader.read(src);
            PixelDescription pd = PixelDescription.from(o.dataset());
            dicodec.core.spi.FrameDecoder d = REGISTRY.decoderFor(o.syntax(), pd, Backend.NATIVE).decoder();
            dicodec.core.pixel.EncapsulatedFrames ef = dicodec.core.pixel.EncapsulatedFrames.of(o.dataset(), o.syntax());
            List<byte[]> frames = new ArrayList<>();
            String pi = pd.photometric();
            for (int i = 0; i < ef.count(); i++) {
                dicodec.core.spi.DecodedFrame df = d.decode(ef.frame(i), pd);
                assertEquals(0, df.planarConfiguration());
                frames.add(df.pixels());
                pi = df.photometric();
            }
            return new Pixels(new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), pd.bitsAllocated(),
                    pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), pi, 0, pd.frames(), pd.pixelDataTag(),
                    List.of()), frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * opj_decompress (OpenJPEG's own tool) on each frame's codestream, written to a .j2k file:
     * the components come back as planes (.rawl: Little Endian, 1 byte a sample up to 8 bits,
     * else 2), read at the stream's precision and sign.
     */
    public static Pixels opjDecompress(Path dicom, Path work) {
        return codestreamTool(dicom, work, "opj_decompress");
    }

    /**
     * ojph_expand (OpenJPH's tool) on each frame's codestream: .yuv (planes, as .rawl) for grey,
     * .ppm for colour (its .yuv writer refuses colour-transformed streams). Null for signed
     * samples, which OpenJPH 0.9's writers clamp at 0: the tool cannot show them.
     */
    public static Pixels ojphExpand(Path dicom, Path work) {
        if (describe(dicom).isSigned()) {
            return null;
        }
        if (describe(dicom).samplesPerPixel() == 3) {
            return ppmTool(dicom, work);
        }
        return codestreamTool(dicom, work, "ojph_expand");
    }

    private static Pixels ppmTool(Path dicom, Path work) {
        ExternalTool.assumePresent("ojph_expand");
        try (FileByteSource src = new FileByteSource(dicom)) {
            DicomObject o = DicomReader.read(src);
            PixelDescription pd = PixelDescription.from(o.dataset());
            dicodec.core.pixel.EncapsulatedFrames ef = dicodec.core.pixel.EncapsulatedFrames.of(o.dataset(), o.syntax());
            List<byte[]> frames = new ArrayList<>();
            int precision = 8;
            for (int i = 0; i < ef.count(); i++) {
                byte[] cs = ef.frame(i);
                precision = dicodec.core.pixel.CodestreamHeader.probe(cs).precision();
                Path j2k = work.resolve("frame" + i + ".j2k");
                Path ppm = work.resolve("frame" + i + ".ppm");
                Files.write(j2k, cs);
                runTool(ppm, "ojph_expand", "-i", j2k.toString(), "-o", ppm.toString());
                frames.add(ppmSamples(Files.readAllBytes(ppm)));
            }
            int ba = precision <= 8 ? 8 : 16;
            return new Pixels(new PixelDescription(pd.rows(), pd.columns(), 3, ba, precision, precision - 1, 0, "RGB", 0,
                    pd.frames(), pd.pixelDataTag(), List.of()), frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples of a binary PPM (P6), 16-bit ones turned from Big to Little Endian. */
    static byte[] ppmSamples(byte[] ppm) {
        int pos = 0;
        int[] fields = new int[4];
        for (int f = 0; f < 4; f++) {
            while (Character.isWhitespace(ppm[pos])) {
                pos++;
            }
            int start = pos;
            while (!Character.isWhitespace(ppm[pos])) {
                pos++;
            }
            String token = new String(ppm, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
            fields[f] = f == 0 ? 0 : Integer.parseInt(token);
        }
        pos++; // the one whitespace after maxval
        byte[] out = Arrays.copyOfRange(ppm, pos, ppm.length);
        if (fields[3] > 255) {
            for (int i = 0; i + 1 < out.length; i += 2) {
                byte t = out[i];
                out[i] = out[i + 1];
                out[i + 1] = t;
            }
        }
        return out;
    }

    private static Pixels codestreamTool(Path dicom, Path work, String tool) {
        ExternalTool.assumePresent(tool);
        try (FileByteSource src = new FileByteSource(dicom)) {
            DicomObject o = DicomReader.read(src);
            PixelDescription pd = PixelDescription.from(o.dataset());
            dicodec.core.pixel.EncapsulatedFrames ef = dicodec.core.pixel.EncapsulatedFrames.of(o.dataset(), o.syntax());
            List<byte[]> frames = new ArrayList<>();
            dicodec.core.pixel.CodestreamHeader h = null;
            for (int i = 0; i < ef.count(); i++) {
                byte[] cs = ef.frame(i);
                h = dicodec.core.pixel.CodestreamHeader.probe(cs);
                Path j2k = work.resolve("frame" + i + ".j2k");
                Path raw = work.resolve("frame" + i + (tool.equals("ojph_expand") ? ".yuv" : ".rawl"));
                Files.write(j2k, cs);
                if (tool.equals("ojph_expand")) {
                    runTool(raw, tool, "-i", j2k.toString(), "-o", raw.toString());
                } else {
                    runTool(raw, tool, "-quiet", "-i", j2k.toString(), "-o", raw.toString());
                }
                frames.add(Files.readAllBytes(raw));
            }
            int ba = h.precision() <= 8 ? 8 : 16;
            PixelDescription out = new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), ba,
                    h.precision(), h.precision() - 1, h.signed() ? 1 : 0, pd.samplesPerPixel() == 3 ? "RGB" : pd.photometric(),
                    pd.samplesPerPixel() == 3 ? 1 : 0, pd.frames(), pd.pixelDataTag(), List.of());
            return new Pixels(out, frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gdcmconv --raw: GDCM's decode of a compressed file. */
    public static Path gdcmRaw(Path in, Path out) {
        return runTool(out, "gdcmconv", "--raw", in.toString(), out.toString());
    }

    /**
     * GDCM's decode of a compressed file as pixels: gdcmconv --raw, or, for the objects GDCM
     * decodes but refuses to write ("Problem with NumberOfDimensions and MediaStorage": multi-frame
     * Secondary Capture), gdcmraw -P, whose raw buffer is cut into frames as the data set says.
     */
    public static Pixels gdcmPixels(Path in, Path work) {
        ExternalTool.assumePresent("gdcmconv");
        Path out = work.resolve("gdcm.dcm");
        ExternalTool.Result r = ExternalTool.run("gdcmconv", "-V", "--raw", in.toString(), out.toString());
        if (r.exitCode() == 0) {
            return pixels(out);
        }
        if (!(r.stderr() + r.stdout()).contains("Problem with NumberOfDimensions and MediaStorage")) {
            throw new AssertionError("gdcmconv --raw " + in + " failed: " + r.stderr() + r.stdout());
        }
        Path raw = work.resolve("gdcm.raw");
        runTool(raw, "gdcmraw", "-i", in.toString(), "-o", raw.toString(), "-P");
        PixelDescription pd = describe(in);
        try {
            byte[] all = Files.readAllBytes(raw);
            int len = pd.frameLength();
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < pd.frames(); i++) {
                frames.add(Arrays.copyOfRange(all, i * len, (i + 1) * len));
            }
            PixelDescription decoded = new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(),
                    pd.bitsAllocated(), pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), pd.photometric(), 0,
                    pd.frames(), pd.pixelDataTag(), List.of());
            return new Pixels(decoded, frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared files whose transfer syntax is one of {@code uids}, BROKEN ones left out; one
     * null entry when the folder is absent (the test then skips with one line).
     */
    public static Stream<SharedTestdata.Entry> sharedFiles(Predicate<SharedTestdata.Entry> filter) {
        if (!SharedTestdata.present()) {
            return Stream.of((SharedTestdata.Entry) null);
        }
        List<SharedTestdata.Entry> out = SharedTestdata.entries().stream().filter(filter).toList();
        return out.isEmpty() ? Stream.of((SharedTestdata.Entry) null) : out.stream();
    }

    public static Predicate<SharedTestdata.Entry> syntaxIn(TransferSyntax... syntaxes) {
        Set<String> uids = new java.util.HashSet<>();
        for (TransferSyntax ts : syntaxes) {
            uids.add(ts.uid());
        }
        return e -> uids.contains(e.transferSyntax());
    }

    /** Shared files with native, integer Pixel Data that are not BROKEN. */
    public static Predicate<SharedTestdata.Entry> nativeIntegerPixels() {
        return e -> e.transferSyntax() != null && NATIVE_SYNTAXES.contains(e.transferSyntax()) && !e.broken()
                && e.hasPixelFacts() && e.bitsStored() > 0;
    }

    /** The file's Pixel Representation etc. as the data set says. */
    public static PixelDescription describe(Path file) {
        try (FileByteSource src = new FileByteSource(file)) {
            return PixelDescription.from(DicomReader.read(src).dataset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file has a Transfer Syntax UID of {@code ts} in its file meta. */
    public static void assertSyntax(Path file, TransferSyntax ts) {
        try (FileByteSource src = new FileByteSource(file)) {
            assertEquals(ts.uid(), DicomReader.read(src).fileMeta().getString(Tag.TRANSFER_SYNTAX_UID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
