package dicodec.batch.testing;

import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.FileByteSource;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Big objects and copied trees for the tests that kill a batch half way: the big objects keep
 * the batch busy long enough for the kill to land while an output is being written.
 */
public final class SyntheticObjects {
    private SyntheticObjects() {
    }

    /**
     * A 16-bit MONOCHROME2 multi-frame object in Explicit VR Little Endian, {@code rows} x
     * {@code columns} x {@code frames}, its pixels streamed from a raw file through our writer
     * (the raw file goes beside the target and is deleted).
     */
    public static void write(Path target, int seed, int rows, int columns, int frames) throws IOException {
        Files.createDirectories(target.getParent());
        Path raw = target.resolveSibling(target.getFileName() + ".raw");
        byte[] frame = new byte[rows * columns * 2];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 20)) {
            for (int f = 0; f < frames; f++) {
                for (int i = 0; i < frame.length; i += 2) {
                    int v = (seed * 131 + f * 7 + i) & 0xFFFF;
                    frame[i] = (byte) v;
                    frame[i + 1] = (byte) (v >>> 8);
                }
                out.write(frame);
            }
        }
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.98765432" + seed));
        ds.put(DicomElement.ofString(Tag.MODALITY, VR.CS, "OT"));
        ds.put(us(Tag.SAMPLES_PER_PIXEL, 1));
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2"));
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(frames)));
        ds.put(us(Tag.ROWS, rows));
        ds.put(us(Tag.COLUMNS, columns));
        ds.put(us(Tag.BITS_ALLOCATED, 16));
        ds.put(us(Tag.BITS_STORED, 16));
        ds.put(us(Tag.HIGH_BIT, 15));
        ds.put(us(Tag.PIXEL_REPRESENTATION, 0));
        try (FileByteSource pixels = new FileByteSource(raw); OutputStream out = Files.newOutputStream(target)) {
            ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW,
                    new ElementValue.Bytes(new BulkRef(pixels, 0, pixels.length()), 0)));
            DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        }
        Files.delete(raw);
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

    private static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }
}
