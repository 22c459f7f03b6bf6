package dicodec.server.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.grpc.v1.TranscodeStreamRequest;
import dicodec.grpc.v1.TranscodeStreamResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One TranscodeStream call, from the first request to the last reply. Nothing of the object
 * is held in memory:
 * <ol>
 * <li>receiving: the options, then each chunk appended to a temporary file; the next chunk is
 * requested only once the last one is on disk (disableAutoRequest + request(1));</li>
 * <li>working (on a worker thread, after the client half-closed): the spooled file is read
 * with {@link DicomReader} over a {@link FileByteSource} and transcoded into a second
 * temporary file;</li>
 * <li>sending: the result, then the output file in chunks, only while the client is ready
 * ({@link OutboundPump}).</li>
 * </ol>
 * A cancel or a passed deadline at any point stops the work at its next chunk or write, and
 * both temporary files are deleted on completion, error and cancel; the call's
 * {@link InFlightWork.Ticket} is released only after that.
 */
final class StreamTranscodeCall implements StreamObserver<TranscodeStreamRequest> {
    private static final Logger LOG = Logger.getLogger(StreamTranscodeCall.class.getName());

    private final ServerCallStreamObserver<TranscodeStreamResponse> out;
    private final TranscodeWork work;
    private final ServerConfig config;
    private final Executor workers;
    private final InFlightWork.Ticket ticket;

    // All state below is guarded by "this".
    private RequestOptions options;
    private Path inFile;
    private FileChannel inChannel;
    private long received;
    private Path outFile;
    private InputStream outStream;
    private OutboundPump<TranscodeStreamResponse> pump;
    private boolean workerRunning;
    private boolean over;
    private volatile boolean cancelled;

    /** Must run inside the service method: flow control and handlers are set up here. */
    StreamTranscodeCall(ServerCallStreamObserver<TranscodeStreamResponse> out, TranscodeWork work,
            ServerConfig config, Executor workers, InFlightWork.Ticket ticket) {
        this.out = out;
        this.work = work;
        this.config = config;
        this.workers = workers;
        this.ticket = ticket;
        out.disableAutoRequest();
        out.setOnCancelHandler(this::onCancel);
        out.setOnReadyHandler(this::onReady);
        out.request(1);
    }

    @Override
    public void onNext(TranscodeStreamRequest message) {
        try {
            synchronized (this) {
                if (over) {
                    return;
                }
                if (options == null) {
                    if (!message.hasOptions()) {
                        throw RequestOptions.badField("the first TranscodeStream message must carry the options");
                    }
                    options = RequestOptions.from(message.getOptions());
                    inFile = Files.createTempFile(tempDir(), "dicodec-stream-", ".in");
                    inChannel = FileChannel.open(inFile, StandardOpenOption.WRITE);
                } else if (message.hasOptions()) {
                    throw RequestOptions.badField("options may come only once, in the first message");
                } else {
                    ByteString chunk = message.getChunk();
                    for (ByteBuffer b : chunk.asReadOnlyByteBufferList()) {
                        while (b.hasRemaining()) {
                            inChannel.write(b);
                        }
                    }
                    received += chunk.size();
                }
            }
            // Flow control: the client may send the next chunk now that this one is on disk.
            out.request(1);
        } catch (Throwable t) { // NOPMD: any failure ends the call with a status
            failEarly(t);
        }
    }

    @Override
    public void onError(Throwable t) {
        // The client went away (cancel, deadline, broken connection): onCancel does the rest.
        synchronized (this) {
            cancelled = true;
            end();
        }
    }

