package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeStreamRequest;
import dicodec.grpc.v1.TranscodeStreamResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TranscodeStream over the in-process transport: chunks in, result then chunks out, nothing left behind. */
class TranscodeStreamTest {
    private static final int SERVER_CHUNK = 1024;

    @TempDir
    Path tmp;

    private InProcessServer server;

    @BeforeEach
    void start() throws IOException {
        ServerConfig d = ServerConfig.defaults();
        server = new InProcessServer(new ServerConfig(d.host(), 0, d.maxMessageBytes(), d.maxFrames(),
                d.maxFramePixels(), d.maxConcurrentCalls(), SERVER_CHUNK, tmp.resolve("spool"), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void transcodeStream_multiFrameFile_givesTheResultThenTheSameBytesAsUnary() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        ByteString unary = server.blocking().transcode(TranscodeUnaryTest.request(in, "big-endian")).getObject();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamingClient client = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("big-endian")
                .setVerify(true).build(), new ByteArrayInputStream(in.toByteArray()), 4096, out, -1, -1);
        server.async().transcodeStream(client);
        assertTrue(client.await(30), "the stream finishes");

        assertNull(client.error);
        assertTrue(client.headerFirst, "the result comes first, then only chunks");
        assertEquals("1.2.840.10008.1.2.2", client.header.getTargetSyntax());
        assertEquals(10, client.header.getVerificationCount());
        assertEquals(out.size(), client.header.getOutputBytes());
        assertArrayEquals(unary.toByteArray(), out.toByteArray(), "stream and unary give the same object");
        assertTrue(client.chunkSizes.size() > 10 && client.chunkSizes.stream().allMatch(n -> n <= SERVER_CHUNK),
                "sent in chunks of stream-chunk-bytes: " + client.chunkSizes.size());
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        assertEquals(List.of(), server.tempFiles(), "both spool files are deleted");
    }

    @Test
    void transcodeStream_truncatedFile_isInvalidArgumentAndLeavesNoFile() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("debian-python3-pydicom/MR_truncated.dcm");
        StreamingClient client = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("explicit-le")
                .build(), new ByteArrayInputStream(in.toByteArray()), 1000, new ByteArrayOutputStream(), -1, -1);
        server.async().transcodeStream(client);
        assertTrue(client.await(30));
        assertEquals(Status.Code.INVALID_ARGUMENT, Status.fromThrowable(client.error).getCode());
        assertTrue(Status.fromThrowable(client.error).getDescription().contains("truncated"));
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        assertEquals(List.of(), server.tempFiles());
    }

    @Test
    void transcodeStream_chunkBeforeOptions_isInvalidArgument() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> error = new AtomicReference<>();
        StreamObserver<TranscodeStreamRequest> req = server.async().transcodeStream(
                new StreamObserver<TranscodeStreamResponse>() {
                    @Override
                    public void onNext(TranscodeStreamResponse value) {
                    }

                    @Override
                    public void onError(Throwable t) {
                        error.set(t);
                        done.countDown();
                    }

                    @Override
                    public void onCompleted() {
                        done.countDown();
                    }
                });
        req.onNext(TranscodeStreamRequest.newBuilder().setChunk(ByteString.copyFromUtf8("DICM")).build());
        assertTrue(done.await(10, TimeUnit.SECONDS));
        Status s = Status.fromThrowable(error.get());
        assertEquals(Status.Code.INVALID_ARGUMENT, s.getCode());
        assertTrue(s.getDescription().contains("first TranscodeStream message must carry the options"), s.toString());
        req.onCompleted();
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
    }

    @Test
    void transcodeStream_unknownSyntax_isRefusedBeforeAnyByteIsSpooled() throws Exception {
        StreamingClient client = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax("no-such-syntax")
                .build(), new ByteArrayInputStream(new byte[1 << 20]), 4096, new ByteArrayOutputStream(), -1, -1);
        server.async().transcodeStream(client);
        assertTrue(client.await(30));
        assertEquals(Status.Code.UNIMPLEMENTED, Status.fromThrowable(client.error).getCode());
        assertTrue(Status.fromThrowable(client.error).getDescription().contains("no-such-syntax"));
        assertTrue(client.sent() < (1 << 20), "the client was stopped early: " + client.sent());
        assertEquals(List.of(), server.tempFiles());
    }
}
