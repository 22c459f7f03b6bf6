package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dicodec.core.error.DicodecException;
import org.junit.jupiter.api.Test;

class HuffmanDecodingTableTest {
    /** Lengths 2, 3, 3 and then one code each of lengths 10..16 (to exercise the slow path). */
    private static HuffmanSpec spec() {
        int[] counts = new int[17];
        counts[2] = 1;
        counts[3] = 2;
        for (int l = 10; l <= 16; l++) {
            counts[l] = 1;
        }
        int[] symbols = {5, 6, 7, 10, 11, 12, 13, 14, 15, 16};
        return new HuffmanSpec(counts, symbols);
    }

    @Test
    void lookup_eachCanonicalCode_givesItsSymbolAndLength() {
        HuffmanSpec s = spec();
        HuffmanDecodingTable t = new HuffmanDecodingTable(s, 0);
        int[] codes = s.codes();
        int[] lengths = s.lengths();
        for (int i = 0; i < codes.length; i++) {
            int next16 = codes[i] << (16 - lengths[i]);
            assertEquals(lengths[i] << 8 | s.symbols()[i], t.lookup(next16), "code " + i);
            // the bits after the code do not matter
            assertEquals(lengths[i] << 8 | s.symbols()[i], t.lookup(next16 | ((1 << (16 - lengths[i])) - 1)));
        }
    }

    @Test
    void lookup_bitsNoCodeStarts_givesZero() {
        HuffmanDecodingTable t = new HuffmanDecodingTable(spec(), 0);
        assertEquals(0, t.lookup(0xFFFF));
    }

    @Test
    void constructor_codeSpaceOverflow_throwsAtTheTable() {
        int[] counts = new int[17];
        counts[1] = 3;
        DicodecException e = assertThrows(DicodecException.class,
                () -> new HuffmanDecodingTable(new HuffmanSpec(counts, new int[] {1, 2, 3}), 42));
        assertEquals(42, e.offset());
    }
}
