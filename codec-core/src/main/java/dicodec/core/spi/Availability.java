package dicodec.core.spi;

/**
 * Whether a codec can run here, and why not. Computed without throwing: a missing native
 * library or OpenCL device is a reason, never a crash.
 */
public record Availability(boolean available, String reason) {
    public static final Availability YES = new Availability(true, "available");

    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
