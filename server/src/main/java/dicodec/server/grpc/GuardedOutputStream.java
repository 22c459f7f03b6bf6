package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The output of one transcode, checked on every write: the transcoder writes frame by frame,
 * so a cancelled call or a passed deadline stops the work at the next chunk, and an object
 * that outgrows the limit stops before it fills memory or disk.
 */
final class GuardedOutputStream extends FilterOutputStream {
    private final BooleanSupplier cancelled;
    private final long maxBytes;
    private final String limitHint;
    private long written;

    /**
     * @param maxBytes largest output allowed, or {@link Long#MAX_VALUE}
     * @param limitHint what the client can do when the limit is passed
     */
    GuardedOutputStream(OutputStream out, BooleanSupplier cancelled, long maxBytes, String limitHint) {
        super(out);
        this.cancelled = cancelled;
        this.maxBytes = maxBytes;
        this.limitHint = limitHint;
    }

    long written() {
        return written;
    }

    @Override
    public void write(int b) throws IOException {
        check(1);
        out.write(b);
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check(len);
        out.write(b, off, len);
        written += len;
    }

    private void check(int len) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the call was cancelled or its deadline passed");
        }
        if (written + len > maxBytes) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, -1, -1, "the output passes " + maxBytes
                    + " bytes (max-message-bytes)" + limitHint, null);
        }
    }
}
