package dicodec.server.bench;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.transcode.FrameCheck;
import dicodec.core.transcode.FrameComparison;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side harness: for each syntax and image, dicodec (in-process and the CLI) and the
 * peers encode and decode the same native image, interleaved (each repetition runs every tool
 * once, starting with a different one) and repeated; then each tool's output gives the
 * compressed size and, decoded by the tool itself, the maximum error and PSNR against the
 * native image. Lossy syntaxes are then swept over their other points once per tool (size and
 * quality only) for the rate-distortion plots.
 */
public final class BenchHarness {

    /**
     * What to run.
     *
     * @param corpus a directory of DICOM files
     * @param work where native copies and every tool's outputs go
     * @param reps timed repetitions per tool
     * @param all every usable file instead of the representative subset
     * @param maxFiles the subset's size
     * @param syntaxes the syntaxes to measure
     * @param peers run the peers
     * @param cli run the dicodec CLI as a whole process
     * @param sweep run the rate-distortion sweeps
     */
    public record Settings(Path corpus, Path work, int reps, boolean all, int maxFiles, List<BenchSyntax> syntaxes,
            boolean peers, boolean cli, boolean sweep) {
    }

    /** Everything a report needs. */
    public record Outcome(Settings settings, List<BenchImage> images, List<ToolResult> results, List<String> notes,
            String loadBefore, String loadAfter, long startMillis, long endMillis) {
    }

    private final Settings settings;
    private final PrintWriter log;
    private final CodecRegistry registry = CodecRegistry.load();
    private final Transcoder transcoder = new Transcoder(registry);

