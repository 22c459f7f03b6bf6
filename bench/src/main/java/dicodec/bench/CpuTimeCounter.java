package dicodec.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the whole benchmark process spent in the measured calls (all threads: the codec's
 * native worker threads too, and the JVM's own), reported by JMH as "cpuNanos" per second
 * beside the operations. CPU per operation = cpuNanos rate / operation rate. On a machine
 * shared with other work, wall-clock throughput falls with the load while this stays close to
 * what the work itself costs, so it tells what N free cores would allow (at best N / CPU per
 * operation, when the codec's threads keep them all busy).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CpuTimeCounter {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long cpuNanos;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
    }

    /** The process's CPU time so far, in nanoseconds. */
    static long now() {
        return OS.getProcessCpuTime();
    }

    /** Adds the CPU time since {@code start} (a {@link #now()} value). */
    void since(long start) {
        cpuNanos += now() - start;
    }
}
