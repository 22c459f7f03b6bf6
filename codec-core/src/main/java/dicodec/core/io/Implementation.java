package dicodec.core.io;

/** Who wrote the file: our Implementation Class UID and Version Name (PS3.7 D.3.3.2). */
public final class Implementation {
    private Implementation() {
    }

    /** A 2.25 (UUID-derived) root, so no registration is needed; fixed for dicodec. */
    public static final String CLASS_UID = "2.25.178923684117926474713284710389176543210";
    public static final String VERSION_NAME = "DICODEC_010";
}
