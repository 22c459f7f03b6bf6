package dicodec.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file as a {@link ByteSource}: positional reads, safe from several threads. */
public final class FileByteSource implements ByteSource {
    private final FileChannel channel;
    private final long length;
    private final String name;

    public FileByteSource(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.length = channel.size();
        this.name = String.valueOf(file.getFileName());
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) throws IOException {
        if (position >= length) {
            return -1;
        }
        return channel.read(ByteBuffer.wrap(dst, off, len), position);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
