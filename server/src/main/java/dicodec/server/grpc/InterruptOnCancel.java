package dicodec.server.grpc;

import io.grpc.Context;

/**
 * Interrupts the thread doing a call's work when the call's context is cancelled (client
 * cancel, deadline, shutdown). The core's frame workers stop between batches on an interrupt,
 * so an encode stops there and not only at its next write. {@link #close()} detaches and
 * clears the interrupt, since the thread goes back to a pool.
 */
final class InterruptOnCancel implements Context.CancellationListener, AutoCloseable {
    private final Context context;
    private final Thread thread;
    private boolean closed;

    /** Watches {@code context} on behalf of the calling thread. */
    InterruptOnCancel(Context context) {
        this.context = context;
        this.thread = Thread.currentThread();
        context.addListener(this, Runnable::run);
    }

    @Override
    public synchronized void cancelled(Context c) {
        if (!closed) {
            thread.interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        context.removeListener(this);
        Thread.interrupted(); // a late interrupt must not reach the pool's next task
    }
}
