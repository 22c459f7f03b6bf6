package dicodec.core.transcode;

import dicodec.core.error.DicodecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Codes the frames of one object on all cores, in batches (design: "frames of a multi-frame
 * object go through in parallel batches; memory stays bounded by the batch"). Results are
 * handed on in frame order. The pool is shared by all transcodes of the process; its threads
 * are daemons so they never keep the JVM alive. Its size is the number of cores, or the system
 * property {@code dicodec.frame.threads} (read once; the multi-frame benchmark sets it to
 * compare one worker with two).
 */
final class FrameWorkers {
    private static final int THREADS = Math.max(1,
            Integer.getInteger("dicodec.frame.threads", Runtime.getRuntime().availableProcessors()));
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
     * Runs {@code task} for frames 0..count-1, at most {@code 2 x threads} at a time, and gives
     * each result to {@code sink} in frame order. A failure stops the rest and is rethrown.
     * The window slides: as soon as the oldest frame is handed on, the next one is submitted, so
     * no worker waits for the slowest frame of a batch (with fixed batches, two workers lost up to
     * half a frame each per batch).
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
        int window = Math.min(maxInFlight, 2 * THREADS);
        ArrayDeque<Future<T>> inFlight = new ArrayDeque<>(window);
        int next = 0;
        try {
            for (int i = 0; i < count; i++) {
                while (next < count && inFlight.size() < window) {
                    final int index = next++;
                    inFlight.addLast(POOL.submit(() -> task.run(index)));
                }
                T result;
                try {
                    result = inFlight.removeFirst().get();
                } catch (ExecutionException e) {
                    throw unwrap(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while coding frame " + (i + 1));
                }
                sink.accept(i, result);
            }
        } finally {
            // on failure (of a frame or of the sink) the frames still in flight are not wanted
            inFlight.forEach(f -> f.cancel(true));
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
