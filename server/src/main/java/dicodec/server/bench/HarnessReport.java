package dicodec.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's report: report.md (tables), results.json (every measurement) and the PNG plots,
 * all in one directory. Every figure comes from the run's {@link BenchHarness.Outcome}.
 */
public final class HarnessReport {
    /** The goal of issue 9: dicodec at least 1.5 x the peer's throughput. */
    static final double GOAL = 1.5;

    private HarnessReport() {
    }

    public static Path write(BenchHarness.Outcome o, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> plots = RdPlots.write(o, dir);
        Files.writeString(dir.resolve("results.json"), json(o), StandardCharsets.UTF_8);
        Path md = dir.resolve("report.md");
        Files.writeString(md, markdown(o, plots), StandardCharsets.UTF_8);
        return md;
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    private static String mps(double[] s) {
        return s == null ? "-" : mp(s[0]) + " (" + mp(s[1]) + "–" + mp(s[2]) + ")";
    }

    /** Three significant digits or so: whole processes on small images run well below 1 MP/s. */
    private static String mp(double v) {
        return v >= 100 ? f("%.0f", v) : v >= 10 ? f("%.1f", v) : v >= 1 ? f("%.2f", v) : f("%.3f", v);
    }

    private static String num(double v, String fmt) {
        return Double.isNaN(v) ? "-" : Double.isInfinite(v) ? "∞" : f(fmt, v);
    }

    static String markdown(BenchHarness.Outcome o, Map<String, String> plots) {
        BenchHarness.Settings s = o.settings();
        StringBuilder b = new StringBuilder();
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.systemDefault())
                .format(Instant.ofEpochMilli(o.startMillis()));
        b.append("# dicodec against its peers: throughput, size, quality\n\n");
        b.append(f("Written by `dicodec bench` (`bash bench/run-harness.sh`) on %s; the run took %.1f min.%n%n", date,
                (o.endMillis() - o.startMillis()) / 60000.0));
        b.append(f("- Machine: %d CPUs (%s), %s memory; load average (1, 5, 15 min) before %s, after %s "
                + "(other work shares this machine: figures are lower bounds).%n", Runtime.getRuntime()
                .availableProcessors(), MachineInfo.cpu(), MachineInfo.memory(), o.loadBefore(), o.loadAfter()));
        b.append(f("- Software: dicodec %s; %s; %s.%n", dicodec.server.grpc.ServerVersion.get(), MachineInfo.java(),
                String.join(", ", MachineInfo.packages())));
        b.append(f("- Corpus: `%s`, %s; %d timed repetitions per tool, interleaved (each repetition runs every tool "
                + "once, starting with another one), after 2 untimed in-process runs.%n%n", s.corpus(), s.all()
                ? "every usable file" : "a representative subset (per kind of image the largest usable one of at most "
                + Corpus.MAX_PIXELS / 1000 + " kilopixels, lossless sources first; `--all` for every file)", s.reps()));
        b.append("How: every tool encodes the same native image (decoded once by dicodec) and decodes its own output. "
                + "**dicodec (in-process)**: the Transcoder from the object in memory to memory, all frames, on the "
                + "frame workers of this JVM. **dicodec (CLI)** and every peer: a whole process (start, read file, "
                + "code, write file). DCMTK and GDCM read and write DICOM; OpenJPEG, OpenJPH and ffmpeg one process per "
                + "frame on raw or PPM frame files (times summed). MP/s = pixels (rows x columns x frames, a colour pixel "
                + "once) / wall time / 10^6, as the median (lowest–highest) of the repetitions. Ratio = native pixel "
                + "bytes / compressed pixel bytes (fragments of DICOM outputs, codestream files of frame tools). Max "
                + "error and PSNR (peak 2^Bits Stored - 1) of the tool's own decoding against the native image. Peak "
                + "memory: GNU time's maximum resident set of a process; in-process, the peak of the JVM heap (sum of "
                + "pool peaks). Lossy outputs of dicodec are allowed and not verified, as the peers do not verify.\n\n");
        b.append("## Images\n\n| image | file | source syntax | pixels | shape |\n|---|---|---|---:|---|\n");
        for (BenchImage i : o.images()) {
            b.append(f("| %s | `%s` | %s | %,d | %s |%n", i.id(), i.source(), i.sourceSyntax(), i.pixels(), i.shape()));
        }
        summary(o, b);
        for (BenchSyntax syntax : s.syntaxes()) {
            List<ToolResult> rs = o.results().stream().filter(r -> r.syntax == syntax).toList();
            b.append(f("%n## %s (%s, `--to %s`)%n%n", syntax.syntax().name(), syntax.syntax().uid(),
                    syntax.shortName()));
            if (rs.isEmpty()) {
                b.append(syntax == BenchSyntax.MPEG2 || syntax == BenchSyntax.H264
                        ? "No codec for this syntax in this build (the harness measures it once one is on the class "
                        + "path) or no 8-bit image in the corpus.\n"
                        : "Nothing measured (see the notes).\n");
                continue;
            }
            b.append("| image | point | tool | encode MP/s | decode MP/s | ratio | max error | PSNR dB | peak memory "
                    + "enc / dec MiB | note |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (ToolResult r : rs) {
                if (r.failed()) {
                    b.append(f("| %s | %s | %s | failed | | | | | | %s |%n", r.image.id(), r.point.label(), r.tool,
                            r.failure.replace('|', '/')));
                    continue;
                }
                boolean timed = r.point == r.syntax.timed();
                b.append(f("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.image.id(), r.point.label(),
                        r.tool, timed ? mps(r.spread(r.encodeNanos)) : "(once)",
                        timed ? mps(r.spread(r.decodeNanos)) : "(once)", num(r.ratio(), "%.2f"),
                        r.maxError < 0 ? "-" : Long.toString(r.maxError), num(r.psnr, "%.1f"),
                        f("%.0f / %.0f", r.encodePeakKb / 1024.0, r.decodePeakKb / 1024.0), r.note));
            }
            for (BenchImage i : o.images()) {
                String plot = plots.get(syntax.shortName() + "/" + i.id());
                if (plot != null) {
                    b.append(f("%n![PSNR against bits per pixel, %s, %s](%s)%n", syntax.shortName(), i.id(), plot));
                }
            }
        }
        if (!o.notes().isEmpty()) {
            b.append("\n## Notes\n\n");
            for (String n : o.notes()) {
                b.append("- ").append(n).append('\n');
            }
        }
        return b.toString();
    }

