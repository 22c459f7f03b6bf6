package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dicodec.core.codec.rle.JavaRleSegmenter;
import dicodec.core.codec.rle.RleLayout;
import dicodec.core.codec.rle.RleSegmenter;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rle.cl against {@link JavaRleSegmenter}: Byte Segments split and merged, bit for bit, on real frames. */
class RleKernelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/693_UNCR.dcm", "pydicom-data/US1_UNCR.dcm", "pydicom-data/SC_rgb_16bit.dcm",
        "pydicom-data/SC_rgb_32bit.dcm", "pydicom-data/color-pl.dcm"})
    void splitAndMerge_matchTheJavaTwin(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        RleLayout layout = RleLayout.of(f.pd());
        RleSegmenter java = new JavaRleSegmenter();
        RleSegmenter gpu = new OpenClRleSegmenter(OpenClTesting.runtime());
        long before = OpenClTesting.launches();
        int bytes = layout.segmentLength() * layout.segments();
        byte[] a = new byte[bytes];
        byte[] b = new byte[bytes];
        java.split(f.pixels(), layout, a);
        gpu.split(f.pixels(), layout, b);
        assertArrayEquals(a, b, "split");
        byte[] back = new byte[layout.frameLength()];
        gpu.merge(b, layout, back);
        assertArrayEquals(f.pixels(), back, "merged back");
        if (!layout.segmentsAreFrame()) {
            OpenClTesting.assertRanOnDevice(before, "RLE kernels");
        }
    }
}
