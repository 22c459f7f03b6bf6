package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.FileByteSource;
import dicodec.core.testing.SyntheticDicom;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB multi-frame object goes Explicit LE -> Big Endian -> Explicit LE through the CLI in
 * a JVM limited to 256 MiB of heap, and comes back byte for byte: Pixel Data is streamed from
 * the file, never held in memory.
 */
@org.junit.jupiter.api.Tag("slow")
class LargeObjectTest {
    private static final int ROWS = 512;
    private static final int COLUMNS = 1024;
    private static final int FRAMES = 1024; // 1 MiB per frame at 16 bits -> 1 GiB

    @TempDir
    Path tmp;

    @Test
    void transcode_oneGibObject_roundTripsByteForByteInA256MibHeap() throws Exception {
        Path original = tmp.resolve("big-le.dcm");
        SyntheticDicom.write(original, ROWS, COLUMNS, FRAMES, 0);
        assertTrue(Files.size(original) > (1L << 30), "the object is over 1 GiB");

        ChildJvm.Result toBe = ChildJvm.runCli("256m", tmp, "transcode", "--to", "big-endian", "big-le.dcm",
                "big-be.dcm");
        assertEquals(0, toBe.exitCode(), toBe.output());
        ChildJvm.Result back = ChildJvm.runCli("256m", tmp, "transcode", "--to", "explicit-le", "big-be.dcm",
                "big-le-again.dcm");
        assertEquals(0, back.exitCode(), back.output());

        assertEquals(-1L, Files.mismatch(original, tmp.resolve("big-le-again.dcm")), "round trip is byte-identical");
        // and the Big Endian file really is Big Endian: the first pixel 0x0102 is stored 01 02
        long pixelStart = Files.size(tmp.resolve("big-be.dcm")) - (long) ROWS * COLUMNS * 2 * FRAMES;
        try (FileByteSource be = new FileByteSource(tmp.resolve("big-be.dcm"))) {
            byte[] first = new byte[2];
            be.readFully(pixelStart, first, 0, 2);
            assertEquals(0x01, first[0]);
            assertEquals(0x02, first[1]);
        }
    }
}
