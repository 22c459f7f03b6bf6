package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;

/**
 * The Red, Green and Blue Palette Color Lookup Tables of a PALETTE COLOR image (PS3.3
 * C.7.6.3.1.5 and C.7.6.3.1.6): each a Descriptor (0028,1101-1103: number of entries, 0 meaning
 * 65536; first stored value mapped; bits per entry, 8 or 16) and Data (0028,1201-1203).
 *
 * <p>Values below the first mapped one take the first entry, values past the last take the
 * last (C.7.6.3.1.5). 8-bit entries are found both one per byte and one per 16-bit word: the
 * length of the Data tells which; words whose values pass 255 hold the entry in their high byte,
 * as some writers did. Segmented tables (0028,1221-1223) are refused as UNSUPPORTED.
 */
public final class PaletteLut {
    private static final int[] DESCRIPTOR = {0x00281101, 0x00281102, 0x00281103};
    private static final int[] DATA = {0x00281201, 0x00281202, 0x00281203};
    private static final int[] SEGMENTED = {0x00281221, 0x00281222, 0x00281223};
    private static final String[] COLOUR = {"Red", "Green", "Blue"};

    private final int[][] tables;
    private final int[] firstMapped;
    private final int bitsPerEntry;

    private PaletteLut(int[][] tables, int[] firstMapped, int bitsPerEntry) {
        this.tables = tables;
        this.firstMapped = firstMapped;
        this.bitsPerEntry = bitsPerEntry;
    }

    /**
     * The three tables of {@code ds}.
     *
     * @throws DicodecException BAD_INPUT naming the attribute that is absent or malformed;
     *     UNSUPPORTED for segmented tables
     */
    public static PaletteLut fromDataset(Dataset ds, boolean signedIndexes) {
        int[][] tables = new int[3][];
        int[] first = new int[3];
        int[] bits = new int[3];
        for (int c = 0; c < 3; c++) {
            DicomElement d = ds.get(DESCRIPTOR[c]);
            if (d == null || d.isSequence() || d.isFragments() || d.length() < 6) {
                throw DicodecException.badAttribute(DESCRIPTOR[c], "absent or shorter than 3 values, but"
                        + " PALETTE COLOR needs the " + COLOUR[c] + " Palette Color Lookup Table Descriptor");
            }
            byte[] desc = d.bytes();
            int entries = u16(desc, 0);
            entries = entries == 0 ? 65536 : entries;
            first[c] = signedIndexes ? (short) u16(desc, 2) : u16(desc, 2);
            bits[c] = u16(desc, 4);
            if (bits[c] != 8 && bits[c] != 16) {
                throw DicodecException.badAttribute(DESCRIPTOR[c], "bits per entry " + bits[c] + " is neither 8 nor 16");
            }
            DicomElement data = ds.get(DATA[c]);
            if (data == null || data.isSequence() || data.isFragments() || data.length() == 0) {
                if (ds.contains(SEGMENTED[c])) {
                    throw DicodecException.unsupported("segmented Palette Color Lookup Tables (0028,1221-1223) are"
                            + " not supported yet; only (0028,1201-1203) tables are");
                }
                throw DicodecException.badAttribute(DATA[c], "absent, but PALETTE COLOR needs the " + COLOUR[c]
                        + " Palette Color Lookup Table Data");
            }
            tables[c] = entries(data.bytes(), entries, bits[c], DATA[c]);
        }
        int outBits = Math.max(bits[0], Math.max(bits[1], bits[2]));
        if (outBits == 16) {
            // Mixed depths: bring 8-bit tables to 16 bits so the three channels compare.
            for (int c = 0; c < 3; c++) {
                if (bits[c] == 8) {
                    for (int i = 0; i < tables[c].length; i++) {
                        tables[c][i] *= 257;
                    }
                }
            }
        }
        return new PaletteLut(tables, first, outBits);
    }

    private static int[] entries(byte[] data, int entries, int bits, int tag) {
        int[] out = new int[entries];
        if (bits == 8 && data.length >= entries && data.length < 2 * entries) {
            for (int i = 0; i < entries; i++) {
                out[i] = data[i] & 0xFF;
            }
            return out;
        }
        if (data.length < 2 * entries) {
            throw DicodecException.badAttribute(tag, "holds " + data.length + " bytes, but " + entries + " entries of "
                    + bits + " bits need " + (bits == 8 ? entries : 2 * entries));
        }
        int max = 0;
        for (int i = 0; i < entries; i++) {
            out[i] = u16(data, 2 * i);
            max = Math.max(max, out[i]);
        }
        if (bits == 8 && max > 255) {
            for (int i = 0; i < entries; i++) {
                out[i] >>>= 8;
            }
        }
        return out;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** 8 or 16: the depth of the colours the tables give. */
    public int bitsPerEntry() {
        return bitsPerEntry;
    }

    /** The entry of channel {@code c} (0 red, 1 green, 2 blue) for stored value {@code index}. */
    public int lookup(int c, long index) {
        int[] t = tables[c];
        long i = index - firstMapped[c];
        if (i <= 0) {
            return t[0];
        }
        return i >= t.length ? t[t.length - 1] : t[(int) i];
    }
}
