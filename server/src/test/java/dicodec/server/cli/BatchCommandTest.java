package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.batch.testing.BatchCheck;
import dicodec.batch.testing.BatchReport;
import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dicodec batch} in this JVM: the report, the outputs, resume, and SRC left as it was. */
class BatchCommandTest {
    private static final TransferSyntax EXPLICIT_LE = TransferSyntaxes.EXPLICIT_VR_LE;

    @TempDir
    Path tmp;

    @Test
    void batch_sharedTestdata_reportsEveryFileWithOutputsOrReasons_andLeavesSrcAsItWas() throws Exception {
        SharedTestdata.assumePresent();
        Path src = SharedTestdata.dir();
        Map<String, String> before = snapshot(src);
        Path dst = tmp.resolve("dst");
        Path report = tmp.resolve("report.csv");

        CliRun run = CliRun.of("batch", "--to", "explicit-le", "--threads", "2", "--report", report.toString(),
                src.toString(), dst.toString());

        assertEquals(2, run.exitCode(), "some inputs are broken: exit 2\n" + run.out() + run.err());
        assertEquals(before, snapshot(src), "SRC: same files, same bytes, same mtimes");
        Map<String, BatchReport.Row> rows = BatchReport.read(report);
        assertEquals(BatchCheck.files(src), rows.keySet().stream().sorted().toList(), "one row per file of SRC");
        List<SharedTestdata.Entry> entries = SharedTestdata.entries();
        assertEquals(166, entries.size(), "the README lists 166 DICOM files");

        BatchReport.Row readme = rows.get("README.md");
        assertEquals("error", readme.result());
        assertTrue(readme.reason().contains("not DICOM"), readme.reason());
        CodecRegistry registry = CodecRegistry.load();
        for (SharedTestdata.Entry e : entries) {
            BatchReport.Row row = rows.get(e.file());
            Path out = dst.resolve(e.file());
            if (e.broken()) {
                assertEquals("error", row.result(), e.file() + ": " + row);
                assertTrue(row.reason().startsWith(e.path().getFileName() + ": "), "names the file: " + row.reason());
                assertFalse(Files.exists(out), e.file() + ": no output for a broken file");
            } else if (decodable(e.path(), registry)) {
                assertEquals("ok", row.result(), e.file() + ": " + row);
                assertEquals(Files.size(out), Long.parseLong(row.outputBytes()), e.file());
                assertEquals(e.size(), row.inputBytes(), e.file());
                BatchCheck.assertOutputMatchesSource(e.path(), out, EXPLICIT_LE);
            } else {
                assertEquals("unsupported", row.result(), e.file() + ": " + row);
                assertTrue(row.reason().contains("cannot decode"), row.reason());
                assertFalse(Files.exists(out), e.file());
            }
        }
        assertTrue(rows.values().stream().filter(r -> r.result().equals("ok")).count() > 60, "most files are native");
        assertTrue(BatchCheck.tempFiles(dst).isEmpty(), "no temporary file left");
        assertTrue(run.out().contains("167 files"), run.out());
    }

