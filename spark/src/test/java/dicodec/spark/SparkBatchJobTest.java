package dicodec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dicodec.batch.BatchOptions;
import dicodec.batch.BatchRun;
import dicodec.batch.BatchSpec;
import dicodec.batch.BatchSummary;
import dicodec.batch.testing.BatchCheck;
import dicodec.batch.testing.BatchReport;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against {@code dicodec batch} (its engine, {@link BatchRun}) on
 * ../shared/testdata: same result and reason per file, same output bytes; a rerun skips
 * everything; the staged path (as for HDFS / S3) gives the same bytes; and a job killed with
 * SIGKILL half way, then run again, leaves only whole outputs. One Spark session serves the
 * class (a session takes seconds to start); the kill test starts one more in a child JVM.
 */
class SparkBatchJobTest {
    /** Lossless, so outputs keep their SOP Instance UID and are the same bytes run after run. */
    private static final String TARGET = "explicit-le";

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = Sessions.start("local[2]", null);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void job_sharedTestdata_sameResultsAndBytesAsDicodecBatch_thenRerunSkipsAll() throws Exception {
        SharedTestdata.assumePresent();
        Path src = SharedTestdata.dir();
        BatchSpec spec = BatchSpec.of(TARGET, "reject", "auto", null, null, null);
        Path batchDst = tmp.resolve("batch-dst");
        Path batchReport = tmp.resolve("batch-report.csv");
        BatchSummary reference = new BatchRun(new BatchOptions(src, batchDst, spec.transcodeOptions(), batchReport, 2,
                null, spec.ruleContext()), CodecRegistry.load()).run();
        Map<String, BatchReport.Row> expected = BatchReport.read(batchReport);

        Path dst = tmp.resolve("spark-dst");
        Path report = tmp.resolve("spark-report");
        SparkBatchJob.Outcome run = SparkBatchJob.run(spark, new JobSettings(src.toString(), dst.toString(), null,
                report.toString(), spec, 0, false));

        assertEquals(reference.toString(), run.summary().toString());
        assertEquals(reference.exitCode(), run.summary().exitCode());
        Map<String, Row> rows = parquetRows(report);
        assertEquals(expected.keySet().stream().sorted().toList(), rows.keySet().stream().sorted().toList(),
                "one row per file, the same files");
        int same = 0;
        for (BatchReport.Row want : expected.values()) {
            Row got = rows.get(want.file());
            assertEquals(want.result(), got.getAs("result"), want.file());
            assertEquals(want.reason(), got.getAs("reason"), want.file());
            assertEquals(want.inputBytes(), (long) got.getAs("input_bytes"), want.file());
            Path a = batchDst.resolve(want.file());
            Path b = dst.resolve(want.file());
            assertEquals(Files.exists(a), Files.exists(b), want.file());
            if (want.result().equals("ok")) {
                assertEquals(-1L, Files.mismatch(a, b), want.file() + ": the same output bytes");
                assertEquals(Files.size(b), (long) got.getAs("output_bytes"), want.file());
                assertEquals(TransferSyntaxes.EXPLICIT_VR_LE.uid(), got.getAs("output_syntax"), want.file());
                assertNotNull(got.getAs("source_syntax"), want.file());
                assertTrue(((String) got.getAs("executor")).startsWith("driver@"), "local mode: the driver");
                same++;
            }
        }
        assertTrue(same > 60, "most shared files transcode: " + same);
        assertCsvMatchesParquet(report, rows);
        assertEquals(List.of(), BatchCheck.tempFiles(dst));

        SparkBatchJob.Outcome again = SparkBatchJob.run(spark, new JobSettings(src.toString(), dst.toString(), null,
                report.toString(), spec, 0, false));
        Map<String, Row> second = parquetRows(report);
        for (BatchReport.Row want : expected.values()) {
            String result = second.get(want.file()).getAs("result");
            assertEquals(want.result().equals("ok") ? "skipped" : want.result(), result, want.file() + " on rerun");
        }
        assertEquals(same, again.summary().count(dicodec.batch.FileResult.SKIPPED));
        for (BatchReport.Row want : expected.values()) {
            if (want.result().equals("ok")) {
                assertEquals(-1L, Files.mismatch(batchDst.resolve(want.file()), dst.resolve(want.file())));
            }
        }
    }

