package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.ForwardDct;
import dicodec.core.codec.jpeg.dct.JavaIslowFdct;
import dicodec.gpu.device.BatchKernel;
import dicodec.gpu.device.DeviceLease;
import dicodec.gpu.device.OpenClRuntime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ForwardDct} as kernel {@code fdct} of dct.cl, one work item per block; twin
 * {@link JavaIslowFdct}. Calls go through the device's batch scheduler: the components of
 * concurrent encodes at one precision share a launch (the kernel finds each block's frame in a
 * table of first blocks and widths).
 */
public final class OpenClForwardDct implements ForwardDct {
    private static final ForwardDct TWIN = new JavaIslowFdct();
    private final OpenClRuntime runtime;
    private final Map<Integer, Batch> byPrecision = new ConcurrentHashMap<>();

    public OpenClForwardDct(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    /** One caller's component. */
    private record Job(short[] samples, int blocksWide, int blocks, int[] out) {
    }

    /** The batch kernel of one precision. */
    private record Batch(int precision) implements BatchKernel<Job> {
        @Override
        public String key() {
            return "fdct/" + precision;
        }

        @Override
        public void run(DeviceLease l, List<Job> jobs) {
            int frames = jobs.size();
            int[] table = new int[2 * frames + 1];
            for (int k = 0; k < frames; k++) {
                table[k + 1] = table[k] + jobs.get(k).blocks();
                table[frames + 1 + k] = jobs.get(k).blocksWide();
            }
            int total = table[frames];
            l.buffer(0, 128L * total);
            for (int k = 0; k < frames; k++) {
                l.write(0, jobs.get(k).samples(), 64 * jobs.get(k).blocks(), 128L * table[k]);
            }
            l.upload(2, table, table.length);
            l.buffer(1, 256L * total);
            l.launch("dct", "fdct").mem(0).mem(2).i(frames).i(precision).mem(1).run(total);
            for (int k = 0; k < frames; k++) {
                l.read(1, jobs.get(k).out(), 64 * jobs.get(k).blocks(), 256L * table[k]);
            }
        }
    }

    @Override
    public void forward(short[] samples, int blocksWide, int blocksHigh, int precision, int[] out) {
        int blocks = blocksWide * blocksHigh;
        Batch kernel = byPrecision.computeIfAbsent(precision, Batch::new);
        runtime.runBatched("fdct", 64L * blocks, kernel, new Job(samples, blocksWide, blocks, out), 384L * blocks,
                () -> TWIN.forward(samples, blocksWide, blocksHigh, precision, out));
    }
}
