package dicodec.gpu.device;

import java.util.Locale;

/**
 * Whether and where OpenCL runs, from the system property {@code dicodec.opencl} or else the
 * environment variable {@code DICODEC_OPENCL} (the server's {@code opencl} setting sets the
 * property): {@code auto} (the default: a GPU if there is one, else an OpenCL CPU device such
 * as PoCL, else none), {@code gpu} (a GPU or accelerator only), {@code cpu} (a CPU device only)
 * or {@code off}. {@code dicodec.opencl.min-samples} (default {@value #DEFAULT_MIN_SAMPLES}) is
 * the cost model's bound: smaller stages stay on the CPU. The {@link BatchScheduler} groups frames
 * of concurrent calls up to {@code dicodec.opencl.batch-mib} (default {@value #DEFAULT_BATCH_MIB})
 * MiB of device memory (0: no grouping, each call its own launch), waiting
 * {@code dicodec.opencl.batch-linger-us} (default 0) for more.
 *
 * @param mode how a device is chosen
 * @param minSamples stages over fewer samples than this run on the CPU
 * @param batchBytes bound on the device memory of the batches running at once
 * @param batchLingerMicros how long a batch waits for more frames before it is launched
 */
public record OpenClSettings(Mode mode, int minSamples, long batchBytes, long batchLingerMicros) {
    public static final int DEFAULT_MIN_SAMPLES = 64 * 64;
    public static final int DEFAULT_BATCH_MIB = 64;

    /** Default batching. */
    public OpenClSettings(Mode mode, int minSamples) {
        this(mode, minSamples, (long) DEFAULT_BATCH_MIB << 20, 0);
    }

    /** How a device is chosen. */
    public enum Mode {
        AUTO, GPU, CPU, OFF
    }

    /** The settings of this process. */
    public static OpenClSettings fromEnvironment() {
        String m = System.getProperty("dicodec.opencl");
        if (m == null || m.isBlank()) {
            m = System.getenv("DICODEC_OPENCL");
        }
        String min = System.getProperty("dicodec.opencl.min-samples");
        String mib = System.getProperty("dicodec.opencl.batch-mib");
        String linger = System.getProperty("dicodec.opencl.batch-linger-us");
        return new OpenClSettings(parseMode(m), min == null ? DEFAULT_MIN_SAMPLES : Integer.parseInt(min.trim()),
                (mib == null ? DEFAULT_BATCH_MIB : Long.parseLong(mib.trim())) << 20,
                linger == null ? 0 : Long.parseLong(linger.trim()));
    }

    /**
     * @throws IllegalArgumentException naming the valid values
     */
    public static Mode parseMode(String text) {
        if (text == null || text.isBlank()) {
            return Mode.AUTO;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "auto":
            case "on":
                return Mode.AUTO;
            case "gpu":
                return Mode.GPU;
            case "cpu":
                return Mode.CPU;
            case "off":
            case "false":
            case "0":
                return Mode.OFF;
            default:
                throw new IllegalArgumentException("opencl '" + text + "': auto, gpu, cpu or off");
        }
    }
}
