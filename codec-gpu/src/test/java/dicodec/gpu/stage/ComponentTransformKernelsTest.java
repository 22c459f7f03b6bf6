package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.stage.ComponentTransform;
import dicodec.core.stage.JavaComponentTransform;
import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * mct.cl against {@link JavaComponentTransform} on real RGB frames, DC level-shifted as JPEG
 * 2000 codes them: the RCT exactly and reversibly, the ICT to the bit (floats compared by their
 * bits, the inverse's integers exactly), and both over the whole range of 16-bit samples.
 */
class ComponentTransformKernelsTest {
    private static final ComponentTransform TWIN = new JavaComponentTransform();

    /** The three planes of frame 0, minus 2^(bits - 1). */
    private static int[][] shiftedPlanes(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        SampleFormat sf = SampleFormat.of(f.pd());
        int n = sf.count();
        int[][] planes = new int[3][n];
        new JavaSampleLayout().toPlanes(f.pixels(), sf, planes);
        int shift = 1 << (f.pd().bitsStored() - 1);
        for (int[] p : planes) {
            for (int i = 0; i < n; i++) {
                p[i] -= shift;
            }
        }
        return planes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/US1_UNCR.dcm", "pydicom-data/color-pl.dcm", "pydicom-data/SC_rgb.dcm",
        "pydicom-data/SC_rgb_16bit.dcm"})
    void rctAndIct_matchTheTwin_onRealFrames(String file) {
        int[][] src = shiftedPlanes(file);
        check(src, file);
    }

    @Test
    void rctAndIct_matchTheTwin_overTheWhole16BitRange() {
        Random rnd = new Random(2000);
        int n = 100_003;
        int[][] src = new int[3][n];
        for (int[] p : src) {
            for (int i = 0; i < n; i++) {
                p[i] = i < 8 ? (i % 2 == 0 ? -32768 : 32767) : rnd.nextInt(65536) - 32768;
            }
        }
        check(src, "random 16-bit");
    }

    private static void check(int[][] src, String what) {
        ComponentTransform gpu = new OpenClComponentTransform(OpenClTesting.runtime());
        int n = src[0].length;
        long before = OpenClTesting.launches();

        int[][] a = copy(src);
        int[][] b = copy(src);
        TWIN.rctForward(a[0], a[1], a[2], n);
        gpu.rctForward(b[0], b[1], b[2], n);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a[c], b[c], "RCT forward, component " + c + ", " + what);
        }
        TWIN.rctInverse(a[0], a[1], a[2], n);
        gpu.rctInverse(b[0], b[1], b[2], n);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a[c], b[c], "RCT inverse, component " + c + ", " + what);
            assertArrayEquals(src[c], b[c], "the RCT is reversible, component " + c + ", " + what);
        }

        float[][] fa = new float[3][n];
        float[][] fb = new float[3][n];
        TWIN.ictForward(src[0], src[1], src[2], n, fa[0], fa[1], fa[2]);
        gpu.ictForward(src[0], src[1], src[2], n, fb[0], fb[1], fb[2]);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(fa[c], fb[c], "ICT forward (bits), component " + c + ", " + what);
        }
        int[][] ia = new int[3][n];
        int[][] ib = new int[3][n];
        TWIN.ictInverse(fa[0], fa[1], fa[2], n, ia[0], ia[1], ia[2]);
        gpu.ictInverse(fa[0], fa[1], fa[2], n, ib[0], ib[1], ib[2]);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(ia[c], ib[c], "ICT inverse, component " + c + ", " + what);
            for (int i = 0; i < n; i++) {
                int err = Math.abs(ia[c][i] - src[c][i]);
                assertTrue(err <= 2, "the ICT there and back moved sample " + i + " by " + err + ", " + what);
            }
        }
        OpenClTesting.assertRanOnDevice(before, "component transforms");
    }

    private static int[][] copy(int[][] p) {
        int[][] out = new int[p.length][];
        for (int c = 0; c < p.length; c++) {
            out[c] = p[c].clone();
        }
        return out;
    }
}
