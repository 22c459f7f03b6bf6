package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.CodecRegistry;
import dicodec.grpc.v1.GetCapabilitiesRequest;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS, mutual TLS and the bearer token, over loopback with certificates made in the test
 * (keytool): who gets through and who does not, and with which status.
 */
class TlsAndTokenTest {
    private static final String TOKEN = "s3cret-token-for-the-test-0123456789";

    @TempDir
    static Path dir;
    static TestCertificates certs;

    @BeforeAll
    static void certificates() throws Exception {
        certs = TestCertificates.make(dir);
    }

    @Test
    void tls_aClientThatTrustsTheServerGetsThrough_aPlaintextOneDoesNot() throws Exception {
        try (Running s = Running.with(config("tls-keystore=" + certs.serverKeystore, "tls-keystore-password="
                + TestCertificates.PASSWORD))) {
            assertEquals("TLS", s.security.describe());
            ManagedChannel tls = tlsChannel(s.port(), false);
            ManagedChannel plain = NettyChannelBuilder.forAddress("127.0.0.1", s.port()).usePlaintext().build();
            try {
                assertTrue(capabilities(tls).getVersion().length() > 0);
                StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> capabilities(plain));
                assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
            } finally {
                tls.shutdownNow();
                plain.shutdownNow();
            }
        }
    }

    @Test
    void mutualTls_aClientWithoutItsCertificateFailsTheHandshake_withItGetsThrough() throws Exception {
        try (Running s = Running.with(config("tls-keystore=" + certs.serverKeystore, "tls-keystore-password="
                + TestCertificates.PASSWORD, "tls-truststore=" + certs.serverTruststore, "tls-truststore-password="
                + TestCertificates.PASSWORD))) {
            assertEquals("mutual TLS", s.security.describe());
            ManagedChannel anonymous = tlsChannel(s.port(), false);
            ManagedChannel known = tlsChannel(s.port(), true);
            try {
                StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> capabilities(anonymous));
                assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.toString());
                assertTrue(capabilities(known).getVersion().length() > 0);
            } finally {
                anonymous.shutdownNow();
                known.shutdownNow();
            }
        }
    }

    @Test
    void bearerToken_noneOrAWrongOneIsUnauthenticated_theRightOneGetsThrough_healthNeedsNone() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, TOKEN + "\n");
        try (Running s = Running.with(config("auth-token-file=" + tokenFile))) {
            ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", s.port()).usePlaintext().build();
            try {
                StatusRuntimeException none = assertThrows(StatusRuntimeException.class, () -> capabilities(ch));
                assertEquals(Status.Code.UNAUTHENTICATED, none.getStatus().getCode());
                StatusRuntimeException wrong = assertThrows(StatusRuntimeException.class,
                        () -> withToken(ch, TOKEN + "x").getCapabilities(GetCapabilitiesRequest.getDefaultInstance()));
                assertEquals(Status.Code.UNAUTHENTICATED, wrong.getStatus().getCode());
                assertTrue(withToken(ch, TOKEN).getCapabilities(GetCapabilitiesRequest.getDefaultInstance()).getVersion()
                        .length() > 0);
                assertEquals("SERVING", HealthGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.getDefaultInstance()).getStatus().name());
            } finally {
                ch.shutdownNow();
            }
        }
    }

    @Test
    void bearerToken_tooShort_isAConfigurationError() throws Exception {
        Path tokenFile = dir.resolve("short-token");
        Files.writeString(tokenFile, "abc");
        assertThrows(dicodec.core.error.DicodecException.class,
                () -> ServerSecurity.load(config("auth-token-file=" + tokenFile)));
    }

    private static TranscoderGrpc.TranscoderBlockingStub withToken(ManagedChannel ch, String token) {
        Metadata h = new Metadata();
        h.put(BearerTokenInterceptor.AUTHORIZATION, "Bearer " + token);
        return TranscoderGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(h));
    }

    private static dicodec.grpc.v1.Capabilities capabilities(ManagedChannel ch) {
        return TranscoderGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS)
                .getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
    }

    private static ManagedChannel tlsChannel(int port, boolean withClientCertificate) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keystore(certs.clientTruststore));
        SslContextBuilder ssl = GrpcSslContexts.forClient().trustManager(tmf);
        if (withClientCertificate) {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keystore(certs.clientKeystore), TestCertificates.PASSWORD.toCharArray());
            ssl.keyManager(kmf);
        }
        return NettyChannelBuilder.forAddress("127.0.0.1", port).overrideAuthority("localhost")
                .sslContext(ssl.build()).build();
    }

    private static KeyStore keystore(Path p) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p)) {
            ks.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        return ks;
    }

    private static Path config(String... lines) throws Exception {
        Path f = Files.createTempFile(dir, "dicodec", ".properties");
        Files.writeString(f, "host=127.0.0.1\nport=0\n" + String.join("\n", lines) + "\n");
        return f;
    }

    /** A Netty server on a free loopback port with the security of a config file. */
    private record Running(TranscoderServer server, ServerSecurity security) implements AutoCloseable {
        static Running with(Path configFile) throws Exception {
            ServerConfig cfg = ServerConfig.load(configFile);
            ServerSecurity sec = ServerSecurity.load(configFile);
            return new Running(new TranscoderServer(TranscoderServer.netty(cfg, sec), cfg, CodecRegistry.load()).start(),
                    sec);
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() throws InterruptedException {
            server.stopGracefully(java.time.Duration.ofSeconds(2));
        }
    }
}
