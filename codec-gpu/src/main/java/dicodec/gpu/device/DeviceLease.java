package dicodec.gpu.device;

import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueue;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clSetKernelArg;

import java.util.HashMap;
import java.util.Map;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * One thread's share of the device: a command queue, its own kernel objects (kernel arguments
 * are per object, so threads must not share them) and a pool of buffers by slot that grow to the
 * largest size asked and are kept for the next call. Borrowed with {@link OpenClDevice#lease()},
 * given back with {@link #close()}; never used by two threads at once.
 */
public final class DeviceLease implements AutoCloseable {
    private static final int SLOTS = 8;

    private final OpenClDevice device;
    private final cl_command_queue queue;
    private final Map<String, cl_kernel> kernels = new HashMap<>();
    private final cl_mem[] buffers = new cl_mem[SLOTS];
    private final long[] capacity = new long[SLOTS];

    DeviceLease(OpenClDevice device) {
        this.device = device;
        this.queue = clCreateCommandQueue(device.context(), device.id(), 0, null);
    }

    /** A buffer of at least {@code bytes} in slot {@code slot}, reused across calls. */
    public cl_mem buffer(int slot, long bytes) {
        long need = Math.max(16, bytes);
        if (need > device.info().maxAllocation()) {
            throw new DeviceLimitException(bytes + " bytes exceed the device's largest buffer of "
                    + device.info().maxAllocation());
        }
        if (capacity[slot] < need) {
            if (buffers[slot] != null) {
                clReleaseMemObject(buffers[slot]);
                buffers[slot] = null;
                capacity[slot] = 0;
            }
            // Grow by half again, so a batch of slightly growing frames does not reallocate each time.
            long size = Math.min(device.info().maxAllocation(), Math.max(need, need + need / 2));
            buffers[slot] = clCreateBuffer(device.context(), CL_MEM_READ_WRITE, size, null, null);
            capacity[slot] = size;
        }
        return buffers[slot];
    }

    public cl_mem upload(int slot, byte[] data, int length) {
        cl_mem m = buffer(slot, length);
        if (length > 0) {
            clEnqueueWriteBuffer(queue, m, CL_TRUE, 0, length, Pointer.to(data), 0, null, null);
        }
        return m;
    }

    public cl_mem upload(int slot, short[] data, int count) {
        cl_mem m = buffer(slot, 2L * count);
        if (count > 0) {
            clEnqueueWriteBuffer(queue, m, CL_TRUE, 0, 2L * count, Pointer.to(data), 0, null, null);
        }
        return m;
    }

    public cl_mem upload(int slot, int[] data, int count) {
        cl_mem m = buffer(slot, 4L * count);
        if (count > 0) {
            clEnqueueWriteBuffer(queue, m, CL_TRUE, 0, 4L * count, Pointer.to(data), 0, null, null);
        }
        return m;
    }

    /** Writes {@code count} shorts at byte {@code offset} of slot {@code slot} (allocated before with {@link #buffer}). */
    public void write(int slot, short[] data, int count, long offset) {
        if (count > 0) {
            clEnqueueWriteBuffer(queue, buffers[slot], CL_TRUE, offset, 2L * count, Pointer.to(data), 0, null, null);
        }
    }

    /** Writes {@code length} bytes at byte {@code offset} of slot {@code slot} (allocated before). */
    public void write(int slot, byte[] data, int length, long offset) {
        if (length > 0) {
            clEnqueueWriteBuffer(queue, buffers[slot], CL_TRUE, offset, length, Pointer.to(data), 0, null, null);
        }
    }

    /** Writes {@code count} ints at byte {@code offset} of slot {@code slot} (allocated before). */
    public void write(int slot, int[] data, int count, long offset) {
        if (count > 0) {
            clEnqueueWriteBuffer(queue, buffers[slot], CL_TRUE, offset, 4L * count, Pointer.to(data), 0, null, null);
        }
    }

    /** Writes {@code count} floats at byte {@code offset} of slot {@code slot} (allocated before). */
    public void write(int slot, float[] data, int count, long offset) {
        if (count > 0) {
            clEnqueueWriteBuffer(queue, buffers[slot], CL_TRUE, offset, 4L * count, Pointer.to(data), 0, null, null);
        }
    }

    /** Reads {@code count} floats from byte {@code offset} of slot {@code slot}. */
    public void read(int slot, float[] out, int count, long offset) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, offset, 4L * count, Pointer.to(out), 0, null, null);
        }
    }

    /** Reads {@code length} bytes from byte {@code offset} of slot {@code slot}. */
    public void read(int slot, byte[] out, int length, long offset) {
        if (length > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, offset, length, Pointer.to(out), 0, null, null);
        }
    }

    /** Reads {@code count} ints from byte {@code offset} of slot {@code slot}. */
    public void read(int slot, int[] out, int count, long offset) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, offset, 4L * count, Pointer.to(out), 0, null, null);
        }
    }

    /** Reads {@code count} shorts from byte {@code offset} of slot {@code slot}. */
    public void read(int slot, short[] out, int count, long offset) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, offset, 2L * count, Pointer.to(out), 0, null, null);
        }
    }

    public void download(int slot, byte[] out, int length) {
        if (length > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, 0, length, Pointer.to(out), 0, null, null);
        }
    }

    public void download(int slot, short[] out, int count) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, 0, 2L * count, Pointer.to(out), 0, null, null);
        }
    }

    public void download(int slot, int[] out, int count) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, 0, 4L * count, Pointer.to(out), 0, null, null);
        }
    }

    public void download(int slot, long[] out, int count) {
        if (count > 0) {
            clEnqueueReadBuffer(queue, buffers[slot], CL_TRUE, 0, 8L * count, Pointer.to(out), 0, null, null);
        }
    }

    /** Starts a launch of kernel {@code kernel} of program {@code program}; arguments in order. */
    public Launch launch(String program, String kernel) {
        cl_kernel k = kernels.computeIfAbsent(program + "/" + kernel,
                key -> clCreateKernel(device.programs().program(program), kernel, null));
        return new Launch(k);
    }

    /** Arguments of one kernel launch, set in order; {@link #run} enqueues it over a 1-D range. */
    public final class Launch {
        private final cl_kernel kernel;
        private int index;

        private Launch(cl_kernel kernel) {
            this.kernel = kernel;
        }

        public Launch mem(int slot) {
            clSetKernelArg(kernel, index++, Sizeof.cl_mem, Pointer.to(buffers[slot]));
            return this;
        }

        public Launch i(int value) {
            clSetKernelArg(kernel, index++, Sizeof.cl_int, Pointer.to(new int[] {value}));
            return this;
        }

        public Launch d(double value) {
            clSetKernelArg(kernel, index++, Sizeof.cl_double, Pointer.to(new double[] {value}));
            return this;
        }

        /** Enqueues {@code global} work items (none when 0); results are read with a blocking download. */
        public void run(long global) {
            if (global <= 0) {
                return;
            }
            clEnqueueNDRangeKernel(queue, kernel, 1, null, new long[] {global}, null, 0, null, null);
            device.countLaunch();
        }
    }

    /** Bytes held in this lease's buffers. */
    long bytesHeld() {
        long sum = 0;
        for (long c : capacity) {
            sum += c;
        }
        return sum;
    }

    @Override
    public void close() {
        device.giveBack(this);
    }

    void release() {
        for (cl_mem m : buffers) {
            if (m != null) {
                clReleaseMemObject(m);
            }
        }
        for (cl_kernel k : kernels.values()) {
            clReleaseKernel(k);
        }
        clReleaseCommandQueue(queue);
    }
}
