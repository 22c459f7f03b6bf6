package dicodec.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps every write of a batch inside DST: the path of an output may not climb out with "..",
 * and no folder on the way to it, nor the output itself, may be a symbolic link (one planted in
 * DST would carry the writes wherever it points). Folders are made one level at a time, each
 * checked before the next is made under it, so nothing is created outside DST either.
 */
final class ConfinedPaths {
    /** Why an output was not written: its path leaves DST. */
    static final class OutsideDst extends IOException {
        OutsideDst(String message) {
            super(message);
        }
    }

    private ConfinedPaths() {
    }

    /** Makes the folders from {@code dst} down to {@code dir}, refusing any that is a link. */
    static void directories(Path dst, Path dir) throws IOException {
        Path rel = relative(dst, dir);
        // DST itself the user named: a link there is their choice, and it is made when missing
        // (the Spark job's tasks may be first to write under it)
        Files.createDirectories(dst);
        if (rel.toString().isEmpty()) {
            return;
        }
        Path p = dst;
        for (Path name : rel) {
            p = p.resolve(name);
            if (Files.isSymbolicLink(p)) {
                throw new OutsideDst(p + " is a symbolic link: nothing is written through it (it may lead out of DST)");
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(p);
            } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutsideDst(p + " is in the way: not a folder");
            }
        }
    }

    /** Makes the folders of {@code output} (see above) and checks that it is no link itself. */
    static void prepareOutput(Path dst, Path output) throws IOException {
        relative(dst, output);
        directories(dst, output.getParent());
        if (Files.isSymbolicLink(output)) {
            throw new OutsideDst(output + " is a symbolic link: it is not written through");
        }
    }

    private static Path relative(Path dst, Path p) throws OutsideDst {
        Path rel = dst.relativize(p.toAbsolutePath().normalize());
        if (rel.isAbsolute() || rel.startsWith("..")) {
            throw new OutsideDst(p + " is outside DST " + dst);
        }
        return rel;
    }
}
