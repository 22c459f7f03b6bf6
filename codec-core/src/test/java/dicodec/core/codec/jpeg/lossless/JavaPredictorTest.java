package dicodec.core.codec.jpeg.lossless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JavaPredictorTest {
    private final Predictor p = new JavaPredictor();

    @ParameterizedTest(name = "predictor {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void undifference_ofDifference_givesTheRowBack(int selection) {
        Random r = new Random(selection);
        int w = 37;
        int[] plane = new int[w * 3];
        for (int i = 0; i < plane.length; i++) {
            // 16-bit extremes next to each other exercise the modulo 2^16 arithmetic
            plane[i] = r.nextInt(4) == 0 ? (r.nextBoolean() ? 0 : 65535) : r.nextInt(65536);
        }
        int[] diff = new int[w];
        int[] back = new int[plane.length];
        for (int y = 0; y < 3; y++) {
            boolean first = y == 0;
            p.difference(selection, plane, y * w, plane, (y - 1) * w, diff, w, first, 32768);
            p.undifference(selection, diff, back, (y - 1) * w, back, y * w, w, first, 32768);
        }
        assertArrayEquals(plane, back);
    }

    @Test
    void undifference_firstRow_startsFromTheInitialValueThenUsesTheLeftSample() {
        int[] diff = {5, -1, 2};
        int[] row = new int[3];
        p.undifference(7, diff, null, 0, row, 0, 3, true, 2048);
        assertArrayEquals(new int[] {2053, 2052, 2054}, row);
    }

    @Test
    void undifference_predictor6_usesIjgArithmetic() {
        // Rb + ((Ra - Rc) >> 1) with an arithmetic shift of a negative difference
        int[] prev = {100, 200};
        int[] diff = {0, 0};
        int[] row = new int[2];
        p.undifference(6, diff, prev, 0, row, 0, 2, false, 0);
        assertEquals(100, row[0]);
        assertEquals(200, row[1]); // Ra = Rc = 100
        prev = new int[] {101, 0};
        p.undifference(6, new int[] {-1, 0}, prev, 0, row, 0, 2, false, 0);
        // Ra = 100, Rc = 101: (100 - 101) >> 1 = -1, so 0 + -1 wraps to 65535
        assertEquals(65535, row[1]);
    }
}
