package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;

/**
 * The samples of one native frame (Little Endian, byte aligned) read as numbers: integers masked
 * to Bits Stored and sign-extended when Pixel Representation is 1 (PS3.5 8.1.1: the stored bits
 * are the low ones, High Bit = Bits Stored - 1), or the IEEE values of Float / Double Float
 * Pixel Data. Sample {@code i} is the i-th in storage order, whatever the planar configuration.
 */
final class StoredSamples {
    private final byte[] data;
    private final int bytesPerSample;
    private final int bitsStored;
    private final boolean signed;
    private final boolean isFloat;
    private final long mask;

    StoredSamples(byte[] data, PixelDescription pd) {
        if (pd.bitsAllocated() % 8 != 0) {
            throw new IllegalArgumentException("samples of " + pd.bitsAllocated() + " bits are not byte aligned");
        }
        this.data = data;
        this.bytesPerSample = pd.bitsAllocated() / 8;
        this.isFloat = pd.isFloat();
        this.bitsStored = isFloat ? pd.bitsAllocated() : pd.bitsStored();
        this.signed = pd.isSigned();
        this.mask = bitsStored >= 64 ? -1L : (1L << bitsStored) - 1;
    }

    /** Throws BAD_INPUT when the frame holds fewer than {@code count} samples. */
    StoredSamples requireSamples(long count, PixelDescription pd) {
        long need = count * bytesPerSample;
        if (data.length < need) {
            throw DicodecException.badAttribute(pd.pixelDataTag(), "a decoded frame of " + data.length
                    + " bytes is shorter than the " + need + " bytes " + pd.rows() + " x " + pd.columns()
                    + " pixels need");
        }
        return this;
    }

    int bitsStored() {
        return bitsStored;
    }

    boolean isSigned() {
        return signed;
    }

    /** The stored integer value of sample {@code i}. */
    long value(int i) {
        int at = i * bytesPerSample;
        long raw;
        switch (bytesPerSample) {
            case 1:
                raw = data[at] & 0xFF;
                break;
            case 2:
                raw = (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
                break;
            case 4:
                raw = (data[at] & 0xFFL) | (data[at + 1] & 0xFFL) << 8 | (data[at + 2] & 0xFFL) << 16
                        | (data[at + 3] & 0xFFL) << 24;
                break;
            default:
                raw = 0;
                for (int k = bytesPerSample - 1; k >= 0; k--) {
                    raw = raw << 8 | (data[at + k] & 0xFF);
                }
        }
        raw &= mask;
        if (signed && bitsStored < 64 && (raw >>> (bitsStored - 1) & 1) == 1) {
            raw |= ~mask;
        }
        return raw;
    }

    /** Sample {@code i} as a number: the stored integer, or the float / double value. */
    double real(int i) {
        if (!isFloat) {
            return value(i);
        }
        int at = i * bytesPerSample;
        long bits = 0;
        for (int k = bytesPerSample - 1; k >= 0; k--) {
            bits = bits << 8 | (data[at + k] & 0xFF);
        }
        return bytesPerSample == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }
}
