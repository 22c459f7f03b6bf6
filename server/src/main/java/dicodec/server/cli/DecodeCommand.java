package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.render.DisplayAttributes;
import dicodec.core.render.FrameSelection;
import dicodec.core.render.PngRenderer;
import dicodec.core.render.VoiWindow;
import dicodec.core.spi.Backend;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.batch.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dicodec decode IN OUTDIR}: one file per frame, raw native pixels or PNG, and a
 * frames.json that says how to read them. Each file is written atomically.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, description = {
        "Write the frames of IN to OUTDIR, one file per frame: frame-0001.raw (Little Endian native pixels,"
                + " byte aligned; 1-bit frames packed 8 pixels a byte, first pixel in the least significant bit)"
                + " or frame-0001.png, plus frames.json describing rows, columns, samples, bits, signedness,"
                + " photometric interpretation, planar configuration and byte order.",
        "PNG: grey without --window is the stored values (8 or 16-bit; signed values shifted up by"
                + " 2^(Bits Stored - 1), MONOCHROME1 not inverted); with a window, 8-bit grey after Rescale"
                + " Slope / Intercept (MONOCHROME1 inverted for display). Colour and PALETTE COLOR become RGB."})
final class DecodeCommand implements Callable<Integer> {
    static final String DESCRIPTION_FILE = "frames.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--frames", defaultValue = "all",
            description = "Frames to write, 1-based lists and ranges: 1,3,5-7 (default: all).")
    String frames;

    @Option(names = "--format", defaultValue = "raw", description = "raw (default) or png.")
    String format;

    @Option(names = "--window", description = "PNG only: CENTER,WIDTH in modality units (after Rescale Slope /"
            + " Intercept), e.g. 40,400; or 'object' for the object's own window of each frame (the stored"
            + " values when it has none).")
    String window;

    @Option(names = "--backend", defaultValue = "auto", description = "auto|java|native|opencl")
    String backend;

    @Option(names = "--config", description = "Configuration file (defaults are embedded).")
    String config;

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUTDIR")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        boolean png = parseFormat(format);
        boolean objectWindow = window != null && window.trim().equalsIgnoreCase("object");
        VoiWindow given = window == null || objectWindow ? null : VoiWindow.parse(window);
        if (window != null && !png) {
            throw DicodecException.badInput("--window applies to --format png only; raw frames are the pixels as"
                    + " decoded");
        }
        Backend forced = parseBackend(backend);
        String name = String.valueOf(in.getFileName());
        List<String> written = new ArrayList<>();
        try (DicomFileHandle h = DicomFileHandle.open(in)) {
            DicomObject obj = h.object();
            try (DecodedFrames decoded = DecodedFrames.open(obj, CodecRegistry.load(), forced)) {
                PixelDescription pd = decoded.description();
                int[] indexes = FrameSelection.parse(frames, decoded.count());
                int digits = Math.max(4, String.valueOf(decoded.count()).length());
                Files.createDirectories(outDir);
                StringBuilder entries = new StringBuilder();
                DecodedFrame first = null;
                for (int index : indexes) {
                    DecodedFrame f = decoded.frame(index);
                    first = first == null ? f : first;
                    String file = String.format(Locale.ROOT, "frame-%0" + digits + "d.%s", index + 1,
                            png ? "png" : "raw");
                    VoiWindow w = objectWindow ? VoiWindow.fromDataset(obj.dataset(), index) : given;
                    byte[] bytes = png
                            ? PngRenderer.render(f, pd, DisplayAttributes.fromDataset(obj.dataset(), pd, index), w)
                            : f.pixels();
                    AtomicOutput.write(outDir.resolve(file), os -> {
                        os.write(bytes);
                        return null;
                    });
                    written.add(file);
                    entries.append(entries.length() == 0 ? "" : ",\n").append("    {\"frame\": ").append(index + 1)
                            .append(", \"file\": ").append(Json.quote(file)).append(", \"bytes\": ")
                            .append(bytes.length);
                    if (png) {
                        entries.append(", \"window\": ").append(w == null ? "null" : "{\"center\": "
                                + Json.number(w.center()) + ", \"width\": " + Json.number(w.width()) + "}");
                    }
                    entries.append('}');
                }
                String json = describe(name, obj, pd, first, png, decoded.count(), entries);
                AtomicOutput.write(outDir.resolve(DESCRIPTION_FILE), os -> {
                    os.write(json.getBytes(StandardCharsets.UTF_8));
                    return null;
                });
            } catch (DicodecException e) {
                throw e.inFile(name);
            }
        }
        spec.commandLine().getOut().printf("%s: %d frame(s) -> %s (%s, described in %s)%n", name, written.size(),
                outDir, png ? "png" : "raw", DESCRIPTION_FILE);
        return ExitCodes.DONE;
    }

    private static String describe(String name, DicomObject obj, PixelDescription pd, DecodedFrame first,
            boolean png, int count, CharSequence entries) {
        String photometric = first.photometric() == null ? pd.photometric() : first.photometric();
        int planar = pd.samplesPerPixel() > 1 ? first.planarConfiguration() : 0;
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, "file", Json.quote(name));
        field(sb, "transferSyntax", Json.quote(obj.syntax().uid()));
        field(sb, "format", Json.quote(png ? "png" : "raw"));
        field(sb, "rows", pd.rows());
        field(sb, "columns", pd.columns());
        field(sb, "samplesPerPixel", pd.samplesPerPixel());
        field(sb, "bitsAllocated", pd.bitsAllocated());
        field(sb, "bitsStored", pd.isFloat() ? "null" : String.valueOf(pd.bitsStored()));
        field(sb, "highBit", pd.isFloat() ? "null" : String.valueOf(pd.highBit()));
        field(sb, "pixelRepresentation", pd.isFloat() ? "null" : String.valueOf(pd.pixelRepresentation()));
        field(sb, "signed", pd.isSigned() || pd.isFloat());
        field(sb, "float", pd.isFloat());
        field(sb, "photometricInterpretation", Json.quote(photometric));
        field(sb, "planarConfiguration", planar);
        field(sb, "byteOrder", Json.quote("little-endian"));
        field(sb, "bitPacking", pd.bitsAllocated() == 1
                ? Json.quote("8 pixels per byte, the first in the least significant bit") : "null");
        field(sb, "numberOfFrames", count);
        sb.append("  \"frames\": [\n").append(entries).append("\n  ]\n}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String key, Object jsonValue) {
        sb.append("  ").append(Json.quote(key)).append(": ").append(jsonValue).append(",\n");
    }

    private static boolean parseFormat(String format) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "raw": return false;
            case "png": return true;
            default:
                throw DicodecException.badInput("unknown --format '" + format + "': give raw or png");
        }
    }

    static Backend parseBackend(String name) {
        return dicodec.batch.BatchSpec.parseBackend(name);
    }
}
