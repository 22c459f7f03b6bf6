package dicodec.core.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reference RCT and ICT against values worked by hand from T.800 G.2 and G.3. */
class JavaComponentTransformTest {
    private final ComponentTransform t = new JavaComponentTransform();

    @Test
    void rct_worksAsG2Says_andIsExactlyReversible() {
        // R, G, B = (100, 50, -20): Y = floor((100 + 100 - 20) / 4) = 45, Cb = -70, Cr = 50.
        // (-3, -2, -2): Y = floor(-9 / 4) = -3 (floor, not truncation), Cb = 0, Cr = -1.
        int[] c0 = {100, -3, 127, -128};
        int[] c1 = {50, -2, 127, -128};
        int[] c2 = {-20, -2, 127, 127};
        int[][] src = {c0.clone(), c1.clone(), c2.clone()};
        t.rctForward(c0, c1, c2, 4);
        assertArrayEquals(new int[] {45, -3, 127, -65}, c0);
        assertArrayEquals(new int[] {-70, 0, 0, 255}, c1);
        assertArrayEquals(new int[] {50, -1, 0, 0}, c2);
        t.rctInverse(c0, c1, c2, 4);
        assertArrayEquals(src[0], c0);
        assertArrayEquals(src[1], c1);
        assertArrayEquals(src[2], c2);
    }

    @Test
    void ict_grey_hasNoChroma_andComesBackRounded() {
        int[] grey = {-128, 0, 77, 127};
        float[] y = new float[4];
        float[] cb = new float[4];
        float[] cr = new float[4];
        t.ictForward(grey, grey, grey, 4, y, cb, cr);
        // G.3's coefficients are rounded to 5 decimals, so each row sums to within 1e-5 of its
        // ideal (1, 0, 0): grey keeps at most 128 x 1e-5 of chroma.
        for (int i = 0; i < 4; i++) {
            assertEquals(grey[i], y[i], 0.002f, "luma of grey");
            assertEquals(0f, cb[i], 0.002f, "no blue difference in grey");
            assertEquals(0f, cr[i], 0.002f, "no red difference in grey");
        }
        int[] r = new int[4];
        int[] g = new int[4];
        int[] b = new int[4];
        t.ictInverse(y, cb, cr, 4, r, g, b);
        assertArrayEquals(grey, r);
        assertArrayEquals(grey, g);
        assertArrayEquals(grey, b);
    }

    @Test
    void ictInverse_roundsHalvesUp() {
        int[] r = new int[2];
        int[] g = new int[2];
        int[] b = new int[2];
        t.ictInverse(new float[] {2.5f, -2.5f}, new float[2], new float[2], 2, r, g, b);
        assertArrayEquals(new int[] {3, -2}, r);
    }
}
