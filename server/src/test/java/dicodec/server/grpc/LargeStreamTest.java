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
import java.util.List;
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
        Path result = tmp.resolve("big-be.dcm");
        StreamingClient client = streamThrough512MibServer(original, "big-endian", result);

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

    /**
     * 2 GiB to JPEG Lossless (.70), the codec path (decode nothing, encode every frame on all
     * cores) rather than a byte swap, through the same 512 MiB server; the heap peak it reached
     * is written to target/big-object-heap.txt. Tagged "huge": excluded by default, run with
     * {@code mvn -pl server -am -Dgroups=huge -DexcludedGroups= -Dtest=LargeStreamTest verify}.
     */
    @Test
    @org.junit.jupiter.api.Tag("huge")
    void transcodeStream_twoGibObjectToJpegLossless_goesThroughAServerWithA512MibHeap() throws Exception {
        int frames = 2 * FRAMES; // 2 GiB
        Path original = tmp.resolve("huge-le.dcm");
        SyntheticDicom.write(original, ROWS, COLUMNS, frames, 5);
        assertTrue(Files.size(original) > (2L << 30), "the object is over 2 GiB");
        Path result = tmp.resolve("huge-jpeg.dcm");
        StreamingClient client = streamThrough512MibServer(original, "1.2.840.10008.1.2.4.70", result);
        Files.delete(original);

        assertEquals("1.2.840.10008.1.2.4.70", client.header.getTargetSyntax());
        assertEquals(frames, client.header.getFrames());
        assertEquals(Files.size(result), client.header.getOutputBytes());
        try (DicomObject after = DicomReader.read(new FileByteSource(result))) {
            var jpeg = dicodec.core.pixel.EncapsulatedFrames.of(after.dataset(), after.syntax());
            assertEquals(frames, jpeg.count());
            var pd = dicodec.core.pixel.PixelDescription.from(after.dataset());
            var decoder = dicodec.core.spi.CodecRegistry.load().decoderFor(after.syntax(), pd, null).decoder();
            dicodec.core.io.ByteSource pixels = SyntheticDicom.pattern(ROWS, COLUMNS, frames, 5);
            for (int f : new int[] {0, frames / 2, frames - 1}) {
                byte[] expected = new byte[FRAME_BYTES];
                pixels.readFully((long) f * FRAME_BYTES, expected, 0, FRAME_BYTES);
                assertArrayEquals(expected, decoder.decode(jpeg.frame(f), pd).pixels(), "frame " + (f + 1));
            }
        }
    }

    /** Streams {@code original} through a server at -Xmx512m; checks the call, the heap, the spool. */
    private StreamingClient streamThrough512MibServer(Path original, String target, Path result) throws Exception {
        Path spool = tmp.resolve("spool");
        Path config = tmp.resolve("dicodec.properties");
        Files.writeString(config, "host=127.0.0.1\ntemp-dir=" + spool + "\n");
        Path gcLog = tmp.resolve("gc.log");
        StreamingClient client;
        try (ServerProcess server = ServerProcess.start(List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog), config,
                tmp.resolve("server.log"))) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext()
                    .maxInboundMessageSize(16 << 20).build();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(original), 1 << 20);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(result), 1 << 20)) {
                client = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax(target).build(), in,
                        1 << 20, out, -1, -1);
                TranscoderGrpc.newStub(channel).transcodeStream(client);
                assertTrue(client.await(15 * 60), "the stream finished");
            } finally {
                channel.shutdownNow();
            }
            StreamingClient c = client;
            assertNull(c.error, () -> "the call succeeded: " + c.error + "\n" + server.output());
            assertFalse(server.output().contains("OutOfMemoryError"), server.output());
            try (Stream<Path> left = Files.list(spool)) {
                assertEquals(0, left.count(), "the server's spool files are gone");
            }
            assertEquals(0, server.terminate(60) == -1 ? 1 : 0, "the server stops on SIGTERM");
        }
        long peak = ServerProcess.heapPeakMib(gcLog);
        assertTrue(peak > 0 && peak <= 512, "heap peak " + peak + " MiB");
        String line = Files.size(original) + " bytes to " + target + ": server heap peak " + peak
                + " MiB of 512 (GC log)\n";
        Files.writeString(Path.of("target", "big-object-heap.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.print("BIG OBJECT " + line);
        assertTrue(client.headerFirst);
        return client;
    }
}
