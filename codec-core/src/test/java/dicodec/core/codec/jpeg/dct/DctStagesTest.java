package dicodec.core.codec.jpeg.dct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DctStagesTest {
    private final DctStages stages = DctStages.java();

    /** The inverse DCT of T.81 A.3.3 in double precision, level-shifted, rounded and clamped. */
    private static int[] referenceIdct(short[] coef, int[] q, int precision) {
        int[] out = new int[64];
        int max = (1 << precision) - 1;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double s = 0;
                for (int v = 0; v < 8; v++) {
                    for (int u = 0; u < 8; u++) {
                        double cu = u == 0 ? Math.sqrt(0.5) : 1;
                        double cv = v == 0 ? Math.sqrt(0.5) : 1;
                        s += cu * cv * coef[v * 8 + u] * q[v * 8 + u] * Math.cos((2 * x + 1) * u * Math.PI / 16)
                                * Math.cos((2 * y + 1) * v * Math.PI / 16);
                    }
                }
                out[y * 8 + x] = (int) Math.max(0, Math.min(max, Math.round(s / 4 + (1 << (precision - 1)))));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}-bit")
    @ValueSource(ints = {8, 12})
    void inverseDct_isWithinOneOfTheExactTransform(int precision) {
        Random r = new Random(precision);
        int[] q = new int[64];
        for (int i = 0; i < 64; i++) {
            q[i] = 1 + r.nextInt(precision == 8 ? 20 : 4);
        }
        short[] coef = new short[64 * 50];
        short[] out = new short[8 * 50 * 8];
        for (int i = 0; i < coef.length; i++) {
            int k = i % 64;
            coef[i] = (short) (k == 0 ? r.nextInt(200) - 100 : k < 20 && r.nextInt(3) == 0 ? r.nextInt(40) - 20 : 0);
        }
        stages.inverseDct().inverse(coef, 50, 1, q, precision, out);
        for (int b = 0; b < 50; b++) {
            short[] one = java.util.Arrays.copyOfRange(coef, b * 64, b * 64 + 64);
            int[] ref = referenceIdct(one, q, precision);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    int got = out[y * 400 + b * 8 + x];
                    assertTrue(Math.abs(got - ref[y * 8 + x]) <= 1, "block " + b + " (" + x + "," + y + "): " + got
                            + " vs " + ref[y * 8 + x]);
                }
            }
        }
    }

    @Test
    void inverseDct_dcOnlyBlock_isFlatAtDcOverEightPlusCentre() {
        short[] coef = new short[64];
        coef[0] = 10;
        int[] q = new int[64];
        java.util.Arrays.fill(q, 8);
        short[] out = new short[64];
        stages.inverseDct().inverse(coef, 1, 1, q, 8, out);
        for (short s : out) {
            assertEquals(128 + 10, s);
        }
    }

    @Test
    void inverseDct_wildCoefficients_wrapAndClampAsIjgDoes() {
        // A DC far out of range wraps modulo 4 x 256 before clamping (IJG's RANGE_MASK): 600 + 128 would
        // clamp to 255, but 600 wraps to -424, which clamps to 0.
        short[] coef = new short[64];
        coef[0] = 600;
        int[] q = new int[64];
        java.util.Arrays.fill(q, 8);
        short[] out = new short[64];
        stages.inverseDct().inverse(coef, 1, 1, q, 8, out);
        assertEquals(0, out[0]);
        coef[0] = 300;
        stages.inverseDct().inverse(coef, 1, 1, q, 8, out);
        assertEquals(255, out[0]);
    }

    @ParameterizedTest(name = "{0}-bit")
    @ValueSource(ints = {8, 12})
    void forwardThenInverse_withUnitQuantisation_returnsTheSamples(int precision) {
        Random r = new Random(3);
        int max = (1 << precision) - 1;
        short[] samples = new short[64 * 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) r.nextInt(max + 1);
        }
        int[] dct = new int[64 * 4];
        stages.forwardDct().forward(samples, 2, 2, precision, dct);
        int[] ones = new int[64];
        java.util.Arrays.fill(ones, 1);
        short[] coef = new short[64 * 4];
        stages.quantiser().quantise(dct, 4, ones, coef);
        short[] back = new short[64 * 4];
        stages.inverseDct().inverse(coef, 2, 2, ones, precision, back);
        for (int i = 0; i < samples.length; i++) {
            assertTrue(Math.abs(samples[i] - back[i]) <= 1, i + ": " + samples[i] + " vs " + back[i]);
        }
    }

    @Test
    void quantiser_roundsHalfAwayFromZero() {
        int[] dct = new int[64];
        dct[0] = 8 * 10 * 5 / 2 * 1; // 2.5 x (8 x 10) after the /8 scaling: 200 / 80
        dct[1] = -200;
        dct[2] = 79;
        int[] q = new int[64];
        java.util.Arrays.fill(q, 10);
        short[] out = new short[64];
        stages.quantiser().quantise(dct, 1, q, out);
        assertEquals(3, out[0]);
        assertEquals(-3, out[1]);
        assertEquals(1, out[2]);
    }

    @Test
    void colour_knownRgbValues_convertAsJfifSays() {
        short[] r = {255, 0, 0, 255, 0};
        short[] g = {0, 255, 0, 255, 0};
        short[] b = {0, 0, 255, 255, 0};
        stages.colour().rgbToYcc(r, g, b, 5, 8);
        assertArrayEquals(new short[] {76, 150, 29, 255, 0}, r);
        assertArrayEquals(new short[] {85, 44, 255, 128, 128}, g);
        assertArrayEquals(new short[] {255, 21, 107, 128, 128}, b);
        byte[] rgb = new byte[15];
        stages.colour().yccToRgb(r, g, b, 5, 5, 1, 8, rgb, 1);
        // B of blue: Y 29 + Cb_b_tab[255] = 29 + (1.772 x 127 rounded) = 29 + 225 (IJG truncates 225.5)
        int[] expected = {254, 0, 0, 0, 255, 1, 0, 0, 254, 255, 255, 255, 0, 0, 0};
        for (int i = 0; i < 15; i++) {
            assertEquals(expected[i], rgb[i] & 0xFF, "byte " + i);
        }
    }

    @Test
    void colour_sixteenBitOutput_isLittleEndianColourByPixel() {
        short[] y = {4095, 0};
        short[] cb = {2048, 2048};
        short[] cr = {2048, 2048};
        byte[] out = new byte[12];
        stages.colour().yccToRgb(y, cb, cr, 2, 2, 1, 12, out, 2);
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x0F, (byte) 0xFF, 0x0F, (byte) 0xFF, 0x0F, 0, 0, 0, 0, 0, 0}, out);
    }

    @Test
    void upsampler_h2v1_isIjgsTriangleFilterWithEdgesRepeated() {
        short[] in = {0, 100, 200};
        short[] out = new short[6];
        stages.upsampler().upsample(in, 3, 3, 1, 2, 1, out, 6, 6, 1);
        // first: v, (3v + next + 2) / 4; middle: (3v + prev + 1) / 4, (3v + next + 2) / 4; last: (3v + prev + 1) / 4, v
        assertArrayEquals(new short[] {0, 25, 75, 125, 175, 200}, out);
    }

    @Test
    void upsampler_h2v2_repeatsTheEdgeLinesAboveAndBelow() {
        short[] in = {0, 0, 0, 160, 160, 160};
        short[] out = new short[6 * 4];
        stages.upsampler().upsample(in, 3, 3, 2, 2, 2, out, 6, 6, 4);
        assertEquals(0, out[0]); // line 0: nearer line 0, farther line 0 (repeated above)
        assertEquals(40, out[6 * 1]); // line 1: (3 x 0 + 160) x 4 + 7 >> 4 = 40
        assertEquals(120, out[6 * 2]); // line 2: (3 x 160 + 0) x 4 + 8 >> 4 = 120
        assertEquals(160, out[6 * 3]); // line 3: nearer 160, farther repeated 160
    }

    @Test
    void upsampler_twoWideComponent_isReplicatedAsIjgDoes() {
        short[] in = {10, 90};
        short[] out = new short[4];
        stages.upsampler().upsample(in, 2, 2, 1, 2, 1, out, 4, 4, 1);
        assertArrayEquals(new short[] {10, 10, 90, 90}, out);
    }

    @Test
    void downsampler_h2v1_alternatesTheRoundingBias() {
        short[] in = {1, 2, 1, 2, 5, 6};
        short[] out = new short[3];
        stages.downsampler().downsample(in, 6, 2, 1, out, 3, 1);
        assertArrayEquals(new short[] {1, 2, 5}, out); // (3+0)>>1, (3+1)>>1, (11+0)>>1
    }

    @Test
    void quantTables_quality50IsAnnexK_quality100IsAllOnes_lowQualityIsCapped() {
        assertArrayEquals(QuantTables.LUMINANCE, QuantTables.forQuality(false, 50, 255));
        assertArrayEquals(QuantTables.CHROMINANCE, QuantTables.forQuality(true, 50, 255));
        int[] ones = new int[64];
        java.util.Arrays.fill(ones, 1);
        assertArrayEquals(ones, QuantTables.forQuality(false, 100, 255));
        for (int v : QuantTables.forQuality(false, 1, 255)) {
            assertTrue(v >= 1 && v <= 255);
        }
        assertEquals(16 * 5000 / 100, QuantTables.forQuality(false, 1, 32767)[0]);
    }
}
