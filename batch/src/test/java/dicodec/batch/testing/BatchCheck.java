package dicodec.batch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.policy.SourceClassifier;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.testing.DatasetDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the batch tests check of an output: it reads back, in the target syntax, as its source. */
public final class BatchCheck {
    private BatchCheck() {
    }

    /**
     * {@code output} parses, is in {@code target}, and its data set equals its source's; for a
     * source that was decoded (encapsulated), all but the pixel attributes a decode changes.
     */
    public static void assertOutputMatchesSource(Path source, Path output, TransferSyntax target) throws IOException {
        try (DicomObject in = DicomReader.read(source); DicomObject out = DicomReader.read(output)) {
            assertEquals(target.uid(), out.syntax().uid(), output + " syntax");
            assertEquals(target.uid(), out.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID), output + " file meta");
            Dataset a = in.dataset();
            Dataset b = out.dataset();
            if (in.syntax().encapsulated()) {
                a = a.copy();
                b = b.copy();
                for (int tag : new int[] {Tag.PIXEL_DATA, Tag.PHOTOMETRIC_INTERPRETATION, Tag.PLANAR_CONFIGURATION}) {
                    a.remove(tag);
                    b.remove(tag);
                }
                if (SourceClassifier.evidence(in).lossy()) {
                    // a decoded lossy source says so: Lossy Image Compression 01 (dicom-rules T1)
                    assertEquals("01", b.getString(Tag.LOSSY_IMAGE_COMPRESSION), output + " keeps the lossy flag");
                    a.remove(Tag.LOSSY_IMAGE_COMPRESSION);
                    b.remove(Tag.LOSSY_IMAGE_COMPRESSION);
                }
            }
            boolean implicit = !in.syntax().explicitVr() || !out.syntax().explicitVr();
            List<String> diff = DatasetDiff.diff(a, b, !implicit);
            assertTrue(diff.isEmpty(), output + " differs from " + source + ": " + diff);
        }
    }

    /** The batch's temporary files under {@code dir}. */
    public static List<Path> tempFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".dicodec-part"))
                    .forEach(out::add);
        }
        return out;
    }

    /** Regular files under {@code dir}, relative, '/' separated, sorted. */
    public static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }
}
