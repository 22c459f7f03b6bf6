package dicodec.server.grpc;

import com.google.protobuf.ByteString;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeResult;
import dicodec.grpc.v1.TranscodeStreamRequest;
import dicodec.grpc.v1.TranscodeStreamResponse;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TranscodeStream client that behaves: it sends the options, then the input in chunks only
 * while the transport is ready, and asks for one reply at a time. It can stop half way (stop
 * sending, stop reading) so that tests can cancel at a known point.
 */
final class StreamingClient implements ClientResponseObserver<TranscodeStreamRequest, TranscodeStreamResponse> {
    private final TranscodeOptions options;
    private final InputStream input;
    private final int chunkBytes;
    private final OutputStream sink;
    private long pauseSendingAfter;
    private final int pauseReadingAfter;

    private ClientCallStreamObserver<TranscodeStreamRequest> requests;
    private boolean optionsSent;
    private boolean doneSending;
    private long sent;
    private int replies;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch paused = new CountDownLatch(1);
    final List<Integer> chunkSizes = new ArrayList<>();
    volatile TranscodeResult header;
    volatile Throwable error;
    volatile boolean headerFirst = true;

    /**
     * @param pauseSendingAfter stop sending (without half-closing) once this many input bytes
     *     are sent; -1 sends everything
     * @param pauseReadingAfter stop asking for replies after this many; -1 reads everything
     */
    StreamingClient(TranscodeOptions options, InputStream input, int chunkBytes, OutputStream sink,
            long pauseSendingAfter, int pauseReadingAfter) {
        this.options = options;
        this.input = input;
        this.chunkBytes = chunkBytes;
        this.sink = sink;
        this.pauseSendingAfter = pauseSendingAfter;
        this.pauseReadingAfter = pauseReadingAfter;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<TranscodeStreamRequest> stream) {
        this.requests = stream;
        stream.disableAutoRequestWithInitial(1);
        stream.setOnReadyHandler(this::send);
    }

    private synchronized void send() {
        try {
            while (requests.isReady() && !doneSending) {
                if (!optionsSent) {
                    requests.onNext(TranscodeStreamRequest.newBuilder().setOptions(options).build());
                    optionsSent = true;
                    continue;
                }
                if (pauseSendingAfter >= 0 && sent >= pauseSendingAfter) {
                    doneSending = true;
                    paused.countDown();
                    return;
                }
                byte[] chunk = input.readNBytes(chunkBytes);
                if (chunk.length == 0) {
                    doneSending = true;
                    requests.onCompleted();
                    return;
                }
                requests.onNext(TranscodeStreamRequest.newBuilder().setChunk(ByteString.copyFrom(chunk)).build());
                sent += chunk.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the rest after a pause (a test holding the stream open, then letting it go). */
    void resumeSending() {
        synchronized (this) {
            doneSending = false;
            pauseSendingAfter = -1;
        }
        send();
    }

    @Override
    public void onNext(TranscodeStreamResponse r) {
        replies++;
        if (r.hasResult()) {
            headerFirst &= replies == 1;
            header = r.getResult();
        } else {
            headerFirst &= header != null;
            chunkSizes.add(r.getChunk().size());
            try {
                r.getChunk().writeTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (pauseReadingAfter >= 0 && replies >= pauseReadingAfter) {
            paused.countDown();
            return;
        }
        requests.request(1);
    }

    @Override
    public void onError(Throwable t) {
        error = t;
        paused.countDown();
        finished.countDown();
    }

    @Override
    public void onCompleted() {
        paused.countDown();
        finished.countDown();
    }

    /** Waits until the client paused (or the call ended). */
    boolean awaitPause(long seconds) throws InterruptedException {
        return paused.await(seconds, TimeUnit.SECONDS);
    }

    boolean await(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    void cancel() {
        requests.cancel("the test cancels half way", null);
    }

    long sent() {
        return sent;
    }
}
