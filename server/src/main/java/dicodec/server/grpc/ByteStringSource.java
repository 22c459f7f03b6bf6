package dicodec.server.grpc;

import com.google.protobuf.ByteString;
import dicodec.core.io.ByteSource;

/** A request's bytes as a {@link ByteSource}, read in place rather than copied into an array. */
final class ByteStringSource implements ByteSource {
    private final ByteString bytes;
    private final String name;

    ByteStringSource(ByteString bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    @Override
    public long length() {
        return bytes.size();
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) {
        if (position >= bytes.size()) {
            return -1;
        }
        int n = (int) Math.min(len, bytes.size() - position);
        bytes.copyTo(dst, (int) position, off, n);
        return n;
    }

    @Override
    public String name() {
        return name;
    }
}
