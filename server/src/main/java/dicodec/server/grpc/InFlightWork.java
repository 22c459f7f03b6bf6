package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls doing work and caps them (max-concurrent-calls). A call holds a
 * {@link Ticket} from its start until its work has stopped and its temporary files are gone,
 * so a count of 0 means nothing is left running or on disk.
 */
public final class InFlightWork {
    private final int limit;
    private final Semaphore permits;
    private final AtomicInteger count = new AtomicInteger();

    public InFlightWork(int limit) {
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    /** Calls holding a ticket now. */
    public int count() {
        return count.get();
    }

    /**
     * A ticket for one call, or LIMIT (RESOURCE_EXHAUSTED) at once when the server is full:
     * a client can retry, while a queue would only hide the overload.
     */
    public Ticket acquire(String method) {
        if (!permits.tryAcquire()) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, -1, -1, method + ": the server is busy with "
                    + limit + " calls (max-concurrent-calls); retry later", null);
        }
        count.incrementAndGet();
        return new Ticket();
    }

    /** One call's share; {@link #close()} may be called more than once. */
    public final class Ticket implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Ticket() {
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                count.decrementAndGet();
                permits.release();
            }
        }
    }
}
