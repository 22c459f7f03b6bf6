package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dicodec transcode}: the exit codes of the design and nothing half-written. */
class TranscodeCommandTest {
    @TempDir
    Path tmp;

    private static Path shared(String file) {
        SharedTestdata.assumePresent();
        return SharedTestdata.dir().resolve(file);
    }

    @Test
    void transcode_toBigEndian_writesTheTargetSyntaxAndReportsIt() throws IOException {
        Path out = tmp.resolve("mr-be.dcm");
        CliRun run = CliRun.of("transcode", "--to", "big-endian",
                shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm").toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1.2.840.10008.1.2.1 -> 1.2.840.10008.1.2.2"), run.out());
        assertTrue(run.out().contains("changed TransferSyntaxUID (0002,0010)"), run.out());
        DicomObject o = DicomReader.read(Files.readAllBytes(out), "mr-be.dcm");
        assertEquals("1.2.840.10008.1.2.2", o.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID));
        assertTrue(o.syntax().bigEndian());
    }

    @Test
    void transcode_byUid_acceptsTheUid() {
        Path out = tmp.resolve("x.dcm");
        CliRun run = CliRun.of("transcode", "--to", "1.2.840.10008.1.2",
                shared("pylibjpeg-data/LittleEndianExplicit/CT_small.dcm").toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void transcode_truncatedInput_exitsTwoAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out.dcm");
        CliRun run = CliRun.of("transcode", "--to", "explicit-le",
                shared("debian-python3-pydicom/MR_truncated.dcm").toString(), out.toString());
        InfoCommandTest.assertBrokenReport(run, "MR_truncated.dcm");
        assertNoOutput(out);
    }

    @Test
    void transcode_toSyntaxWithoutCodec_exitsFourAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out.dcm");
        CliRun run = CliRun.of("transcode", "--to", "1.2.840.10008.1.2.4.107", "--policy", "allow",
                shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm").toString(), out.toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("HEVC"), run.err());
        assertNoOutput(out);
    }

    @Test
    void transcode_unknownSyntaxName_exitsFourListingTheNames() {
        CliRun run = CliRun.of("transcode", "--to", "jpeg-xl", "a.dcm", tmp.resolve("b.dcm").toString());
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("explicit-le") && run.err().contains("htj2k"), run.err());
    }

    @Test
    void transcode_missingArguments_exitsTwoWithUsage() {
        CliRun run = CliRun.of("transcode", "--to", "explicit-le");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage"), run.err());
    }

    private void assertNoOutput(Path out) throws IOException {
        assertFalse(Files.exists(out), "no output file");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void transcode_lossyWithUidRootAndKeepPrimary_usesThem() throws IOException {
        Path out = tmp.resolve("lossy.dcm");
        CliRun run = CliRun.of("transcode", "--to", "jpeg-baseline", "--policy", "allow", "--uid-root",
                "1.2.826.0.1.3680043.10.1234", "--keep-primary", shared("pydicom-data/US1_UNCR.dcm").toString(),
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        DicomObject o = DicomReader.read(Files.readAllBytes(out), "lossy.dcm");
        assertTrue(o.dataset().getString(Tag.SOP_INSTANCE_UID).startsWith("1.2.826.0.1.3680043.10.1234."));
        assertEquals("DERIVED", o.dataset().getStrings(Tag.IMAGE_TYPE).get(0));
        assertEquals("PRIMARY", o.dataset().getStrings(Tag.IMAGE_TYPE).get(1));
    }

    @Test
    void transcode_invalidUidRoot_exitsTwo() {
        CliRun run = CliRun.of("transcode", "--to", "explicit-le", "--uid-root", "1.02.3", "a.dcm",
                tmp.resolve("b.dcm").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("invalid UID root"), run.err());
    }
}
