package dicodec.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pixels processed, reported by JMH as a rate beside the operations: "pixels" in pixels per
 * second, so MP/s is that divided by 10^6 (bench/run.sh does it for rle.md).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PixelCounter {
    public long pixels;

    @Setup(Level.Iteration)
    public void reset() {
        pixels = 0;
    }
}