    @Test
    void job_stagedAsForHdfs_fileList_writesTheSameBytesAsInPlace() throws Exception {
        SharedTestdata.assumePresent();
        Path src = SharedTestdata.dir();
        List<SharedTestdata.Entry> some = SharedTestdata.entries().stream().filter(e -> !e.broken()).limit(12)
                .toList();
        Path list = tmp.resolve("list.txt");
        List<String> lines = new ArrayList<>(List.of("# a comment, then one file a line", ""));
        some.forEach(e -> lines.add(e.file()));
        lines.add(src.resolve(some.get(0).file()).toString().replace(some.get(0).file(), "")
                + "README.md"); // absolute, under SRC
        Files.write(list, lines);
        BatchSpec spec = BatchSpec.of("big-endian", "reject", "auto", null, null, null);

        for (boolean stage : new boolean[] {false, true}) {
            Path dst = tmp.resolve("dst-" + stage);
            Path report = tmp.resolve("report-" + stage);
            SparkBatchJob.run(spark, new JobSettings(src.toString(), dst.toString(), list.toString(),
                    report.toString(), spec, 3, stage));
            Map<String, Row> rows = parquetRows(report);
            assertEquals(some.size() + 1, rows.size(), "the listed files only");
            assertEquals("error", rows.get("README.md").getAs("result"));
        }
        for (SharedTestdata.Entry e : some) {
            Path inPlace = tmp.resolve("dst-false").resolve(e.file());
            Path staged = tmp.resolve("dst-true").resolve(e.file());
            assertEquals(Files.exists(inPlace), Files.exists(staged), e.file());
            if (Files.exists(inPlace)) {
                assertEquals(-1L, Files.mismatch(inPlace, staged), e.file());
            }
        }
        assertEquals(List.of(), BatchCheck.tempFiles(tmp.resolve("dst-true")));
        try (var s = Files.walk(tmp.resolve("dst-true"))) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".crc")).toList(),
                    "no Hadoop checksum files in the mirrored tree");
        }
    }

    @Test
    void job_killedHalfWayInAChildJvm_thenRunAgain_leavesOnlyWholeOutputs() throws Exception {
        SharedTestdata.assumePresent();
        Path src = tmp.resolve("src");
        for (int i = 1; i <= 3; i++) {
            dicodec.core.testing.SyntheticDicom.write(src.resolve("a-big/big" + i + ".dcm"), 512, 512, 48, i);
        }
        List<SharedTestdata.Entry> entries = SharedTestdata.entries();
        for (int i = 0; i < entries.size(); i += 4) { // a quarter of the shared files keeps the test short
            Path to = src.resolve("shared").resolve(entries.get(i).file());
            Files.createDirectories(to.getParent());
            Files.copy(entries.get(i).path(), to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path dst = tmp.resolve("dst");
        Path report = tmp.resolve("report");
        List<String> files = BatchCheck.files(src);

        Process child = startChild(src, dst, report);
        try {
            waitForOutputAndTemp(child, dst);
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> finished = outputs(dst);
        int temps = BatchCheck.tempFiles(dst).size();
        // (temps may be 0: the one seen may have been renamed just before the kill)
        assertTrue(finished.size() < files.size(), "killed half way: " + finished.size() + " of "
                + files.size() + ", " + temps + " temporary");
        for (String f : finished) {
            BatchCheck.assertOutputMatchesSource(src.resolve(f), dst.resolve(f), TransferSyntaxes.EXPLICIT_VR_BE);
        }

        SparkBatchJob.Outcome again = SparkBatchJob.run(spark, new JobSettings(src.toString(), dst.toString(),
                null, report.toString(), BatchSpec.of("big-endian", "reject", "auto", null, null, null), 0, false));

        assertEquals(temps, again.summary().leftoversRemoved(), "the killed run's temporary files are removed");
        assertFalse(again.summary().internalFailure(), again.summary().toString());
        Map<String, Row> rows = parquetRows(report);
        assertEquals(files, rows.keySet().stream().sorted().toList(), "every file is in the report, once");
        for (String f : finished) {
            assertEquals("skipped", rows.get(f).getAs("result"), f + " was done before the kill");
        }
        int checked = 0;
        for (Row row : rows.values()) {
            String f = row.getAs("file");
            String result = row.getAs("result");
            if (result.equals("ok") || result.equals("skipped")) {
                BatchCheck.assertOutputMatchesSource(src.resolve(f), dst.resolve(f), TransferSyntaxes.EXPLICIT_VR_BE);
                checked++;
            } else {
                assertFalse(Files.exists(dst.resolve(f)), f + " has no output");
            }
        }
        assertTrue(checked > 20, "outputs checked: " + checked);
        assertEquals(List.of(), BatchCheck.tempFiles(dst), "no temporary file is left");
    }

    private static Map<String, Row> parquetRows(Path report) {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : spark.read().parquet(report.resolve(SparkBatchJob.PARQUET).toString()).collectAsList()) {
            assertNull(rows.put(r.getAs("file"), r), r.getAs("file") + " is reported twice");
        }
        return rows;
    }

    /** report.csv: one file, a header, the Parquet table's rows and values. */
    private static void assertCsvMatchesParquet(Path report, Map<String, Row> rows) throws IOException {
        String text = Files.readString(report.resolve(SparkBatchJob.CSV), StandardCharsets.UTF_8);
        List<List<String>> records = BatchReport.parse(text.replace("\r\n", "\n").replace("\n", "\r\n"));
        assertEquals(List.of(ReportSchema.SCHEMA.fieldNames()), records.get(0), "header");
        assertEquals(rows.size(), records.size() - 1);
        for (List<String> r : records.subList(1, records.size())) {
            Row p = rows.get(r.get(0));
            assertNotNull(p, r.get(0));
            assertEquals(p.getAs("result"), r.get(2));
            assertEquals(p.getAs("reason"), r.get(3));
            assertEquals(String.valueOf((long) p.getAs("input_bytes")), r.get(6));
        }
    }

    /** The job in a child JVM, the way ./dicodec-spark runs it: local mode, two cores. */
    private static Process startChild(Path src, Path dst, Path report) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
                cmd.add(arg); // Spark on Java 17
            }
        }
        cmd.addAll(List.of("-cp", cp, SparkBatchMain.class.getName(), "--to", "big-endian", "--threads", "2",
                "--report", report.toString(), src.toString(), dst.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Returns once an output is whole and another is being written; fails if the job ends first. */
    private static void waitForOutputAndTemp(Process child, Path dst) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the job ended (exit " + child.exitValue() + ") before it could be killed half way");
            }
            try {
                if (!outputs(dst).isEmpty() && !BatchCheck.tempFiles(dst).isEmpty()) {
                    return;
                }
            } catch (IOException | UncheckedIOException e) {
                // a temporary file renamed while the tree was walked: look again
            }
            Thread.sleep(5);
        }
        fail("no output appeared in 3 minutes");
    }

    private static List<String> outputs(Path dst) throws IOException {
        if (!Files.isDirectory(dst)) {
            return List.of();
        }
        return BatchCheck.files(dst).stream().filter(f -> !f.endsWith(".dicodec-part")).toList();
    }
}
