package dicodec.core.codec.jpeg;

/**
 * Decodes the 64 coefficients of one sequential DCT block (T.81 F.2.2.1 and F.2.2.2) with the
 * combined look-ups of {@link DiffTable} (DC) and {@link AcTable}, the bit buffer held in
 * locals. Coefficients land in natural order; the block must be zero on entry.
 */
public final class BlockDecoder {
    private static final int LOOK = AcTable.LOOK;
    private static final int MASK = (1 << LOOK) - 1;

    private BlockDecoder() {
    }

    /** Decodes one block at coef[o..o+63]; returns the new DC predictor. */
    public static int decode(BitReader br, DiffTable dc, AcTable ac, short[] coef, int o, int pred, int mcu) {
        int[] dcFast = dc.fast;
        int[] acFast = ac.fast;
        int[] nat = ZigZag.NATURAL_PADDED;
        long acc = br.acc;
        int bits = br.bits;
        if (bits < 32) {
            br.bits = bits;
            br.fill();
            acc = br.acc;
            bits = br.bits;
        }
        // DC: a difference of SSSS <= 15
        int e = dcFast[(int) (acc >>> (bits - DiffTable.LOOK)) & ((1 << DiffTable.LOOK) - 1)];
        if ((e & DiffTable.CODE_ONLY) == 0 && e != 0) {
            bits -= e & 0x7F;
            pred += e >> 8;
        } else if (e != 0) {
            bits -= e & 0x7F;
            int s = e >>> 8;
            bits -= s;
            int v = (int) (acc >>> bits) & ((1 << s) - 1);
            pred += v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
        } else {
            br.acc = acc;
            br.bits = bits;
            pred += dcSlow(br, dc, mcu);
            acc = br.acc;
            bits = br.bits;
        }
        coef[o] = (short) pred;
        for (int k = 1; k < 64; k++) {
            if (bits < 32) {
                br.bits = bits;
                br.acc = acc;
                br.fill();
                acc = br.acc;
                bits = br.bits;
            }
            e = acFast[(int) (acc >>> (bits - LOOK)) & MASK];
            if ((e & AcTable.RESOLVED) != 0) {
                bits -= e & 0x3F;
                k += (e >> 8) & 15;
                coef[o + nat[k]] = (short) (e >> 16);
            } else if (e != 0) {
                bits -= e & 0x3F;
                int rs = e >>> 8;
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    k += r;
                    bits -= s;
                    int v = (int) (acc >>> bits) & ((1 << s) - 1);
                    coef[o + nat[k]] = (short) (v < (1 << (s - 1)) ? v - (1 << s) + 1 : v);
                } else if (r == 15) {
                    k += 15;
                } else {
                    break;
                }
            } else {
                br.acc = acc;
                br.bits = bits;
                k = acSlow(br, ac, coef, o, k, mcu);
                acc = br.acc;
                bits = br.bits;
                if (k >= 64) {
                    break;
                }
            }
        }
        br.acc = acc;
        br.bits = bits;
        return pred;
    }

    private static int dcSlow(BitReader br, DiffTable dc, int mcu) {
        int e = dc.table.lookup(br.peek16());
        if (e == 0) {
            throw JpegErrors.bad(br.position(), "no code of the DC Huffman table matches the data in MCU %d", mcu);
        }
        br.skip(e >>> 8);
        int s = e & 0xFF;
        return s == 0 ? 0 : br.receiveExtend(s);
    }

    /** One AC code longer than the look-up; returns k after it, or 64 at the end of block. */
    private static int acSlow(BitReader br, AcTable ac, short[] coef, int o, int k, int mcu) {
        int e = ac.table.lookup(br.peek16());
        if (e == 0) {
            throw JpegErrors.bad(br.position(), "no code of the AC Huffman table matches the data in MCU %d", mcu);
        }
        br.skip(e >>> 8);
        int rs = e & 0xFF;
        int r = rs >> 4;
        int s = rs & 15;
        if (s != 0) {
            k += r;
            coef[o + ZigZag.NATURAL_PADDED[k]] = (short) br.receiveExtend(s);
            return k;
        }
        return r == 15 ? k + 15 : 64;
    }
}