    @Test
    void batch_runAgain_skipsVerifiedOutputsAndRedoesCorruptOrMissingOnes() throws Exception {
        Path src = copyOf("pydicom-data/SC_rgb_2frame.dcm", "pylibjpeg-data/LittleEndianExplicit/MR_small.dcm",
                "debian-python3-pydicom/MR_small_expb.dcm", "debian-python3-pydicom/liver_1frame.dcm");
        Path dst = tmp.resolve("dst");
        Path report = tmp.resolve("r.csv");
        String[] args = {"batch", "--to", "explicit-le", "--threads", "2", "--report", report.toString(),
                src.toString(), dst.toString()};
        assertEquals(0, CliRun.of(args).exitCode());

        Path intact = dst.resolve("a/SC_rgb_2frame.dcm");
        Path truncated = dst.resolve("b/MR_small.dcm");
        Path missing = dst.resolve("b/MR_small_expb.dcm");
        Path otherFrames = dst.resolve("b/liver_1frame.dcm");
        // a time no rewrite could give it: a skipped output keeps it
        FileTime intactTime = FileTime.fromMillis(System.currentTimeMillis() + 3_600_000);
        Files.setLastModifiedTime(intact, intactTime);
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 100));
        Files.delete(missing);
        // a whole, readable object that is not the output of its source: another instance
        Files.copy(intact, otherFrames, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path leftover = dst.resolve("a/.SC_rgb_2frame.dcm.1234abcd.dicodec-part");
        Files.write(leftover, new byte[] {1, 2, 3});

        CliRun again = CliRun.of(args);
        assertEquals(0, again.exitCode(), again.out() + again.err());
        Map<String, BatchReport.Row> rows = BatchReport.read(report);
        assertEquals("skipped", rows.get("a/SC_rgb_2frame.dcm").result());
        assertEquals(intactTime, Files.getLastModifiedTime(intact), "a skipped output is not rewritten");
        assertEquals("ok", rows.get("b/MR_small.dcm").result());
        assertTrue(rows.get("b/MR_small.dcm").reason().startsWith("redone: "), rows.get("b/MR_small.dcm").reason());
        assertEquals("ok", rows.get("b/MR_small_expb.dcm").result());
        assertEquals("ok", rows.get("b/liver_1frame.dcm").result());
        assertTrue(rows.get("b/liver_1frame.dcm").reason().contains("SOP Instance UID"),
                rows.get("b/liver_1frame.dcm").reason());
        assertFalse(Files.exists(leftover), "a killed run's temporary file is removed");
        assertTrue(again.out().contains("removed 1 temporary file"), again.out());
        for (String f : BatchCheck.files(src)) {
            BatchCheck.assertOutputMatchesSource(src.resolve(f), dst.resolve(f), EXPLICIT_LE);
        }
    }

    @Test
    void batch_jsonReport_isJsonWithOneObjectPerFile() throws Exception {
        ExternalTool.assumePresent("python3");
        Path src = copyOf("pydicom-data/SC_rgb.dcm", "pydicom-data/OBXXXX1A_rle.dcm");
        Files.writeString(src.resolve("notes, \"quoted\".txt"), "not DICOM\n");
        Path report = tmp.resolve("out/report.json");
        CliRun run = CliRun.of("batch", "--to", "big-endian", "--threads", "1", "--report", report.toString(),
                src.toString(), tmp.resolve("dst").toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        ExternalTool.Result py = ExternalTool.run("python3", "-c", "import json,sys\n"
                + "rows = json.load(open(sys.argv[1]))\n"
                + "for r in sorted(rows, key=lambda r: r['file']):\n"
                + "    print(r['file'], r['result'], r['output_bytes'] is None, sep='|')\n", report.toString());
        assertEquals(0, py.exitCode(), py.stderr());
        String expectRle = decodable(src.resolve("b/OBXXXX1A_rle.dcm"), CodecRegistry.load()) ? "ok|False"
                : "unsupported|True";
        assertEquals("a/SC_rgb.dcm|ok|False\nb/OBXXXX1A_rle.dcm|" + expectRle + "\nnotes, \"quoted\".txt|error|True\n",
                py.stdout());
    }

    @Test
    void batch_dstInsideSrc_isRefusedAndSrcStaysAsItWas() throws Exception {
        Path src = copyOf("pydicom-data/SC_rgb.dcm");
        Map<String, String> before = snapshot(src);
        CliRun run = CliRun.of("batch", "--to", "explicit-le", src.toString(), src.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("overlap"), run.err());
        assertEquals(before, snapshot(src));
        assertFalse(Files.exists(src.resolve("out")));
    }

    @Test
    void batch_help_documentsTheExitCodes() {
        CliRun run = CliRun.of("batch", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Exit codes") && run.out().contains("refused by the lossy policy"), run.out());
    }

    /** Whether the registry decodes the file's syntax (native syntaxes need no codec). */
    static boolean decodable(Path file, CodecRegistry registry) throws IOException {
        try (DicomObject o = DicomReader.read(file)) {
            if (!o.syntax().encapsulated()) {
                return true;
            }
            registry.decoderFor(o.syntax(), PixelDescription.from(o.dataset()), null);
            return true;
        } catch (DicodecException e) {
            return false;
        }
    }

    /** A SRC of copies of shared files: the first under a/, the rest under b/. */
    private Path copyOf(String... files) throws IOException {
        SharedTestdata.assumePresent();
        Path src = tmp.resolve("src");
        for (int i = 0; i < files.length; i++) {
            Path from = SharedTestdata.dir().resolve(files[i]);
            Path to = src.resolve(i == 0 ? "a" : "b").resolve(from.getFileName().toString());
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        }
        return src;
    }

    /** Every file under {@code dir}: its SHA-256, size and modification time. */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(p)) {
                    md.update(in.readAllBytes());
                }
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest()) + " " + Files.size(p)
                        + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
