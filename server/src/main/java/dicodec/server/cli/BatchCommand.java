package dicodec.server.cli;

import dicodec.batch.BatchOptions;
import dicodec.batch.BatchRun;
import dicodec.batch.BatchSpec;
import dicodec.batch.BatchSummary;
import dicodec.core.spi.CodecRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dicodec batch --to SYNTAX SRC DST}: a whole tree, resumable, with a report. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Transcode every file under SRC into the same place under DST, on all cores.",
            "Resumes: an output that is there and verified (it parses, holds the target syntax, the source's SOP"
                    + " Instance UID and number of frames, and is not older than its source) is skipped; any other"
                    + " is redone. Outputs are written to a temporary file in their folder and renamed, so a killed"
                    + " run leaves no partial output; its temporary files are removed at the next start.",
            "SRC is only read. Non-DICOM and broken files are reported as error and the batch goes on.",
            "The report (CSV or JSON, by the extension) has one row per file, in the order they finished: file,"
                    + " result (ok, skipped, refused, unsupported, error), reason, input_bytes, output_bytes, ratio"
                    + " (input / output), millis."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file ok, skipped, or refused by the lossy policy",
            "1:internal error (DST or the report could not be written)",
            "2:some input was bad (error rows), or bad arguments",
            "4:some file needs a codec that is not available (unsupported rows), none bad"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, description = "Target syntax: a UID or a short name (explicit-le, "
            + "implicit-le, big-endian, deflated, rle, jpeg-baseline, j2k, ...).")
    String to;

    @Option(names = "--policy", defaultValue = "reject",
            description = "Lossy output: reject (default), fallback (to a lossless syntax), allow.")
    String policy;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Report file, .csv or .json (default: batch-report.csv in DST).")
    Path report;

    @Option(names = "--threads", paramLabel = "N", description = "Files at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--backend", defaultValue = "auto", description = "auto|java|native|opencl")
    String backend;

    @Option(names = "--rules", description = "Compression rules (YAML, see config/rules-example.yaml) for --to auto.")
    Path rules;

    @Option(names = "--calling-aet", description = "Calling AE title the rules may match.")
    String callingAet;

    @Option(names = "--called-aet", description = "Called AE title the rules may match.")
    String calledAet;

    @Option(names = "--engine", defaultValue = "local", description = "local (default: threads in this JVM) or"
            + " spark (Apache Spark, local mode unless --master URL; needs the spark module built: see README).")
    String engine;

    @Option(names = "--config", description = "Configuration file (defaults are embedded).")
    String config;

    @Parameters(index = "0", paramLabel = "SRC")
    Path src;

    @Parameters(index = "1", paramLabel = "DST")
    Path dst;

    @Override
    public Integer call() throws Exception {
        if (!"local".equalsIgnoreCase(engine)) {
            // The service does not carry Spark: ./dicodec hands "--engine spark" to ./dicodec-spark
            // (the spark module's launcher) before this JVM starts.
            throw dicodec.core.error.DicodecException.badInput("--engine " + engine + ": this JVM runs only"
                    + " --engine local; run the Spark engine through ./dicodec (which hands it to ./dicodec-spark)"
                    + " or ./dicodec-spark directly, after building the spark module");
        }
        BatchSpec batch = BatchSpec.of(to, policy, backend, rules, callingAet, calledAet);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw dicodec.core.error.DicodecException.badInput("--threads " + n + ": give 1 or more");
        }
        Path reportPath = report != null ? report : dst.resolve("batch-report.csv");
        long start = System.nanoTime();
        BatchSummary summary = new BatchRun(new BatchOptions(src, dst, batch.transcodeOptions(), reportPath, n,
                batch.rules(), batch.ruleContext()), CodecRegistry.load(), new BatchProgressBar(!noProgress)).run();
        var out = spec.commandLine().getOut();
        out.printf("batch %s -> %s (%s): %s; %.1f s; report %s%n", src, dst, batch.targetLabel(), summary,
                (System.nanoTime() - start) / 1e9, reportPath);
        if (summary.leftoversRemoved() > 0) {
            out.println("removed " + summary.leftoversRemoved() + " temporary file(s) left by an earlier run");
        }
        return summary.exitCode();
    }
}
