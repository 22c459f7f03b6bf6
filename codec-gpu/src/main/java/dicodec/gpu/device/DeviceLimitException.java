package dicodec.gpu.device;

/**
 * A stage's data does not fit the device (a buffer above CL_DEVICE_MAX_MEM_ALLOC_SIZE): that
 * call runs on the CPU, and the device stays in use for the others.
 */
public final class DeviceLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeviceLimitException(String message) {
        super(message);
    }
}
