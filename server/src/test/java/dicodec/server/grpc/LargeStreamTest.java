package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.testing.SyntheticDicom;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB object goes through TranscodeStream to a server running in a JVM with 512 MiB of
 * heap: the server spools to disk and sends under flow control, so the object never has to
 * fit in its memory.
 */
@org.junit.jupiter.api.Tag("slow")
class LargeStreamTest {
    private static final int ROWS = 512;
    private static final int COLUMNS = 1024;
    private static final int FRAMES = 1024; // 1 MiB per frame at 16 bits -> 1 GiB
    private static final int FRAME_BYTES = ROWS * COLUMNS * 2;

    @TempDir
    Path tmp;

    @Test
    void transcodeStream_oneGibObject_goesThroughAServerWithA512MibHeap() throws Exception {
        Path original = tmp.resolve("big-le.dcm");
        SyntheticDicom.write(original, ROWS, COLUMNS, FRAMES, 0);
        assertTrue(Files.size(original) > (1L << 30), "the object is over 1 GiB");
        Path spool = tmp.resolve("spool");
        Path config = tmp.resolve("dicodec.properties");
        Files.writeString(config, "host=127.0.0.1\ntemp-dir=" + spool + "\n");

        Path result = tmp.resolve("big-be.dcm");
        StreamingClient client;
        try (ServerProcess server = ServerProcess.start("512m", config, tmp.resolve("server.log"))) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext()
                    .maxInboundMessageSize(16 << 20).build();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(original), 1 << 20);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(result), 1 << 20)) {
                client = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian").build(), in,
                        1 << 20, out, -1, -1);
                TranscoderGrpc.newStub(channel).transcodeStream(client);
                assertTrue(client.await(15 * 60), "the stream finished");
            } finally {
                channel.shutdownNow();
            }
            assertNull(client.error, () -> "the call succeeded: " + client.error + "\n" + server.output());
            assertFalse(server.output().contains("OutOfMemoryError"), server.output());
            try (Stream<Path> left = Files.list(spool)) {
                assertEquals(0, left.count(), "the server's spool files are gone");
            }
            assertEquals(0, server.terminate(60) == -1 ? 1 : 0, "the server stops on SIGTERM");
        }

        assertTrue(client.headerFirst);
        assertEquals("1.2.840.10008.1.2.2", client.header.getTargetSyntax());
        assertEquals(FRAMES, client.header.getFrames());
        assertEquals(Files.size(result), client.header.getOutputBytes());
        try (DicomObject before = DicomReader.read(new FileByteSource(original));
                DicomObject after = DicomReader.read(new FileByteSource(result))) {
            assertEquals("1.2.840.10008.1.2.2", after.syntax().uid());
            NativeFrames expected = NativeFrames.of(before.dataset());
            NativeFrames actual = NativeFrames.of(after.dataset());
            for (int f : new int[] {0, 1, FRAMES / 2, FRAMES - 1}) {
                assertArrayEquals(expected.frame(f), actual.frame(f), "frame " + (f + 1));
            }
        }
        // and it really is Big Endian: the first pixel 0x0102 is stored 01 02
        long pixelStart = Files.size(result) - (long) FRAME_BYTES * FRAMES;
        try (FileByteSource be = new FileByteSource(result)) {
            byte[] first = new byte[2];
            be.readFully(pixelStart, first, 0, 2);
            assertArrayEquals(new byte[] {0x01, 0x02}, first);
        }
    }
}
