package dicodec.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time of the whole JVM (all threads, JIT and GC included) spent in the benchmark, reported
 * by JMH as a rate: "cpuMicros" per second / 10^6 is the number of cores the process got. On a
 * machine shared with other work, pixels per CPU second tell whether the code scales (a lock or
 * a serial step shows as more CPU per pixel, or as cores left idle) apart from how many cores
 * the other work left it; per operation (cpuMicros rate / operation rate) it says what N free
 * cores would allow at best.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CpuCounter {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long cpuMicros;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMicros = 0;
    }

    /** The process's CPU time so far, in microseconds. */
    static long now() {
        return OS.getProcessCpuTime() / 1000;
    }

    /** Adds the CPU time since {@code start} (a {@link #now()} value). */
    void since(long start) {
        cpuMicros += now() - start;
    }
}
