package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.batch.testing.BatchReport;
import dicodec.core.testing.SyntheticDicom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dicodec batch` writes only inside DST: symbolic links planted in DST (a folder link, a file
 * link) pointing outside are not written through; those files are refused with the reason, the
 * others are written, and the outside stays as it was.
 */
class BatchConfinementTest {
    @TempDir
    Path tmp;

    @Test
    void batch_withLinksInDstPointingOutside_writesNothingOutsideDst() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("a"));
        Files.createDirectories(src.resolve("c"));
        byte[] obj = SyntheticDicom.noise(16, 16, 1);
        Files.write(src.resolve("a/x.dcm"), obj);
        Files.write(src.resolve("b.dcm"), obj);
        Files.write(src.resolve("c/y.dcm"), obj);
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        byte[] precious = "not to be overwritten".getBytes();
        Files.write(outside.resolve("precious.dcm"), precious);
        Path realDst = tmp.resolve("real-dst");
        Files.createDirectories(realDst);
        Path dst = tmp.resolve("dst");
        Files.createSymbolicLink(dst, realDst); // DST itself may be a link: the user named it
        Files.createSymbolicLink(dst.resolve("a"), outside); // a folder link
        Files.createSymbolicLink(dst.resolve("b.dcm"), outside.resolve("precious.dcm")); // a file link
        Path report = tmp.resolve("report.csv");

        CliRun r = CliRun.of("batch", "--to", "rle", "--report", report.toString(), src.toString(), dst.toString());

        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(List.of(outside.resolve("precious.dcm")), s.toList(), "nothing new outside DST");
        }
        assertArrayEquals(precious, Files.readAllBytes(outside.resolve("precious.dcm")), "the linked file is intact");
        Map<String, BatchReport.Row> rows = BatchReport.read(report);
        assertEquals("error", rows.get("a/x.dcm").result(), rows.toString());
        assertTrue(rows.get("a/x.dcm").reason().contains("symbolic link"), rows.get("a/x.dcm").reason());
        assertEquals("error", rows.get("b.dcm").result(), rows.toString());
        assertTrue(rows.get("b.dcm").reason().contains("symbolic link"), rows.get("b.dcm").reason());
        assertEquals("ok", rows.get("c/y.dcm").result(), rows.toString());
        assertTrue(Files.isRegularFile(realDst.resolve("c/y.dcm")));
        Files.write(src.resolve("top.dcm"), obj);
        CliRun.of("batch", "--to", "rle", "--report", report.toString(), src.toString(), dst.toString());
        assertEquals("ok", BatchReport.read(report).get("top.dcm").result(), "a file right under a DST that is a link");
        assertTrue(r.exitCode() != 0, "a batch with files not written does not exit 0: " + r.out() + r.err());
    }
}
