package dicodec.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap of in-process work: the heap pools' peaks are reset before and summed after. */
final class HeapPeak {
    private HeapPeak() {
    }

    static void reset() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    /** KiB; the sum of each pool's peak, so an upper bound of the heap's peak. */
    static long peakKb() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                bytes += p.getPeakUsage().getUsed();
            }
        }
        return bytes / 1024;
    }
}
