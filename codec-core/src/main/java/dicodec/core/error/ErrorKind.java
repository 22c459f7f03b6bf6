package dicodec.core.error;

/**
 * The classes of failure dicodec reports. Each maps to one CLI exit code (design: 0 done,
 * 1 internal error, 2 bad input, 3 refused by policy, 4 unsupported) and, in the server, to
 * one gRPC status.
 */
public enum ErrorKind {
    /** Not DICOM, truncated, inconsistent header, corrupt bitstream. */
    BAD_INPUT(2),
    /** Refused by the lossy-safety policy. */
    REFUSED(3),
    /** A syntax or feature that no available codec supports. */
    UNSUPPORTED(4),
    /** A configured limit was passed (size, frames, pixels). */
    LIMIT(2),
    /** A bug or an environment failure (I/O on our own output, for instance). */
    INTERNAL(1);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
