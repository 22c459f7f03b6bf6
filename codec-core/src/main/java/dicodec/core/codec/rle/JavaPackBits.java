package dicodec.core.codec.rle;

import dicodec.core.error.DicodecException;

/**
 * PackBits in plain Java: the reference for every other backend. The loops work on arrays and
 * indexes only (no allocation, no boxing) since they run once per byte of every frame.
 */
public final class JavaPackBits implements PackBits {
    /** A literal or replicate run holds at most 128 bytes (header 127 or -127). */
    private static final int MAX_RUN = 128;
    /** The header byte that is never written and means "no operation" when read. */
    private static final byte NO_OP = -128;

    @Override
    public int encode(byte[] src, int from, int rowLength, int rows, byte[] dst, int at) {
        int o = at;
        for (int r = 0, rowStart = from; r < rows; r++, rowStart += rowLength) {
            o = encodeRow(src, rowStart, rowStart + rowLength, dst, o);
        }
        return o;
    }

    /** One row: literal bytes gather until a replicate run starts, then are flushed. */
    private static int encodeRow(byte[] src, int start, int end, byte[] dst, int at) {
        int o = at;
        int literal = start;
        int i = start;
        while (i < end) {
            byte b = src[i];
            int j = i + 1;
            int stop = Math.min(end, i + MAX_RUN);
            while (j < stop && src[j] == b) {
                j++;
            }
            int run = j - i;
            // PS3.5 G.3.1: 3-byte repeats shall be replicate runs; a 2-byte repeat is one too,
            // unless a literal run is open, which it then joins (one header fewer).
            if (run >= 3 || run == 2 && literal == i) {
                o = flushLiteral(src, literal, i, dst, o);
                dst[o++] = (byte) (1 - run);
                dst[o++] = b;
                literal = j;
            }
            i = j;
        }
        return flushLiteral(src, literal, end, dst, o);
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
