package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** max-concurrent-calls: a call over the limit is told at once, and the slot comes back. */
class ConcurrencyLimitTest {
    @TempDir
    Path tmp;

    @Test
    void callOverTheLimit_isResourceExhaustedUntilTheSlotIsFree() throws Exception {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig one = new ServerConfig(d.host(), 0, d.maxMessageBytes(), d.maxFrames(), d.maxFramePixels(), 1,
                d.streamChunkBytes(), tmp, Duration.ofSeconds(1));
        ByteString in = TranscodeUnaryTest.shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        try (InProcessServer server = new InProcessServer(one)) {
            StreamingClient holder = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian")
                    .build(), new ByteArrayInputStream(in.toByteArray()), 1000, new ByteArrayOutputStream(), 3000, -1);
            server.async().transcodeStream(holder);
            assertTrue(holder.awaitPause(10));
            assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 1));

            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> server.blocking().transcode(TranscodeUnaryTest.request(in, "big-endian")));
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("max-concurrent-calls"), e.getStatus().getDescription());
            server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance()); // no work: not limited

            holder.cancel();
            assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
            assertEquals("1.2.840.10008.1.2.2", server.blocking().transcode(TranscodeUnaryTest.request(in, "big-endian"))
                    .getResult().getTargetSyntax(), "the slot is free again");
        }
    }
}
