package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded defaults, and a --config file over them. */
class ServerConfigTest {
    @TempDir
    Path tmp;

    @Test
    void defaults_areTheDocumentedOnes() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals(50051, c.port());
        assertEquals(64 << 20, c.maxMessageBytes());
        assertEquals(16, c.maxConcurrentCalls());
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), c.tempDir());
        assertEquals(Duration.ofSeconds(30), c.shutdownGrace());
    }

    @Test
    void load_fileOverridesOnlyTheKeysItGives() throws IOException {
        Path f = tmp.resolve("dicodec.properties");
        Files.writeString(f, "# ours\nport = 6000\nmax-frames=12\ntemp-dir=" + tmp.resolve("spool") + "\n");
        ServerConfig c = ServerConfig.load(f);
        assertEquals(6000, c.port());
        assertEquals(12, c.maxFrames());
        assertEquals(tmp.resolve("spool"), c.tempDir());
        assertEquals(ServerConfig.defaults().maxMessageBytes(), c.maxMessageBytes());
    }

    @Test
    void load_unknownKey_isBadInputListingTheKnownOnes() throws IOException {
        Path f = tmp.resolve("typo.properties");
        Files.writeString(f, "max-frame=12\n");
        DicodecException e = assertThrows(DicodecException.class, () -> ServerConfig.load(f));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("unknown key 'max-frame'") && e.getMessage().contains("max-frames"),
                e.getMessage());
    }

    @Test
    void load_valueOutOfRange_namesTheKeyAndTheRange() throws IOException {
        Path f = tmp.resolve("bad.properties");
        Files.writeString(f, "port=70000\n");
        DicodecException e = assertThrows(DicodecException.class, () -> ServerConfig.load(f));
        assertTrue(e.getMessage().contains("port=70000 is outside 0..65535"), e.getMessage());
        Files.writeString(f, "max-concurrent-calls=many\n");
        e = assertThrows(DicodecException.class, () -> ServerConfig.load(f));
        assertTrue(e.getMessage().contains("max-concurrent-calls='many' is not a whole number"), e.getMessage());
    }

    @Test
    void load_missingFile_saysSo() {
        DicodecException e = assertThrows(DicodecException.class, () -> ServerConfig.load(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
