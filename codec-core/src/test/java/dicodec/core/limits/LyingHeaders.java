package dicodec.core.limits;

import dicodec.core.io.BulkRef;
import dicodec.core.io.ArrayByteSource;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SyntheticDicom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Crafted objects whose header promises far more than their data holds, or whose data
 * inflates far beyond its size: what a hostile or broken sender may send. Each is small.
 */
public final class LyingHeaders {
    private LyingHeaders() {
    }

    /** Native Pixel Data of {@code bytes} bytes under a header that claims {@code rows x columns x frames}. */
    public static byte[] nativeObject(int rows, int columns, int frames, int bytes) {
        Dataset ds = SyntheticDicom.header(rows, columns, frames, "2.25.7001");
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, new byte[bytes]));
        return file(ds, TransferSyntaxes.EXPLICIT_VR_LE);
    }

    /**
     * A JPEG lossless (.70) frame of 16 x 16 whose SOF3 and data set both claim {@code rows x
     * columns}: the stream agrees with the header, so only the size gives it away.
     */
    public static byte[] jpegLosslessClaiming(int rows, int columns, int frames) {
        PixelDescription small = new PixelDescription(16, 16, 1, 16, 16, 15, 0, "MONOCHROME2", 0, 1, Tag.PIXEL_DATA,
                List.of());
        byte[] stream = CodecRegistry.load().encoderFor(TransferSyntaxes.JPEG_LOSSLESS_SV1, small, null).encoder()
                .encode(new byte[16 * 16 * 2], small, EncodeOptions.DEFAULT).stream();
        for (int i = 0; i + 8 < stream.length; i++) {
            if ((stream[i] & 0xFF) == 0xFF && (stream[i + 1] & 0xFF) == 0xC3) {
                stream[i + 5] = (byte) (rows >> 8);
                stream[i + 6] = (byte) rows;
                stream[i + 7] = (byte) (columns >> 8);
                stream[i + 8] = (byte) columns;
                break;
            }
        }
        Dataset ds = SyntheticDicom.header(rows, columns, frames, "2.25.7002");
        ArrayByteSource src = new ArrayByteSource(stream, "frame");
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB, new ElementValue.Fragments(
                new BulkRef(new ArrayByteSource(new byte[0], "bot"), 0, 0), List.of(new BulkRef(src, 0, stream.length)))));
        return file(ds, TransferSyntaxes.JPEG_LOSSLESS_SV1);
    }

    /**
     * A Deflated Explicit VR Little Endian object whose data set inflates to more than
     * {@code inflatedBytes} (a private OB of zeros): a decompression bomb of about
     * inflatedBytes / 1000 bytes.
     */
    public static byte[] deflateBomb(int inflatedBytes) {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.7003"));
        byte[] explicitLe = file(ds, TransferSyntaxes.EXPLICIT_VR_LE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the file meta of a deflated object is not deflated: write it, then the data set deflated
            byte[] meta = fileMeta(TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE);
            out.write(meta);
            Deflater d = new Deflater(9, true);
            try (DeflaterOutputStream z = new DeflaterOutputStream(out, d, 1 << 16)) {
                z.write(explicitLe, datasetStart(explicitLe), explicitLe.length - datasetStart(explicitLe));
                // a private OB element (0009,1010) of inflatedBytes zeros
                z.write(new byte[] {0x09, 0x00, 0x10, 0x10, 'O', 'B', 0, 0, (byte) inflatedBytes,
                    (byte) (inflatedBytes >> 8), (byte) (inflatedBytes >> 16), (byte) (inflatedBytes >>> 24)});
                byte[] zeros = new byte[1 << 20];
                for (int left = inflatedBytes; left > 0; left -= zeros.length) {
                    z.write(zeros, 0, Math.min(left, zeros.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] fileMeta(TransferSyntax ts) {
        byte[] whole = file(new Dataset(), ts);
        return java.util.Arrays.copyOf(whole, datasetStart(whole));
    }

    /** Where the data set starts in a file our writer made: after preamble, DICM and file meta. */
    private static int datasetStart(byte[] file) {
        int p = 132;
        while (p + 8 <= file.length && file[p] == 0x02 && file[p + 1] == 0x00) {
            boolean longForm = file[p + 4] == 'O' || file[p + 4] == 'U' && file[p + 5] != 'I' && file[p + 5] != 'L'
                    || file[p + 4] == 'S' && file[p + 5] == 'Q';
            int len = longForm ? (file[p + 8] & 0xFF) | (file[p + 9] & 0xFF) << 8 | (file[p + 10] & 0xFF) << 16
                    : (file[p + 6] & 0xFF) | (file[p + 7] & 0xFF) << 8;
            p += (longForm ? 12 : 8) + len;
        }
        return p;
    }

    private static byte[] file(Dataset ds, TransferSyntax ts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DicomWriter.writeFile(new Dataset(), ds, ts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
