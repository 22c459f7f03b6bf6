package dicodec.core.testing;

import dicodec.core.io.BulkRef;
import dicodec.core.io.ByteSource;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Objects made for a test when no real file has the size or the flaw a test needs: 16-bit
 * MONOCHROME2 multi-frame images, Explicit VR Little Endian, of any size. The pixels of large
 * ones are computed as they are written, so a 2 GiB object never exists in memory, nor twice on
 * disk. One place for what LargeObjectTest, LargeStreamTest, BatchKillTest, the cancel tests and
 * the big-object tests all need.
 */
public final class SyntheticDicom {
    private SyntheticDicom() {
    }

    /** The Image Pixel attributes (and SOP ids) of a 16-bit unsigned MONOCHROME2 image, no Pixel Data. */
    public static Dataset header(int rows, int columns, int frames, String sopInstanceUid) {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, sopInstanceUid));
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
        return ds;
    }

    /**
     * Writes a {@code rows} x {@code columns} x {@code frames} object whose pixels are
     * {@link #pattern}: sample 0 is 0x0102 (a Big Endian output shows 01 02), the others are
     * noise made from {@code seed} and the position.
     */
    public static void write(Path target, int rows, int columns, int frames, int seed) {
        Dataset ds = header(rows, columns, frames, "2.25." + (1234567890L + seed));
        ByteSource pixels = pattern(rows, columns, frames, seed);
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW, new ElementValue.Bytes(new BulkRef(pixels, 0, pixels.length()), 0)));
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
                DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a small object of seeded noise (slow to compress, on purpose). */
    public static byte[] noise(int rows, int columns, int frames) {
        byte[] pixels = new byte[rows * columns * 2 * frames];
        new Random(42).nextBytes(pixels);
        Dataset ds = header(rows, columns, frames, "2.25.42");
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, pixels));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length + 1024);
        try {
            DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * 16-bit Little Endian samples computed on the fly: any length, no memory. Noise (a hash of
     * the position), so no codec shrinks it much and RLE grows it by 1/128: compressed sizes
     * stay close to the native one.
     */
    public static ByteSource pattern(int rows, int columns, int frames, int seed) {
        long length = (long) rows * columns * 2 * frames;
        return new ByteSource() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public int read(long position, byte[] dst, int off, int len) {
                int n = (int) Math.min(len, length - position);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    long p = position + i;
                    long sample = p >>> 1;
                    int v = sample == 0 ? 0x0102 : (int) (((sample + seed * 0x632BE59BD9B4E019L) * 0x9E3779B97F4A7C15L) >>> 40);
                    dst[off + i] = (byte) ((p & 1) == 0 ? v : v >>> 8);
                }
                return n;
            }

            @Override
            public String name() {
                return "generated pixels";
            }
        };
    }

    public static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }
}
