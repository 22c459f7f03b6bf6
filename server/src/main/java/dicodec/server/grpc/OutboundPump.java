package dicodec.server.grpc;

import io.grpc.stub.ServerCallStreamObserver;

/**
 * Sends a server stream's messages only while the client keeps up (grpc-java's
 * manualflowcontrol example): {@link #drain()} runs from the call's onReady handler and from
 * the thread that made the first message available, sends while {@code isReady()}, and
 * returns as soon as the transport's buffer is full. Messages are produced one at a time, so
 * a slow client holds back the work instead of filling the heap.
 *
 * <p>The response observer is not thread-safe; every call on it goes through this object's
 * lock.
 */
final class OutboundPump<T> {
    /** Where the messages come from, one at a time. */
    interface Source<T> {
        /** The next message, or null when there is none left. */
        T next() throws Exception;
    }

    private final ServerCallStreamObserver<T> out;
    private final Source<T> source;
    private final Runnable onFinish;
    private boolean finished;

    /**
     * @param onFinish runs once, when the last message was sent, on an error or on
     *     {@link #abandon()}; before the call's completion or error reaches the client
     */
    OutboundPump(ServerCallStreamObserver<T> out, Source<T> source, Runnable onFinish) {
        this.out = out;
        this.source = source;
        this.onFinish = onFinish;
    }

    /** Sends what the client is ready for; completes the call after the last message. */
    synchronized void drain() {
        if (finished) {
            return;
        }
        try {
            while (out.isReady()) {
                if (out.isCancelled()) {
                    finish();
                    return;
                }
                T message = source.next();
                if (message == null) {
                    finish(); // free the work before the client hears that the call is done
                    out.onCompleted();
                    return;
                }
                out.onNext(message);
            }
        } catch (Throwable t) { // NOPMD: every failure must end the call with a status
            fail(t);
        }
    }

    /** Ends the call with the status of {@code t} (unless it already ended). */
    synchronized void fail(Throwable t) {
        if (finished) {
            return;
        }
        try {
            finish();
        } finally {
            out.onError(StatusMapper.toException(t));
        }
    }

    /** The call is gone (cancelled, deadline passed): stop, send nothing more. */
    synchronized void abandon() {
        if (!finished) {
            finish();
        }
    }

    synchronized boolean finished() {
        return finished;
    }

    private void finish() {
        finished = true;
        onFinish.run();
    }
}