    /** Per syntax and image at the timed point: dicodec over the fastest peer, sizes and quality side by side. */
    private static void summary(BenchHarness.Outcome o, StringBuilder b) {
        b.append(f("%n## Summary: dicodec / fastest peer (goal ≥ %.1f)%n%n", GOAL));
        b.append("Throughput ratios at the timed point of each syntax, medians: in-process against the peer's whole "
                + "process (what a service or a library user gets), CLI against it (process against process). Ratio "
                + "and PSNR: dicodec's and the best-compressing peer's.\n\n");
        b.append("| syntax | image | point | fastest peer (encode / decode) | encode in-process | encode CLI | decode "
                + "in-process | decode CLI | ratio dicodec / peer | PSNR dicodec / peer |\n"
                + "|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (BenchSyntax syntax : o.settings().syntaxes()) {
            for (BenchImage image : o.images()) {
                List<ToolResult> rs = new ArrayList<>();
                for (ToolResult r : o.results()) {
                    if (r.syntax == syntax && r.image == image && r.point == syntax.timed() && !r.failed()
                            && !r.encodeNanos.isEmpty()) {
                        rs.add(r);
                    }
                }
                ToolResult in = find(rs, "dicodec (in-process)");
                ToolResult cli = find(rs, "dicodec (CLI)");
                List<ToolResult> peers = rs.stream().filter(r -> !r.ours).toList();
                if (in == null || peers.isEmpty()) {
                    continue;
                }
                ToolResult fe = peers.stream().max((x, y) -> Double.compare(x.spread(x.encodeNanos)[0],
                        y.spread(y.encodeNanos)[0])).get();
                ToolResult fd = peers.stream().max((x, y) -> Double.compare(x.spread(x.decodeNanos)[0],
                        y.spread(y.decodeNanos)[0])).get();
                ToolResult small = peers.stream().filter(r -> r.compressedBytes > 0).max((x, y) -> Double.compare(
                        x.ratio(), y.ratio())).orElse(null);
                b.append(f("| %s | %s | %s | %s / %s | %s | %s | %s | %s | %s | %s |%n", syntax.shortName(),
                        image.id(), syntax.timed().label(), fe.tool, fd.tool, times(in, fe, true), times(cli, fe, true),
                        times(in, fd, false), times(cli, fd, false), small == null ? "-" : num(in.ratio(), "%.2f")
                        + " / " + num(small.ratio(), "%.2f"), small == null ? "-" : num(in.psnr, "%.1f") + " / "
                        + num(small.psnr, "%.1f")));
            }
        }
    }

