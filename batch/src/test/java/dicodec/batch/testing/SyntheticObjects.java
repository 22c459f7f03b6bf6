package dicodec.batch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copied source trees for the batch tests (the big synthetic objects that keep a batch busy
 * come from codec-core's {@code dicodec.core.testing.SyntheticDicom}).
 */
public final class SyntheticObjects {
    private SyntheticObjects() {
    }

    /** Copies a tree, modification times included (resume compares them). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
