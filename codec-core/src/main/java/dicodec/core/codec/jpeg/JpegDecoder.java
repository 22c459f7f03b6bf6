package dicodec.core.codec.jpeg;

import dicodec.core.codec.jpeg.dct.DctDecoder;
import dicodec.core.codec.jpeg.dct.DctImage;
import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.LosslessDecoder;
import dicodec.core.codec.jpeg.lossless.LosslessImage;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import java.util.Locale;

/**
 * Decodes any Huffman-coded, non-hierarchical JPEG frame: lossless (SOF3), baseline (SOF0),
 * extended (SOF1) and progressive (SOF2), whichever of the JPEG transfer syntaxes carries it;
 * the stream, not the syntax UID, decides the process, as in IJG.
 *
 * <p>Colour follows DCMTK's dcmdjpeg (its default "convert if YCbCr photometric"): a lossy
 * 3-component stream is converted from YCbCr to RGB when the data set says YBR_FULL,
 * YBR_FULL_422 or YBR_PARTIAL_422, and then the result says RGB; otherwise the components come
 * out as coded (an RGB stream stays RGB, whatever its APP14 marker says). Lossless streams are
 * never converted (dicom-rules J4: no colour transform). The output is always colour-by-pixel.
 */
public final class JpegDecoder implements FrameDecoder {
    private final Predictor predictor;
    private final DctStages stages;

    public JpegDecoder() {
        this(new JavaPredictor(), DctStages.java());
    }

    public JpegDecoder(Predictor predictor, DctStages stages) {
        this.predictor = predictor;
        this.stages = stages;
    }

    @Override
    public DecodedFrame decode(byte[] encoded, PixelDescription pd) {
        JpegReader reader = new JpegReader(encoded);
        ScanHeader first = reader.nextScan();
        if (first == null) {
            throw JpegErrors.bad(reader.position(), "the stream ends without a scan (SOS)");
        }
        FrameHeader f = reader.frame();
        check(f, pd);
        int bytes = pd.bitsAllocated() <= 8 ? 1 : 2;
        int count = f.samplesPerLine() * f.lines();
        if (f.isLossless()) {
            LosslessImage img = new LosslessDecoder(predictor).decode(reader, first);
            // The stream is unsigned; Pixel Representation 1 reinterprets its P bits, and the sign
            // bit fills the bits above them. P is Bits Stored but for data that does not fit it
            // (see JpegLosslessEncoder), where the stream itself holds all the bits.
            int signBits = pd.isSigned() && f.precision() < pd.bitsAllocated() ? f.precision() : 0;
            byte[] out = SamplePacker.pack(img.planes(), count, img.pointTransform(), bytes, signBits);
            // Lossless components are full size: what a data set called YBR_FULL_422 comes out
            // as is YCbCr at full resolution, which is YBR_FULL (its native form differs).
            String pi = pd.photometric().equalsIgnoreCase("YBR_FULL_422") ? "YBR_FULL" : pd.photometric();
            return new DecodedFrame(out, pi, 0);
        }
        boolean convert = f.components().length == 3 && isYcbcr(pd.photometric());
        DctImage img = new DctDecoder(stages).decode(reader, first, convert, bytes);
        return new DecodedFrame(img.pixels(), img.rgb() ? "RGB" : pd.photometric(), 0);
    }

    /** The photometric interpretations DCMTK converts from (djcodecd.cc isYBR). */
    static boolean isYcbcr(String photometric) {
        String p = photometric == null ? "" : photometric.toUpperCase(Locale.ROOT);
        return p.equals("YBR_FULL") || p.equals("YBR_FULL_422") || p.equals("YBR_PARTIAL_422");
    }

    /** The data set must describe the stream (dicom-rules E8); we cannot follow a stream that differs. */
    private static void check(FrameHeader f, PixelDescription pd) {
        if (f.samplesPerLine() != pd.columns()) {
            throw JpegErrors.mismatch(Tag.COLUMNS, pd.columns() + ", but the JPEG frame header (" + f
                    + ") has " + f.samplesPerLine() + " samples per line");
        }
        if (f.lines() != pd.rows()) {
            throw JpegErrors.mismatch(Tag.ROWS, pd.rows() + ", but the JPEG frame header (" + f + ") has "
                    + f.lines() + " lines");
        }
        if (f.components().length != pd.samplesPerPixel()) {
            throw JpegErrors.mismatch(Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel() + ", but the JPEG frame header ("
                    + f + ") has " + f.components().length + " components");
        }
        if (f.precision() > pd.bitsAllocated()) {
            throw JpegErrors.mismatch(Tag.BITS_ALLOCATED, pd.bitsAllocated() + ", but the JPEG frame header ("
                    + f + ") has sample precision " + f.precision());
        }
    }
}
