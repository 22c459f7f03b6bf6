package dicodec.gpu.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The batch scheduler on its own, with stand-in kernels on the host (so it runs with OpenCL on
 * and off): concurrent jobs are grouped, each gets its own results, the memory bound holds
 * over every lane, oversized jobs run alone and a failed group fails each of its callers.
 */
class BatchSchedulerTest {

    /** Doubles each job's numbers in place; records each group's size and the bytes in flight. */
    private static final class Doubler implements BatchKernel<int[]> {
        final String key;
        final List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong inFlight;
        final AtomicLong peak;
        final long bytesPerJob;

        Doubler(String key, AtomicLong inFlight, AtomicLong peak, long bytesPerJob) {
            this.key = key;
            this.inFlight = inFlight;
            this.peak = peak;
            this.bytesPerJob = bytesPerJob;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public void run(DeviceLease lease, List<int[]> jobs) {
            long now = inFlight.addAndGet(bytesPerJob * jobs.size());
            peak.accumulateAndGet(now, Math::max);
            groupSizes.add(jobs.size());
            try {
                Thread.sleep(20); // long enough for other lanes to overlap if the bound let them
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int[] j : jobs) {
                for (int i = 0; i < j.length; i++) {
                    j[i] *= 2;
                }
            }
            inFlight.addAndGet(-bytesPerJob * jobs.size());
        }
    }

    /** Submits {@code count} jobs from as many threads, all at once; returns their arrays. */
    private static List<int[]> submitTogether(BatchScheduler s, List<Doubler> kernels, int count, long bytes)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<int[]> arrays = new ArrayList<>();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                int[] a = {t, t + 100, -t};
                arrays.add(a);
                Doubler k = kernels.get(t % kernels.size());
                done.add(pool.submit(() -> {
                    start.await();
                    s.submit(k, a, bytes);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return arrays;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentJobs_shareLaunches_upToTheBound_andEachGetsItsOwnResult() throws Exception {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        Doubler k = new Doubler("double", inFlight, peak, 10);
        // Room for 4 jobs of 10 bytes; a long linger so that the test does not depend on timing:
        // a group is launched as soon as it is full.
        BatchScheduler s = new BatchScheduler(40, 10_000_000, () -> null);
        List<int[]> arrays = submitTogether(s, List.of(k), 8, 10);
        for (int t = 0; t < 8; t++) {
            assertArrayEquals(new int[] {2 * t, 2 * (t + 100), -2 * t}, arrays.get(t), "job " + t);
        }
        assertEquals(List.of(4, 4), k.groupSizes, "8 frames in 2 launches");
        BatchScheduler.Stats st = s.stats();
        assertEquals(2, st.groups());
        assertEquals(8, st.jobs());
        assertEquals(4, st.largestGroup());
        assertTrue(st.peakBytes() <= 40, "peak " + st.peakBytes());
    }

    @Test
    void withoutLinger_aLoneJobRunsAtOnce() {
        AtomicLong inFlight = new AtomicLong();
        Doubler k = new Doubler("double", inFlight, new AtomicLong(), 10);
        BatchScheduler s = new BatchScheduler(1000, 0, () -> null);
        int[] a = {1, 2, 3};
        long t0 = System.nanoTime();
        s.submit(k, a, 10);
        assertArrayEquals(new int[] {2, 4, 6}, a);
        assertEquals(List.of(1), k.groupSizes);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void theBound_holdsOverEveryLane_andOversizedJobsRunAlone() throws Exception {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        // Two lanes whose groups of one 30-byte job each would together exceed the 40-byte bound.
        Doubler a = new Doubler("a", inFlight, peak, 30);
        Doubler b = new Doubler("b", inFlight, peak, 30);
        BatchScheduler s = new BatchScheduler(40, 0, () -> null);
        List<int[]> arrays = submitTogether(s, List.of(a, b), 6, 30);
        for (int t = 0; t < 6; t++) {
            assertEquals(2 * t, arrays.get(t)[0]);
        }
        assertTrue(peak.get() <= 40, "bytes in flight " + peak.get() + " over the bound of 40");
        assertTrue(s.stats().peakBytes() <= 40);
        assertTrue(a.groupSizes.stream().allMatch(n -> n == 1) && b.groupSizes.stream().allMatch(n -> n == 1),
                "two 30-byte jobs never share a 40-byte group");

        Doubler big = new Doubler("big", inFlight, peak, 100);
        int[] one = {21};
        s.submit(big, one, 100);
        assertArrayEquals(new int[] {42}, one, "a job above the bound still runs, alone");
    }

    @Test
    void aFailedGroup_failsEachOfItsCallers() throws Exception {
        BatchKernel<int[]> broken = new BatchKernel<>() {
            @Override
            public String key() {
                return "broken";
            }

            @Override
            public void run(DeviceLease lease, List<int[]> jobs) {
                throw new IllegalStateException("CL_OUT_OF_RESOURCES (simulated)");
            }
        };
        BatchScheduler s = new BatchScheduler(100, 0, () -> null);
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.submit(broken, new int[1], 1));
        assertTrue(e.getMessage().contains("CL_OUT_OF_RESOURCES"), e.getMessage());
        BatchKernel<int[]> tooBig = new BatchKernel<>() {
            @Override
            public String key() {
                return "limit";
            }

            @Override
            public void run(DeviceLease lease, List<int[]> jobs) {
                throw new DeviceLimitException("above the largest buffer");
            }
        };
        assertThrows(DeviceLimitException.class, () -> s.submit(tooBig, new int[1], 1),
                "a limit stays a limit, so that only that call goes to the CPU");
        assertEquals(2, s.stats().groups(), "the scheduler keeps working after failures");
    }
}
