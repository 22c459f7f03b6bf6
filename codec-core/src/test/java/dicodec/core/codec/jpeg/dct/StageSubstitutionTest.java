package dicodec.core.codec.jpeg.dct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.codec.jpeg.JpegDctEncoder;
import dicodec.core.codec.jpeg.JpegDecoder;
import dicodec.core.codec.jpeg.JpegLosslessEncoder;
import dicodec.core.codec.jpeg.JpegLosslessOptions;
import dicodec.core.codec.jpeg.JpegLossyOptions;
import dicodec.core.codec.jpeg.SyntheticImages;
import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The codecs run whatever stages they are given: decorators that count their calls and
 * delegate to the Java stages are used, and the output stays the same. This is the seam an
 * OpenCL stage plugs into (and is compared at bit for bit).
 */
class StageSubstitutionTest {
    private static final PixelDescription RGB = SyntheticImages.description(37, 53, 3, 8, 8, 0, "RGB");

    @Test
    void dctCodecs_useTheStagesTheyAreGiven_andGiveTheSameResult() {
        DctStages java = DctStages.java();
        AtomicInteger idctBlocks = new AtomicInteger();
        AtomicInteger fdctBlocks = new AtomicInteger();
        AtomicInteger colour = new AtomicInteger();
        AtomicInteger entropy = new AtomicInteger();
        DctStages counting = new DctStages(
                (reader, scan, planes) -> {
                    entropy.incrementAndGet();
                    java.entropyDecoder().decodeScan(reader, scan, planes);
                },
                (coef, bw, bh, quant, precision, samples) -> {
                    idctBlocks.addAndGet(bw * bh);
                    java.inverseDct().inverse(coef, bw, bh, quant, precision, samples);
                },
                java.upsampler(),
                new ColourConverter() {
                    @Override
                    public void yccToRgb(short[] y, short[] cb, short[] cr, int stride, int width, int height,
                            int precision, byte[] out, int bytesPerSample) {
                        colour.incrementAndGet();
                        java.colour().yccToRgb(y, cb, cr, stride, width, height, precision, out, bytesPerSample);
                    }

                    @Override
                    public void rgbToYcc(short[] r, short[] g, short[] b, int count, int precision) {
                        colour.incrementAndGet();
                        java.colour().rgbToYcc(r, g, b, count, precision);
                    }
                },
                (samples, bw, bh, precision, out) -> {
                    fdctBlocks.addAndGet(bw * bh);
                    java.forwardDct().forward(samples, bw, bh, precision, out);
                },
                java.quantiser(), java.downsampler(), java.entropyEncoder());
        byte[] pixels = SyntheticImages.smooth(RGB, 5);
        JpegLossyOptions opts = JpegLossyOptions.DEFAULT;
        byte[] reference = new JpegDctEncoder(true, opts).encode(pixels, RGB, EncodeOptions.DEFAULT).stream();
        byte[] stream = new JpegDctEncoder(true, opts, counting).encode(pixels, RGB, EncodeOptions.DEFAULT).stream();
        assertArrayEquals(reference, stream, "encoding through the decorated stages");
        // 4:2:2 in MCUs of 16 x 8: 4 x 5 MCUs, 2 luminance + 2 chrominance blocks each
        assertEquals(4 * 5 * 4, fdctBlocks.get());
        assertEquals(1, colour.get());

        PixelDescription ybr = SyntheticImages.description(37, 53, 3, 8, 8, 0, "YBR_FULL_422");
        byte[] expected = new JpegDecoder().decode(stream, ybr).pixels();
        byte[] got = new JpegDecoder(new JavaPredictor(), counting).decode(stream, ybr).pixels();
        assertArrayEquals(expected, got, "decoding through the decorated stages");
        assertEquals(4 * 5 * 4, idctBlocks.get());
        assertEquals(1, entropy.get());
        assertEquals(2, colour.get());
    }

    @Test
    void losslessCodecs_useThePredictorTheyAreGiven() {
        PixelDescription grey = SyntheticImages.description(19, 23, 1, 16, 12, 0, "MONOCHROME2");
        AtomicInteger rows = new AtomicInteger();
        Predictor java = new JavaPredictor();
        Predictor counting = new Predictor() {
            @Override
            public void undifference(int selection, int[] diff, int[] prev, int prevOff, int[] row, int rowOff,
                    int width, boolean firstRow, int initial) {
                rows.incrementAndGet();
                java.undifference(selection, diff, prev, prevOff, row, rowOff, width, firstRow, initial);
            }

            @Override
            public void difference(int selection, int[] row, int rowOff, int[] prev, int prevOff, int[] diff,
                    int width, boolean firstRow, int initial) {
                rows.incrementAndGet();
                java.difference(selection, row, rowOff, prev, prevOff, diff, width, firstRow, initial);
            }
        };
        byte[] pixels = SyntheticImages.smooth(grey, 2);
        byte[] stream = new JpegLosslessEncoder(new JpegLosslessOptions(5, 0), counting)
                .encode(pixels, grey, EncodeOptions.DEFAULT).stream();
        assertEquals(2 * 19, rows.get(), "each row predicted in both passes of the encoder");
        assertArrayEquals(pixels, new JpegDecoder(counting, DctStages.java()).decode(stream, grey).pixels());
        assertEquals(3 * 19, rows.get());
    }
}