    private static ToolResult find(List<ToolResult> rs, String tool) {
        return rs.stream().filter(r -> r.tool.equals(tool)).findFirst().orElse(null);
    }

    private static String times(ToolResult ours, ToolResult peer, boolean encode) {
        if (ours == null) {
            return "-";
        }
        double a = (encode ? ours.spread(ours.encodeNanos) : ours.spread(ours.decodeNanos))[0];
        double p = (encode ? peer.spread(peer.encodeNanos) : peer.spread(peer.decodeNanos))[0];
        double k = a / p;
        return f("%.2f %s", k, k >= GOAL ? "(met)" : "(missed)");
    }

    // ---- JSON ----

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(f("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String n(double v) {
        return Double.isFinite(v) ? f("%.4f", v) : Double.isInfinite(v) ? "\"inf\"" : "null";
    }

    static String json(BenchHarness.Outcome o) {
        StringBuilder b = new StringBuilder("{\n");
        b.append(f("  \"started\": %d, \"ended\": %d, \"loadBefore\": %s, \"loadAfter\": %s, \"cpus\": %d, "
                + "\"cpu\": %s, \"java\": %s, \"reps\": %d, \"corpus\": %s,%n", o.startMillis(), o.endMillis(),
                q(o.loadBefore()), q(o.loadAfter()), Runtime.getRuntime().availableProcessors(), q(MachineInfo.cpu()),
                q(MachineInfo.java()), o.settings().reps(), q(o.settings().corpus().toString())));
        b.append("  \"images\": [\n");
        for (int i = 0; i < o.images().size(); i++) {
            BenchImage im = o.images().get(i);
            b.append(f("    {\"id\": %s, \"file\": %s, \"pixels\": %d, \"nativeBytes\": %d, \"shape\": %s}%s%n",
                    q(im.id()), q(im.source().toString()), im.pixels(), im.nativeBytes(), q(im.shape()),
                    i + 1 < o.images().size() ? "," : ""));
        }
        b.append("  ],\n  \"results\": [\n");
        for (int i = 0; i < o.results().size(); i++) {
            ToolResult r = o.results().get(i);
            b.append(f("    {\"syntax\": %s, \"uid\": %s, \"image\": %s, \"tool\": %s, \"point\": %s, \"failure\": %s, "
                    + "\"encodeNanos\": %s, \"decodeNanos\": %s, \"compressedBytes\": %d, \"ratio\": %s, "
                    + "\"bitsPerPixel\": %s, \"maxError\": %d, \"psnr\": %s, \"encodePeakKb\": %d, "
                    + "\"decodePeakKb\": %d, \"note\": %s}%s%n", q(r.syntax.shortName()), q(r.syntax.syntax().uid()),
                    q(r.image.id()), q(r.tool), q(r.point.label()), r.failure == null ? "null" : q(r.failure),
                    r.encodeNanos, r.decodeNanos, r.compressedBytes, n(r.ratio()), n(r.bitsPerPixel()), r.maxError,
                    n(r.psnr), r.encodePeakKb, r.decodePeakKb, q(r.note), i + 1 < o.results().size() ? "," : ""));
        }
        b.append("  ],\n  \"notes\": [");
        for (int i = 0; i < o.notes().size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(q(o.notes().get(i)));
        }
        return b.append("\n  ]\n}\n").toString();
    }
}
