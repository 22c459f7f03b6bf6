package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HuffmanOptimiserTest {
    /** Kraft sum of the code lengths, in units of 2^-16. */
    private static long kraft(HuffmanSpec s) {
        long sum = 0;
        for (int l = 1; l <= 16; l++) {
            sum += (long) s.counts()[l] << (16 - l);
        }
        return sum;
    }

    @Test
    void build_fibonacciFrequencies_limitsCodesTo16BitsAndLeavesAllOnesFree() {
        long[] f = new long[256];
        long a = 1;
        long b = 1;
        for (int i = 0; i < 30; i++) {
            f[i] = a;
            long c = a + b;
            a = b;
            b = c;
        }
        HuffmanSpec s = HuffmanOptimiser.build(f);
        assertEquals(30, s.symbols().length);
        assertNotNull(s.codes());
        assertTrue(kraft(s) < 1 << 16, "the all-ones code must stay unused");
        int[] lengths = s.lengths();
        int len29 = lengths[java.util.Arrays.stream(s.symbols()).boxed().toList().indexOf(29)];
        assertEquals(lengths[0], len29, "the most frequent symbol has a shortest code");
    }

    @Test
    void build_singleSymbol_getsAOneBitCode() {
        long[] f = new long[256];
        f[7] = 1000;
        HuffmanSpec s = HuffmanOptimiser.build(f);
        assertEquals(1, s.counts()[1]);
        assertEquals(7, s.symbols()[0]);
    }

    @Test
    void build_moreFrequentSymbols_neverGetLongerCodes() {
        // (without the 16-bit limit at work: IJG's adjustment may then reorder equal lengths)
        long[] f = new long[256];
        for (int i = 0; i < 40; i++) {
            f[i] = 1 + (long) i * i;
        }
        HuffmanSpec s = HuffmanOptimiser.build(f);
        int[] len = new int[256];
        int[] lengths = s.lengths();
        for (int i = 0; i < s.symbols().length; i++) {
            len[s.symbols()[i]] = lengths[i];
        }
        for (int i = 1; i < 40; i++) {
            assertTrue(len[i] <= len[i - 1], "symbol " + i);
        }
    }
}
