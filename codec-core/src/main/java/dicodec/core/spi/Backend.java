package dicodec.core.spi;

/** Where a codec runs. The registry prefers OpenCL, then native, then Java (see Codec.preference). */
public enum Backend {
    OPENCL(30), NATIVE(20), JAVA(10);

    private final int rank;

    Backend(int rank) {
        this.rank = rank;
    }

    /** Higher is tried first when no backend is forced. */
    public int rank() {
        return rank;
    }
}
