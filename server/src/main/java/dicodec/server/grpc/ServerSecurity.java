package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Who may talk to the server: TLS with the server's key and certificate (tls-keystore, PKCS12),
 * mutual TLS when tls-truststore names the client certificates or CAs to accept (a client
 * without one of them does not get past the handshake), and an optional bearer token
 * (auth-token-file) that every call but health checks must present. All off by default:
 * the embedded defaults serve plaintext to anyone, for a trusted network.
 *
 * @param keystore PKCS12 with the server's private key and certificate chain; null: plaintext
 * @param keystorePassword its password
 * @param truststore PKCS12 with the certificates that client certificates must chain to; null:
 *     no client certificate asked for
 * @param truststorePassword its password
 * @param token the bearer token, read from auth-token-file; null: none asked for
 */
public record ServerSecurity(Path keystore, char[] keystorePassword, Path truststore, char[] truststorePassword,
        String token) {

    /** No TLS, no token. */
    public static ServerSecurity none() {
        return new ServerSecurity(null, null, null, null, null);
    }

    /** The settings of a --config file (the keys are documented in default.properties); null file: none. */
    public static ServerSecurity load(Path configFile) {
        if (configFile == null) {
            return none();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw bad(configFile + " cannot be read: " + e.getMessage());
        }
        Path keystore = path(p, "tls-keystore");
        Path truststore = path(p, "tls-truststore");
        if (truststore != null && keystore == null) {
            throw bad("tls-truststore (mutual TLS) needs tls-keystore (TLS) too");
        }
        Path tokenFile = path(p, "auth-token-file");
        String token = null;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw bad("auth-token-file " + tokenFile + " cannot be read: " + e.getMessage());
            }
            if (token.length() < 16) {
                throw bad("auth-token-file " + tokenFile + " holds fewer than 16 characters: too easy to guess");
            }
        }
        return new ServerSecurity(keystore, p.getProperty("tls-keystore-password", "").toCharArray(), truststore,
                p.getProperty("tls-truststore-password", "").toCharArray(), token);
    }

    public boolean tls() {
        return keystore != null;
    }

    public boolean mutualTls() {
        return truststore != null;
    }

    /** "plaintext", "TLS", "mutual TLS", with ", bearer token" when one is asked for: for the start-up line. */
    public String describe() {
        return (mutualTls() ? "mutual TLS" : tls() ? "TLS" : "plaintext") + (token != null ? ", bearer token" : "");
    }

    /** Sets TLS on {@code builder} (when configured) and adds the token check (when configured). */
    public NettyServerBuilder apply(NettyServerBuilder builder) {
        if (tls()) {
            try {
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(keystore, keystorePassword), keystorePassword);
                SslContextBuilder ssl = GrpcSslContexts.configure(SslContextBuilder.forServer(kmf));
                if (mutualTls()) {
                    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    tmf.init(load(truststore, truststorePassword));
                    ssl.trustManager(tmf).clientAuth(ClientAuth.REQUIRE);
                }
                builder.sslContext(ssl.build());
            } catch (GeneralSecurityException | IOException e) {
                throw bad("TLS: " + e.getMessage());
            }
        }
        if (token != null) {
            builder.intercept(interceptor());
        }
        return builder;
    }

    ServerInterceptor interceptor() {
        return new BearerTokenInterceptor(token);
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    private static Path path(Properties p, String key) {
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() ? null : Path.of(v);
    }

    private static DicodecException bad(String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, 0, -1, -1, "configuration: " + detail, null);
    }

    @Override
    public String toString() {
        return "ServerSecurity[" + describe() + "]"; // never the passwords or the token
    }
}
