package dicodec.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A stretch of bytes that stays in its {@link ByteSource} until asked for. */
public record BulkRef(ByteSource source, long offset, long length) {

    public static BulkRef of(byte[] bytes) {
        return new BulkRef(new ArrayByteSource(bytes, "memory"), 0, bytes.length);
    }

    /** The bytes, read now. Only for values that fit in an array. */
    public byte[] read() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(length + " bytes do not fit in one array; stream them");
        }
        byte[] b = new byte[(int) length];
        read(0, b, 0, b.length);
        return b;
    }

    /** Reads {@code len} bytes starting {@code from} bytes into this stretch. */
    public void read(long from, byte[] dst, int off, int len) {
        try {
            source.readFully(offset + from, dst, off, len);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source.name() + " at byte " + (offset + from), e);
        }
    }

    public BulkRef slice(long from, long len) {
        return new BulkRef(source, offset + from, len);
    }
}
