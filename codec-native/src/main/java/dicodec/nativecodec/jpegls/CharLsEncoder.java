package dicodec.nativecodec.jpegls;

import dicodec.bindings.charls.CharLS;
import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import dicodec.nativecodec.EvenLength;
import dicodec.nativecodec.Samples;

/**
 * Encodes one frame to JPEG-LS with CharLS: .80 always lossless (NEAR 0), .81 with the NEAR the
 * request gives. Samples are coded with P = Bits Stored, so the stream's header matches the data
 * set (dicom-rules E8); signed samples are coded as their low Bits Stored bits (JPEG-LS has no
 * sign; the decoder sign extends them again). Colour is coded as it is (no HP transform,
 * dicom-rules L2) in the configured interleave mode.
 *
 * <p>Signed frames with a sample within NEAR of the seam between the largest positive and the
 * smallest negative value are coded with NEAR 0 (see {@link #nearTheWrap}).
 *
 * <p>For .81 without NEAR: a ratio above 1 picks the smallest NEAR whose stream reaches it (a
 * search over NEAR, each step one encode); a quality Q of 1 to 99 gives NEAR = round((100 - Q)
 * / 100 * MAXVAL / 64), at least 1. With none of them, .81 is written with NEAR 0 (lossless).
 */
public final class CharLsEncoder implements FrameEncoder {
    private final boolean losslessOnly;
    private final JpegLsInterleave interleave;

    public CharLsEncoder(boolean losslessOnly, JpegLsInterleave interleave) {
        this.losslessOnly = losslessOnly;
        this.interleave = interleave;
    }

    @Override
    public EncodedFrame encode(byte[] nativeFrame, PixelDescription pd, EncodeOptions options) {
        CharLsErrors.requireLoaded();
        int bits = pd.bitsStored();
        if (bits < 2 || bits > 16 || bits > pd.bitsAllocated()) {
            throw DicodecException.badAttribute(Tag.BITS_STORED, bits + ": JPEG-LS codes 2 to 16 bits a sample");
        }
        Frame f = prepare(nativeFrame, pd, bits);
        int maxNear = Math.min(255, ((1 << bits) - 1) / 2);
        int near = losslessOnly ? 0 : chooseNear(f, options, maxNear, nativeFrame.length);
        if (near > maxNear) {
            throw new DicodecException(dicodec.core.error.ErrorKind.UNSUPPORTED, "JPEG-LS NEAR " + near
                    + " is above the largest allowed for " + bits + "-bit samples, " + maxNear);
        }
        if (near > 0 && pd.isSigned() && nearTheWrap(f, near)) {
            near = 0;
        }
        byte[] stream = encodeOnce(f, near);
        return new EncodedFrame(EvenLength.jpeg(stream, stream.length), pd.photometric(), near > 0);
    }

    /** The samples as CharLS takes them, with the frame's geometry. */
    record Frame(byte[] samples, int width, int height, int bits, int components, int ilv) {
    }

    private Frame prepare(byte[] nativeFrame, PixelDescription pd, int bits) {
        int codecBytes = Samples.codecBytes(bits);
        byte[] src = Samples.toCodec(nativeFrame, pd, bits, codecBytes);
        int comps = pd.samplesPerPixel();
        int ilv = comps == 1 ? 0 : interleave.code();
        int pixels = pd.rows() * pd.columns();
        if (comps > 1) {
            if (pd.planarConfiguration() == 1 && ilv != 0) {
                src = Samples.planarToInterleaved(src, pixels, comps, codecBytes);
            } else if (pd.planarConfiguration() == 0 && ilv == 0) {
                src = Samples.interleavedToPlanar(src, pixels, comps, codecBytes);
            }
        }
        return new Frame(src, pd.columns(), pd.rows(), bits, comps, ilv);
    }

    private int chooseNear(Frame f, EncodeOptions options, int maxNear, int nativeBytes) {
        if (options.nearLossless() > 0) {
            return options.nearLossless();
        }
        if (options.ratio() > 1) {
            return nearForRatio(f, options.ratio(), maxNear, nativeBytes);
        }
        if (options.quality() > 0 && options.quality() < 100) {
            int maxVal = (1 << f.bits()) - 1;
            return Math.min(maxNear, Math.max(1, (int) Math.round((100 - options.quality()) / 100.0 * maxVal / 64)));
        }
        return 0;
    }

    /**
     * JPEG-LS codes signed samples as their P-bit patterns, in which the largest positive value
     * (2^(P-1) - 1) and the smallest negative one (2^(P-1) as a pattern) are neighbours. A
     * near-lossless decoder may put a sample up to NEAR away in that unsigned order, so a
     * sample less than NEAR from that seam could come back with the other sign. A frame with
     * such a sample is coded with NEAR 0 instead (still .81, and exact).
     */
    static boolean nearTheWrap(Frame f, int near) {
        int seam = 1 << (f.bits() - 1);
        byte[] s = f.samples();
        boolean twoBytes = f.bits() > 8;
        int n = twoBytes ? s.length / 2 : s.length;
        for (int i = 0; i < n; i++) {
            int v = twoBytes ? (s[2 * i] & 0xFF) | (s[2 * i + 1] & 0xFF) << 8 : s[i] & 0xFF;
            if (v > seam - 1 - near && v < seam + near) {
                return true;
            }
        }
        return false;
    }

    /** The smallest NEAR that reaches {@code ratio} (binary search; the ratio grows with NEAR). */
    private int nearForRatio(Frame f, double ratio, int maxNear, int nativeBytes) {
        int lo = 1;
        int hi = maxNear;
        if ((double) nativeBytes / encodeOnce(f, hi).length < ratio) {
            return hi; // even the largest NEAR does not reach it: the best there is
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((double) nativeBytes / encodeOnce(f, mid).length >= ratio) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static byte[] encodeOnce(Frame f, int near) {
        long cap = CharLS.maxEncodedSize(f.width(), f.height(), f.bits(), f.components(), f.ilv());
        if (cap <= 0) {
            throw CharLsErrors.encodeFailed(-cap);
        }
        byte[] dst = new byte[(int) Math.min(Integer.MAX_VALUE - 8, cap + 1024)];
        long n = CharLS.encode(f.samples(), f.samples().length, f.width(), f.height(), f.bits(), f.components(),
                f.ilv(), near, dst, dst.length);
        if (n <= 0) {
            throw CharLsErrors.encodeFailed(-n);
        }
        return n == dst.length ? dst : java.util.Arrays.copyOf(dst, (int) n);
    }
}
