package dicodec.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files under SRC, in a stable order (names sorted within each folder, files before
 * subfolders), without following symbolic links: a link is reported, not walked, so that a
 * loop or a link out of SRC cannot surprise a long batch.
 */
final class SourceTree {
    interface Visitor {
        /** A regular file, or a link / special file ({@code regular} false) the batch reports but does not read. */
        void file(Path file, boolean regular) throws IOException;

        void directory(Path dir) throws IOException;
    }

    private SourceTree() {
    }

    static long count(Path root) throws IOException {
        long[] n = {0};
        walk(root, new Visitor() {
            @Override
            public void file(Path file, boolean regular) {
                n[0]++;
            }

            @Override
            public void directory(Path dir) {
            }
        });
        return n[0];
    }

    static void walk(Path dir, Visitor visitor) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    dirs.add(p);
                } else {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        dirs.sort(null);
        for (Path f : files) {
            visitor.file(f, Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
        }
        for (Path d : dirs) {
            visitor.directory(d);
            walk(d, visitor);
        }
    }
}
