package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.InverseDct;
import dicodec.core.codec.jpeg.dct.JavaIslowIdct;
import dicodec.gpu.device.BatchKernel;
import dicodec.gpu.device.DeviceLease;
import dicodec.gpu.device.OpenClRuntime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link InverseDct} (dequantisation included) as kernel {@code idct} of dct.cl, one work item
 * per block; twin {@link JavaIslowIdct}. Calls go through the device's batch scheduler: the
 * components of concurrent decodes at one precision share a launch, each with its own
 * quantisation table.
 */
public final class OpenClInverseDct implements InverseDct {
    private static final InverseDct TWIN = new JavaIslowIdct();
    private final OpenClRuntime runtime;
    private final Map<Integer, Batch> byPrecision = new ConcurrentHashMap<>();

    public OpenClInverseDct(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    /** One caller's component. */
    private record Job(short[] coefficients, int blocksWide, int blocks, int[] quant, short[] samples) {
    }

    /** The batch kernel of one precision. */
    private record Batch(int precision) implements BatchKernel<Job> {
        @Override
        public String key() {
            return "idct/" + precision;
        }

        @Override
        public void run(DeviceLease l, List<Job> jobs) {
            int frames = jobs.size();
            int[] table = new int[2 * frames + 1];
            int[] quant = new int[64 * frames];
            for (int k = 0; k < frames; k++) {
                Job j = jobs.get(k);
                table[k + 1] = table[k] + j.blocks();
                table[frames + 1 + k] = j.blocksWide();
                System.arraycopy(j.quant(), 0, quant, 64 * k, 64);
            }
            int total = table[frames];
            l.buffer(0, 128L * total);
            for (int k = 0; k < frames; k++) {
                l.write(0, jobs.get(k).coefficients(), 64 * jobs.get(k).blocks(), 128L * table[k]);
            }
            l.upload(1, quant, quant.length);
            l.upload(3, table, table.length);
            l.buffer(2, 128L * total);
            l.launch("dct", "idct").mem(0).mem(3).i(frames).mem(1).i(precision).mem(2).run(total);
            for (int k = 0; k < frames; k++) {
                l.read(2, jobs.get(k).samples(), 64 * jobs.get(k).blocks(), 128L * table[k]);
            }
        }
    }

    @Override
    public void inverse(short[] coefficients, int blocksWide, int blocksHigh, int[] quant, int precision,
            short[] samples) {
        int blocks = blocksWide * blocksHigh;
        Batch kernel = byPrecision.computeIfAbsent(precision, Batch::new);
        runtime.runBatched("idct", 64L * blocks, kernel, new Job(coefficients, blocksWide, blocks, quant, samples),
                256L * blocks + 256, () -> TWIN.inverse(coefficients, blocksWide, blocksHigh, quant, precision, samples));
    }
}
