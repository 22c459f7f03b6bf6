package dicodec.core.codec.jpeg.lossless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lossless encoder and decoder against each other on made-up data, every option. */
class LosslessCodecTest {
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (int precision : new int[] {2, 7, 8, 12, 16}) {
            for (int sv = 1; sv <= 7; sv++) {
                out.add(Arguments.of(precision, sv, sv % 2 == 0 ? 3 : 1, sv == 3 ? 4 : 0));
            }
        }
        return out.stream();
    }

    private static int[][] planes(int n, int w, int h, int precision, long seed) {
        Random r = new Random(seed);
        int[][] p = new int[n][w * h];
        for (int[] plane : p) {
            for (int i = 0; i < plane.length; i++) {
                // runs of smooth data with jumps to the extremes
                plane[i] = r.nextInt(8) == 0 ? (r.nextBoolean() ? 0 : (1 << precision) - 1)
                        : (i > 0 ? Math.min((1 << precision) - 1, Math.max(0, plane[i - 1] + r.nextInt(5) - 2))
                                : r.nextInt(1 << precision));
            }
        }
        return p;
    }

    private static LosslessImage decode(byte[] stream) {
        JpegReader reader = new JpegReader(stream);
        ScanHeader scan = reader.nextScan();
        return new LosslessDecoder(new JavaPredictor()).decode(reader, scan);
    }

    @ParameterizedTest(name = "P={0} SV{1} {2} components restart rows {3}")
    @MethodSource("cases")
    void decode_ofEncode_isTheInput(int precision, int sv, int n, int restartRows) {
        int w = 29;
        int h = 13;
        int[][] in = planes(n, w, h, precision, precision * 31L + sv);
        int[] ids = n == 1 ? new int[] {1} : new int[] {1, 2, 3};
        byte[] stream = new LosslessEncoder(new JavaPredictor()).encode(in, w, h, precision, sv, restartRows, ids);
        LosslessImage out = decode(stream);
        assertEquals(precision, out.frame().precision());
        assertEquals(n, out.planes().length);
        for (int c = 0; c < n; c++) {
            assertArrayEquals(in[c], out.planes()[c], "component " + c);
        }
        if (restartRows > 0) {
            assertTrue(new JpegReader(stream).nextScan() != null);
        }
    }

    @Test
    void encode_differenceOf32768_usesCategory16WithoutExtraBits() {
        assertEquals(16, LosslessEncoder.category(32768));
        assertEquals(15, LosslessEncoder.category(32767));
        assertEquals(15, LosslessEncoder.category(65535 - 32766)); // -32767
        int w = 16;
        int[][] in = {new int[w * 2]};
        for (int i = 0; i < in[0].length; i++) {
            in[0][i] = (i & 1) == 0 ? 0 : 32768;
        }
        byte[] stream = new LosslessEncoder(new JavaPredictor()).encode(in, w, 2, 16, 1, 0, new int[] {1});
        assertArrayEquals(in[0], decode(stream).planes()[0]);
    }
}
