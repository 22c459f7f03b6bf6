package dicodec.core.codec.jpeg;

/**
 * Builds the optimal Huffman table for measured symbol frequencies (T.81 K.2), limited to
 * 16-bit codes and keeping the all-ones code unused, by IJG's jpeg_gen_optimal_table (a
 * pseudo-symbol 256 reserves that code; ties go to the larger symbol).
 */
public final class HuffmanOptimiser {
    private static final int MAX_CLEN = 32;

    private HuffmanOptimiser() {
    }

    /**
     * @param frequencies 256 counts (a copy is used; the array is not changed)
     * @return the table; symbols with count 0 get no code
     */
    public static HuffmanSpec build(long[] frequencies) {
        long[] freq = new long[257];
        System.arraycopy(frequencies, 0, freq, 0, 256);
        freq[256] = 1;
        int[] codesize = new int[257];
        int[] others = new int[257];
        java.util.Arrays.fill(others, -1);
        while (true) {
            int c1 = -1;
            long v = Long.MAX_VALUE;
            for (int i = 0; i <= 256; i++) {
                if (freq[i] != 0 && freq[i] <= v) {
                    v = freq[i];
                    c1 = i;
                }
            }
            int c2 = -1;
            v = Long.MAX_VALUE;
            for (int i = 0; i <= 256; i++) {
                if (freq[i] != 0 && freq[i] <= v && i != c1) {
                    v = freq[i];
                    c2 = i;
                }
            }
            if (c2 < 0) {
                break;
            }
            freq[c1] += freq[c2];
            freq[c2] = 0;
            codesize[c1]++;
            while (others[c1] >= 0) {
                c1 = others[c1];
                codesize[c1]++;
            }
            others[c1] = c2;
            codesize[c2]++;
            while (others[c2] >= 0) {
                c2 = others[c2];
                codesize[c2]++;
            }
        }
        int[] bits = new int[MAX_CLEN + 1];
        for (int i = 0; i <= 256; i++) {
            if (codesize[i] != 0) {
                bits[codesize[i]]++;
            }
        }
        // Move codes longer than 16 bits up the tree (K.3, Figure K.3).
        for (int i = MAX_CLEN; i > 16; i--) {
            while (bits[i] > 0) {
                int j = i - 2;
                while (bits[j] == 0) {
                    j--;
                }
                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }
        int i = 16;
        while (bits[i] == 0) {
            i--;
        }
        bits[i]--; // drop the pseudo-symbol from the longest length
        int[] counts = new int[17];
        int total = 0;
        for (int l = 1; l <= 16; l++) {
            counts[l] = bits[l];
            total += bits[l];
        }
        int[] symbols = new int[total];
        int p = 0;
        for (int l = 1; l <= MAX_CLEN && p < total; l++) {
            for (int s = 0; s <= 255; s++) {
                if (codesize[s] == l) {
                    symbols[p++] = s;
                }
            }
        }
        return new HuffmanSpec(counts, symbols);
    }
}
