package dicodec.nativecodec.j2k;

import dicodec.bindings.openjpeg.OpenJpeg;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import dicodec.nativecodec.EvenLength;
import dicodec.nativecodec.Samples;

/**
 * Encodes one frame to a raw JPEG 2000 codestream (no JP2 header, dicom-rules K4) with OpenJPEG.
 *
 * <p>.90, and .91 when the request asks for nothing lossy: reversible 5/3 wavelet, every bit
 * kept. .91 with a ratio above 1: irreversible 9/7 at that ratio, counted as DICOM counts it
 * (native bytes, Bits Allocated a sample, over compressed bytes) and corrected until it is within
 * 5 % (at most three more encodes); .91 with a quality Q of 1 to 99 and no ratio: 9/7 at a target
 * PSNR of 20 + 0.4 Q dB (Q 50: 40 dB, Q 90: 56 dB).
 *
 * <p>The SIZ marker states Bits Stored and Pixel Representation (K5). RGB is coded with the
 * reversible (RCT, Photometric YBR_RCT) or irreversible (ICT, YBR_ICT) colour transform unless
 * {@link J2kOptions#colourTransform()} is off (then RGB); YBR_FULL, PALETTE COLOR and grey are
 * coded as they are. Resolution levels: 5 decompositions or fewer on small images. One tile,
 * 64 x 64 code-blocks, one quality layer, LRCP.
 */
public final class OpenJpegEncoder implements FrameEncoder {
    private static final int MAX_DECOMPOSITIONS = 5;

    private final boolean losslessOnly;
    private final J2kOptions options;

    public OpenJpegEncoder(boolean losslessOnly, J2kOptions options) {
        this.losslessOnly = losslessOnly;
        this.options = options;
    }

    @Override
    public EncodedFrame encode(byte[] nativeFrame, PixelDescription pd, EncodeOptions request) {
        OpenJpegErrors.requireLoaded();
        J2kInput in = J2kInput.of(nativeFrame, pd);
        boolean lossy = !losslessOnly && (request.ratio() > 1 || request.quality() > 0 && request.quality() < 100);
        if (lossy && "PALETTE COLOR".equals(pd.photometric())) {
            throw new DicodecException(ErrorKind.REFUSED, null, 0, Tag.PHOTOMETRIC_INTERPRETATION, -1L,
                    "PALETTE COLOR is never coded lossy: the indices would change colour", null);
        }
        boolean mct = pd.samplesPerPixel() == 3 && options.colourTransform() && "RGB".equals(pd.photometric());
        String photometric = mct ? (lossy ? "YBR_ICT" : "YBR_RCT") : pd.photometric();
        byte[] stream;
        if (!lossy) {
            stream = encodeOnce(in, pd, true, mct, 0, 0);
        } else if (request.ratio() > 1) {
            stream = encodeAtRatio(in, pd, mct, request.ratio(), nativeFrame.length);
        } else {
            stream = encodeOnce(in, pd, false, mct, 0, 20 + 0.4f * request.quality());
        }
        return new EncodedFrame(EvenLength.j2k(stream, stream.length), photometric, lossy);
    }

    /** OpenJPEG counts the ratio over Bits Stored a sample; DICOM over Bits Allocated. */
    private byte[] encodeAtRatio(J2kInput in, PixelDescription pd, boolean mct, double ratio, int nativeBytes) {
        double rate = ratio * in.precision() / Math.max(1, pd.bitsAllocated());
        byte[] best = null;
        double bestMiss = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 4; attempt++) {
            byte[] s = encodeOnce(in, pd, false, mct, (float) Math.max(1.0001, rate), 0);
            double got = (double) nativeBytes / s.length;
            double miss = Math.abs(got - ratio) / ratio;
            if (miss < bestMiss) {
                best = s;
                bestMiss = miss;
            }
            if (miss <= 0.05) {
                break;
            }
            rate *= ratio / got;
        }
        return best;
    }

    private byte[] encodeOnce(J2kInput in, PixelDescription pd, boolean reversible, boolean mct, float rate,
            float psnr) {
        byte[] err = new byte[OpenJpegErrors.MESSAGE_CAPACITY];
        int capacity = in.samples().length + 65536;
        for (int attempt = 0; attempt < 2; attempt++) {
            byte[] dst = new byte[capacity];
            long n = OpenJpeg.encode(in.samples(), in.samples().length, pd.columns(), pd.rows(),
                    pd.samplesPerPixel(), in.bytesPerSample(), in.precision(), pd.isSigned() ? 1 : 0,
                    in.planar(), reversible ? 1 : 0, mct ? 1 : 0, rate, psnr, resolutions(pd), OpenJpeg.LRCP,
                    options.threadsPerFrame(), dst, dst.length, err, err.length);
            if (n > 0) {
                return java.util.Arrays.copyOf(dst, (int) n);
            }
            if (n == 0) {
                throw OpenJpegErrors.encodeFailed(err);
            }
            capacity = (int) -n; // did not fit: again with room for it
        }
        throw new DicodecException(ErrorKind.INTERNAL, "JPEG 2000 encode: the codestream did not fit twice");
    }

    /** Decompositions + 1: at most 6 levels, and none below 1 sample on the shorter side. */
    static int resolutions(PixelDescription pd) {
        int shorter = Math.min(pd.rows(), pd.columns());
        int levels = 0;
        while (levels < MAX_DECOMPOSITIONS && (shorter >> (levels + 1)) >= 1) {
            levels++;
        }
        return levels + 1;
    }
}
