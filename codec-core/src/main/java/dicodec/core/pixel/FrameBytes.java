package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.io.BulkRef;
import java.util.List;

/**
 * Random access to one frame's compressed bytes, which may lie in several fragments, for the
 * header probes. Bytes are read through a small window so that walking marker segments costs a
 * few reads, and jumping from tile-part to tile-part reads only the bytes at each jump: a probe
 * of a 4 MB codestream reads a few kilobytes.
 *
 * <p>A view ({@link #view}) is a stretch of another: the codestream inside a JP2 box.
 */
final class FrameBytes {
    private static final int WINDOW = 4096;

    private final List<BulkRef> parts;
    /** partStart[i] = first byte of parts[i]; partStart[parts.size()] = total length. */
    private final long[] partStart;
    private final byte[] memory;
    private final long base;
    private final long length;
    private final byte[] window;
    private long windowStart;
    private int windowLength;

    private FrameBytes(List<BulkRef> parts, long[] partStart, byte[] memory, long base, long length) {
        this.parts = parts;
        this.partStart = partStart;
        this.memory = memory;
        this.base = base;
        this.length = length;
        this.window = memory == null ? new byte[WINDOW] : null;
    }

    static FrameBytes of(List<BulkRef> fragments) {
        long[] starts = new long[fragments.size() + 1];
        for (int i = 0; i < fragments.size(); i++) {
            starts[i + 1] = starts[i] + fragments.get(i).length();
        }
        return new FrameBytes(List.copyOf(fragments), starts, null, 0, starts[fragments.size()]);
    }

    static FrameBytes of(byte[] bytes) {
        return new FrameBytes(null, null, bytes, 0, bytes.length);
    }

    /** The bytes [from, from + len) of this one, numbered from 0. */
    FrameBytes view(long from, long len) {
        return new FrameBytes(parts, partStart, memory, base + from, len);
    }

    long length() {
        return length;
    }

    /** The byte at {@code pos}; callers check bounds first and say what was cut short. */
    int u8(long pos) {
        if (pos < 0 || pos >= length) {
            throw DicodecException.badInputAt(fileOffset(pos), "codestream ends at byte " + length
                    + ", reading byte " + pos);
        }
        long abs = base + pos;
        if (memory != null) {
            return memory[(int) abs] & 0xFF;
        }
        if (abs < windowStart || abs >= windowStart + windowLength) {
            fill(abs);
        }
        return window[(int) (abs - windowStart)] & 0xFF;
    }

    int u16(long pos) {
        return u8(pos) << 8 | u8(pos + 1);
    }

    long u32(long pos) {
        return (long) u16(pos) << 16 | u16(pos + 2);
    }

    long u64(long pos) {
        return u32(pos) << 32 | u32(pos + 4);
    }

    /**
     * Where byte {@code pos} lies in the file (or array) its fragment was read from, for the
     * offset of an error; -1 when the bytes were given as an array.
     */
    long fileOffset(long pos) {
        if (parts == null || parts.isEmpty()) {
            return -1;
        }
        long abs = Math.max(0, Math.min(base + pos, partStart[parts.size()] - 1));
        int i = part(abs);
        return parts.get(i).offset() + (abs - partStart[i]);
    }

    private int part(long abs) {
        int lo = 0;
        int hi = parts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (partStart[mid] <= abs) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void fill(long abs) {
        long end = Math.min(partStart[parts.size()], abs + WINDOW);
        int filled = 0;
        long at = abs;
        while (at < end) {
            int i = part(at);
            BulkRef r = parts.get(i);
            long within = at - partStart[i];
            int n = (int) Math.min(end - at, r.length() - within);
            if (n <= 0) {
                break;
            }
            r.read(within, window, filled, n);
            filled += n;
            at += n;
        }
        windowStart = abs;
        windowLength = filled;
    }
}
