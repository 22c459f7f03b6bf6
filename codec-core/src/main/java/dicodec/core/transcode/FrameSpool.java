package dicodec.core.transcode;

import dicodec.core.io.BulkRef;
import dicodec.core.io.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that decoded or encoded frames are appended to, so that a transcode holds
 * one frame in memory, not the object. Each append returns a {@link BulkRef} the writer
 * streams from. The file is deleted on close.
 */
public final class FrameSpool implements ByteSource {
    private final Path file;
    private final FileChannel channel;
    private long length;

    public FrameSpool() throws IOException {
        this.file = Files.createTempFile("dicodec-frames", ".spool");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    public BulkRef append(byte[] data) throws IOException {
        long at = length;
        ByteBuffer bb = ByteBuffer.wrap(data);
        while (bb.hasRemaining()) {
            channel.write(bb, at + bb.position());
        }
        length += data.length;
        return new BulkRef(this, at, data.length);
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
        return channel.read(ByteBuffer.wrap(dst, off, (int) Math.min(len, length - position)), position);
    }

    @Override
    public String name() {
        return "frame spool";
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
