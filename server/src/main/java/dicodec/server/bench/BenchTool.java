package dicodec.server.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One contestant of the harness: dicodec in-process, the dicodec CLI, or a peer's tools. It
 * encodes the image into {@code dir} and decodes its own output there again; what it left
 * there gives the size and the decoded frames.
 */
interface BenchTool {
    String name();

    boolean ours();

    boolean wholeProcess();

    /** A run: wall time, peak memory (KiB), or why it failed. */
    record Run(long nanos, long peakKb, String failure) {
        static Run failed(String why) {
            return new Run(0, 0, why);
        }
    }

    Run encode(BenchImage image, BenchPoint point, Path dir) throws IOException;

    Run decode(BenchImage image, BenchPoint point, Path dir) throws IOException;

    /** Bytes of compressed pixel data it wrote (fragments, or codestream files). */
    long compressedBytes(BenchImage image, Path dir) throws IOException;

    /** Its decoded frames in the image's layout, or null with a reason in {@code note}. */
    List<byte[]> decodedFrames(BenchImage image, Path dir, StringBuilder note) throws IOException;
}
