package dicodec.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The real DICOM files in ../shared/testdata and the facts its README.md states for each
 * (made by others; never copied into the repository). Tests that need them call
 * {@link #assumePresent()}, which skips with one line when the folder is absent.
 */
public final class SharedTestdata {
    private SharedTestdata() {
    }

    /**
     * One row of the README table.
     *
     * @param file path relative to the folder
     * @param transferSyntax the (0002,0010) UID, or null for "(none)": no file meta
     * @param rows -1 when the README gives "-"
     * @param bitsAllocated -1 when "-"
     * @param bitsStored -1 when "-" or absent (float pixel data)
     * @param pixelRepresentation -1 when "-"
     * @param photometric without the "(planar 1)" note; null when "-"
     * @param planar1 the README notes "(planar 1)"
     * @param frames -1 when "-"
     * @param broken the notes start with "BROKEN:" (not "BROKEN-ish")
     */
    public record Entry(String file, String transferSyntax, long size, int rows, int columns, int bitsAllocated,
            int bitsStored, int pixelRepresentation, String photometric, boolean planar1, int frames,
            boolean broken, String notes) {
        public Path path() {
            return dir().resolve(file);
        }

        public boolean hasPixelFacts() {
            return rows > 0;
        }
    }

    public static Path dir() {
        String prop = System.getProperty("dicodec.shared.testdata");
        Path p = prop != null ? Path.of(prop) : Path.of("../shared/testdata");
        if (!Files.isDirectory(p)) {
            Path up = Path.of("../../shared/testdata");
            if (Files.isDirectory(up)) {
                return up.normalize();
            }
        }
        return p.normalize();
    }

    public static boolean present() {
        return Files.isRegularFile(dir().resolve("README.md"));
    }

    /**
     * The README's entries for a parameterized test; when the folder is absent, one null
     * entry instead, so that the test runs once and skips with one line (JUnit refuses a
     * parameterized test with no arguments at all). Such tests call {@link #assumePresent()}
     * first.
     */
    public static java.util.stream.Stream<Entry> entriesOrSkip() {
        if (!present()) {
            return java.util.stream.Stream.of((Entry) null);
        }
        return entries().stream();
    }

    public static void assumePresent() {
        Assumptions.assumeTrue(present(), "../shared/testdata absent: skipped");
    }

    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir().resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inFiles = false;
        for (String line : lines) {
            if (line.startsWith("## Files")) {
                inFiles = true;
                continue;
            }
            if (!inFiles || !line.startsWith("| `")) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            // | file | TS | size | rows x cols | bits | PR | photometric | frames | decoders | notes |
            String file = c[1].trim().replace("`", "");
            String ts = c[2].trim();
            String uid = ts.startsWith("(none)") ? null : ts.split(" ")[0];
            long size = Long.parseLong(c[3].trim());
            String[] rc = c[4].trim().split("x");
            int rows = rc.length == 2 ? parse(rc[0]) : -1;
            int cols = rc.length == 2 ? parse(rc[1]) : -1;
            String[] bits = c[5].trim().split("/", -1);
            int ba = parse(bits[0]);
            int bs = bits.length > 1 ? parse(bits[1]) : -1;
            int pr = parse(c[6].trim());
            String pi = c[7].trim();
            boolean planar1 = pi.contains("(planar 1)");
            pi = pi.replace("(planar 1)", "").trim();
            int frames = parse(c[8].trim());
            String notes = c[10].trim();
            out.add(new Entry(file, uid, size, rows, cols, ba, bs, pr, pi.equals("-") ? null : pi, planar1, frames,
                    notes.startsWith("BROKEN:"), notes));
        }
        return out;
    }

    /** An integer, or -1 for "-", "" or text such as "1A" that is not one. */
    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
