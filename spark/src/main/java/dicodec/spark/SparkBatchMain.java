package dicodec.spark;

import dicodec.batch.BatchSpec;
import dicodec.core.error.DicodecException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./dicodec-spark} (and {@code ./dicodec batch --engine spark}): the options of
 * {@code dicodec batch}, run as a Spark job, in local mode on this machine unless
 * {@code --master} names a cluster.
 */
@Command(name = "dicodec-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "dicodec batch on Apache Spark: transcode every file under SRC (any Hadoop file system: a local path,"
                    + " file:, hdfs:, s3a: with its connector) into the same place under DST.",
            "Without --master, Spark runs in this JVM (local mode, --threads cores); --master spark://HOST:7077"
                    + " (or yarn, k8s://...) runs it on a cluster whose nodes have Java 17 and the Debian packages of"
                    + " scripts/setup.sh.",
            "Resumes like dicodec batch: a verified output is skipped; outputs are written under a temporary name"
                    + " unique to each task attempt and renamed, so a killed or retried task leaves no partial"
                    + " output; a rerun removes the temporary files first.",
            "The report folder holds report.parquet and report.csv, one row per object: file, source, result"
                    + " (ok, skipped, refused, unsupported, error), reason, syntaxes, sizes, ratio, max error, PSNR,"
                    + " UID mapping, time, executor."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file ok, skipped, or refused by the lossy policy",
            "1:internal error (DST or the report could not be written, Spark failed)",
            "2:some input was bad (error rows), or bad arguments",
            "4:some file needs a codec that is not available (unsupported rows), none bad"})
public final class SparkBatchMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, description = "Target syntax: a UID, a short name, or auto (with --rules).")
    String to;

    @Option(names = "--policy", defaultValue = "reject", description = "Lossy output: reject (default), fallback, allow.")
    String policy;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Report folder: report.parquet and report.csv (default: DST/batch-report).")
    String report;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: a cluster's URL (spark://HOST:7077, yarn, k8s://...); default local[N].")
    String master;

    @Option(names = "--threads", paramLabel = "N",
            description = "Local mode: executor cores (local[N]); default all cores. Ignored with --master.")
    Integer threads;

    @Option(names = "--files", paramLabel = "LIST",
            description = "Only the files this text file lists (one a line, relative to SRC or absolute under it).")
    String files;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks the files are split into, balanced by size (default: 4 per core).")
    int partitions;

    @Option(names = "--stage", description = "Copy each object to local disk and back even on a local file system,"
            + " as for HDFS or S3.")
    boolean stage;

    @Option(names = "--backend", defaultValue = "auto", description = "auto|java|native|opencl")
    String backend;

    @Option(names = "--rules", description = "Compression rules (YAML) for --to auto; read here, shipped to executors.")
    Path rules;

    @Option(names = "--calling-aet", description = "Calling AE title the rules may match.")
    String callingAet;

    @Option(names = "--called-aet", description = "Called AE title the rules may match.")
    String calledAet;

    @Option(names = "--engine", defaultValue = "spark", hidden = true, description = "spark (as ./dicodec passes it)")
    String engine;

    @Option(names = "--no-progress", hidden = true, description = "Accepted for dicodec batch's sake; Spark logs"
            + " progress itself.")
    boolean noProgress;

    @Parameters(index = "0", paramLabel = "SRC")
    String src;

    @Parameters(index = "1", paramLabel = "DST")
    String dst;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SparkBatchMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dicodec-spark: " + dicodec.batch.Reasons.oneLine(ex));
            if (System.getenv("DICODEC_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ex instanceof DicodecException d ? d.kind().exitCode() : 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dicodec-spark: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (!"spark".equalsIgnoreCase(engine)) {
            throw DicodecException.badInput("--engine " + engine + ": dicodec-spark runs only --engine spark");
        }
        BatchSpec batch = BatchSpec.of(to, policy, backend, rules, callingAet, calledAet);
        if (threads != null && threads < 1) {
            throw DicodecException.badInput("--threads " + threads + ": give 1 or more");
        }
        String reportDir = report != null ? report : new org.apache.hadoop.fs.Path(dst, "batch-report").toString();
        JobSettings job = new JobSettings(src, dst, files, reportDir, batch, partitions, stage);
        SparkSession spark = Sessions.start(master, threads);
        try {
            SparkBatchJob.Outcome o = SparkBatchJob.run(spark, job);
            var out = spec.commandLine().getOut();
            out.printf("batch %s -> %s (%s, spark %s): %s; %.1f s; report %s%n", src, dst, batch.targetLabel(),
                    spark.sparkContext().master(), o.summary(), o.seconds(), reportDir);
            if (o.summary().leftoversRemoved() > 0) {
                out.println("removed " + o.summary().leftoversRemoved() + " temporary file(s) left by an earlier run");
            }
            return o.summary().exitCode();
        } finally {
            spark.stop();
        }
    }
}
