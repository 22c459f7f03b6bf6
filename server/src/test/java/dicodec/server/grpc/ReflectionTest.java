package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a generic client (grpcurl, a load balancer) sees: reflection and health. */
class ReflectionTest {
    @TempDir
    Path tmp;

    /** One reflection request on a fresh stream, as grpcurl does it. */
    private static ServerReflectionResponse ask(InProcessServer server, ServerReflectionRequest request)
            throws Exception {
        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(server.channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse r) {
                        answer.complete(r);
                    }

                    @Override
                    public void onError(Throwable t) {
                        answer.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
        requests.onNext(request);
        ServerReflectionResponse r = answer.get(10, TimeUnit.SECONDS);
        requests.onCompleted();
        return r;
    }

    @Test
    void reflection_listsTheTranscoderServiceAndDescribesIt() throws Exception {
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            ServerReflectionResponse list = ask(server,
                    ServerReflectionRequest.newBuilder().setListServices("").build());
            List<String> names = new ArrayList<>();
            for (ServiceResponse s : list.getListServicesResponse().getServiceList()) {
                names.add(s.getName());
            }
            assertTrue(names.contains("dicodec.v1.Transcoder"), names.toString());
            assertTrue(names.contains("grpc.health.v1.Health"), names.toString());

            ServerReflectionResponse file = ask(server,
                    ServerReflectionRequest.newBuilder().setFileContainingSymbol("dicodec.v1.Transcoder").build());
            FileDescriptorProto proto = FileDescriptorProto.parseFrom(
                    file.getFileDescriptorResponse().getFileDescriptorProto(0));
            assertEquals("dicodec.v1", proto.getPackage());
            List<String> methods = proto.getServiceList().stream()
                    .filter(s -> s.getName().equals("Transcoder"))
                    .flatMap(s -> s.getMethodList().stream()).map(m -> m.getName()).toList();
            assertEquals(List.of("Transcode", "TranscodeStream", "DecodeFrames", "GetCapabilities"), methods);
        }
    }

    @Test
    void health_saysServingForTheServerAndTheService() throws Exception {
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(server.channel);
            assertEquals(HealthCheckResponse.ServingStatus.SERVING,
                    health.check(HealthCheckRequest.newBuilder().setService("").build()).getStatus());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING,
                    health.check(HealthCheckRequest.newBuilder().setService("dicodec.v1.Transcoder").build())
                            .getStatus());
        }
    }
}
