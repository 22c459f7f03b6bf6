package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.spi.Backend;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.grpc.v1.FrameVerification;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The "verify" option: reads the written object back and compares it frame by frame with the
 * input, sample by sample (design, step 5: max error and PSNR per frame; lossless must be bit
 * exact). Frames are decoded one at a time, so memory stays bounded by two frames.
 */
final class FrameVerifier {
    private FrameVerifier() {
    }

    /**
     * One figure per frame, or an empty list when there are no pixels. Both objects are decoded
     * with the registry's codecs ({@link DecodedFrames}), native ones read as stored.
     *
     * @throws DicodecException UNSUPPORTED when a side cannot be decoded here, or the two decode
     *     to different colour spaces (then samples cannot be compared one to one)
     */
    static List<FrameVerification> verify(DicomObject in, DicomObject out, CodecRegistry registry, Backend forced,
            BooleanSupplier cancelled) {
        PixelDescription pd = PixelDescription.from(in.dataset());
        if (pd == null) {
            return List.of();
        }
        try (DecodedFrames expected = DecodedFrames.open(in, registry, forced);
                DecodedFrames actual = DecodedFrames.open(out, registry, forced)) {
            if (actual.count() != expected.count()) {
                throw new DicodecException(ErrorKind.INTERNAL, "verify: the output has " + actual.count()
                        + " frames, the input " + expected.count());
            }
            List<FrameVerification> figures = new ArrayList<>();
            for (int i = 0; i < expected.count(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("the call was cancelled while verifying frame " + (i + 1));
                }
                DecodedFrame a = expected.frame(i);
                DecodedFrame b = actual.frame(i);
                if (!String.valueOf(a.photometric()).equals(String.valueOf(b.photometric()))
                        || a.planarConfiguration() != b.planarConfiguration()) {
                    throw DicodecException.unsupported("frame " + (i + 1) + " decodes to " + a.photometric()
                            + " (planar " + a.planarConfiguration() + ") from the input and to " + b.photometric()
                            + " (planar " + b.planarConfiguration() + ") from the output: not compared");
                }
                figures.add(compare(i + 1, a.pixels(), b.pixels(), pd));
            }
            return figures;
        }
    }

    /** How far {@code actual} is from {@code expected}, two native frames of {@code pd}. */
    static FrameVerification compare(int number, byte[] expected, byte[] actual, PixelDescription pd) {
        FrameVerification.Builder f = FrameVerification.newBuilder().setFrame(number);
        if (Arrays.equals(expected, actual)) {
            return f.setExact(true).build();
        }
        if (expected.length != actual.length) {
            throw new DicodecException(ErrorKind.INTERNAL, null, number, -1, -1, "verify: the output frame has "
                    + actual.length + " bytes, the input frame " + expected.length, null);
        }
        double maxError = 0;
        double sumSquares = 0;
        long samples = 0;
        if (pd.bitsAllocated() == 1) {
            for (int i = 0; i < expected.length; i++) {
                int diff = Integer.bitCount((expected[i] ^ actual[i]) & 0xFF);
                maxError = Math.max(maxError, diff > 0 ? 1 : 0);
                sumSquares += diff;
            }
            samples = (long) expected.length * 8;
        } else {
            ByteBuffer a = ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer b = ByteBuffer.wrap(actual).order(ByteOrder.LITTLE_ENDIAN);
            int step = pd.bitsAllocated() / 8;
            for (int pos = 0; pos + step <= expected.length; pos += step) {
                double d = Math.abs(sample(a, pos, pd) - sample(b, pos, pd));
                maxError = Math.max(maxError, d);
                sumSquares += d * d;
                samples++;
            }
        }
        double mse = sumSquares / Math.max(1, samples);
        double peak = pd.isFloat() || pd.bitsAllocated() == 1 ? 1 : Math.pow(2, pd.bitsStored()) - 1;
        double psnr = mse == 0 ? 0 : 10 * Math.log10(peak * peak / mse);
        return f.setExact(false).setMaxError(maxError).setPsnrDb(psnr).build();
    }

    /** One sample at {@code pos}, as a number: masked to Bits Stored, sign-extended if signed. */
    private static double sample(ByteBuffer buf, int pos, PixelDescription pd) {
        if (pd.isFloat()) {
            return pd.bitsAllocated() == 64 ? buf.getDouble(pos) : buf.getFloat(pos);
        }
        long raw;
        switch (pd.bitsAllocated()) {
            case 8: raw = buf.get(pos) & 0xFFL; break;
            case 16: raw = buf.getShort(pos) & 0xFFFFL; break;
            case 32: raw = buf.getInt(pos) & 0xFFFFFFFFL; break;
            default: raw = buf.getLong(pos); break;
        }
        int bits = Math.min(pd.bitsStored(), 63);
        long value = raw & ((1L << bits) - 1);
        if (pd.isSigned() && (value & (1L << (bits - 1))) != 0) {
            value -= 1L << bits;
        }
        return value;
    }
}
