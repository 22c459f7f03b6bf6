package dicodec.core.io;

/** Reverses the bytes of each unit (2, 4 or 8 bytes) in place: Little <-> Big Endian. */
public final class ByteSwap {
    private ByteSwap() {
    }

    public static void swap(byte[] b, int off, int len, int unit) {
        if (unit < 2) {
            return;
        }
        int end = off + len - (len % unit);
        for (int i = off; i < end; i += unit) {
            for (int lo = i, hi = i + unit - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }
}
