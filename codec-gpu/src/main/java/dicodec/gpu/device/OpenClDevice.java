package dicodec.gpu.device;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.clCreateContext;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;

/**
 * One opened OpenCL device: its context, the programs built for it ({@link ProgramCache}) and a
 * pool of {@link DeviceLease}s (a queue, kernels and buffers each), so that the frame workers
 * of the transcoder each use their own queue. Leases that hold more than
 * {@link #KEEP_BYTES_PER_LEASE} are released rather than pooled, which bounds idle memory.
 */
public final class OpenClDevice {
    static final long KEEP_BYTES_PER_LEASE = 256L << 20;

    private final cl_context context;
    private final cl_device_id id;
    private final DeviceInfo info;
    private final ProgramCache programs;
    private final ConcurrentLinkedDeque<DeviceLease> idle = new ConcurrentLinkedDeque<>();
    private final AtomicLong launches = new AtomicLong();

    private OpenClDevice(DeviceDiscovery.Candidate c) {
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL_CONTEXT_PLATFORM, c.platform());
        this.context = clCreateContext(props, 1, new cl_device_id[] {c.device()}, null, null, null);
        this.id = c.device();
        this.info = c.info();
        this.programs = new ProgramCache(context, id, info);
    }

    /** Opens the chosen device (throws what the driver throws). */
    public static OpenClDevice open(DeviceDiscovery.Candidate c) {
        return new OpenClDevice(c);
    }

    public DeviceInfo info() {
        return info;
    }

    public ProgramCache programs() {
        return programs;
    }

    cl_context context() {
        return context;
    }

    cl_device_id id() {
        return id;
    }

    /** A queue with its kernels and buffers for this thread; give it back with close(). */
    public DeviceLease lease() {
        DeviceLease l = idle.pollFirst();
        return l != null ? l : new DeviceLease(this);
    }

    void giveBack(DeviceLease lease) {
        if (lease.bytesHeld() > KEEP_BYTES_PER_LEASE) {
            lease.release();
        } else {
            idle.addFirst(lease);
        }
    }

    void countLaunch() {
        launches.incrementAndGet();
    }

    /** Kernel launches so far: tests check with it that a stage really ran on the device. */
    public long launches() {
        return launches.get();
    }
}
