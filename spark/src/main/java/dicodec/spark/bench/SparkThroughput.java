package dicodec.spark.bench;

import dicodec.batch.BatchSpec;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.spark.JobSettings;
import dicodec.spark.Sessions;
import dicodec.spark.SparkBatchJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's throughput in local mode with 1 and 2 executor cores (local[1], local[2]):
 * objects/s and megapixels/s of the objects written ("ok"), over a whole job (listing, the
 * transcodes, the Parquet and CSV report), after one warm-up job per session. Each timed job
 * starts from an empty DST, so nothing is skipped. A harness rather than JMH: the unit is a
 * whole Spark job of seconds, of which JMH's iteration machinery would add nothing.
 *
 * <p>Usage: {@code SparkThroughput SRC WORKDIR TARGET RUNS CORES...}; prints a Markdown table.
 */
public final class SparkThroughput {
    private SparkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        Path work = Path.of(args[1]);
        String target = args[2];
        int runs = Integer.parseInt(args[3]);
        BatchSpec spec = BatchSpec.of(target, "reject", "auto", null, null, null);
        StringBuilder table = new StringBuilder("| executor cores | objects ok | MP | job s (median of " + runs
                + ") | objects/s | MP/s | load before / after |\n|---|---|---|---|---|---|---|\n");
        for (int a = 4; a < args.length; a++) {
            int cores = Integer.parseInt(args[a]);
            SparkSession spark = Sessions.start("local[" + cores + "]", null);
            try {
                job(spark, src, work.resolve("warmup-" + cores), spec); // JIT, native libraries, Spark's own warm-up
                List<Double> seconds = new ArrayList<>();
                long ok = 0;
                double mp = 0;
                String loadBefore = load();
                for (int r = 0; r < runs; r++) {
                    Path dir = work.resolve("run-" + cores + "-" + r);
                    SparkBatchJob.Outcome o = job(spark, src, dir, spec);
                    seconds.add(o.seconds());
                    List<Row> done = spark.read().parquet(dir.resolve("report").resolve(SparkBatchJob.PARQUET)
                            .toString()).filter("result = 'ok'").select("file").collectAsList();
                    ok = done.size();
                    mp = 0;
                    for (Row row : done) {
                        mp += megapixels(src.resolve(row.getString(0)));
                    }
                    delete(dir);
                }
                seconds.sort(null);
                double median = seconds.get(seconds.size() / 2);
                table.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.2f | %.1f | %.2f | %s / %s |%n", cores,
                        ok, mp, median, ok / median, mp / median, loadBefore, load()));
            } finally {
                spark.stop();
            }
        }
        System.out.print(table);
    }

    private static SparkBatchJob.Outcome job(SparkSession spark, Path src, Path dir, BatchSpec spec)
            throws IOException {
        delete(dir);
        return SparkBatchJob.run(spark, new JobSettings(src.toString(), dir.resolve("dst").toString(), null,
                dir.resolve("report").toString(), spec, 0, false));
    }

    /** Rows x columns x frames of the source, in millions. */
    private static double megapixels(Path file) throws IOException {
        try (DicomObject obj = DicomReader.read(file)) {
            Dataset ds = obj.dataset();
            String frames = ds.getString(Tag.NUMBER_OF_FRAMES);
            long n = 1;
            try {
                n = frames == null || frames.isBlank() ? 1 : Long.parseLong(frames.trim());
            } catch (NumberFormatException e) {
                // a malformed IS: count one frame, as a reader would show one
            }
            return (double) ds.getInt(Tag.ROWS, 0) * ds.getInt(Tag.COLUMNS, 0) * n / 1e6;
        }
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
