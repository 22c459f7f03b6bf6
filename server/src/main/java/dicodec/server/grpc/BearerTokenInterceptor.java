package dicodec.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a call through only with {@code authorization: Bearer TOKEN}; others end at once with
 * UNAUTHENTICATED, before any of their messages is read. Health checks are exempt, so a load
 * balancer needs no token. The comparison takes the same time whatever the given token.
 */
final class BearerTokenInterceptor implements ServerInterceptor {
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
            Metadata.ASCII_STRING_MARSHALLER);
    private final byte[] expected;

    BearerTokenInterceptor(String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        String given = headers.get(AUTHORIZATION);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            call.close(Status.UNAUTHENTICATED.withDescription(given == null
                    ? "this server needs a bearer token (authorization: Bearer ...)" : "the bearer token is wrong"),
                    new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return next.startCall(call, headers);
    }
}