    public BenchHarness(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    public Outcome run() throws IOException {
        long start = System.currentTimeMillis();
        String loadBefore = MachineInfo.loadAverage();
        List<String> notes = new ArrayList<>();
        Files.createDirectories(settings.work());
        List<BenchImage> images = Corpus.load(settings.corpus(), settings.all(), settings.maxFiles(), transcoder,
                settings.work(), notes);
        log.printf("bench: %d images from %s%n", images.size(), settings.corpus());
        List<ToolResult> results = new ArrayList<>();
        for (BenchSyntax syntax : settings.syntaxes()) {
            for (BenchImage image : images) {
                List<BenchTool> tools = tools(syntax, image, notes);
                if (tools.isEmpty()) {
                    continue;
                }
                log.printf("bench: %s %s: %d tools%n", syntax.shortName(), image.id(), tools.size());
                log.flush();
                results.addAll(timed(syntax, image, tools));
                if (settings.sweep() && syntax.lossy()) {
                    results.addAll(sweep(syntax, image, tools));
                }
            }
        }
        return new Outcome(settings, images, results, notes, loadBefore, MachineInfo.loadAverage(), start,
                System.currentTimeMillis());
    }

    /** dicodec first when it takes the image, then the peers that are installed and take it. */
    private List<BenchTool> tools(BenchSyntax syntax, BenchImage image, List<String> notes) {
        List<BenchTool> tools = new ArrayList<>();
        PixelDescription pd = image.description();
        if (!syntax.fits(pd)) {
            return tools;
        }
        String why = null;
        try {
            registry.encoderFor(syntax.syntax(), pd, null);
            registry.decoderFor(syntax.syntax(), pd, null);
        } catch (DicodecException e) {
            why = e.getMessage();
        }
        if (why != null) {
            noteOnce(notes, syntax.shortName() + " " + image.id() + ": dicodec does not code it (" + why + ")");
            return tools; // nothing to compare against
        }
        tools.add(new InProcessTool(transcoder, syntax));
        if (settings.cli()) {
            tools.add(new CliTool(syntax));
        }
        if (settings.peers()) {
            for (Peer p : syntax.peers()) {
                if (!ProcessRun.onPath(p.executable())) {
                    noteOnce(notes, p.name() + ": " + p.executable() + " is not installed");
                } else if (p.takes().test(pd)) {
                    tools.add(new PeerTool(p));
                }
            }
        }
        return tools;
    }

    private static void noteOnce(List<String> notes, String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    private Path dir(BenchSyntax syntax, BenchImage image, BenchTool tool, BenchPoint point) throws IOException {
        String t = tool.name().replaceAll("[^A-Za-z0-9]+", "_");
        Path d = settings.work().resolve(image.id()).resolve(syntax.shortName() + "-" + point.label().replace(' ', '_'))
                .resolve(t);
        Files.createDirectories(d);
        return d;
    }

    private List<ToolResult> timed(BenchSyntax syntax, BenchImage image, List<BenchTool> tools) throws IOException {
        BenchPoint point = syntax.timed();
        List<ToolResult> results = new ArrayList<>();
        for (BenchTool t : tools) {
            results.add(new ToolResult(syntax, image, t.name(), t.ours(), t.wholeProcess(), point));
        }
        // the JIT warms up on the in-process tool first, untimed
        BenchTool inProcess = tools.get(0);
        Path warm = dir(syntax, image, inProcess, point);
        for (int i = 0; i < 2; i++) {
            if (inProcess.encode(image, point, warm).failure() == null) {
                inProcess.decode(image, point, warm);
            }
        }
        for (int rep = 0; rep < settings.reps(); rep++) {
            for (int k = 0; k < tools.size(); k++) {
                int i = (k + rep) % tools.size(); // each repetition starts with another tool
                runOnce(tools.get(i), results.get(i), image, point, dir(syntax, image, tools.get(i), point));
            }
        }
        for (int i = 0; i < tools.size(); i++) {
            measureOutput(tools.get(i), results.get(i), image, dir(syntax, image, tools.get(i), point));
        }
        return results;
    }

    private List<ToolResult> sweep(BenchSyntax syntax, BenchImage image, List<BenchTool> tools) throws IOException {
        List<ToolResult> results = new ArrayList<>();
        for (BenchPoint point : syntax.points()) {
            if (point == syntax.timed()) {
                continue;
            }
            for (BenchTool t : tools) {
                if (t instanceof CliTool) {
                    continue; // the same codec as in-process
                }
                ToolResult r = new ToolResult(syntax, image, t.name(), t.ours(), t.wholeProcess(), point);
                Path d = dir(syntax, image, t, point);
                runOnce(t, r, image, point, d);
                measureOutput(t, r, image, d);
                results.add(r);
            }
        }
        return results;
    }

    private void runOnce(BenchTool tool, ToolResult r, BenchImage image, BenchPoint point, Path dir)
            throws IOException {
        if (r.failed()) {
            return;
        }
        BenchTool.Run e = tool.encode(image, point, dir);
        if (e.failure() != null) {
            r.failure = "encode: " + e.failure();
            log.printf("bench: %s %s %s: %s%n", r.syntax.shortName(), image.id(), tool.name(), r.failure);
            return;
        }
        BenchTool.Run d = tool.decode(image, point, dir);
        if (d.failure() != null) {
            r.failure = "decode: " + d.failure();
            log.printf("bench: %s %s %s: %s%n", r.syntax.shortName(), image.id(), tool.name(), r.failure);
            return;
        }
        r.encodeNanos.add(e.nanos());
        r.decodeNanos.add(d.nanos());
        r.encodePeakKb = Math.max(r.encodePeakKb, e.peakKb());
        r.decodePeakKb = Math.max(r.decodePeakKb, d.peakKb());
    }

    /** Size from the tool's encoded output, errors from its own decoding of it. */
    private static void measureOutput(BenchTool tool, ToolResult r, BenchImage image, Path dir) throws IOException {
        if (r.failed()) {
            return;
        }
        try {
            r.compressedBytes = tool.compressedBytes(image, dir);
            StringBuilder note = new StringBuilder();
            List<byte[]> decoded = tool.decodedFrames(image, dir, note);
            r.note = note.toString();
            if (decoded == null) {
                return;
            }
            if (decoded.size() != image.frames().size()) {
                r.note = "decoded " + decoded.size() + " frames of " + image.frames().size();
                return;
            }
            long max = 0;
            double mseSum = 0;
            PixelDescription pd = image.description();
            double peak = Math.pow(2, pd.bitsStored()) - 1;
            for (int i = 0; i < decoded.size(); i++) {
                FrameCheck c = FrameComparison.compare(i + 1, image.frames().get(i), pd.planarConfiguration(),
                        decoded.get(i), pd.planarConfiguration(), pd);
                max = Math.max(max, c.maxError());
                mseSum += Double.isInfinite(c.psnr()) ? 0 : peak * peak / Math.pow(10, c.psnr() / 10);
            }
            double mse = mseSum / decoded.size();
            r.maxError = max;
            r.psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak * peak / mse);
        } catch (IOException | RuntimeException e) {
            r.note = "output not readable: " + e.getMessage();
        }
    }
}
