package dicodec.core.io;

import dicodec.core.error.DicodecException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sequential reading of a {@link ByteSource} with a position, a byte order and a read-ahead
 * buffer. Skipping is free: it only moves the position, so Pixel Data is never copied just to
 * get past it.
 */
final class SourceCursor {
    private static final int BUFFER = 64 * 1024;

    private final ByteSource source;
    private final long end;
    private final byte[] buf = new byte[BUFFER];
    private long bufStart = 0;
    private int bufLen = 0;
    private long pos;
    private boolean bigEndian;

    SourceCursor(ByteSource source, long start) {
        this.source = source;
        this.end = source.length();
        this.pos = start;
    }

    ByteSource source() {
        return source;
    }

    long position() {
        return pos;
    }

    void seek(long position) {
        this.pos = position;
    }

    long remaining() {
        return end - pos;
    }

    long end() {
        return end;
    }

    boolean bigEndian() {
        return bigEndian;
    }

    void bigEndian(boolean be) {
        this.bigEndian = be;
    }

    void skip(long n) {
        pos += n;
    }

    private void fill(int need) {
        if (pos >= bufStart && pos + need <= bufStart + bufLen) {
            return;
        }
        if (pos + need > end) {
            throw DicodecException.badInputAt(pos,
                    "unexpected end of data: need " + need + " byte(s), " + Math.max(0, end - pos) + " left");
        }
        try {
            int want = (int) Math.min(BUFFER, end - pos);
            int got = 0;
            while (got < want) {
                int n = source.read(pos + got, buf, got, want - got);
                if (n < 0) {
                    break;
                }
                got += n;
            }
            bufStart = pos;
            bufLen = got;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source.name() + " at byte " + pos, e);
        }
        if (bufLen < need) {
            throw DicodecException.badInputAt(pos, "unexpected end of data");
        }
    }

    int u8() {
        fill(1);
        return buf[(int) (pos++ - bufStart)] & 0xFF;
    }

    /** Looks at the byte {@code ahead} bytes past the position without moving. */
    int peek(int ahead) {
        fill(ahead + 1);
        return buf[(int) (pos + ahead - bufStart)] & 0xFF;
    }

    int u16() {
        fill(2);
        int i = (int) (pos - bufStart);
        pos += 2;
        int a = buf[i] & 0xFF;
        int b = buf[i + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    long u32() {
        fill(4);
        int i = (int) (pos - bufStart);
        pos += 4;
        long a = buf[i] & 0xFF;
        long b = buf[i + 1] & 0xFF;
        long c = buf[i + 2] & 0xFF;
        long d = buf[i + 3] & 0xFF;
        return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    int tag() {
        int group = u16();
        int element = u16();
        return (group << 16) | element;
    }

    byte[] bytes(int n) {
        byte[] out = new byte[n];
        if (n <= BUFFER) {
            fill(n);
            System.arraycopy(buf, (int) (pos - bufStart), out, 0, n);
        } else {
            if (pos + n > end) {
                throw DicodecException.badInputAt(pos, "unexpected end of data");
            }
            try {
                source.readFully(pos, out, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        pos += n;
        return out;
    }
}
