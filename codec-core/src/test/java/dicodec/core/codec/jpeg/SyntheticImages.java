package dicodec.core.codec.jpeg;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/** Native DICOM objects with made-up pixels, for cases the shared files do not have. */
public final class SyntheticImages {
    private SyntheticImages() {
    }

    public static PixelDescription description(int rows, int columns, int samples, int bitsAllocated, int bitsStored,
            int pixelRep, String photometric) {
        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, bitsStored - 1, pixelRep,
                photometric, 0, 1, Tag.PIXEL_DATA, List.of());
    }

    /** Random samples within Bits Stored (sign-extended when signed), colour-by-pixel, Little Endian. */
    public static byte[] noise(PixelDescription pd, long seed) {
        Random r = new Random(seed);
        int n = pd.rows() * pd.columns() * pd.samplesPerPixel();
        int bytes = pd.bitsAllocated() / 8;
        byte[] out = new byte[n * bytes];
        int bs = pd.bitsStored();
        for (int i = 0; i < n; i++) {
            int v = r.nextInt(1 << bs);
            if (pd.isSigned()) {
                v = (v << (32 - bs)) >> (32 - bs);
            }
            out[i * bytes] = (byte) v;
            if (bytes == 2) {
                out[i * bytes + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }

    /** A smooth image (gradients and a disc) with some noise: what medical images look like to a codec. */
    public static byte[] smooth(PixelDescription pd, long seed) {
        Random r = new Random(seed);
        int w = pd.columns();
        int h = pd.rows();
        int s = pd.samplesPerPixel();
        int bytes = pd.bitsAllocated() / 8;
        int max = (1 << pd.bitsStored()) - 1;
        byte[] out = new byte[w * h * s * bytes];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < s; c++) {
                    double dx = x - w / 2.0;
                    double dy = y - h / 2.0;
                    double disc = dx * dx + dy * dy < (w * h) / 10.0 ? 0.3 : 0;
                    double f = 0.2 + 0.4 * x / w + 0.1 * (c + 1) * y / h + disc + 0.01 * r.nextGaussian();
                    int v = (int) Math.max(0, Math.min(max, Math.round(f * max * 0.8)));
                    if (pd.isSigned()) {
                        v -= (max + 1) / 2;
                    }
                    int o = ((y * w + x) * s + c) * bytes;
                    out[o] = (byte) v;
                    if (bytes == 2) {
                        out[o + 1] = (byte) (v >> 8);
                    }
                }
            }
        }
        return out;
    }

    /** A Secondary Capture object holding {@code pixels}, read back as the reader gives it. */
    public static DicomObject object(PixelDescription pd, byte[] pixels) {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "1.2.826.0.1.3680043.9.7433.1.1"));
        us(ds, Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel());
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, pd.photometric()));
        if (pd.samplesPerPixel() > 1) {
            us(ds, Tag.PLANAR_CONFIGURATION, 0);
        }
        us(ds, Tag.ROWS, pd.rows());
        us(ds, Tag.COLUMNS, pd.columns());
        us(ds, Tag.BITS_ALLOCATED, pd.bitsAllocated());
        us(ds, Tag.BITS_STORED, pd.bitsStored());
        us(ds, Tag.HIGH_BIT, pd.bitsStored() - 1);
        us(ds, Tag.PIXEL_REPRESENTATION, pd.pixelRepresentation());
        byte[] even = pixels.length % 2 == 0 ? pixels : java.util.Arrays.copyOf(pixels, pixels.length + 1);
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, pd.bitsAllocated() > 8 ? VR.OW : VR.OB, even));
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        try {
            DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DicomReader.read(os.toByteArray(), "synthetic");
    }

    private static void us(Dataset ds, int tag, int v) {
        ds.put(DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)}));
    }
}
