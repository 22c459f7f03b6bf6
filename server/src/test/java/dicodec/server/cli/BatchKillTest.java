package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dicodec.batch.testing.BatchCheck;
import dicodec.batch.testing.BatchReport;
import dicodec.batch.testing.SyntheticObjects;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.core.testing.SyntheticDicom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed half way (SIGKILL, in a child JVM, while an output is being written) leaves
 * only whole outputs, and the next run finishes the job: every output reads back as its
 * source, and no temporary file is left.
 *
 * <p>SRC holds three synthetic objects of 48 MiB first, so that the kill lands while the
 * batch is busy, then a copy of ../shared/testdata.
 */
class BatchKillTest {
    private static final TransferSyntax TARGET = TransferSyntaxes.EXPLICIT_VR_BE;
    private static final int ROWS = 512;
    private static final int COLUMNS = 512;
    private static final int FRAMES = 96;

    @TempDir
    Path tmp;

    @Test
    void batch_killedHalfWayThenRunAgain_leavesOnlyWholeOutputsThatMatchTheirSources() throws Exception {
        SharedTestdata.assumePresent();
        Path src = tmp.resolve("src");
        for (int i = 1; i <= 3; i++) {
            SyntheticDicom.write(src.resolve("a-big/big" + i + ".dcm"), ROWS, COLUMNS, FRAMES, i);
        }
        SyntheticObjects.copyTree(SharedTestdata.dir(), src.resolve("shared"));
        Path dst = tmp.resolve("dst");
        Path report = tmp.resolve("report.csv");
        List<String> files = BatchCheck.files(src);

        Process child = startBatch(src, dst, report);
        try {
            waitForOutputAndTemp(child, dst);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(report), "the first run was cut short: it wrote no report");
        List<String> finished = outputs(dst);
        int temps = BatchCheck.tempFiles(dst).size();
        assertTrue(finished.size() < files.size(), "killed half way: " + finished.size() + " of " + files.size());
        for (String f : finished) {
            BatchCheck.assertOutputMatchesSource(src.resolve(f), dst.resolve(f), TARGET);
        }

        CliRun again = CliRun.of("batch", "--to", "big-endian", "--threads", "2", "--report", report.toString(),
                src.toString(), dst.toString());

        assertEquals(2, again.exitCode(), "the broken shared files make it 2\n" + again.out() + again.err());
        // the outputs' temporary files and the killed run's unfinished report
        assertTrue(again.out().contains("removed " + (temps + 1) + " temporary file"), temps + ": " + again.out());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".dicodec-part")).toList());
        }
        Map<String, BatchReport.Row> rows = BatchReport.read(report);
        assertEquals(files, rows.keySet().stream().sorted().toList(), "every file is in the report");
        for (String f : finished) {
            assertEquals("skipped", rows.get(f).result(), f + " was done before the kill");
        }
        int checked = 0;
        for (BatchReport.Row row : rows.values()) {
            if (row.result().equals("ok") || row.result().equals("skipped")) {
                BatchCheck.assertOutputMatchesSource(src.resolve(row.file()), dst.resolve(row.file()), TARGET);
                checked++;
            } else {
                assertFalse(Files.exists(dst.resolve(row.file())), row.file() + " has no output: " + row);
            }
        }
        assertTrue(checked > 70, "outputs checked: " + checked);
        assertEquals(List.of(), BatchCheck.tempFiles(dst), "no temporary file is left");
    }

    private static Process startBatch(Path src, Path dst, Path report) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", cp, DicodecCli.class.getName(), "batch", "--to", "big-endian", "--threads", "2",
                "--report", report.toString(), src.toString(), dst.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Returns once an output is whole and another is being written; fails if the batch ends first. */
    private static void waitForOutputAndTemp(Process child, Path dst) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the batch ended (exit " + child.exitValue() + ") before it could be killed half way");
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
        fail("no output appeared in 5 minutes");
    }

    /** The finished outputs under {@code dst}: every file but temporary ones and the report. */
    private static List<String> outputs(Path dst) throws IOException {
        if (!Files.isDirectory(dst)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String f : BatchCheck.files(dst)) {
            if (!f.endsWith(".dicodec-part")) {
                out.add(f);
            }
        }
        return out;
    }


}
