package dicodec.server.grpc;

import dicodec.core.spi.CodecRegistry;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The gRPC server: dicodec.v1.Transcoder, the standard health service and server reflection.
 * It takes a {@link ServerBuilder} so that tests run it over the in-process transport and
 * {@code dicodec serve} over Netty ({@link #netty(ServerConfig)}).
 */
public final class TranscoderServer {
    private static final Logger LOG = Logger.getLogger(TranscoderServer.class.getName());

    private final Server server;
    private final HealthStatusManager health = new HealthStatusManager();
    private final InFlightWork inFlight;
    private final ExecutorService workers;
    private final ServerConfig config;

    public TranscoderServer(ServerBuilder<?> builder, ServerConfig config, CodecRegistry registry) {
        this.config = config;
        this.inFlight = new InFlightWork(config.maxConcurrentCalls());
        // Stream transcodes run here, off the call's own executor, so that its onReady and
        // onCancel callbacks keep arriving while the work runs. One thread per ticket is enough.
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.maxConcurrentCalls(), config.maxConcurrentCalls(), 30,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dicodec-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
        this.server = builder
                .maxInboundMessageSize(config.maxMessageBytes())
                .addService(new TranscoderService(registry, config, inFlight, workers))
                .addService(health.getHealthService())
                .addService(ProtoReflectionServiceV1.newInstance())
                .addService(legacyReflection())
                .build();
    }

    /** A Netty builder listening on the configured host and port (0: a free port). */
    public static ServerBuilder<?> netty(ServerConfig config) {
        return NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.port()));
    }

    /** The same, with TLS, mutual TLS and the bearer token as {@code security} says. */
    public static ServerBuilder<?> netty(ServerConfig config, ServerSecurity security) {
        return security.apply(NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.port())));
    }

    public TranscoderServer start() throws IOException {
        server.start();
        health.setStatus("", ServingStatus.SERVING);
        health.setStatus(TranscoderGrpc.SERVICE_NAME, ServingStatus.SERVING);
        return this;
    }

    /** The port listened on (the free one picked when 0 was asked); -1 in process. */
    public int port() {
        return server.getPort();
    }

    public ServerConfig config() {
        return config;
    }

    /** Calls doing work now; 0 means no work is running and no temporary file is left. */
    public int inFlight() {
        return inFlight.count();
    }

    /**
     * Stops taking calls, lets those in flight finish for up to {@code grace}, then cancels
     * what is left (which stops its work and deletes its files).
     *
     * @return true when every call finished within the grace period
     */
    public boolean stopGracefully(Duration grace) throws InterruptedException {
        health.enterTerminalState();
        server.shutdown();
        boolean finished = server.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            LOG.warning(() -> "shutdown: " + inFlight.count() + " call(s) still running after " + grace
                    + "; cancelling them");
            server.shutdownNow();
            server.awaitTermination(10, TimeUnit.SECONDS);
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        return finished;
    }

    /** Blocks until the server has stopped. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /**
     * grpc.reflection.v1alpha, still the one many clients (older grpcurl, Postman) ask first;
     * grpc-java marks it deprecated in favour of v1, which is served as well.
     */
    @SuppressWarnings("deprecation")
    private static io.grpc.BindableService legacyReflection() {
        return io.grpc.protobuf.services.ProtoReflectionService.newInstance();
    }
}
