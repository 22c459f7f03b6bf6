package dicodec.core.transcode;

import dicodec.core.error.DicodecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Codes the frames of one object on all cores, in batches (design: "frames of a multi-frame
 * object go through in parallel batches; memory stays bounded by the batch"). Results are
 * handed on in frame order. The pool is shared by all transcodes of the process; its threads
 * are daemons so they never keep the JVM alive.
 */
final class FrameWorkers {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "dicodec-frames");
        t.setDaemon(true);
        return t;
    });

    /** Frames in flight when nothing else limits them. */
    static int defaultInFlight() {
        return 2 * THREADS;
    }

    private FrameWorkers() {
    }

    interface FrameTask<T> {
        T run(int frameIndex) throws IOException;
    }

    interface InOrder<T> {
        void accept(int frameIndex, T result) throws IOException;
    }

    /**
     * Runs {@code task} for frames 0..count-1, at most {@code 2 x cores} at a time, and gives
     * each result to {@code sink} in frame order. A failure stops the rest and is rethrown.
     */
    static <T> void forEachFrame(int count, FrameTask<T> task, InOrder<T> sink) throws IOException {
        forEachFrame(count, 2 * THREADS, task, sink);
    }

    /** As above, with at most {@code maxInFlight} frames at a time (FrameBudget: large frames go fewer at once). */
    static <T> void forEachFrame(int count, int maxInFlight, FrameTask<T> task, InOrder<T> sink) throws IOException {
        if (count <= 1 || THREADS == 1 || maxInFlight <= 1) {
            for (int i = 0; i < count; i++) {
                sink.accept(i, task.run(i));
            }
            return;
        }
        int batch = Math.min(maxInFlight, 2 * THREADS);
        for (int start = 0; start < count; start += batch) {
            int end = Math.min(count, start + batch);
            List<Future<T>> futures = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                final int index = i;
                futures.add(POOL.submit(() -> task.run(index)));
            }
            for (int i = start; i < end; i++) {
                T result;
                try {
                    result = futures.get(i - start).get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    throw unwrap(e.getCause());
                } catch (InterruptedException e) {
                    futures.forEach(f -> f.cancel(true));
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while coding frame " + (i + 1));
                }
                sink.accept(i, result);
            }
        }
    }

    private static RuntimeException unwrap(Throwable cause) throws IOException {
        if (cause instanceof DicodecException d) {
            return d;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
