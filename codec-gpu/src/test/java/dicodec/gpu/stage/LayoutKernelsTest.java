package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.core.stage.SampleLayout;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** layout.cl against {@link JavaSampleLayout}, bit for bit, on real frames. */
class LayoutKernelsTest {
    private static final SampleLayout JAVA = new JavaSampleLayout();

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/693_UNCR.dcm", "pydicom-data/SC_rgb_16bit.dcm", "pydicom-data/SC_rgb_32bit.dcm",
        "pydicom-data/US1_UNCR.dcm", "pydicom-data/color-pl.dcm", "debian-python3-nibabel/decimal_rescale.dcm"})
    void everyLayoutKernel_givesTheJavaTwinsBytes(String file) {
        SampleLayout gpu = new OpenClSampleLayout(OpenClTesting.runtime());
        RealFrame f = OpenClTesting.frame(file, 0);
        int bps = f.pd().bitsAllocated() / 8;
        int pixels = f.pd().rows() * f.pd().columns();
        int samples = f.pd().samplesPerPixel();
        long before = OpenClTesting.launches();

        if (bps > 1) {
            byte[] a = f.pixels().clone();
            byte[] b = f.pixels().clone();
            JAVA.byteSwap(a, bps);
            gpu.byteSwap(b, bps);
            assertArrayEquals(a, b, "byte swap");
        }
        if (samples > 1) {
            byte[] a = new byte[f.pixels().length];
            byte[] b = new byte[f.pixels().length];
            JAVA.toPlanar(f.pixels(), pixels, samples, bps, a);
            gpu.toPlanar(f.pixels(), pixels, samples, bps, b);
            assertArrayEquals(a, b, "to planar");
            JAVA.toInterleaved(f.pixels(), pixels, samples, bps, a);
            gpu.toInterleaved(f.pixels(), pixels, samples, bps, b);
            assertArrayEquals(a, b, "to interleaved");
        }
        // The stored bits as the file says, then narrower, shifted and signed views of the same bytes.
        SampleFormat own = SampleFormat.of(f.pd());
        int bits = 8 * bps;
        SampleFormat[] formats = {own, new SampleFormat(pixels, samples, bps, own.planar(), bits - 3, 2, true),
            new SampleFormat(pixels, samples, bps, own.planar(), Math.min(bits, 12), 0, false),
            new SampleFormat(pixels, samples, bps, own.planar(), 7, bits - 7, true)};
        for (SampleFormat sf : formats) {
            int[][] a = new int[samples][pixels];
            int[][] b = new int[samples][pixels];
            JAVA.toPlanes(f.pixels(), sf, a);
            gpu.toPlanes(f.pixels(), sf, b);
            for (int s = 0; s < samples; s++) {
                assertArrayEquals(a[s], b[s], "planes of " + sf + ", sample " + s);
            }
        }
        OpenClTesting.assertRanOnDevice(before, "layout kernels");
    }
}
