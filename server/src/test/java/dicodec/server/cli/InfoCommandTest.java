package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dicodec info} over every real file: the README's columns for the good ones, one line
 * naming the file, the byte offset and the fault (exit 2, no stack trace) for the broken ones.
 */
class InfoCommandTest {

    static Stream<SharedTestdata.Entry> sharedEntries() {
        return SharedTestdata.entriesOrSkip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedEntries")
    void info_sharedFile_matchesTheReadme(SharedTestdata.Entry e) {
        SharedTestdata.assumePresent();
        CliRun run = CliRun.of("info", e.path().toString());
        String name = e.path().getFileName().toString();
        if (e.broken()) {
            assertBrokenReport(run, name);
            return;
        }
        assertEquals(0, run.exitCode(), run.err());
        if (e.transferSyntax() != null) {
            assertTrue(run.field("Transfer Syntax").startsWith(e.transferSyntax() + " "), run.out());
            assertEquals("yes", run.field("File Meta"));
        } else { // no file meta, or one without a Transfer Syntax UID: the syntax was detected
            assertTrue(run.out().contains("no file meta") || run.out().contains("no Transfer Syntax UID"), run.out());
        }
        if (!e.hasPixelFacts()) {
            return;
        }
        assertEquals(e.rows() + " x " + e.columns(), run.field("Rows x Columns"), run.out());
        assertEquals(String.valueOf(e.bitsAllocated()), run.field("Bits Allocated"));
        if (e.bitsStored() >= 0) {
            assertEquals(String.valueOf(e.bitsStored()), run.field("Bits Stored"));
        }
        if (e.pixelRepresentation() >= 0) {
            assertTrue(run.field("Pixel Representation").startsWith(e.pixelRepresentation() + " "), run.out());
        }
        assertEquals(e.photometric(), run.field("Photometric Interpretation"));
        if (e.planar1()) {
            assertEquals("1", run.field("Planar Configuration"));
        }
        if (e.frames() > 0) {
            assertEquals(String.valueOf(e.frames()), run.field("Frames"));
        }
        assertTrue(run.field("Lossy").startsWith("yes") || run.field("Lossy").startsWith("no"));
    }

    /** Exit 2, one line on stderr with file name, byte offset and what is wrong; no trace. */
    static void assertBrokenReport(CliRun run, String fileName) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String err = run.err().trim();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("dicodec: " + fileName + ": "), err);
        assertTrue(err.matches(".*at byte \\d+: .*"), "names the byte offset: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    static Stream<String[]> manifestRows() throws IOException {
        Path root = Path.of(System.getProperty("dicodec.repo.root", "..")).resolve("testdata");
        Path manifest = root.resolve("manifest.tsv");
        if (!Files.isDirectory(root.resolve("cache")) || !Files.exists(manifest)) {
            // one row that skips with a line: JUnit refuses a parameterized test without arguments
            String absent = root.resolve("cache/(testdata/cache absent: run testdata/fetch.sh)").toString();
            return Stream.<String[]>of(new String[] {absent, "-", "-", "-", "-", "-", "-", "-", "-", "ok"});
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            if (line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            c[0] = root.resolve("cache").resolve(c[0]).toString();
            rows.add(c);
        }
        return rows.stream();
    }

    /** The files testdata/fetch.sh brings from Debian and npm, against the DCMTK-made manifest. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("manifestRows")
    void info_fetchedFile_matchesTheManifest(String file, String ts, String rows, String cols, String ba, String bs,
            String pr, String pi, String frames, String broken) {
        Assumptions.assumeTrue(Files.exists(Path.of(file)), file + " not fetched: skipped");
        CliRun run = CliRun.of("info", file);
        boolean truncated = broken.contains("larger") && broken.contains("remaining") && !broken.contains("(reads with");
        if (truncated || broken.startsWith("codestream:")) {
            assertBrokenReport(run, Path.of(file).getFileName().toString()); // broken on purpose
            return;
        }
        assertEquals(0, run.exitCode(), run.err());
        if (!ts.equals("-")) {
            assertTrue(run.field("Transfer Syntax").startsWith(ts + " "), run.out());
        }
        if (rows.equals("-") || run.field("Rows x Columns") == null) {
            assertTrue(rows.equals("-") || run.field("Pixel Data") != null, run.out());
            return;
        }
        assertEquals(rows + " x " + cols, run.field("Rows x Columns"));
        assertEquals(ba, run.field("Bits Allocated"));
        if (!bs.equals("-")) {
            assertEquals(bs, run.field("Bits Stored"));
        }
        assertEquals(pi, run.field("Photometric Interpretation"));
        if (frames.matches("\\d+|-")) { // badVR.dcm says "1A": not a number, read as 1 with a warning
            assertEquals(frames.equals("-") ? "1" : frames, run.field("Frames"));
        }
    }

    @Test
    void info_missingFile_exitsTwoWithOneLine() {
        CliRun run = CliRun.of("info", "/nonexistent/x.dcm");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().trim().lines().count(), run.err());
        assertTrue(run.err().contains("x.dcm"), run.err());
    }

    @Test
    void info_notDicom_exitsTwoNamingTheFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("notes.txt");
        Files.writeString(f, "this is not a DICOM file at all, just some text that goes on for a while");
        CliRun run = CliRun.of("info", f.toString());
        assertBrokenReport(run, "notes.txt");
        assertTrue(run.err().contains("not DICOM"), run.err());
    }
}
