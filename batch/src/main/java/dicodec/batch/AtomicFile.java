package dicodec.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output written all or nothing: into a temporary file in the target's folder (so the rename
 * stays on one file system), forced to disk, then renamed over the target. A kill at any
 * moment leaves either the old target, or the new one whole, and at worst a temporary file that
 * {@link TempFiles#removeLeftovers} deletes on the next run.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    public static AtomicFile create(Path target) throws IOException {
        Path temp = TempFiles.beside(target);
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicFile(target, temp, ch);
    }

    /** Where to write; do not close it, {@link #commit()} does. */
    public OutputStream stream() {
        return out;
    }

    /** Flushes, forces to disk and renames over the target. */
    public void commit() throws IOException {
        out.flush();
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit, drops the temporary file: nothing appears under the target's name. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }
}
