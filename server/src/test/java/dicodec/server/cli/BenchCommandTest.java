package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dicodec bench} refuses before measuring anything: exit 2 and the reason. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aCorpusThatIsNoDirectoryIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir.dcm"), "x");
        CliRun r = CliRun.of("bench", "--corpus", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("not a directory"), r.err());
        assertTrue(Files.notExists(tmp.resolve("out")), "no report for a refused run");
    }

    @Test
    void anUnknownSyntaxIsBadInputAndTheKnownOnesAreListed() {
        CliRun r = CliRun.of("bench", "--corpus", tmp.toString(), "--out", tmp.resolve("out").toString(),
                "--syntaxes", "jpegls,webp");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("webp") && r.err().contains("htj2k-lossy"), r.err());
    }
}
