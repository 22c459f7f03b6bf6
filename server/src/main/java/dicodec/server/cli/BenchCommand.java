package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import dicodec.server.bench.BenchHarness;
import dicodec.server.bench.BenchSyntax;
import dicodec.server.bench.HarnessReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dicodec bench}: the side-by-side harness (dicodec in-process and as a CLI process
 * against DCMTK, GDCM, OpenJPEG, OpenJPH and ffmpeg) on a directory of DICOM files; writes
 * report.md, results.json and the rate-distortion PNGs to --out.
 */
@Command(name = "bench", description = "Measure dicodec against DCMTK, GDCM, OpenJPEG, OpenJPH and ffmpeg on a "
        + "corpus of DICOM files: MP/s, ratio, error, PSNR, memory, rate-distortion plots (report.md in --out).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/testdata",
            description = "Directory of DICOM files (searched recursively; default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench/results/harness",
            description = "Where report.md, results.json and the plots go (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory for native copies and outputs "
            + "(default: a temporary directory, deleted at the end).")
    Path work;

    @Option(names = "--reps", defaultValue = "3", description = "Timed repetitions per tool (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--files", defaultValue = "4", description = "Images in the representative subset (default "
            + "${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--all", description = "Every usable file of the corpus instead of the representative subset.")
    boolean all;

    @Option(names = "--syntaxes", split = ",", paramLabel = "S", description = "Syntaxes to measure (default: all): "
            + "rle, jpeg-lossless-sv1, jpeg-baseline, jpegls, jpegls-near, j2k, j2k-lossy, htj2k, htj2k-lossy, mpeg2, h264.")
    List<String> syntaxes;

    @Option(names = "--no-peers", description = "Measure dicodec only.")
    boolean noPeers;

    @Option(names = "--no-cli", description = "Leave out the dicodec CLI as a whole process.")
    boolean noCli;

    @Option(names = "--no-sweep", description = "Leave out the rate-distortion sweeps of lossy syntaxes.")
    boolean noSweep;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw DicodecException.badInput("--corpus " + corpus + ": not a directory");
        }
        if (reps < 1 || files < 1) {
            throw DicodecException.badInput("--reps and --files: give 1 or more");
        }
        List<BenchSyntax> chosen = new ArrayList<>();
        try {
            for (String s : syntaxes == null ? List.<String>of() : syntaxes) {
                chosen.add(BenchSyntax.byShortName(s));
            }
        } catch (IllegalArgumentException e) {
            throw DicodecException.badInput(e.getMessage());
        }
        if (chosen.isEmpty()) {
            chosen.addAll(Arrays.asList(BenchSyntax.values()));
        }
        System.setProperty("java.awt.headless", "true"); // the plots need no display
        boolean temporary = work == null;
        Path scratch = temporary ? Files.createTempDirectory("dicodec-bench") : work;
        PrintWriter log = spec.commandLine().getErr();
        try {
            BenchHarness.Settings settings = new BenchHarness.Settings(corpus, scratch, reps, all, files, chosen,
                    !noPeers, !noCli, !noSweep);
            BenchHarness.Outcome outcome = new BenchHarness(settings, log).run();
            Path report = HarnessReport.write(outcome, out);
            spec.commandLine().getOut().println("report: " + report);
        } finally {
            if (temporary) {
                deleteTree(scratch);
            }
        }
        return ExitCodes.DONE;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
