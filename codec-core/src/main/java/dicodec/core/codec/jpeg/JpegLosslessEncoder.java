package dicodec.core.codec.jpeg;

import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.LosslessEncoder;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import java.util.Locale;

/**
 * Encodes native frames to lossless JPEG (process 14): no colour transform, photometric
 * unchanged (dicom-rules J4).
 *
 * <p>The sample precision P is Bits Stored for unsigned data that has nothing above Bits Stored.
 * It is Bits Allocated otherwise, so that every bit survives and every decoder agrees: for
 * signed data (the stream is unsigned, and DCMTK does not sign-extend a P-bit stream while
 * GDCM does, so only P = Bits Allocated decodes alike in both, which is also what DCMTK
 * writes), for data that carries more than Bits Stored says (mlut_18.dcm: Bits Stored 12
 * signed, values up to 4095; GDCM keeps only the 12 bits there), and for 8-bit containers.
 */
public final class JpegLosslessEncoder implements FrameEncoder {
    private final JpegLosslessOptions options;
    private final Predictor predictor;

    public JpegLosslessEncoder(JpegLosslessOptions options) {
        this(options, new JavaPredictor());
    }

    public JpegLosslessEncoder(JpegLosslessOptions options, Predictor predictor) {
        this.options = options;
        this.predictor = predictor;
    }

    @Override
    public EncodedFrame encode(byte[] frame, PixelDescription pd, EncodeOptions ignored) {
        String pi = pd.photometric().toUpperCase(Locale.ROOT);
        if (pi.equals("YBR_FULL_422") || pi.equals("YBR_PARTIAL_422")) {
            throw DicodecException.unsupported("Photometric Interpretation (0028,0004) " + pd.photometric()
                    + ": native data is horizontally subsampled; lossless JPEG codes full components only"
                    + " (convert it to YBR_FULL or RGB first)");
        }
        if (pd.bitsAllocated() != 8 && pd.bitsAllocated() != 16) {
            throw DicodecException.badAttribute(Tag.BITS_ALLOCATED, pd.bitsAllocated()
                    + ": lossless JPEG holds 8- or 16-bit containers");
        }
        int[][] planes = NativeSamples.planes(frame, pd);
        int precision = precisionFor(planes, pd);
        if (precision < pd.bitsAllocated()) {
            int mask = (1 << precision) - 1;
            for (int[] p : planes) {
                for (int i = 0; i < p.length; i++) {
                    p[i] &= mask;
                }
            }
        }
        int[] ids = componentIds(pd);
        byte[] stream = new LosslessEncoder(predictor).encode(planes, pd.columns(), pd.rows(), precision,
                options.predictor(), options.restartRows(), ids);
        if (pi.equals("RGB")) {
            stream = withAdobeRgbMarker(stream);
        }
        return new EncodedFrame(stream, pd.photometric(), false);
    }

    /**
     * Bits Stored (at least 2) for unsigned 16-bit data with nothing above it, else Bits
     * Allocated; always 8 for 8-bit containers, because GDCM 3.0.21 aborts on an 8-bit
     * container holding a stream of fewer bits.
     */
    static int precisionFor(int[][] planes, PixelDescription pd) {
        int bs = Math.max(2, pd.bitsStored());
        int ba = pd.bitsAllocated();
        if (bs >= ba || pd.isSigned() || ba == 8) {
            return ba;
        }
        for (int[] p : planes) {
            for (int v : p) {
                if (v >>> bs != 0) {
                    return ba;
                }
            }
        }
        return bs;
    }

    /** Component identifiers: 1 for grey, R G B for RGB (as GDCM and DCMTK +cr write), else 1 2 3. */
    private static int[] componentIds(PixelDescription pd) {
        if (pd.samplesPerPixel() == 1) {
            return new int[] {1};
        }
        return pd.photometric().equalsIgnoreCase("RGB") ? new int[] {'R', 'G', 'B'} : new int[] {1, 2, 3};
    }

    /**
     * Inserts APP14 Adobe with transform 0 after SOI, so that a library guessing the colour
     * space (IJG's default, GDCM) takes the components as RGB and converts nothing.
     */
    static byte[] withAdobeRgbMarker(byte[] stream) {
        JpegWriter w = new JpegWriter(stream.length + 16);
        w.soi();
        w.adobe(0);
        byte[] head = w.toByteArray();
        byte[] out = new byte[head.length + stream.length - 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(stream, 2, out, head.length, stream.length - 2);
        return out;
    }
}
