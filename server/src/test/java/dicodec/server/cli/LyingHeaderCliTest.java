package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.batch.testing.BatchReport;
import dicodec.core.limits.LyingHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects whose header lies about their size, and a deflate bomb, through `dicodec batch` in a
 * JVM of 128 MiB: every one is reported as bad input with the reason, the batch exits 2, and
 * nothing runs out of memory or leaves an output.
 */
class LyingHeaderCliTest {
    @TempDir
    Path tmp;

    @Test
    void batch_overLyingHeadersAndABomb_reportsEachAsBadInputInA128MibHeap() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.write(src.resolve("native-4g.dcm"), LyingHeaders.nativeObject(65535, 65535, 1, 1000));
        Files.write(src.resolve("frames-2g.dcm"), LyingHeaders.nativeObject(16, 16, Integer.MAX_VALUE, 512));
        Files.write(src.resolve("jpeg-60000.dcm"), LyingHeaders.jpegLosslessClaiming(60000, 60000, 1));
        Files.write(src.resolve("jpeg-8000.dcm"), LyingHeaders.jpegLosslessClaiming(8000, 8000, 1));
        Files.write(src.resolve("million-frames.dcm"), LyingHeaders.jpegLosslessClaiming(16, 16, 1_000_000));
        Files.write(src.resolve("bomb.dcm"), LyingHeaders.deflateBomb(64 << 20));
        Path report = tmp.resolve("report.csv");

        ChildJvm.Result r = ChildJvm.runCli(List.of("-Xmx128m", "-Ddicodec.max-inflated-bytes=" + (32 << 20)), tmp,
                "batch", "--to", "rle", "--report", report.toString(), src.toString(),
                tmp.resolve("dst").toString());

        assertEquals(2, r.exitCode(), r.output());
        assertFalse(r.output().contains("OutOfMemoryError"), r.output());
        Map<String, BatchReport.Row> rows = BatchReport.read(report);
        assertEquals(6, rows.size(), rows.toString());
        for (BatchReport.Row row : rows.values()) {
            assertEquals("error", row.result(), row.toString());
            assertFalse(Files.exists(tmp.resolve("dst").resolve(row.file())), row.file() + " has no output");
        }
        assertTrue(rows.get("native-4g.dcm").reason().contains("(7FE0,0010)"), rows.get("native-4g.dcm").reason());
        assertTrue(rows.get("jpeg-60000.dcm").reason().contains("bytes"), rows.get("jpeg-60000.dcm").reason());
        // 8000 x 8000 x 2 = 128 MB decoded: more than this heap can code, however honest
        assertTrue(rows.get("jpeg-8000.dcm").reason().contains("half its heap"), rows.get("jpeg-8000.dcm").reason());
        assertTrue(rows.get("bomb.dcm").reason().contains("inflates to more than"), rows.get("bomb.dcm").reason());
    }
}
