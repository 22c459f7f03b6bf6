package dicodec.spark;

import dicodec.batch.BatchSummary;
import dicodec.batch.FileOutcome;
import dicodec.batch.FileResult;
import dicodec.core.error.DicodecException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * {@code dicodec batch} on Spark. The driver lists SRC (any Hadoop file system), removes the
 * temporary files a killed run left in DST, splits the files into partitions of about equal
 * bytes and runs one task per partition; each task runs {@link ObjectWork} on its files, and the
 * rows go straight into the Parquet report (so the work runs once: Spark's commit protocol
 * keeps only the rows of the attempt that finished). The CSV report and the summary are then
 * read back from the Parquet table.
 */
public final class SparkBatchJob {
    /** The report's two forms, inside the report folder. */
    public static final String PARQUET = "report.parquet";
    public static final String CSV = "report.csv";

    private SparkBatchJob() {
    }

    /** What a run did: the counts (and exit code) of {@code dicodec batch}, and how many objects were listed. */
    public record Outcome(BatchSummary summary, long files, long bytes, double seconds) {
    }

    public static Outcome run(SparkSession spark, JobSettings given) throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        JobSettings job = qualified(given, conf);
        checkApart(job);
        BatchSummary summary = new BatchSummary();
        summary.leftoversRemoved(SourceListing.removeLeftovers(new Path(job.destination()), conf));
        List<SourceFile> files = SourceListing.list(job, conf);
        long bytes = files.stream().mapToLong(SourceFile::size).sum();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = job.partitions() > 0 ? job.partitions() : 4 * jsc.defaultParallelism();
        List<List<SourceFile>> split = SizeBalancer.split(files, partitions);
        SerializableConfiguration hadoop = new SerializableConfiguration(conf);
        JavaRDD<Row> rows = jsc.parallelize(split, split.size())
                .mapPartitions(parts -> work(job, hadoop, parts));
        Dataset<Row> table = spark.createDataFrame(rows, ReportSchema.SCHEMA);
        Path report = new Path(job.report());
        spark.sparkContext().setJobDescription("dicodec batch " + job.spec().targetLabel() + ": " + files.size()
                + " objects");
        table.write().mode(SaveMode.Overwrite).parquet(new Path(report, PARQUET).toString());
        Dataset<Row> done = spark.read().parquet(new Path(report, PARQUET).toString());
        writeCsv(done, report, conf);
        for (Row r : done.groupBy("result", "internal").count().collectAsList()) {
            summary.add(FileResult.valueOf(r.getString(0).toUpperCase(Locale.ROOT)), (int) r.getLong(2),
                    r.getBoolean(1));
        }
        return new Outcome(summary, files.size(), bytes, (System.nanoTime() - start) / 1e9);
    }

    private static Iterator<Row> work(JobSettings job, SerializableConfiguration hadoop,
            Iterator<List<SourceFile>> parts) throws IOException {
        ObjectWork work = new ObjectWork(job, hadoop.value());
        String executor = executor();
        List<Row> out = new ArrayList<>();
        while (parts.hasNext()) {
            for (SourceFile f : parts.next()) {
                FileOutcome o = work.process(f);
                out.add(ReportSchema.row(o, new Path(new Path(job.source()), f.relative()).toString(), executor));
            }
        }
        return out.iterator();
    }

    /** "executor id@host": "driver@host" in local mode. */
    private static String executor() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        SparkEnv env = SparkEnv.get();
        return (env == null ? "?" : env.executorId()) + "@" + host;
    }

    /** One CSV file (RFC 4180 quoting) beside the Parquet table, written through a temporary folder. */
    private static void writeCsv(Dataset<Row> table, Path report, Configuration conf) throws IOException {
        Path tmp = new Path(report, "_csv-tmp");
        table.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                .csv(tmp.toString());
        FileSystem fs = tmp.getFileSystem(conf);
        Path part = null;
        for (FileStatus st : fs.listStatus(tmp)) {
            if (st.getPath().getName().startsWith("part-")) {
                part = st.getPath();
            }
        }
        if (part == null) {
            throw new IOException("Spark wrote no CSV part under " + tmp);
        }
        Path csv = new Path(report, CSV);
        fs.delete(csv, false);
        if (!fs.rename(part, csv)) {
            throw new IOException("could not rename " + part + " to " + csv);
        }
        fs.delete(tmp, true);
    }

    /** Absolute URIs, so that every executor resolves them the same way. */
    private static JobSettings qualified(JobSettings j, Configuration conf) throws IOException {
        return new JobSettings(qualify(j.source(), conf), qualify(j.destination(), conf),
                j.fileList() == null ? null : qualify(j.fileList(), conf), qualify(j.report(), conf), j.spec(),
                j.partitions(), j.stage());
    }

    private static String qualify(String p, Configuration conf) throws IOException {
        Path path = new Path(p);
        return path.getFileSystem(conf).makeQualified(path).toString();
    }

    /** SRC is never written: DST and the report must lie outside it, and SRC outside DST. */
    private static void checkApart(JobSettings j) {
        String src = j.source().endsWith("/") ? j.source() : j.source() + "/";
        String dst = j.destination().endsWith("/") ? j.destination() : j.destination() + "/";
        String report = j.report().endsWith("/") ? j.report() : j.report() + "/";
        if (dst.startsWith(src) || src.startsWith(dst)) {
            throw DicodecException.badInput("DST " + j.destination() + " and SRC " + j.source() + " overlap: the"
                    + " outputs must go to a folder outside SRC, and SRC must not lie inside DST");
        }
        if (report.startsWith(src)) {
            throw DicodecException.badInput("--report " + j.report() + " lies inside SRC, which is never written");
        }
    }
}
