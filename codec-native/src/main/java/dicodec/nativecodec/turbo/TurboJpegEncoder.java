package dicodec.nativecodec.turbo;

import dicodec.bindings.turbojpeg.TurboJpeg;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import dicodec.nativecodec.EvenLength;
import dicodec.nativecodec.Samples;
import java.util.Arrays;

/**
 * Encodes an 8-bit frame to JPEG Baseline (Process 1) with libjpeg-turbo: accurate integer DCT,
 * standard Huffman tables. Grey stays MONOCHROME1/2; RGB is converted to YCbCr and subsampled
 * 4:2:2 (Photometric YBR_FULL_422, dicom-rules J3); YBR_FULL is coded 4:4:4 as it is. Quality:
 * the request's Q (1 to 100), else 90 (DCMTK's default); with a ratio and no quality, the highest
 * quality whose stream reaches the ratio (a search over Q, each step one encode).
 */
public final class TurboJpegEncoder implements FrameEncoder {
    static final int DEFAULT_QUALITY = 90;

    @Override
    public EncodedFrame encode(byte[] nativeFrame, PixelDescription pd, EncodeOptions options) {
        TurboJpegErrors.requireLoaded();
        if (pd.bitsAllocated() != 8 || pd.bitsStored() != 8 || pd.isSigned()) {
            throw DicodecException.badAttribute(Tag.BITS_STORED, pd.bitsStored()
                    + ": JPEG Baseline codes 8-bit unsigned samples only");
        }
        Input in = input(nativeFrame, pd);
        byte[] stream;
        if (options.quality() > 0) {
            stream = encodeOnce(in, pd, Math.min(100, options.quality()));
        } else if (options.ratio() > 1) {
            stream = encodeAtRatio(in, pd, options.ratio(), nativeFrame.length);
        } else {
            stream = encodeOnce(in, pd, DEFAULT_QUALITY);
        }
        return new EncodedFrame(EvenLength.jpeg(stream, stream.length), in.photometric(), true);
    }

    /** The samples as TurboJPEG takes them, and the photometric the stream will have. */
    private record Input(byte[] samples, int components, int subsampling, boolean planes, String photometric) {
    }

    private static Input input(byte[] nativeFrame, PixelDescription pd) {
        int pixels = pd.rows() * pd.columns();
        String pi = pd.photometric();
        if (pd.samplesPerPixel() == 1 && (pi.equals("MONOCHROME1") || pi.equals("MONOCHROME2"))) {
            return new Input(nativeFrame, 1, TurboJpeg.SAMP_GRAY, false, pi);
        }
        if (pi.equals("RGB")) {
            byte[] rgb = pd.planarConfiguration() == 1 ? Samples.planarToInterleaved(nativeFrame, pixels, 3, 1)
                    : nativeFrame;
            return new Input(rgb, 3, TurboJpeg.SAMP_422, false, "YBR_FULL_422");
        }
        if (pi.equals("YBR_FULL")) {
            byte[] planes = pd.planarConfiguration() == 0 ? Samples.interleavedToPlanar(nativeFrame, pixels, 3, 1)
                    : nativeFrame;
            return new Input(planes, 3, TurboJpeg.SAMP_444, true, "YBR_FULL");
        }
        throw new DicodecException(ErrorKind.UNSUPPORTED, null, 0, Tag.PHOTOMETRIC_INTERPRETATION, -1L, pi
                + " is not coded by the libjpeg-turbo encoder (MONOCHROME1/2, RGB and YBR_FULL are)", null);
    }

    /** The highest quality that reaches the ratio (the size falls as the quality falls). */
    private static byte[] encodeAtRatio(Input in, PixelDescription pd, double ratio, int nativeBytes) {
        int lo = 1;
        int hi = 100;
        byte[] best = encodeOnce(in, pd, 1);
        if ((double) nativeBytes / best.length < ratio) {
            return best; // even quality 1 does not reach it: the smallest there is
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            byte[] s = encodeOnce(in, pd, mid);
            if ((double) nativeBytes / s.length >= ratio) {
                lo = mid;
                best = s;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private static byte[] encodeOnce(Input in, PixelDescription pd, int quality) {
        long cap = TurboJpeg.bufferSize(pd.columns(), pd.rows(), in.subsampling());
        byte[] dst = new byte[(int) Math.min(Integer.MAX_VALUE - 8, cap)];
        byte[] err = new byte[TurboJpegErrors.MESSAGE_CAPACITY];
        long n = TurboJpeg.encode(in.samples(), pd.columns(), pd.rows(), in.components(), in.subsampling(),
                in.planes() ? 1 : 0, quality, dst, dst.length, err, err.length);
        if (n <= 0) {
            throw new DicodecException(ErrorKind.INTERNAL, "JPEG encode: libjpeg-turbo failed: "
                    + TurboJpegErrors.text(err));
        }
        return Arrays.copyOf(dst, (int) n);
    }
}
