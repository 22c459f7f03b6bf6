package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.grpc.v1.Capabilities;
import dicodec.grpc.v1.GetCapabilitiesRequest;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dicodec serve} as a process: configuration from a file, serving over TCP, stopping on SIGTERM. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void serve_withAConfigFile_servesOverTcpAndStopsOnSigterm() throws Exception {
        Path config = tmp.resolve("dicodec.properties");
        Files.writeString(config, "host=127.0.0.1\nmax-frames=77\nshutdown-grace-seconds=5\ntemp-dir="
                + tmp.resolve("spool") + "\n");
        try (ServerProcess server = ServerProcess.start("256m", config, tmp.resolve("server.log"))) {
            assertNotEquals(50051, server.port(), "--port 0 picked a free port");
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            try {
                assertEquals(HealthCheckResponse.ServingStatus.SERVING, HealthGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(30, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.getDefaultInstance()).getStatus());
                Capabilities c = TranscoderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
                        .getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
                assertEquals(77, c.getLimits().getMaxFrames(), "the file's value over the embedded default");
            } finally {
                channel.shutdownNow();
            }
            int exit = server.terminate(30);
            assertNotEquals(-1, exit, "the server stopped within the grace period:\n" + server.output());
            assertTrue(server.output().contains("dicodec: shutting down"), server.output());
            assertTrue(server.output().contains("dicodec: stopped\n"), server.output());
        }
    }
}
