package dicodec.core.io;

/** Bytes in memory as a {@link ByteSource}. */
public final class ArrayByteSource implements ByteSource {
    private final byte[] data;
    private final String name;

    public ArrayByteSource(byte[] data, String name) {
        this.data = data;
        this.name = name;
    }

    @Override
    public long length() {
        return data.length;
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) {
        if (position >= data.length) {
            return -1;
        }
        int n = (int) Math.min(len, data.length - position);
        System.arraycopy(data, (int) position, dst, off, n);
        return n;
    }

    @Override
    public String name() {
        return name;
    }
}
