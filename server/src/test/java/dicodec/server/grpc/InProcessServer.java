package dicodec.server.grpc;

import dicodec.core.spi.CodecRegistry;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** The real server over the in-process transport, spooling into a test's own directory. */
final class InProcessServer implements AutoCloseable {
    final TranscoderServer server;
    final ManagedChannel channel;
    final Path tempDir;

    InProcessServer(ServerConfig config) throws IOException {
        String name = InProcessServerBuilder.generateName();
        this.tempDir = config.tempDir();
        this.server = new TranscoderServer(InProcessServerBuilder.forName(name), config, CodecRegistry.load()).start();
        this.channel = InProcessChannelBuilder.forName(name).maxInboundMessageSize(256 << 20).build();
    }

    /** The embedded defaults, spooling into {@code tempDir}. */
    static InProcessServer withDefaults(Path tempDir) throws IOException {
        return new InProcessServer(ServerConfig.defaults().withTempDir(tempDir));
    }

    TranscoderGrpc.TranscoderBlockingStub blocking() {
        return TranscoderGrpc.newBlockingStub(channel);
    }

    TranscoderGrpc.TranscoderStub async() {
        return TranscoderGrpc.newStub(channel);
    }

    /** The names of the files in the spool directory now. */
    java.util.List<String> tempFiles() throws IOException {
        if (!Files.isDirectory(tempDir)) {
            return java.util.List.of();
        }
        try (Stream<Path> s = Files.list(tempDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Waits up to 10 s for {@code condition}; the cleanup of a cancelled call is asynchronous. */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        server.stopGracefully(Duration.ofSeconds(5));
    }
}
