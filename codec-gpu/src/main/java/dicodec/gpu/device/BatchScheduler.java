package dicodec.gpu.device;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Groups frames from concurrent callers (the frame workers of several transcodes, the calls of
 * the gRPC service) into one device launch, so that many small frames share a launch and its
 * transfers instead of each paying for its own.
 *
 * <p>How: callers {@link #submit} a job to the lane of its kernel's key and block. When no group
 * of that lane is running, the caller becomes the lane's runner: it waits up to the linger time
 * for more jobs (not at all by default: grouping then comes from the jobs that queue while a
 * launch runs, so a lone request never waits), takes queued jobs in arrival order while their
 * bytes fit the bound, runs them as one group on a {@link DeviceLease}, and wakes the callers.
 * Jobs that arrive meanwhile form the next group. Each caller returns when its own job is done.
 *
 * <p>Memory bound: the device bytes of all groups running at once, over every lane, never
 * exceed {@code maxBytes}; a runner whose group does not fit waits for running groups to end. A
 * single job larger than the bound runs alone, when nothing else runs.
 *
 * <p>Failure: when a group throws, every job of it fails with that error and its caller runs
 * its CPU twin ({@link OpenClRuntime#runBatched}).
 */
public final class BatchScheduler {
    private final long maxBytes;
    private final long lingerNanos;
    private final Supplier<DeviceLease> leases;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Lane> lanes = new HashMap<>();
    private long inFlight;
    private long groups;
    private long jobs;
    private long largestGroup;
    private long peakBytes;

    /** One key's queue and whether a group of it is running. */
    private static final class Lane {
        final ArrayDeque<Pending> queue = new ArrayDeque<>();
        long queuedBytes;
        boolean running;
    }

    /** One caller's job and, once its group ran, the outcome. */
    private static final class Pending {
        final Object job;
        final long bytes;
        boolean done;
        Throwable error;

        Pending(Object job, long bytes) {
            this.job = job;
            this.bytes = bytes;
        }
    }

    /**
     * @param maxBytes bound on the device bytes of the groups running at once
     * @param lingerMicros how long a runner waits for more jobs before launching (0: not at all)
     * @param leases where a runner gets its queue and buffers (the device's pool)
     */
    public BatchScheduler(long maxBytes, long lingerMicros, Supplier<DeviceLease> leases) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("batch bound " + maxBytes + " bytes: must be positive");
        }
        this.maxBytes = maxBytes;
        this.lingerNanos = TimeUnit.MICROSECONDS.toNanos(Math.max(0, lingerMicros));
        this.leases = leases;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Runs {@code job} on the device as part of a group of jobs of the same key, and returns
     * once its results are in its arrays.
     *
     * @param bytes the device memory the job needs (inputs and outputs)
     * @throws DeviceLimitException when the job is too large for the device
     * @throws RuntimeException any other failure of its group's launch
     */
    public <J> void submit(BatchKernel<J> kernel, J job, long bytes) {
        Pending mine = new Pending(job, Math.max(1, bytes));
        lock.lock();
        try {
            Lane lane = lanes.computeIfAbsent(kernel.key(), k -> new Lane());
            lane.queue.add(mine);
            lane.queuedBytes += mine.bytes;
            changed.signalAll();
            while (!mine.done) {
                if (lane.running) {
                    changed.awaitUninterruptibly();
                } else {
                    runOneGroup(kernel, lane);
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.error != null) {
            throw rethrown(mine.error);
        }
    }

    /** Called with the lock held and the lane idle; returns with the lock held. */
    @SuppressWarnings("unchecked")
    private <J> void runOneGroup(BatchKernel<J> kernel, Lane lane) {
        lane.running = true;
        long deadline = System.nanoTime() + lingerNanos;
        long left;
        while (lane.queuedBytes < maxBytes && (left = deadline - System.nanoTime()) > 0) {
            try {
                changed.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // keep the flag for the caller; launch now
                break;
            }
        }
        List<Pending> group = new ArrayList<>();
        long groupBytes = 0;
        while (!lane.queue.isEmpty()
                && (group.isEmpty() || groupBytes + lane.queue.peekFirst().bytes <= maxBytes)) {
            Pending p = lane.queue.pollFirst();
            lane.queuedBytes -= p.bytes;
            groupBytes += p.bytes;
            group.add(p);
        }
        while (inFlight > 0 && inFlight + groupBytes > maxBytes) {
            changed.awaitUninterruptibly();
        }
        inFlight += groupBytes;
        groups++;
        jobs += group.size();
        largestGroup = Math.max(largestGroup, group.size());
        peakBytes = Math.max(peakBytes, inFlight);
        Throwable error = null;
        lock.unlock();
        try {
            List<J> js = new ArrayList<>(group.size());
            for (Pending p : group) {
                js.add((J) p.job);
            }
            try (DeviceLease lease = leases.get()) {
                kernel.run(lease, js);
            }
        } catch (Throwable t) {
            error = t;
        } finally {
            lock.lock();
        }
        inFlight -= groupBytes;
        for (Pending p : group) {
            p.error = error;
            p.done = true;
        }
        lane.running = false;
        changed.signalAll();
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof DeviceLimitException d) {
            return new DeviceLimitException(d.getMessage());
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("the device batch failed: " + t, t);
    }

    /** What the scheduler did so far: groups launched, jobs run in them, the largest group, peak bytes. */
    public record Stats(long groups, long jobs, long largestGroup, long peakBytes) {
    }

    public Stats stats() {
        lock.lock();
        try {
            return new Stats(groups, jobs, largestGroup, peakBytes);
        } finally {
            lock.unlock();
        }
    }
}
