package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dicodec.core.codec.jpeg.dct.ChromaDownsampler;
import dicodec.core.codec.jpeg.dct.ChromaUpsampler;
import dicodec.core.codec.jpeg.dct.ColourConverter;
import dicodec.core.codec.jpeg.dct.JavaColourConverter;
import dicodec.core.codec.jpeg.dct.JavaDownsampler;
import dicodec.core.codec.jpeg.dct.JavaFancyUpsampler;
import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * colour.cl and sampling.cl against {@link JavaColourConverter}, {@link JavaDownsampler} and
 * {@link JavaFancyUpsampler} on real colour frames, 8-bit and 12-bit precision, every ratio.
 */
class ColourSamplingKernelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/US1_UNCR.dcm", "pydicom-data/color-pl.dcm", "pydicom-data/SC_rgb.dcm",
        "pydicom-data/SC_rgb_16bit.dcm"})
    void colourBothWays_andEverySubsampling_matchTheJavaTwins(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        int w = f.pd().columns();
        int h = f.pd().rows();
        int n = w * h;
        int precision = f.pd().bitsStored() <= 8 ? 8 : 12;
        int[][] planes = new int[3][n];
        new JavaSampleLayout().toPlanes(f.pixels(), SampleFormat.of(f.pd()), planes);
        short[][] a = new short[3][n];
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < n; i++) {
                a[s][i] = (short) (planes[s][i] >> (f.pd().bitsStored() - Math.min(precision, f.pd().bitsStored())));
            }
        }
        short[][] b = {a[0].clone(), a[1].clone(), a[2].clone()};
        ColourConverter java = new JavaColourConverter();
        ColourConverter gpu = new OpenClColourConverter(OpenClTesting.runtime());
        long before = OpenClTesting.launches();

        java.rgbToYcc(a[0], a[1], a[2], n, precision);
        gpu.rgbToYcc(b[0], b[1], b[2], n, precision);
        for (int s = 0; s < 3; s++) {
            assertArrayEquals(a[s], b[s], "RGB to YCbCr, component " + s);
        }
        for (int bps = 1; bps <= 2; bps++) {
            byte[] ra = new byte[3 * n * bps];
            byte[] rb = new byte[3 * n * bps];
            java.yccToRgb(a[0], a[1], a[2], w, w, h, precision, ra, bps);
            gpu.yccToRgb(a[0], a[1], a[2], w, w, h, precision, rb, bps);
            assertArrayEquals(ra, rb, "YCbCr to RGB, " + bps + " byte samples");
        }

        ChromaDownsampler down = new JavaDownsampler();
        ChromaDownsampler gdown = new OpenClDownsampler(OpenClTesting.runtime());
        ChromaUpsampler up = new JavaFancyUpsampler();
        ChromaUpsampler gup = new OpenClUpsampler(OpenClTesting.runtime());
        int[][] ratios = {{1, 1}, {2, 1}, {2, 2}, {3, 1}, {4, 2}};
        for (int[] r : ratios) {
            int ow = w / r[0];
            int oh = h / r[1];
            short[] da = new short[ow * oh];
            short[] db = new short[ow * oh];
            down.downsample(a[1], w, r[0], r[1], da, ow, oh);
            gdown.downsample(a[1], w, r[0], r[1], db, ow, oh);
            assertArrayEquals(da, db, "downsampling " + r[0] + "x" + r[1]);
            int outW = ow * r[0];
            int outH = oh * r[1];
            int stride = outW + 5; // a stride wider than the plane: the padding must stay as it was
            short[] ua = new short[stride * outH];
            short[] ub = new short[stride * outH];
            Arrays.fill(ua, (short) -7);
            Arrays.fill(ub, (short) -7);
            up.upsample(da, ow, ow, oh, r[0], r[1], ua, stride, outW, outH);
            gup.upsample(da, ow, ow, oh, r[0], r[1], ub, stride, outW, outH);
            assertArrayEquals(ua, ub, "upsampling " + r[0] + "x" + r[1]);
        }
        // A component at most 2 samples wide: IJG replicates instead of filtering.
        short[] narrow = {10, 200, 30, 40};
        short[] na = new short[4 * 2];
        short[] nb = new short[4 * 2];
        up.upsample(narrow, 2, 2, 2, 2, 1, na, 4, 4, 2);
        gup.upsample(narrow, 2, 2, 2, 2, 1, nb, 4, 4, 2);
        assertArrayEquals(na, nb, "narrow component");
        OpenClTesting.assertRanOnDevice(before, "colour and sampling kernels");
    }
}
