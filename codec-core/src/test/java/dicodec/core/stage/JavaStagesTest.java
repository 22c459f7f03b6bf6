package dicodec.core.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.codec.jpeg.JpegLosslessEncoder;
import dicodec.core.codec.jpeg.JpegLosslessOptions;
import dicodec.core.codec.jpeg.NativeSamples;
import dicodec.core.codec.jpeg.SyntheticImages;
import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.io.ByteSwap;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import org.junit.jupiter.api.Test;

/** The Java twins of the data-parallel stages: what every device stage is compared with. */
class JavaStagesTest {
    private final SampleLayout layout = new JavaSampleLayout();

    @Test
    void toPlanes_ofFullWidthUnsignedSamples_isWhatTheJpegEncodersRead() {
        PixelDescription pd = SyntheticImages.description(13, 7, 3, 16, 16, 0, "RGB");
        byte[] frame = SyntheticImages.smooth(pd, 3);
        int[][] planes = new int[3][13 * 7];
        layout.toPlanes(frame, SampleFormat.of(pd), planes);
        assertArrayEquals(NativeSamples.planes(frame, pd), planes);
    }

    @Test
    void toPlanes_shiftsMasksAndSignExtends() {
        // 0xF00F: bits stored 12 above a shift of 2 are 0xC03 (sign bit set), so -1021 signed, 3075 unsigned.
        byte[] frame = {0x0F, (byte) 0xF0};
        int[][] out = new int[1][1];
        layout.toPlanes(frame, new SampleFormat(1, 1, 2, 0, 12, 2, true), out);
        assertEquals(0xC03 - 4096, out[0][0]);
        layout.toPlanes(frame, new SampleFormat(1, 1, 2, 0, 12, 2, false), out);
        assertEquals(0xC03, out[0][0]);
    }

    @Test
    void planarAndInterleaved_areInverses_andByteSwapMatchesTheReader() {
        byte[] px = new byte[5 * 3 * 2];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 7 + 1);
        }
        byte[] planar = new byte[px.length];
        byte[] back = new byte[px.length];
        layout.toPlanar(px, 5, 3, 2, planar);
        assertEquals(px[2], planar[5 * 2], "sample 1 of pixel 0 starts plane 1");
        layout.toInterleaved(planar, 5, 3, 2, back);
        assertArrayEquals(px, back);
        byte[] a = px.clone();
        byte[] b = px.clone();
        layout.byteSwap(a, 2);
        ByteSwap.swap(b, 0, b.length, 2);
        assertArrayEquals(b, a);
    }

    @Test
    void comparison_givesTheMaximumAndTheExactSumOfSquares() {
        SampleFormat f = new SampleFormat(3, 1, 2, 0, 16, 0, true);
        byte[] expected = {0, 0, 10, 0, (byte) 0xFF, (byte) 0xFF}; // 0, 10, -1
        byte[] actual = {3, 0, 6, 0, 1, 0}; // 3, 6, 1
        long[] r = new JavaSampleComparison().compare(new byte[][] {expected}, new byte[][] {actual}, f)[0];
        assertEquals(4, r[0]);
        assertEquals(9 + 16 + 4, r[1]);
        assertEquals(10 * Math.log10(65535.0 * 65535.0 / (29 / 3.0)), SampleComparison.psnr(r[1], 3, 16), 1e-9);
    }

    @Test
    void losslessEncoder_givesTheSameStream_whenThePredictorWorksOnWholePlanes() {
        PixelDescription pd = SyntheticImages.description(29, 31, 3, 8, 8, 0, "RGB");
        byte[] frame = SyntheticImages.smooth(pd, 4);
        Predictor java = new JavaPredictor();
        Predictor planes = new Predictor() {
            @Override
            public void undifference(int s, int[] d, int[] p, int po, int[] r, int ro, int w, boolean f, int i) {
                java.undifference(s, d, p, po, r, ro, w, f, i);
            }

            @Override
            public void difference(int s, int[] r, int ro, int[] p, int po, int[] d, int w, boolean f, int i) {
                java.difference(s, r, ro, p, po, d, w, f, i);
            }

            @Override
            public boolean prefersPlanes() {
                return true;
            }
        };
        for (int selection = 1; selection <= 7; selection++) {
            JpegLosslessOptions o = new JpegLosslessOptions(selection, 5);
            assertArrayEquals(new JpegLosslessEncoder(o, java).encode(frame, pd, EncodeOptions.DEFAULT).stream(),
                    new JpegLosslessEncoder(o, planes).encode(frame, pd, EncodeOptions.DEFAULT).stream(),
                    "predictor " + selection);
        }
    }
}
