package dicodec.core.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Random-access bytes a DICOM object is read from: a file, or an array in memory. Large values
 * (Pixel Data, fragments) stay in their source and are read when needed, so a 1 GiB object
 * does not have to fit in the heap.
 */
public interface ByteSource extends Closeable {
    long length();

    /** Reads up to {@code len} bytes at {@code position}; returns the count, -1 at the end. */
    int read(long position, byte[] dst, int off, int len) throws IOException;

    /** Reads exactly {@code len} bytes at {@code position} or fails. */
    default void readFully(long position, byte[] dst, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = read(position + done, dst, off + done, len - done);
            if (n < 0) {
                throw new java.io.EOFException("end of data at byte " + (position + done));
            }
            done += n;
        }
    }

    /** A name for messages (file name, "request"). */
    String name();

    @Override
    default void close() throws IOException {
    }
}
