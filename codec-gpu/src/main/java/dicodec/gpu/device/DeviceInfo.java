package dicodec.gpu.device;

/**
 * What was found about one OpenCL device, for the choice and for capabilities.
 *
 * @param platform platform name (e.g. "Portable Computing Language")
 * @param name device name
 * @param type "GPU", "CPU", "ACCELERATOR" or "OTHER"
 * @param version CL_DEVICE_VERSION
 * @param fp64 double precision (cl_khr_fp64), which the viewer window stage needs
 * @param globalMemory bytes
 * @param maxAllocation the largest buffer, bytes
 */
public record DeviceInfo(String platform, String name, String type, String version, boolean fp64,
        long globalMemory, long maxAllocation) {

    /** The preference order of {@code auto}: GPU, then accelerator, then CPU. */
    int preference() {
        switch (type) {
            case "GPU":
                return 3;
            case "ACCELERATOR":
                return 2;
            case "CPU":
                return 1;
            default:
                return 0;
        }
    }

    @Override
    public String toString() {
        return type + " '" + name + "' on " + platform + " (" + version + (fp64 ? ", fp64" : "") + ", "
                + (globalMemory >> 20) + " MiB)";
    }
}
