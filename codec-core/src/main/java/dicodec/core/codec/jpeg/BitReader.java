package dicodec.core.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the entropy-coded segments of a scan (T.81 B.1.1.5, F.2.2.5): removes the 00 stuffed
 * after each FF data byte, stops at the next marker and from there supplies zero bits, and
 * counts them so that a scan that needs more data than the stream holds is reported, not
 * silently padded. Restart markers are checked and stepped over by {@link #restart(int)}.
 *
 * <p>Bits are kept right-aligned in a 64-bit accumulator which is refilled a byte at a time
 * while it holds 56 bits or fewer, so one refill serves several codes.
 */
public final class BitReader {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] data;
    private final int end;
    private int pos;
    /** Package-private for the table-driven hot loops ({@link DiffDecoder}), which keep them in locals. */
    long acc;
    int bits;
    /** Zero bits supplied past the end of the entropy-coded data. */
    private int phantom;
    /** Codestream byte of the marker that ended the data, -1 while none was met. */
    private int markerAt = -1;

    public BitReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /**
     * Refills the accumulator to more than 56 bits (zeros past the end of the data). The usual
     * case, eight bytes ahead none of which is FF, takes whole bytes in one step.
     */
    void fill() {
        if (markerAt < 0 && pos + 8 <= end) {
            long word = (long) LONG_BE.get(data, pos);
            // SWAR test for an FF byte: zero bytes of ~word
            long inv = ~word;
            if (((inv - 0x0101010101010101L) & ~inv & 0x8080808080808080L) == 0) {
                int n = (63 - bits) >> 3;
                if (n > 0) {
                    acc = (acc << (8 * n)) | (word >>> (64 - 8 * n));
                    bits += 8 * n;
                    pos += n;
                }
                return;
            }
        }
        fillBytes();
    }

    private void fillBytes() {
        while (bits <= 56) {
            int b;
            if (markerAt < 0 && pos < end) {
                b = data[pos] & 0xFF;
                if (b == 0xFF) {
                    int next = pos + 1 < end ? data[pos + 1] & 0xFF : -1;
                    if (next == 0) {
                        pos += 2;
                    } else if (next == 0xFF) {
                        pos++; // a fill byte before a marker (B.1.1.2)
                        continue;
                    } else {
                        markerAt = next < 0 ? end : pos;
                        b = 0;
                        phantom += 8;
                    }
                } else {
                    pos++;
                }
            } else {
                if (markerAt < 0) {
                    markerAt = end;
                }
                b = 0;
                phantom += 8;
            }
            acc = (acc << 8) | b;
            bits += 8;
        }
    }

    /** The next 16 bits, MSB first, without consuming them. */
    public int peek16() {
        if (bits < 16) {
            fill();
        }
        return (int) (acc >>> (bits - 16)) & 0xFFFF;
    }

    /** Consumes {@code n} bits already seen by {@link #peek16()}. */
    public void skip(int n) {
        bits -= n;
    }

    /** The next {@code n} bits (0..16) as an unsigned value. */
    public int bits(int n) {
        if (bits < n) {
            fill();
        }
        bits -= n;
        return (int) (acc >>> bits) & ((1 << n) - 1);
    }

    public int bit() {
        if (bits < 1) {
            fill();
        }
        bits--;
        return (int) (acc >>> bits) & 1;
    }

    /** The next {@code s} bits as a signed difference: EXTEND of T.81 F.2.2.1 (s = 1..16). */
    public int receiveExtend(int s) {
        if (bits < s) {
            fill();
        }
        bits -= s;
        int v = (int) (acc >>> bits) & ((1 << s) - 1);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    /** True when the decoder has used bits beyond the end of the entropy-coded data. */
    public boolean overran() {
        return phantom > bits;
    }

    /** Codestream byte of the next unread entropy-coded byte, for error messages. */
    public int position() {
        int buffered = (bits - Math.min(bits, phantom)) / 8;
        return Math.max(0, (markerAt >= 0 ? markerAt : pos) - buffered);
    }

    /**
     * Ends a restart interval: drops the bits left in the current byte, requires the marker
     * RSTn with n = {@code expected} (0..7) next, and starts the next interval after it.
     *
     * @param what the scan position, for the error message ("MCU 120 of 4096")
     */
    public void restart(int expected, String what) {
        checkNotOverrun(what);
        int m = nextMarker();
        int code = m < end - 1 ? data[m + 1] & 0xFF : -1;
        if (code != JpegMarker.RST0 + expected) {
            throw JpegErrors.bad(m, "expected restart marker RST%d at %s, found %s", expected, what,
                    code < 0 ? "the end of the data" : JpegMarker.name(code));
        }
        pos = m + 2;
        markerAt = -1;
        acc = 0;
        bits = 0;
        phantom = 0;
    }

    /**
     * Ends the scan: checks that it did not run out of data and returns the codestream byte
     * of the marker after it (the entropy-coded bytes after the last MCU are skipped, as IJG
     * does).
     */
    public int finish(String what) {
        checkNotOverrun(what);
        return nextMarker();
    }

    private void checkNotOverrun(String what) {
        if (overran()) {
            throw JpegErrors.bad(markerAt >= 0 ? markerAt : end,
                    "the entropy-coded data ends before %s is complete (truncated or corrupt stream)", what);
        }
    }

    /** The codestream byte of the next marker (not a stuffed FF 00) from the read position on. */
    private int nextMarker() {
        if (markerAt >= 0) {
            return markerAt;
        }
        int i = pos;
        while (i < end - 1) {
            if ((data[i] & 0xFF) == 0xFF) {
                int n = data[i + 1] & 0xFF;
                if (n != 0 && n != 0xFF) {
                    return i;
                }
                i += n == 0 ? 2 : 1;
            } else {
                i++;
            }
        }
        return end;
    }
}
