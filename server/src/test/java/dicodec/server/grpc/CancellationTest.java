package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.core.testing.SyntheticDicom;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeRequest;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel or a passed deadline stops the work it belongs to: the server's in-flight count goes
 * back to 0 and the stream's spool files are deleted, whether the call was receiving, working
 * or sending.
 */
class CancellationTest {
    @TempDir
    Path tmp;

    private InProcessServer server;
    private ByteString object;

    @BeforeEach
    void start() throws IOException {
        ServerConfig d = ServerConfig.defaults();
        server = new InProcessServer(new ServerConfig(d.host(), 0, d.maxMessageBytes(), d.maxFrames(),
                d.maxFramePixels(), d.maxConcurrentCalls(), 1024, tmp.resolve("spool"), Duration.ofSeconds(5)));
        object = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm"); // about 80 KiB
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    private StreamingClient client(long pauseSendingAfter, int pauseReadingAfter) {
        return new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian").build(),
                new ByteArrayInputStream(object.toByteArray()), 4096, new ByteArrayOutputStream(),
                pauseSendingAfter, pauseReadingAfter);
    }

    @Test
    void cancel_halfWayThroughTheUpload_freesTheCallAndDeletesItsSpool() throws Exception {
        StreamingClient c = client(object.size() / 2, -1);
        server.async().transcodeStream(c);
        assertTrue(c.awaitPause(10));
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 1), "the call is working");
        assertTrue(InProcessServer.eventually(() -> filesNow().size() == 1), "its input is spooled: " + filesNow());

        c.cancel();

        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0), "in-flight back to 0");
        assertEquals(List.of(), server.tempFiles(), "spool deleted");
        assertTrue(c.await(10));
        assertEquals(Status.Code.CANCELLED, Status.fromThrowable(c.error).getCode());
    }

    @Test
    void cancel_halfWayThroughTheReplies_freesTheCallAndDeletesItsOutput() throws Exception {
        StreamingClient c = client(-1, 3); // the result and two chunks of 1 KiB, of about 80
        server.async().transcodeStream(c);
        assertTrue(c.awaitPause(10));
        assertNotNull(c.header);
        assertTrue(c.header.getOutputBytes() > 10 * 1024);
        assertEquals(1, server.server.inFlight(), "the server waits for the client to read on");
        assertEquals(1, filesNow().size(), "the output waits on disk, not in memory: " + filesNow());

        c.cancel();

        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0), "in-flight back to 0");
        assertEquals(List.of(), server.tempFiles(), "output file deleted");
    }

    @Test
    void deadline_passingWhileTheUploadStalls_stopsTheWork() throws Exception {
        StreamingClient c = client(object.size() / 2, -1);
        server.async().withDeadlineAfter(300, TimeUnit.MILLISECONDS).transcodeStream(c);
        assertTrue(c.await(10));
        assertEquals(Status.Code.DEADLINE_EXCEEDED, Status.fromThrowable(c.error).getCode());
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0), "in-flight back to 0");
        assertEquals(List.of(), server.tempFiles());
    }

    @Test
    void deadline_duringALongEncode_stopsTheEncodeBeforeItsEnd() throws Exception {
        ByteString noisy = ByteString.copyFrom(SyntheticDicom.noise(512, 512, 96)); // 48 MiB of 16-bit noise
        TranscodeRequest request = TranscodeRequest.newBuilder().setObject(noisy)
                .setOptions(TranscodeOptions.newBuilder().setTargetSyntax("jpeg-lossless-sv1").setVerify(false))
                .build();
        server.blocking().transcode(request); // warm: class loading and JIT must not count
        long start = System.nanoTime();
        server.blocking().transcode(request);
        long full = System.nanoTime() - start;

        long deadline = Math.max(100_000_000L, full / 5);
        start = System.nanoTime();
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> server.blocking()
                .withDeadlineAfter(deadline, TimeUnit.NANOSECONDS).transcode(request));
        assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        long stopped = System.nanoTime() - start;
        System.out.println("encode: full " + full / 1_000_000 + " ms, deadline " + deadline / 1_000_000
                + " ms, stopped after " + stopped / 1_000_000 + " ms");
        assertTrue(stopped < deadline + (full - deadline) / 2, "the encode stopped after " + stopped / 1_000_000
                + " ms, deadline " + deadline / 1_000_000 + " ms, a full encode takes " + full / 1_000_000 + " ms");
    }

    @Test
    void cancel_whileAStreamIsBeingEncoded_stopsTheEncodeBeforeItsEnd() throws Exception {
        ByteString noisy = ByteString.copyFrom(SyntheticDicom.noise(512, 512, 96));
        TranscodeOptions toJpeg = TranscodeOptions.newBuilder().setTargetSyntax("jpeg-lossless-sv1").setVerify(false)
                .build();
        long full = 0;
        for (int run = 0; run < 2; run++) { // the second, warm run is the measure
            StreamingClient whole = new StreamingClient(toJpeg, new ByteArrayInputStream(noisy.toByteArray()),
                    1 << 20, new ByteArrayOutputStream(), -1, 1);
            server.async().transcodeStream(whole);
            assertTrue(InProcessServer.eventually(() -> filesNow().stream().anyMatch(f -> f.endsWith(".out"))));
            long start = System.nanoTime();
            assertTrue(whole.awaitPause(60));
            full = System.nanoTime() - start; // from the output file's creation to the result
            assertTrue(whole.header != null);
            whole.cancel();
            assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        }

        StreamingClient c = new StreamingClient(toJpeg, new ByteArrayInputStream(noisy.toByteArray()), 1 << 20,
                new ByteArrayOutputStream(), -1, -1);
        server.async().transcodeStream(c);
        assertTrue(InProcessServer.eventually(() -> filesNow().stream().anyMatch(f -> f.endsWith(".out"))),
                "the encode started");
        long start = System.nanoTime();
        c.cancel();
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        long stopped = System.nanoTime() - start;
        assertTrue(stopped < full / 2, "the encode stopped after " + stopped / 1_000_000 + " ms; it takes "
                + full / 1_000_000 + " ms");
        assertEquals(List.of(), server.tempFiles());
        assertTrue(c.header == null, "no result was sent");
    }

    @Test
    void interruptOnCancel_interruptsTheWorkingThreadAndClearsItAfter() throws Exception {
        Context.CancellableContext context = Context.current().withCancellation();
        try (InterruptOnCancel watch = new InterruptOnCancel(context)) {
            assertFalse(Thread.currentThread().isInterrupted());
            context.cancel(null);
            assertTrue(Thread.currentThread().isInterrupted(), "the cancel reached the thread");
        }
        assertFalse(Thread.currentThread().isInterrupted(), "cleared for the thread's next task");
    }

    @Test
    void guardedOutput_stopsAtTheNextWriteOnceCancelled() throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (GuardedOutputStream out = new GuardedOutputStream(sink, cancelled::get, Long.MAX_VALUE, "")) {
            out.write(new byte[100], 0, 100);
            cancelled.set(true);
            assertThrows(CancellationException.class, () -> out.write(new byte[100], 0, 100));
            assertEquals(100, sink.size(), "nothing written after the cancel");
        }
    }

    @Test
    void guardedOutput_passingTheLimit_isALimitError() {
        GuardedOutputStream out = new GuardedOutputStream(new ByteArrayOutputStream(), () -> false, 150, "");
        DicodecException e = assertThrows(DicodecException.class, () -> {
            out.write(new byte[100], 0, 100);
            out.write(new byte[100], 0, 100);
        });
        assertEquals(ErrorKind.LIMIT, e.kind());
        assertFalse(e.getMessage().isEmpty());
    }

    private List<String> filesNow() {
        try {
            return server.tempFiles();
        } catch (IOException e) {
            return List.of("error: " + e);
        }
    }
}
