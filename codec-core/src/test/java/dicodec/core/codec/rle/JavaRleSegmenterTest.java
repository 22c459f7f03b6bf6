package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Byte Segments as PS3.5 G.2 orders them: sample after sample, most significant byte first. */
class JavaRleSegmenterTest {
    private final RleSegmenter segmenter = new JavaRleSegmenter();

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    private byte[] split(byte[] frame, RleLayout layout) {
        byte[] segments = new byte[layout.segments() * layout.segmentLength()];
        segmenter.split(frame, layout, segments);
        return segments;
    }

    @Test
    void split_sixteenBitGrey_givesHighBytesThenLowBytes() {
        RleLayout layout = new RleLayout(1, 3, 1, 2, 0, false);
        // Little Endian 0x0102, 0x0304, 0x0506
        assertArrayEquals(bytes(1, 3, 5, 2, 4, 6), split(bytes(2, 1, 4, 3, 6, 5), layout));
    }

    @Test
    void split_sixteenBitRgbByPixel_givesRedHighLowThenGreenThenBlue() {
        RleLayout layout = new RleLayout(1, 2, 3, 2, 0, false);
        // pixel 0: R 0x0A0B G 0x1A1B B 0x2A2B; pixel 1: R 0x0C0D G 0x1C1D B 0x2C2D (Little Endian)
        byte[] frame = bytes(0x0B, 0x0A, 0x1B, 0x1A, 0x2B, 0x2A, 0x0D, 0x0C, 0x1D, 0x1C, 0x2D, 0x2C);
        assertArrayEquals(bytes(0x0A, 0x0C, 0x0B, 0x0D, 0x1A, 0x1C, 0x1B, 0x1D, 0x2A, 0x2C, 0x2B, 0x2D),
                split(frame, layout));
    }

    @Test
    void split_thirtyTwoBitRgbByPlane_givesFourSegmentsPerPlane() {
        RleLayout layout = new RleLayout(1, 1, 3, 4, 1, false);
        byte[] frame = bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertArrayEquals(bytes(4, 3, 2, 1, 8, 7, 6, 5, 12, 11, 10, 9), split(frame, layout));
    }

    @Test
    void merge_undoesSplit_forEveryLayout() {
        Random random = new Random(7);
        for (int bytesPerSample : new int[] {1, 2, 4}) {
            for (int samples : new int[] {1, 3}) {
                for (int planar = 0; planar <= (samples > 1 ? 1 : 0); planar++) {
                    RleLayout layout = new RleLayout(5, 7, samples, bytesPerSample, planar, false);
                    byte[] frame = new byte[layout.frameLength()];
                    random.nextBytes(frame);
                    byte[] back = new byte[frame.length];
                    segmenter.merge(split(frame, layout), layout, back);
                    assertArrayEquals(frame, back, layout.toString());
                }
            }
        }
    }
}
