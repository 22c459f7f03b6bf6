package dicodec.bench;

import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.dct.QuantTables;
import dicodec.core.codec.rle.RleLayout;
import dicodec.core.render.Rescale;
import dicodec.core.render.VoiWindow;
import dicodec.core.stage.JavaStageProvider;
import dicodec.core.stage.SampleFormat;
import dicodec.core.stage.StageProvider;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import dicodec.gpu.stage.OpenClStageProvider;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each data-parallel stage once over a 512 x 512 frame (16-bit grey, or 8-bit RGB for the
 * colour stages: JPEG's YCbCr, JPEG 2000's RCT (forward and back, in place) and ICT, video's
 * 4:2:0 studio range), on the Java twin or the OpenCL stage (every call on the device: no cost-model
 * bound), host transfers included. One thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class GpuStageBenchmark {
    static final int SIZE = 512;

    /** The stage, the backend and the inputs, made once. */
    @State(Scope.Benchmark)
    public static class Stage {
        @Param({"byteSwap", "toPlanes", "rgbToYcc", "yccToRgb", "downsample422", "upsample422", "fdct", "quantise",
            "idct", "losslessResiduals", "rleSplit", "rleMerge", "greyWindow", "compare", "rctThereAndBack",
            "ictForward", "ictInverse", "videoRgbToPicture", "videoPictureToRgb"})
        public String stage;

        @Param({"java", "opencl"})
        public String backend;

        StageProvider stages;
        byte[] grey16;
        byte[] grey16b;
        SampleFormat greyFormat;
        short[] r;
        short[] g;
        short[] b;
        short[] plane;
        short[] half;
        short[] full;
        int[] planeInt;
        int[] dct;
        short[] coef;
        int[] quant;
        int[] diff;
        byte[] segments;
        byte[] frameOut;
        byte[] rgbOut;
        RleLayout layout;
        int[][] rgbInt;
        float[][] ycc;
        int[][] rgbIntOut;
        byte[] rgb8;
        byte[][] picture;

        @Setup
        public void setUp() {
            if (backend.equals("opencl")) {
                OpenClRuntime rt = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 0));
                if (rt.device() == null) {
                    throw new IllegalStateException("no OpenCL device: " + rt.availability().reason());
                }
                System.err.println("OpenCL device: " + rt.device().info());
                stages = new OpenClStageProvider(rt);
            } else {
                stages = JavaStageProvider.INSTANCE;
            }
            int n = SIZE * SIZE;
            Random rnd = new Random(7);
            grey16 = new byte[2 * n];
            planeInt = new int[n];
            plane = new short[n];
            r = new short[n];
            g = new short[n];
            b = new short[n];
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int i = y * SIZE + x;
                    int v = (int) (2048 + 1500 * Math.sin(x / 37.0) * Math.cos(y / 53.0)) + rnd.nextInt(16);
                    grey16[2 * i] = (byte) v;
                    grey16[2 * i + 1] = (byte) (v >> 8);
                    planeInt[i] = v;
                    plane[i] = (short) (v >> 4);
                    r[i] = (short) ((x + rnd.nextInt(8)) & 255);
                    g[i] = (short) ((y + rnd.nextInt(8)) & 255);
                    b[i] = (short) ((x ^ y) & 255);
                }
            }
            grey16b = grey16.clone();
            for (int i = 0; i < grey16b.length; i += 7) {
                grey16b[i] ^= 3;
            }
            greyFormat = new SampleFormat(n, 1, 2, 0, 12, 0, false);
            half = new short[n / 2];
            full = new short[n];
            dct = new int[n];
            coef = new short[n];
            quant = QuantTables.forQuality(false, 90, 255);
            diff = new int[n];
            layout = new RleLayout(SIZE, SIZE, 1, 2, 0, false);
            segments = new byte[2 * n];
            frameOut = new byte[2 * n];
            rgbOut = new byte[3 * n];
            DctStages.java().forwardDct().forward(plane, SIZE / 8, SIZE / 8, 8, dct);
            DctStages.java().quantiser().quantise(dct, n / 64, quant, coef);
            stages.rleSegmenter().split(grey16, layout, segments);
            // JPEG 2000 colour: R, G, B DC level-shifted; video: the same pixels as 8-bit RGB by pixel.
            rgbInt = new int[3][n];
            rgb8 = new byte[3 * n];
            for (int i = 0; i < n; i++) {
                rgbInt[0][i] = r[i] - 128;
                rgbInt[1][i] = g[i] - 128;
                rgbInt[2][i] = b[i] - 128;
                rgb8[3 * i] = (byte) r[i];
                rgb8[3 * i + 1] = (byte) g[i];
                rgb8[3 * i + 2] = (byte) b[i];
            }
            ycc = new float[3][n];
            rgbIntOut = new int[3][n];
            JavaStageProvider.INSTANCE.componentTransform().ictForward(rgbInt[0], rgbInt[1], rgbInt[2], n, ycc[0],
                    ycc[1], ycc[2]);
            int chroma = (SIZE / 2) * (SIZE / 2);
            picture = new byte[][] {new byte[n], new byte[chroma], new byte[chroma]};
            JavaStageProvider.INSTANCE.videoColour().rgbToPicture(rgb8, SIZE, SIZE, false, picture[0], picture[1],
                    picture[2]);
        }
    }

    @Benchmark
    public Object run(Stage s, PixelCounter counter) {
        counter.pixels += SIZE * SIZE;
        DctStages d = s.stages.dctStages();
        int bw = SIZE / 8;
        switch (s.stage) {
            case "byteSwap":
                s.stages.layout().byteSwap(s.grey16b, 2);
                return s.grey16b;
            case "toPlanes":
                int[][] planes = {s.diff};
                s.stages.layout().toPlanes(s.grey16, s.greyFormat, planes);
                return planes;
            case "rgbToYcc":
                d.colour().rgbToYcc(s.r, s.g, s.b, SIZE * SIZE, 8);
                return s.r;
            case "yccToRgb":
                d.colour().yccToRgb(s.r, s.g, s.b, SIZE, SIZE, SIZE, 8, s.rgbOut, 1);
                return s.rgbOut;
            case "downsample422":
                d.downsampler().downsample(s.plane, SIZE, 2, 1, s.half, SIZE / 2, SIZE);
                return s.half;
            case "upsample422":
                d.upsampler().upsample(s.half, SIZE / 2, SIZE / 2, SIZE, 2, 1, s.full, SIZE, SIZE, SIZE);
                return s.full;
            case "fdct":
                d.forwardDct().forward(s.plane, bw, bw, 8, s.dct);
                return s.dct;
            case "quantise":
                d.quantiser().quantise(s.dct, SIZE * SIZE / 64, s.quant, s.coef);
                return s.coef;
            case "idct":
                d.inverseDct().inverse(s.coef, bw, bw, s.quant, 8, s.full);
                return s.full;
            case "losslessResiduals":
                s.stages.predictor().differencePlane(1, s.planeInt, SIZE, SIZE, 0, 2048, s.diff);
                return s.diff;
            case "rleSplit":
                s.stages.rleSegmenter().split(s.grey16, s.layout, s.segments);
                return s.segments;
            case "rleMerge":
                s.stages.rleSegmenter().merge(s.segments, s.layout, s.frameOut);
                return s.frameOut;
            case "greyWindow":
                s.stages.greyWindow().toGrey8(s.grey16, s.greyFormat, new Rescale(1, -1024), new VoiWindow(40, 400),
                        false, s.rgbOut);
                return s.rgbOut;
            case "compare":
                return s.stages.comparison().compare(new byte[][] {s.grey16}, new byte[][] {s.grey16b}, s.greyFormat);
            case "rctThereAndBack": // in place: forward then inverse leaves the input for the next call
                s.stages.componentTransform().rctForward(s.rgbInt[0], s.rgbInt[1], s.rgbInt[2], SIZE * SIZE);
                s.stages.componentTransform().rctInverse(s.rgbInt[0], s.rgbInt[1], s.rgbInt[2], SIZE * SIZE);
                return s.rgbInt;
            case "ictForward":
                s.stages.componentTransform().ictForward(s.rgbInt[0], s.rgbInt[1], s.rgbInt[2], SIZE * SIZE, s.ycc[0],
                        s.ycc[1], s.ycc[2]);
                return s.ycc;
            case "ictInverse":
                s.stages.componentTransform().ictInverse(s.ycc[0], s.ycc[1], s.ycc[2], SIZE * SIZE, s.rgbIntOut[0],
                        s.rgbIntOut[1], s.rgbIntOut[2]);
                return s.rgbIntOut;
            case "videoRgbToPicture":
                s.stages.videoColour().rgbToPicture(s.rgb8, SIZE, SIZE, false, s.picture[0], s.picture[1],
                        s.picture[2]);
                return s.picture;
            case "videoPictureToRgb":
                s.stages.videoColour().pictureToRgb(s.picture[0], s.picture[1], s.picture[2], SIZE, SIZE, false,
                        s.rgbOut);
                return s.rgbOut;
            default:
                throw new IllegalArgumentException(s.stage);
        }
    }

}
