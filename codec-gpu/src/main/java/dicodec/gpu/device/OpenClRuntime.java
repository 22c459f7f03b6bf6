package dicodec.gpu.device;

import dicodec.core.spi.Availability;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The process's OpenCL state: the device chosen by {@link OpenClSettings}, or the reason there
 * is none, decided once and logged in one line. Every device stage runs through {@link #run}:
 * the cost model keeps small work on the CPU, and any failure on the device (a driver error, a
 * kernel that does not build) falls back to the CPU twin for that call and turns the device off
 * for the rest of the process, with the reason kept for capabilities. A buffer too large for
 * the device only sends that one call to the CPU.
 */
public final class OpenClRuntime {
    private static final Logger LOG = Logger.getLogger(OpenClRuntime.class.getName());
    private static volatile OpenClRuntime instance;

    private final OpenClSettings settings;
    private final OpenClDevice device;
    private final boolean platformFound;
    private volatile String failure;
    private final String reason;
    private final BatchScheduler batches;

    private OpenClRuntime(OpenClSettings settings) {
        this.settings = settings;
        DeviceDiscovery.Choice choice = DeviceDiscovery.choose(settings.mode());
        OpenClDevice d = null;
        String why = choice.reason();
        if (choice.candidate() != null) {
            try {
                d = OpenClDevice.open(choice.candidate());
            } catch (RuntimeException | LinkageError e) {
                why = "opening " + choice.candidate().info() + " failed: " + e.getMessage();
            }
        }
        this.device = d;
        this.platformFound = choice.platformFound();
        this.reason = why;
        // A batch never needs a buffer above the device's largest: only a lone frame can hit that
        // limit, and then only that frame goes to the CPU.
        this.batches = d == null || settings.batchBytes() <= 0 ? null : new BatchScheduler(Math.min(settings.batchBytes(), d.info().maxAllocation()),
                settings.batchLingerMicros(), d::lease);
        if (d != null) {
            LOG.info("OpenCL: using " + d.info());
        } else {
            LOG.info("OpenCL: not used, the CPU path runs: " + why);
        }
    }

    /** The runtime of this process, from {@link OpenClSettings#fromEnvironment()}. */
    public static OpenClRuntime get() {
        OpenClRuntime r = instance;
        if (r == null) {
            synchronized (OpenClRuntime.class) {
                if (instance == null) {
                    instance = new OpenClRuntime(OpenClSettings.fromEnvironment());
                }
                r = instance;
            }
        }
        return r;
    }

    /** A runtime of its own (tests and benchmarks that compare settings). */
    public static OpenClRuntime open(OpenClSettings settings) {
        return new OpenClRuntime(settings);
    }

    public OpenClSettings settings() {
        return settings;
    }

    /** True when some OpenCL platform exists, whether or not a device was chosen. */
    public boolean platformFound() {
        return platformFound;
    }

    /** The device in use, or null (none, off, or failed). */
    public OpenClDevice device() {
        return failure == null ? device : null;
    }

    /** Why the device was turned off during this process, or null. */
    public String failure() {
        return failure;
    }

    /** The device opened at the start, whether or not it failed since (tests count its launches). */
    public OpenClDevice openedDevice() {
        return device;
    }

    /** Available with the device named, or not with the reason. */
    public Availability availability() {
        if (device == null) {
            return Availability.no(reason);
        }
        if (failure != null) {
            return Availability.no("the device " + device.info() + " failed and was turned off: " + failure);
        }
        return new Availability(true, "OpenCL on " + device.info());
    }

    /**
     * Runs a stage over {@code samples} samples on the device, or its CPU twin when there is no
     * device, when the work is below the cost model's bound, or when the device fails.
     */
    public <T> T run(String stage, long samples, Function<DeviceLease, T> onDevice, Supplier<T> onCpu) {
        OpenClDevice d = device();
        if (d == null || samples < settings.minSamples()) {
            return onCpu.get();
        }
        DeviceLease lease;
        try {
            lease = d.lease();
        } catch (RuntimeException | LinkageError e) {
            fail(stage, e);
            return onCpu.get();
        }
        try {
            return onDevice.apply(lease);
        } catch (DeviceLimitException e) {
            LOG.fine(() -> stage + " on the CPU: " + e.getMessage());
            return onCpu.get();
        } catch (RuntimeException | LinkageError e) {
            fail(stage, e);
            return onCpu.get();
        } finally {
            lease.close();
        }
    }

    /**
     * Like {@link #run} for a stage that writes into its job's arrays, but through the
     * {@link BatchScheduler}: the job may share its launch with the jobs of other threads.
     *
     * @param bytes the device memory of the job (inputs and outputs)
     */
    public <J> void runBatched(String stage, long samples, BatchKernel<J> kernel, J job, long bytes, Runnable onCpu) {
        if (device() == null || samples < settings.minSamples()) {
            onCpu.run();
            return;
        }
        if (batches == null) { // grouping off (batch bound 0): each call its own launch, on its own queue
            run(stage, samples, l -> kernel.run(l, java.util.List.of(job)), onCpu);
            return;
        }
        try {
            batches.submit(kernel, job, bytes);
        } catch (DeviceLimitException e) {
            LOG.fine(() -> stage + " on the CPU: " + e.getMessage());
            onCpu.run();
        } catch (RuntimeException | LinkageError e) {
            fail(stage, e);
            onCpu.run();
        }
    }

    /** The batch scheduler of the device, or null without a device or with grouping off (tests read its statistics). */
    public BatchScheduler batches() {
        return batches;
    }

    /** {@link #run} for stages that write into their arguments. */
    public void run(String stage, long samples, java.util.function.Consumer<DeviceLease> onDevice, Runnable onCpu) {
        run(stage, samples, l -> {
            onDevice.accept(l);
            return Boolean.TRUE;
        }, () -> {
            onCpu.run();
            return Boolean.TRUE;
        });
    }

    private synchronized void fail(String stage, Throwable e) {
        if (failure == null) {
            failure = stage + ": " + e;
            LOG.warning("OpenCL: " + failure + "; the CPU path runs from now on");
        }
    }
}
