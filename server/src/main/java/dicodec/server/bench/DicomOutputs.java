package dicodec.server.bench;

import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.NativeFrames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what DICOM writers left: enc.dcm (compressed) and dec.dcm (native again). */
final class DicomOutputs {
    static final String ENCODED = "enc.dcm";
    static final String DECODED = "dec.dcm";

    private DicomOutputs() {
    }

    /** The fragments of the encoded file's Pixel Data, without the Basic Offset Table. */
    static long compressedBytes(Path dir) throws IOException {
        try (DicomObject o = DicomReader.read(dir.resolve(ENCODED))) {
            DicomElement px = o.dataset().get(Tag.PIXEL_DATA);
            if (px == null || !(px.value() instanceof ElementValue.Fragments f)) {
                return -1;
            }
            long n = 0;
            for (var ref : f.fragments()) {
                n += ref.length();
            }
            return n;
        }
    }

    static List<byte[]> decodedFrames(BenchImage image, Path dir, StringBuilder note) throws IOException {
        try (DicomObject o = DicomReader.read(dir.resolve(DECODED))) {
            NativeFrames nf = NativeFrames.of(o.dataset());
            String pi = nf.description().photometric();
            if (!pi.equals(image.description().photometric())) {
                note.append("decoded as ").append(pi).append(", not compared");
                return null;
            }
            if (nf.description().planarConfiguration() != image.description().planarConfiguration()) {
                note.append("decoded with Planar Configuration ").append(nf.description().planarConfiguration());
            }
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < nf.count(); i++) {
                frames.add(nf.frame(i));
            }
            return frames;
        }
    }
}
