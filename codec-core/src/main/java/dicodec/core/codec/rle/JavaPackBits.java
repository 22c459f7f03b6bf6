package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * PackBits in plain Java: the reference for every other backend. The loops work on arrays and
 * indexes only (no allocation, no boxing) since they run once per byte of every frame.
 */
public final class JavaPackBits implements PackBits {
    /** A literal or replicate run holds at most 128 bytes (header 127 or -127). */
    private static final int MAX_RUN = 128;
    /** The header byte that is never written and means "no operation" when read. */
    private static final byte NO_OP = -128;
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long TOP_BYTE = 0xFF00_0000_0000_0000L;
    /** 8 bytes of a byte[] as one long, Little Endian: byte t of the long is src[index + t]. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    @Override
    public int encode(byte[] src, int from, int rowLength, int rows, byte[] dst, int at) {
        int o = at;
        for (int r = 0, rowStart = from; r < rows; r++, rowStart += rowLength) {
            o = encodeRow(src, rowStart, rowStart + rowLength, dst, o);
        }
        return o;
    }

    /**
     * One row. At a run's start no literal is open, so a repeat of 2 or more is a replicate run;
     * otherwise a literal run goes on to the next 3 equal bytes, taking 2-byte repeats along (one
     * header fewer, PS3.5 G.3.1), and the replicate run starts there.
     */
    private static int encodeRow(byte[] src, int start, int end, byte[] dst, int at) {
        int o = at;
        int i = start;
        while (i < end) {
            int j = runEnd(src, i, Math.min(end, i + MAX_RUN));
            if (j - i >= 2) {
                dst[o++] = (byte) (1 - (j - i));
                dst[o++] = src[i];
                i = j;
            } else {
                int k = nextTriple(src, i + 1, end);
                o = flushLiteral(src, i, k, dst, o);
                i = k;
            }
        }
        return o;
    }

    /** The end of the run of src[i]'s value from i, at most {@code stop}; 8 bytes per step while it lasts. */
    private static int runEnd(byte[] src, int i, int stop) {
        byte b = src[i];
        long pattern = (b & 0xFFL) * ONES;
        int j = i + 1;
        while (j + Long.BYTES <= stop) {
            long differ = (long) WORDS.get(src, j) ^ pattern;
            if (differ != 0) {
                return j + (Long.numberOfTrailingZeros(differ) >>> 3); // the first byte that differs
            }
            j += Long.BYTES;
        }
        while (j < stop && src[j] == b) {
            j++;
        }
        return j;
    }

    /**
     * The first index from {@code k} where 3 equal bytes start, or {@code end}; 7 starts per step.
     * With words read Little Endian, x = word(k) ^ word(k + 1) has a zero byte t exactly where
     * src[k + t] == src[k + t + 1], and y = x | x >>> 8 a zero byte t (t < 7) exactly where a
     * triple starts at k + t. The lowest byte the zero-byte test flags is a true zero, so it is
     * the first triple.
     */
    private static int nextTriple(byte[] src, int k, int end) {
        while (k + Long.BYTES + 1 <= end) {
            long x = (long) WORDS.get(src, k) ^ (long) WORDS.get(src, k + 1);
            long y = x | x >>> 8 | TOP_BYTE; // byte 7 cannot see its triple's third byte: never flag it
            long zero = (y - ONES) & ~y & HIGH_BITS;
            if (zero != 0) {
                return k + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            k += Long.BYTES - 1;
        }
        for (; k + 2 < end; k++) {
            if (src[k] == src[k + 1] && src[k + 1] == src[k + 2]) {
                return k;
            }
        }
        return end;
    }

    /** Literal runs for src[from, to), 128 bytes at most each. */
    private static int flushLiteral(byte[] src, int from, int to, byte[] dst, int at) {
        int o = at;
        int p = from;
        while (p < to) {
            int n = Math.min(MAX_RUN, to - p);
            dst[o++] = (byte) (n - 1);
            System.arraycopy(src, p, dst, o, n);
            o += n;
            p += n;
        }
        return o;
    }

    @Override
    public void decode(byte[] src, int from, int end, byte[] dst, int at, int length) {
        int p = from;
        int o = at;
        int limit = at + length;
        while (o < limit) {
            if (p >= end) {
                throw DicodecException.badInputAt(p, "RLE segment decodes to " + (o - at) + " bytes, " + length
                        + " expected (rows x columns): it ends too early");
            }
            int h = src[p++];
            if (h >= 0) {
                int n = h + 1;
                if (n > end - p) {
                    throw DicodecException.badInputAt(p - 1, "literal run of " + n + " bytes, but the RLE segment"
                            + " ends after " + (end - p) + " (" + (o - at) + " of " + length + " bytes decoded)");
                }
                if (n > limit - o) {
                    throw tooMany(p - 1, o - at + n, length);
                }
                System.arraycopy(src, p, dst, o, n);
                p += n;
                o += n;
            } else if (h != NO_OP) {
                int n = 1 - h;
                if (p >= end) {
                    throw DicodecException.badInputAt(p - 1, "replicate run without its byte at the end of the RLE"
                            + " segment (" + (o - at) + " of " + length + " bytes decoded)");
                }
                if (n > limit - o) {
                    throw tooMany(p - 1, o - at + n, length);
                }
                byte v = src[p++];
                for (int k = o + n; o < k; o++) {
                    dst[o] = v;
                }
            }
        }
        // Full: what is left may only be -128 no-ops and the one byte that pads to even length.
        while (p < end) {
            if (src[p] == NO_OP) {
                p++;
            } else if (p == end - 1) {
                return;
            } else {
                throw DicodecException.badInputAt(p, "RLE segment holds more runs after its " + length
                        + " bytes (rows x columns): it decodes to too many bytes");
            }
        }
    }

    private static DicodecException tooMany(int headerAt, long wouldBe, int length) {
        return DicodecException.badInputAt(headerAt, "run passes the end of the RLE segment: it decodes to at least "
                + wouldBe + " bytes, " + length + " expected (rows x columns)");
    }
}
