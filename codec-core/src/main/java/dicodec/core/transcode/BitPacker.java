package dicodec.core.transcode;

import java.io.ByteArrayOutputStream;

/**
 * Joins decoded 1-bit frames back to back, bit after bit, as native Pixel Data packs them
 * (PS3.5 8.1.1): a frame whose bit count is not a multiple of 8 starts inside the last byte
 * of the frame before it. Bits are least significant first within a byte.
 */
final class BitPacker {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int partial;
    private int partialBits;

    /** Appends the first {@code bits} bits of {@code frame} (packed from bit 0). */
    void append(byte[] frame, long bits) {
        for (long i = 0; i < bits; i++) {
            int bit = (frame[(int) (i >>> 3)] >>> (i & 7)) & 1;
            partial |= bit << partialBits;
            if (++partialBits == 8) {
                out.write(partial);
                partial = 0;
                partialBits = 0;
            }
        }
    }

    /** Everything appended, the last byte padded with zero bits. */
    byte[] toByteArray() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        if (partialBits > 0) {
            copy.write(partial);
        }
        return copy.toByteArray();
    }
}
