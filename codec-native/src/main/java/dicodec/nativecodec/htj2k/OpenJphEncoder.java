package dicodec.nativecodec.htj2k;

import dicodec.bindings.openjph.OpenJph;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Availability;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import dicodec.nativecodec.EvenLength;
import dicodec.nativecodec.NativeLibraries;
import dicodec.nativecodec.j2k.J2kInput;
import dicodec.nativecodec.j2k.J2kOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes one frame to HTJ2K (ISO 15444-15) with OpenJPH.
 *
 * <p>.201 and .202, and .203 when the request asks for nothing lossy: reversible 5/3, every bit
 * kept. .203 with a ratio above 1: irreversible 9/7, the quantisation step searched (each step
 * one encode, at most 14) until the stream is within 5 % of the ratio, counted as DICOM counts
 * it (native bytes over compressed bytes); with a quality Q of 1 to 99 and no ratio, step
 * 0.0005 x 2^((100 - Q) / 10) (Q 90: 0.001, Q 50: 0.016).
 *
 * <p>.202 (PS3.5 10.18): RPCL progression, enough decompositions that the lowest resolution is
 * at most 64 samples wide and high, and a TLM marker segment, which {@link Tlm} adds since
 * OpenJPH 0.9 cannot. The others: LRCP, up to 5 decompositions. RGB is coded with the colour
 * transform (YBR_RCT / YBR_ICT) unless {@link J2kOptions#colourTransform()} is off. The SIZ
 * marker states Bits Stored and Pixel Representation; one tile, 64 x 64 code-blocks.
 */
public final class OpenJphEncoder implements FrameEncoder {
    private static final int MAX_DECOMPOSITIONS = 5;

    private final boolean losslessOnly;
    private final boolean rpcl;
    private final J2kOptions options;

    public OpenJphEncoder(boolean losslessOnly, boolean rpcl, J2kOptions options) {
        this.losslessOnly = losslessOnly;
        this.rpcl = rpcl;
        this.options = options;
    }

    @Override
    public EncodedFrame encode(byte[] nativeFrame, PixelDescription pd, EncodeOptions request) {
        Availability a = NativeLibraries.OPENJPH.availability();
        if (!a.available()) {
            throw DicodecException.unsupported(a.reason());
        }
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
            stream = encodeOnce(in, pd, true, mct, 0);
        } else if (request.ratio() > 1) {
            stream = encodeAtRatio(in, pd, mct, request.ratio(), nativeFrame.length);
        } else {
            stream = encodeOnce(in, pd, false, mct, (float) (0.0005 * Math.pow(2, (100 - request.quality()) / 10.0)));
        }
        if (rpcl) {
            stream = Tlm.insert(stream);
        }
        return new EncodedFrame(EvenLength.j2k(stream, stream.length), photometric, lossy);
    }

    /** Searches the quantisation step (log scale) for the ratio; the size falls as the step grows. */
    private byte[] encodeAtRatio(J2kInput in, PixelDescription pd, boolean mct, double ratio, int nativeBytes) {
        double lo = Math.log(1e-6);
        double hi = Math.log(4.0);
        byte[] best = null;
        double bestMiss = Double.MAX_VALUE;
        for (int i = 0; i < 14; i++) {
            double mid = (lo + hi) / 2;
            byte[] s = encodeOnce(in, pd, false, mct, (float) Math.exp(mid));
            double got = (double) nativeBytes / s.length;
            double miss = Math.abs(got - ratio) / ratio;
            if (miss < bestMiss) {
                best = s;
                bestMiss = miss;
            }
            if (miss <= 0.05) {
                break;
            }
            if (got < ratio) {
                lo = mid; // not small enough: coarser steps
            } else {
                hi = mid;
            }
        }
        return best;
    }

    private byte[] encodeOnce(J2kInput in, PixelDescription pd, boolean reversible, boolean mct, float step) {
        byte[] err = new byte[1024];
        int capacity = in.samples().length + 65536;
        for (int attempt = 0; attempt < 2; attempt++) {
            byte[] dst = new byte[capacity];
            long n = OpenJph.encode(in.samples(), in.samples().length, pd.columns(), pd.rows(), pd.samplesPerPixel(),
                    in.bytesPerSample(), in.precision(), pd.isSigned() ? 1 : 0, in.planar(), reversible ? 1 : 0,
                    mct ? 1 : 0, step, decompositions(pd, rpcl), rpcl ? 1 : 0, dst, dst.length, err, err.length);
            if (n > 0) {
                return Arrays.copyOf(dst, (int) n);
            }
            if (n == 0) {
                throw new DicodecException(ErrorKind.INTERNAL, "HTJ2K encode: " + text(err));
            }
            capacity = (int) -n;
        }
        throw new DicodecException(ErrorKind.INTERNAL, "HTJ2K encode: the codestream did not fit twice");
    }

    /**
     * .202: the fewest decompositions that bring both sides of the lowest resolution to 64 or
     * less (PS3.5 10.18), and at least the usual number; otherwise up to 5, fewer on images too
     * small for them.
     */
    static int decompositions(PixelDescription pd, boolean rpcl) {
        int shorter = Math.min(pd.rows(), pd.columns());
        int usual = 0;
        while (usual < MAX_DECOMPOSITIONS && (shorter >> (usual + 1)) >= 1) {
            usual++;
        }
        if (!rpcl) {
            return usual;
        }
        int longer = Math.max(pd.rows(), pd.columns());
        int needed = 0;
        while (ceilDiv(longer, 1 << needed) > 64) {
            needed++;
        }
        return Math.max(usual, needed);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static String text(byte[] err) {
        int n = 0;
        while (n < err.length && err[n] != 0) {
            n++;
        }
        return new String(err, 0, n, StandardCharsets.UTF_8);
    }
}