    @Override
    public void onCompleted() {
        try {
            synchronized (this) {
                if (over) {
                    return;
                }
                if (options == null) {
                    throw RequestOptions.badField("the stream ended before the options message");
                }
                inChannel.close();
                inChannel = null;
                workerRunning = true;
            }
            workers.execute(this::transcode);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                workerRunning = false;
            }
            failEarly(new DicodecException(dicodec.core.error.ErrorKind.LIMIT, "the server is shutting down"));
        } catch (Throwable t) { // NOPMD
            failEarly(t);
        }
    }

    /** On a worker thread: spooled input -> output file, then start sending. */
    private void transcode() {
        try {
            long readStart = System.nanoTime();
            Path input;
            Path output;
            synchronized (this) {
                checkNotCancelled();
                input = inFile;
                outFile = Files.createTempFile(tempDir(), "dicodec-stream-", ".out");
                output = outFile;
            }
            dicodec.grpc.v1.TranscodeResult result;
            try (FileByteSource src = new FileByteSource(input)) {
                DicomObject in = readObject(src);
                long readNanos = System.nanoTime() - readStart;
                try (GuardedOutputStream os = new GuardedOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(output), 1 << 16), () -> cancelled,
                        Long.MAX_VALUE, "")) {
                    result = work.run(in, readNanos, options, os, () -> DicomReader.read(new FileByteSource(output)),
                            () -> cancelled);
                }
            }
            synchronized (this) {
                checkNotCancelled();
                Files.deleteIfExists(inFile); // no longer needed: free the disk early
                outStream = Files.newInputStream(outFile);
                pump = new OutboundPump<>(out, new Replies(result), this::end);
                workerRunning = false; // the work is done; the pump owns the rest of the call
            }
            pump.drain();
        } catch (Throwable t) { // NOPMD
            synchronized (this) {
                workerRunning = false;
            }
            failEarly(t);
        } finally {
            synchronized (this) {
                workerRunning = false;
                if (over) {
                    end(); // the call ended while the worker ran: the worker's files go now
                }
            }
        }
    }

    private DicomObject readObject(FileByteSource src) {
        try {
            return DicomReader.read(src);
        } catch (DicodecException e) {
            throw e.inFile("object (" + received + " bytes)");
        }
    }

    /** The result header, then the output file in chunks of stream-chunk-bytes. */
    private final class Replies implements OutboundPump.Source<TranscodeStreamResponse> {
        private dicodec.grpc.v1.TranscodeResult header;

        Replies(dicodec.grpc.v1.TranscodeResult header) {
            this.header = header;
        }

        @Override
        public TranscodeStreamResponse next() throws IOException {
            if (header != null) {
                TranscodeStreamResponse r = TranscodeStreamResponse.newBuilder().setResult(header).build();
                header = null;
                return r;
            }
            checkNotCancelled();
            byte[] chunk = outStream.readNBytes(config.streamChunkBytes());
            if (chunk.length == 0) {
                return null;
            }
            return TranscodeStreamResponse.newBuilder().setChunk(UnsafeByteOperations.unsafeWrap(chunk)).build();
        }
    }

    private void onReady() {
        OutboundPump<TranscodeStreamResponse> p;
        synchronized (this) {
            p = pump;
        }
        if (p != null) {
            p.drain();
        }
    }

    private void onCancel() {
        cancelled = true;
        OutboundPump<TranscodeStreamResponse> p;
        synchronized (this) {
            p = pump;
        }
        if (p != null) {
            p.abandon();
        }
        synchronized (this) {
            end();
        }
    }

    /** Ends the call with an error status, before or instead of the pump. */
    private void failEarly(Throwable t) {
        OutboundPump<TranscodeStreamResponse> p;
        synchronized (this) {
            p = pump;
        }
        if (p != null) {
            p.fail(t);
            return;
        }
        synchronized (this) {
            boolean wasOver = over;
            end(); // first, so that a client told of the error finds the work already freed
            if (wasOver || cancelled) {
                return;
            }
            try {
                out.onError(StatusMapper.toException(t));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "could not send the error status", e);
            }
        }
    }

    /**
     * The call is over: close and delete what it made, and release its ticket once no worker
     * is left running (else the worker comes back here when it stops). Idempotent.
     */
    private synchronized void end() {
        over = true;
        if (workerRunning) {
            return;
        }
        closeQuietly(inChannel);
        closeQuietly(outStream);
        deleteQuietly(inFile);
        deleteQuietly(outFile);
        inChannel = null;
        outStream = null;
        ticket.close();
    }

    private void checkNotCancelled() {
        if (cancelled) {
            throw new CancellationException("the call was cancelled or its deadline passed");
        }
    }

    private Path tempDir() throws IOException {
        return Files.createDirectories(config.tempDir());
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a stream's temporary file", e);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the temporary file " + p, e);
            }
        }
    }
}
