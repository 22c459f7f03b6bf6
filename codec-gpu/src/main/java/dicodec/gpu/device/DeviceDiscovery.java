package dicodec.gpu.device;

import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ACCELERATOR;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_CPU;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_DEVICE_VERSION;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetPlatformInfo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Lists the OpenCL devices of every platform the ICD loader knows and picks one as the
 * settings say. Any failure (no loader, no platform, a driver error) is a reason, not a crash.
 */
public final class DeviceDiscovery {
    /** One device that could be chosen. */
    public record Candidate(cl_platform_id platform, cl_device_id device, DeviceInfo info) {
    }

    /** The choice: a candidate, or why there is none (and whether any platform exists at all). */
    public record Choice(Candidate candidate, String reason, boolean platformFound) {
    }

    private DeviceDiscovery() {
    }

    /** Every device of every platform; throws what the driver throws. */
    public static List<Candidate> list() {
        CL.setExceptionsEnabled(true);
        int[] n = new int[1];
        clGetPlatformIDs(0, null, n);
        cl_platform_id[] platforms = new cl_platform_id[n[0]];
        clGetPlatformIDs(n[0], platforms, null);
        List<Candidate> out = new ArrayList<>();
        for (cl_platform_id p : platforms) {
            String pname = string(p);
            int[] dn = new int[1];
            try {
                clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 0, null, dn);
            } catch (org.jocl.CLException e) {
                continue; // a platform without devices
            }
            cl_device_id[] devices = new cl_device_id[dn[0]];
            clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, dn[0], devices, null);
            for (cl_device_id d : devices) {
                long type = longInfo(d, CL_DEVICE_TYPE);
                String t = (type & CL_DEVICE_TYPE_GPU) != 0 ? "GPU"
                        : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "ACCELERATOR"
                        : (type & CL_DEVICE_TYPE_CPU) != 0 ? "CPU" : "OTHER";
                String ext = string(d, CL_DEVICE_EXTENSIONS);
                out.add(new Candidate(p, d, new DeviceInfo(pname, string(d, CL_DEVICE_NAME).trim(), t,
                        string(d, CL_DEVICE_VERSION).trim(), ext.contains("cl_khr_fp64"),
                        longInfo(d, CL_DEVICE_GLOBAL_MEM_SIZE), longInfo(d, CL_DEVICE_MAX_MEM_ALLOC_SIZE))));
            }
        }
        return out;
    }

    /** The device the mode asks for, or the reason there is none. Never throws. */
    public static Choice choose(OpenClSettings.Mode mode) {
        if (mode == OpenClSettings.Mode.OFF) {
            return new Choice(null, "OpenCL is off by configuration (dicodec.opencl / DICODEC_OPENCL / opencl: off)",
                    false);
        }
        List<Candidate> all;
        try {
            all = list();
        } catch (org.jocl.CLException e) {
            return new Choice(null, "no OpenCL platform (" + e.getMessage() + ")", false);
        } catch (LinkageError e) {
            return new Choice(null, "no OpenCL runtime: " + e.getMessage(), false);
        } catch (RuntimeException e) {
            return new Choice(null, "OpenCL discovery failed: " + e, false);
        }
        if (all.isEmpty()) {
            return new Choice(null, "an OpenCL platform without devices", true);
        }
        Candidate best = null;
        for (Candidate c : all) {
            int pref = c.info().preference();
            boolean allowed = mode == OpenClSettings.Mode.AUTO
                    || mode == OpenClSettings.Mode.GPU && pref >= 2
                    || mode == OpenClSettings.Mode.CPU && pref == 1;
            if (allowed && (best == null || pref > best.info().preference())) {
                best = c;
            }
        }
        if (best == null) {
            List<String> seen = new ArrayList<>();
            all.forEach(c -> seen.add(c.info().toString()));
            return new Choice(null, "no " + mode.name() + " device among " + seen, true);
        }
        return new Choice(best, null, true);
    }

    private static long longInfo(cl_device_id d, int param) {
        long[] v = new long[1];
        clGetDeviceInfo(d, param, Sizeof.cl_long, Pointer.to(v), null);
        return v[0];
    }

    private static String string(cl_device_id d, int param) {
        long[] size = new long[1];
        clGetDeviceInfo(d, param, 0, null, size);
        byte[] b = new byte[(int) size[0]];
        clGetDeviceInfo(d, param, b.length, Pointer.to(b), null);
        return text(b);
    }

    private static String string(cl_platform_id p) {
        long[] size = new long[1];
        clGetPlatformInfo(p, CL_PLATFORM_NAME, 0, null, size);
        byte[] b = new byte[(int) size[0]];
        clGetPlatformInfo(p, CL_PLATFORM_NAME, b.length, Pointer.to(b), null);
        return text(b);
    }

    private static String text(byte[] b) {
        int n = b.length;
        while (n > 0 && b[n - 1] == 0) {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
