package dicodec.gpu.device;

import static org.jocl.CL.CL_PROGRAM_BINARIES;
import static org.jocl.CL.CL_PROGRAM_BINARY_SIZES;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateProgramWithBinary;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clGetProgramInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_program;

/**
 * Builds the kernel programs (resources {@code dicodec/gpu/kernels/NAME.cl}) once per device and
 * keeps them; the device binaries also go to a disk cache (the system property
 * {@code dicodec.opencl.cache}, default {@code ~/.cache/dicodec/opencl}) keyed by a hash of the
 * source, the build options and the device, so that a new process skips the compiler. A binary
 * the driver refuses is rebuilt from source; a cache that cannot be written is only skipped.
 */
public final class ProgramCache {
    private static final Logger LOG = Logger.getLogger(ProgramCache.class.getName());
    /** No -cl-fast-relaxed-math, no contraction: the kernels must round as Java does. */
    static final String OPTIONS = "-cl-std=CL1.2";

    private final cl_context context;
    private final cl_device_id device;
    private final DeviceInfo info;
    private final Path dir;
    private final Map<String, cl_program> programs = new ConcurrentHashMap<>();

    ProgramCache(cl_context context, cl_device_id device, DeviceInfo info) {
        this.context = context;
        this.device = device;
        this.info = info;
        String d = System.getProperty("dicodec.opencl.cache");
        this.dir = d != null ? Path.of(d) : Path.of(System.getProperty("user.home"), ".cache", "dicodec", "opencl");
    }

    /** The built program of kernel source {@code name}; throws CLException with the build log. */
    public cl_program program(String name) {
        return programs.computeIfAbsent(name, this::build);
    }

    private cl_program build(String name) {
        String source = source(name);
        String key = hash(source + "\n" + OPTIONS + "\n" + info);
        Path file = dir.resolve(name + "-" + key + ".bin");
        if (Files.isRegularFile(file)) {
            try {
                byte[] bin = Files.readAllBytes(file);
                cl_program p = clCreateProgramWithBinary(context, 1, new cl_device_id[] {device},
                        new long[] {bin.length}, new byte[][] {bin}, null, null);
                clBuildProgram(p, 0, null, OPTIONS, null, null);
                return p;
            } catch (IOException | CLException e) {
                LOG.info(() -> "cached kernel binary " + file + " not usable, building from source: " + e.getMessage());
            }
        }
        cl_program p = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
        try {
            clBuildProgram(p, 0, null, OPTIONS, null, null);
        } catch (CLException e) {
            throw new CLException("building kernels " + name + ".cl: " + e.getMessage() + "\n" + buildLog(p),
                    e.getStatus());
        }
        store(p, file);
        return p;
    }

    private void store(cl_program p, Path file) {
        try {
            long[] size = new long[1];
            clGetProgramInfo(p, CL_PROGRAM_BINARY_SIZES, Sizeof.size_t, Pointer.to(size), null);
            if (size[0] <= 0) {
                return;
            }
            byte[] bin = new byte[(int) size[0]];
            clGetProgramInfo(p, CL_PROGRAM_BINARIES, Sizeof.POINTER, Pointer.to(Pointer.to(bin)), null);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, bin);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | CLException e) {
            LOG.fine(() -> "kernel binary not cached: " + e);
        }
    }

    private String buildLog(cl_program p) {
        try {
            long[] size = new long[1];
            clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] b = new byte[(int) size[0]];
            clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, b.length, Pointer.to(b), null);
            return new String(b, StandardCharsets.UTF_8).trim();
        } catch (CLException e) {
            return "(no build log: " + e.getMessage() + ")";
        }
    }

    static String source(String name) {
        String res = "/dicodec/gpu/kernels/" + name + ".cl";
        try (InputStream in = ProgramCache.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("kernel source " + res + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
