package dicodec.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Names of the temporary files outputs are written to before their rename, and the clean-up of
 * those a killed run left behind. The name is hidden, says whose file it is, and ends with a
 * suffix nothing else uses, so the clean-up deletes only these.
 */
public final class TempFiles {
    public static final String SUFFIX = ".dicodec-part";

    private TempFiles() {
    }

    /** A fresh temporary name beside {@code target}. */
    public static Path beside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + SUFFIX);
    }

    public static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    /** Deletes every temporary file under {@code dir} (symbolic links are not followed); returns how many. */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] removed = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isTemp(file)) {
                    Files.deleteIfExists(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }

    /** Deletes the temporary files of one target (the report's, whose folder is not walked). */
    public static int removeLeftoversOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        String prefix = "." + target.getFileName() + ".";
        try (var files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(SUFFIX);
        })) {
            for (Path p : files) {
                Files.deleteIfExists(p);
                removed++;
            }
        }
        return removed;
    }
}
