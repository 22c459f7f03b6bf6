package dicodec.core.codec.rle;

/**
 * Per-thread working arrays of the RLE stages (the segments of a frame, the worst-case output
 * of the encoder), kept from frame to frame so that a frame allocates only its result: a
 * megabyte-sized array per frame costs its zeroing and the collector's time. Every use writes
 * the bytes it then reads. Arrays above {@link #KEEP_LIMIT} are allocated each time, not kept.
 */
final class RleScratch {
    static final int SEGMENTS = 0;
    static final int OUTPUT = 1;
    /** 64 MiB: a 4k x 4k 16-bit RGB frame; larger ones are rare enough to allocate. */
    private static final int KEEP_LIMIT = 64 << 20;
    private static final ThreadLocal<byte[][]> SLOTS = ThreadLocal.withInitial(() -> new byte[2][]);

    private RleScratch() {
    }

    /** An array of at least {@code length} bytes for {@code slot}, contents undefined. */
    static byte[] get(int slot, int length) {
        if (length > KEEP_LIMIT) {
            return new byte[length];
        }
        byte[][] slots = SLOTS.get();
        byte[] b = slots[slot];
        if (b == null || b.length < length) {
            b = new byte[length];
            slots[slot] = b;
        }
        return b;
    }
}
