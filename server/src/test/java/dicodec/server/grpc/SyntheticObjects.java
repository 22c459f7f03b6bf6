package dicodec.server.grpc;

import com.google.protobuf.ByteString;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.IOException;
import java.util.Random;

/** Objects made for a test, when no real file has the size a test needs. */
final class SyntheticObjects {
    private SyntheticObjects() {
    }

    /** Explicit VR LE, MONOCHROME2, 16-bit frames of seeded noise: slow to compress, on purpose. */
    static ByteString noise(int rows, int columns, int frames) throws IOException {
        byte[] pixels = new byte[rows * columns * 2 * frames];
        new Random(42).nextBytes(pixels);
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.42"));
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
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, pixels));
        ByteString.Output out = ByteString.newOutput();
        DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        return out.toByteString();
    }

    private static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }
}
