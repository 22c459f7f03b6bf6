package dicodec.core.stage;

import dicodec.core.pixel.PixelDescription;

/**
 * How the integer samples of one native frame lie in its bytes, as the data-parallel stages
 * need it: Little Endian samples of 1, 2 or 4 bytes, colour-by-pixel (planar 0) or
 * colour-by-plane (planar 1); each value is the {@code bitsStored} bits above {@code shift}
 * (High Bit + 1 - Bits Stored, PS3.5 8.1.1), sign-extended when {@code signed}.
 *
 * @param pixels Rows x Columns
 * @param samples Samples per Pixel
 * @param bytesPerSample Bits Allocated / 8: 1, 2 or 4
 * @param planar Planar Configuration (0 for one sample)
 * @param bitsStored Bits Stored, 1..32
 * @param shift bits below the stored ones
 * @param signed Pixel Representation 1
 */
public record SampleFormat(int pixels, int samples, int bytesPerSample, int planar, int bitsStored, int shift,
        boolean signed) {
    public SampleFormat {
        if (bytesPerSample != 1 && bytesPerSample != 2 && bytesPerSample != 4) {
            throw new IllegalArgumentException("samples of " + bytesPerSample + " bytes: 1, 2 or 4 are laid out");
        }
        if (bitsStored < 1 || shift < 0 || bitsStored + shift > 8 * bytesPerSample) {
            throw new IllegalArgumentException(bitsStored + " bits stored above bit " + shift + " do not fit "
                    + bytesPerSample + " bytes");
        }
    }

    /**
     * The format of {@code pd}'s frames; null when they are not byte-aligned integers (1-bit,
     * float), which no stage takes.
     */
    public static SampleFormat of(PixelDescription pd) {
        int ba = pd.bitsAllocated();
        if (pd.isFloat() || (ba != 8 && ba != 16 && ba != 32)) {
            return null;
        }
        int bs = pd.bitsStored();
        int shift = Math.max(0, Math.min(ba - bs, pd.highBit() + 1 - bs));
        return new SampleFormat(pd.rows() * pd.columns(), pd.samplesPerPixel(), ba / 8,
                pd.samplesPerPixel() > 1 ? pd.planarConfiguration() : 0, bs, shift, pd.isSigned());
    }

    /** Samples in the frame: pixels x samples. */
    public int count() {
        return pixels * samples;
    }

    /** Bytes of the frame. */
    public long frameLength() {
        return (long) count() * bytesPerSample;
    }

    /** The value of the {@code i}-th sample in storage order (the reference every stage follows). */
    public int value(byte[] frame, int i) {
        int at = i * bytesPerSample;
        int raw;
        if (bytesPerSample == 1) {
            raw = frame[at] & 0xFF;
        } else if (bytesPerSample == 2) {
            raw = (frame[at] & 0xFF) | (frame[at + 1] & 0xFF) << 8;
        } else {
            raw = (frame[at] & 0xFF) | (frame[at + 1] & 0xFF) << 8 | (frame[at + 2] & 0xFF) << 16
                    | (frame[at + 3] & 0xFF) << 24;
        }
        return extend(raw);
    }

    /** Shift, mask to Bits Stored and sign-extend a raw sample (32-bit unsigned values come back as int bits). */
    public int extend(int raw) {
        int v = raw >>> shift;
        if (bitsStored == 32) {
            return v;
        }
        v &= (1 << bitsStored) - 1;
        if (signed && (v >>> (bitsStored - 1) & 1) == 1) {
            v |= -1 << bitsStored;
        }
        return v;
    }
}
