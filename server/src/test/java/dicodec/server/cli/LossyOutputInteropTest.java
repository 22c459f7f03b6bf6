package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.testing.ExternalTool;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lossy outputs judged by other tools (issue "lossy safety"): dciodvfy finds no error in them
 * that it did not find in the input, and dcmdump shows DERIVED, the new UID, the sequences and
 * the ratio. And the README's example rules, run as a batch over the test data, compress CT
 * lossless and US lossy.
 */
class LossyOutputInteropTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needsTestdata() {
        SharedTestdata.assumePresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/US1_UNCR.dcm", "pydicom-data/vlut_04.dcm"})
    void lossyOutput_addsNoDciodvfyError_andDcmdumpShowsTheDerivation(String file) throws IOException {
        ExternalTool.assumePresent("dciodvfy");
        Path in = SharedTestdata.dir().resolve(file);
        Path out = tmp.resolve("lossy.dcm");
        CliRun run = CliRun.of("transcode", "--to", "jpeg-baseline", "--policy", "allow", in.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());

        Set<String> before = errors(ExternalTool.run("dciodvfy", in.toString()));
        Set<String> after = errors(ExternalTool.run("dciodvfy", out.toString()));
        after.removeAll(before);
        assertEquals(Set.of(), after, "dciodvfy errors our lossy output added");

        String oldUid;
        try (DicomObject o = DicomReader.read(in)) {
            oldUid = o.dataset().getString(Tag.SOP_INSTANCE_UID);
        }
        String dump = ExternalTool.run("dcmdump", out.toString()).stdout();
        assertTrue(dump.matches("(?s).*\\(0008,0008\\) CS \\[DERIVED\\\\SECONDARY.*"), dump);
        String newUidLine = dump.lines().filter(l -> l.startsWith("(0008,0018)")).findFirst().orElseThrow();
        assertTrue(!newUidLine.contains(oldUid), newUidLine);
        assertTrue(dump.contains("(0008,2112) SQ"), "Source Image Sequence");
        assertTrue(dump.contains("[121320]"), "purpose: Uncompressed predecessor");
        assertTrue(dump.contains("(0008,9215) SQ") && dump.contains("[113040]"), "Derivation Code Sequence");
        assertTrue(dump.contains("(0028,2110) CS [01]"), "Lossy Image Compression");
        assertTrue(dump.matches("(?s).*\\(0028,2112\\) DS \\[\\d+\\.\\d+\\].*"), "ratio");
        assertTrue(dump.contains("(0028,2114) CS [ISO_10918_1]"), "method");
        assertTrue(dump.contains(oldUid), "the predecessor's UID is referenced");
    }

    private static Set<String> errors(ExternalTool.Result r) {
        return (r.stdout() + "\n" + r.stderr()).lines().filter(l -> l.startsWith("Error"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void batchAuto_exampleRules_compressCtLosslessAndUsLossy() throws IOException {
        Path root = Path.of(System.getProperty("dicodec.repo.root", ".."));
        Path dst = tmp.resolve("out");
        CliRun run = CliRun.of("batch", "--to", "auto", "--rules", root.resolve("config/rules-example.yaml").toString(),
                "--threads", "2", "--no-progress", SharedTestdata.dir().toString(), dst.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 2 || run.exitCode() == 4, run.out() + run.err());
        int ct = 0;
        int us = 0;
        int onceLossy = 0;
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            Path output = dst.resolve(e.file());
            if (e.broken() || !Files.exists(output) || e.transferSyntax() == null
                    || !List.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2").contains(e.transferSyntax())) {
                continue; // native sources only: compressed ones follow the no-rule and lossy rules
            }
            try (DicomObject in = DicomReader.read(e.path()); DicomObject out = DicomReader.read(output)) {
                Dataset src = in.dataset();
                String modality = src.getString(Tag.MODALITY);
                if ("CT".equals(modality)) {
                    assertEquals("1.2.840.10008.1.2.4.70", out.syntax().uid(), e.file());
                    assertEquals(src.getString(Tag.SOP_INSTANCE_UID), out.dataset().getString(Tag.SOP_INSTANCE_UID));
                    assertEquals(src.getString(Tag.LOSSY_IMAGE_COMPRESSION),
                            out.dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION), e.file());
                    ct++;
                } else if ("US".equals(modality) && "RGB".equals(e.photometric()) && e.bitsAllocated() == 8) {
                    assertEquals("01", out.dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION), e.file());
                    if ("01".equals(src.getString(Tag.LOSSY_IMAGE_COMPRESSION))) {
                        // once lossy (US1_UNCI was decoded from lossy J2K): never lossy twice, so the
                        // lossy rule yields lossless output that keeps 01 and the UID
                        assertEquals("1.2.840.10008.1.2.4.70", out.syntax().uid(), e.file());
                        assertEquals(src.getString(Tag.SOP_INSTANCE_UID), out.dataset().getString(Tag.SOP_INSTANCE_UID));
                        onceLossy++;
                    } else {
                        assertEquals("1.2.840.10008.1.2.4.50", out.syntax().uid(), e.file());
                        assertNotEquals(src.getString(Tag.SOP_INSTANCE_UID),
                                out.dataset().getString(Tag.SOP_INSTANCE_UID));
                        us++;
                    }
                }
            }
        }
        assertTrue(ct >= 2, "CT files compressed: " + ct);
        assertTrue(us >= 1, "US files compressed lossy: " + us);
        assertTrue(onceLossy >= 1, "once-lossy US files kept lossless: " + onceLossy);
        try (Stream<Path> s = Files.list(dst)) {
            assertTrue(s.count() > 0);
        }
    }
}
