package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.grpc.v1.GetCapabilitiesRequest;
import dicodec.grpc.v1.TranscodeOptions;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shutdown lets calls in flight finish, within a bound, and takes no new ones. */
class GracefulShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void stopGracefully_letsAStreamInFlightFinishAndRefusesNewCalls() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        InProcessServer server = InProcessServer.withDefaults(tmp.resolve("spool"));
        ByteString expected = server.blocking().transcode(TranscodeUnaryTest.request(in, "big-endian")).getObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamingClient c = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian").build(),
                new ByteArrayInputStream(in.toByteArray()), 4096, out, in.size() / 2, -1);
        server.async().transcodeStream(c);
        assertTrue(c.awaitPause(10), "half the object is sent");

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return server.server.stopGracefully(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(stopped.isDone(), "shutdown waits for the call");
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance()));
        assertEquals(Status.Code.UNAVAILABLE, refused.getStatus().getCode(), "no new calls during shutdown");

        c.resumeSending();
        assertTrue(c.await(20));
        assertNull(c.error, () -> "the call in flight finished: " + c.error);
        assertArrayEquals(expected.toByteArray(), out.toByteArray());
        assertTrue(stopped.get(), "every call finished within the grace period");
        assertEquals(0, server.server.inFlight());
        assertEquals(List.of(), server.tempFiles());
        server.channel.shutdownNow();
    }

    @Test
    void stopGracefully_cancelsWhatIsStillRunningAfterTheGracePeriod() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        InProcessServer server = InProcessServer.withDefaults(tmp.resolve("spool"));
        StreamingClient c = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian").build(),
                new ByteArrayInputStream(in.toByteArray()), 4096, new ByteArrayOutputStream(), in.size() / 2, -1);
        server.async().transcodeStream(c);
        assertTrue(c.awaitPause(10));
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 1));

        long start = System.nanoTime();
        assertFalse(server.server.stopGracefully(Duration.ofMillis(300)), "the stalled call did not finish");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the bound holds");

        assertTrue(c.await(10));
        assertNotNull(c.error);
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        assertEquals(List.of(), server.tempFiles(), "the cancelled call's spool is deleted");
        server.channel.shutdownNow();
    }
}
