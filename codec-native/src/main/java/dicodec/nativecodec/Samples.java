package dicodec.nativecodec;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;

/**
 * Moves samples between DICOM's native layout (Little Endian, Bits Allocated each, colour by
 * pixel or by plane) and the layout a codec library takes (1 or 2 bytes a sample). Masking and
 * sign extension happen here, in one place: JPEG-LS streams carry no sign, so signed samples
 * are coded as their low Bits Stored bits and sign extended again on decode (dicom-rules L3).
 */
public final class Samples {
    private Samples() {
    }

    /** Bytes of one sample in a codec buffer for {@code precision} bits: 1 up to 8, else 2. */
    public static int codecBytes(int precision) {
        return precision <= 8 ? 1 : 2;
    }

    /**
     * Native samples ({@code pd.bitsAllocated()} / 8 bytes each) to {@code outBytes} bytes each,
     * keeping the low {@code precision} bits.
     *
     * @throws DicodecException REFUSED naming Bits Stored when a sample does not fit in
     *     {@code precision} bits (an unsigned value above 2^precision - 1, or a signed one that is
     *     neither its low bits nor their sign extension): coding it would lose those bits
     */
    public static byte[] toCodec(byte[] nat, PixelDescription pd, int precision, int outBytes) {
        int inBytes = pd.bitsAllocated() / 8;
        int n = nat.length / inBytes;
        boolean signed = pd.isSigned();
        long mask = (1L << precision) - 1;
        if (inBytes == outBytes && (precision == 8 * inBytes)) {
            return nat; // the container is the codec's: nothing to mask or check
        }
        byte[] out = inBytes == outBytes ? new byte[nat.length] : new byte[n * outBytes];
        for (int i = 0; i < n; i++) {
            long v = read(nat, i * inBytes, inBytes);
            long low = v & mask;
            // Signed samples are taken sign extended (the usual form) or with zeros above Bits
            // Stored; either way they decode sign extended.
            if (v != low && (!signed || signExtend(low, precision, inBytes * 8) != v)) {
                throw new DicodecException(ErrorKind.REFUSED, null, 0, Tag.BITS_STORED, -1L, "sample " + i
                        + " is 0x" + Long.toHexString(v) + ", which does not fit in " + precision
                        + (signed ? " bits (signed)" : " bits") + "; coding " + precision
                        + " bits would lose the bits above them", null);
            }
            write(out, i * outBytes, outBytes, low);
        }
        return out;
    }

    /**
     * Checks that every native sample fits in {@code precision} bits, as {@link #toCodec} does,
     * without copying: for codecs that read the native container themselves.
     *
     * @throws DicodecException REFUSED naming Bits Stored, as {@link #toCodec}
     */
    public static void checkFits(byte[] nat, PixelDescription pd, int precision) {
        int bytes = pd.bitsAllocated() / 8;
        if (precision >= 8 * bytes) {
            return;
        }
        toCodec(nat, pd, precision, bytes);
    }

    /**
     * Codec samples ({@code inBytes} each, {@code precision} bits) to native samples of
     * {@code outBytes} each; with {@code signExtend} the value is sign extended from
     * {@code precision} bits to the whole container.
     */
    public static byte[] fromCodec(byte[] dec, int inBytes, int precision, boolean signExtend, int outBytes) {
        int n = dec.length / inBytes;
        boolean extend = signExtend && precision < outBytes * 8;
        if (inBytes == outBytes && !extend) {
            return dec;
        }
        byte[] out = inBytes == outBytes ? dec : new byte[n * outBytes];
        long mask = (1L << precision) - 1;
        for (int i = 0; i < n; i++) {
            long v = read(dec, i * inBytes, inBytes);
            if (extend) {
                v = signExtend(v & mask, precision, outBytes * 8);
            }
            write(out, i * outBytes, outBytes, v);
        }
        return out;
    }

    /** Colour by plane (R...G...B...) to colour by pixel (RGBRGB...), samples of {@code bytes}. */
    public static byte[] planarToInterleaved(byte[] planar, int pixels, int samples, int bytes) {
        byte[] out = new byte[planar.length];
        int plane = pixels * bytes;
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(planar, s * plane + p * bytes, out, (p * samples + s) * bytes, bytes);
            }
        }
        return out;
    }

    /** Colour by pixel to colour by plane. */
    public static byte[] interleavedToPlanar(byte[] interleaved, int pixels, int samples, int bytes) {
        byte[] out = new byte[interleaved.length];
        int plane = pixels * bytes;
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(interleaved, (p * samples + s) * bytes, out, s * plane + p * bytes, bytes);
            }
        }
        return out;
    }

    /** 1-bit frame (PS3.5 8.1.1: first pixel in bit 0) to one byte (0 or 1) per pixel. */
    public static byte[] unpackBits(byte[] packed, int pixels) {
        byte[] out = new byte[pixels];
        for (int i = 0; i < pixels; i++) {
            out[i] = (byte) ((packed[i >>> 3] >>> (i & 7)) & 1);
        }
        return out;
    }

    /** One byte per pixel (low bit used) to a 1-bit frame, first pixel in bit 0. */
    public static byte[] packBits(byte[] bytes, int pixels) {
        byte[] out = new byte[(pixels + 7) / 8];
        for (int i = 0; i < pixels; i++) {
            out[i >>> 3] |= (byte) ((bytes[i] & 1) << (i & 7));
        }
        return out;
    }

    static long signExtend(long low, int precision, int containerBits) {
        long v = (low & (1L << (precision - 1))) != 0 ? low - (1L << precision) : low;
        return containerBits >= 64 ? v : v & ((1L << containerBits) - 1);
    }

    private static long read(byte[] b, int off, int bytes) {
        switch (bytes) {
            case 1:
                return b[off] & 0xFFL;
            case 2:
                return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8;
            default:
                long v = 0;
                for (int k = bytes - 1; k >= 0; k--) {
                    v = v << 8 | (b[off + k] & 0xFFL);
                }
                return v;
        }
    }

    private static void write(byte[] b, int off, int bytes, long v) {
        for (int k = 0; k < bytes; k++) {
            b[off + k] = (byte) (v >>> (8 * k));
        }
    }
}
