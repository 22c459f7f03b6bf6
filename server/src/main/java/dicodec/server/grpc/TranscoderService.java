package dicodec.server.grpc;

import com.google.protobuf.ByteString;
import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.spi.CodecRegistry;
import dicodec.grpc.v1.Capabilities;
import dicodec.grpc.v1.DecodeFramesRequest;
import dicodec.grpc.v1.Frame;
import dicodec.grpc.v1.GetCapabilitiesRequest;
import dicodec.grpc.v1.TranscodeRequest;
import dicodec.grpc.v1.TranscodeResponse;
import dicodec.grpc.v1.TranscodeStreamRequest;
import dicodec.grpc.v1.TranscodeStreamResponse;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.Context;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;

/**
 * The dicodec.v1.Transcoder methods. Unary calls and GetCapabilities are answered here;
 * a stream's life is {@link StreamTranscodeCall}, a frame request's {@link FrameDecodeCall}.
 * Every call that works holds an {@link InFlightWork.Ticket}, and every failure leaves through
 * {@link StatusMapper}.
 */
final class TranscoderService extends TranscoderGrpc.TranscoderImplBase {
    private final CodecRegistry registry;
    private final ServerConfig config;
    private final InFlightWork inFlight;
    private final Executor workers;
    private final TranscodeWork work;
    private final Capabilities capabilities;

    TranscoderService(CodecRegistry registry, ServerConfig config, InFlightWork inFlight, Executor workers) {
        this.registry = registry;
        this.config = config;
        this.inFlight = inFlight;
        this.workers = workers;
        this.work = new TranscodeWork(registry, config);
        this.capabilities = CapabilitiesReport.of(registry, config, ServerVersion.get());
    }

    @Override
    public void transcode(TranscodeRequest request, StreamObserver<TranscodeResponse> responses) {
        Context context = Context.current();
        TranscodeResponse response;
        // The ticket is released before the reply goes out: a client that got its answer finds
        // the server's work already freed.
        try (InFlightWork.Ticket ticket = inFlight.acquire("Transcode")) {
            long start = System.nanoTime();
            RequestOptions options = RequestOptions.from(request.getOptions());
            try (DicomObject in = read(request.getObject())) {
                long readNanos = System.nanoTime() - start;
                ByteString.Output buffer = ByteString.newOutput();
                GuardedOutputStream out = new GuardedOutputStream(buffer, context::isCancelled,
                        config.maxMessageBytes(), ": send the object with TranscodeStream");
                dicodec.grpc.v1.TranscodeResult result = work.run(in, readNanos, options, out,
                        () -> DicomReader.read(new ByteStringSource(buffer.toByteString(), "output")),
                        context::isCancelled);
                response = TranscodeResponse.newBuilder().setResult(result).setObject(buffer.toByteString()).build();
            }
        } catch (Throwable t) { // NOPMD: every failure becomes a status
            responses.onError(StatusMapper.toException(t));
            return;
        }
        responses.onNext(response);
        responses.onCompleted();
    }

    @Override
    public StreamObserver<TranscodeStreamRequest> transcodeStream(StreamObserver<TranscodeStreamResponse> responses) {
        ServerCallStreamObserver<TranscodeStreamResponse> out =
                (ServerCallStreamObserver<TranscodeStreamResponse>) responses;
        InFlightWork.Ticket ticket;
        try {
            ticket = inFlight.acquire("TranscodeStream");
        } catch (DicodecException e) {
            responses.onError(StatusMapper.toException(e));
            return new Ignored<>();
        }
        return new StreamTranscodeCall(out, work, config, workers, ticket);
    }

    @Override
    public void decodeFrames(DecodeFramesRequest request, StreamObserver<Frame> responses) {
        FrameDecodeCall.start(request, (ServerCallStreamObserver<Frame>) responses, registry, config, inFlight);
    }

    @Override
    public void getCapabilities(GetCapabilitiesRequest request, StreamObserver<Capabilities> responses) {
        responses.onNext(capabilities);
        responses.onCompleted();
    }

    /** Parses a request's object in place; faults name it "object". */
    static DicomObject read(ByteString bytes) {
        try {
            return DicomReader.read(new ByteStringSource(bytes, "object"));
        } catch (DicodecException e) {
            throw e.inFile("object (" + bytes.size() + " bytes)");
        }
    }

    /** The requests of a stream that was refused at once. */
    private static final class Ignored<T> implements StreamObserver<T> {
        @Override
        public void onNext(T value) {
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onCompleted() {
        }
    }
}
