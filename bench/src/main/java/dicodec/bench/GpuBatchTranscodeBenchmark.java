package dicodec.bench;

import dicodec.core.codec.jpeg.JpegBaselineCodec;
import dicodec.core.codec.jpeg.JpegLosslessSv1Codec;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.policy.PolicySettings;
import dicodec.core.policy.UidGenerator;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import dicodec.gpu.codec.OpenClJpegBaselineCodec;
import dicodec.gpu.codec.OpenClJpegLosslessSv1Codec;
import dicodec.gpu.device.BatchScheduler;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch transcodes of the GPU issue: one object of 100 frames of 512 x 512, 16-bit grey
 * (12 bits stored) to JPEG Lossless SV1 (.70), and 8-bit RGB to JPEG Baseline (.50, lossy
 * allowed, verification on as by default), through the whole Transcoder (frames on all cores),
 * with OpenCL off (the Java codecs) and on (the OpenCL codecs, the default cost model). The
 * frames are synthetic (smooth pattern plus noise, seeded): no real file has 100 such frames.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class GpuBatchTranscodeBenchmark {
    static final int SIZE = 512;
    static final int FRAMES = 100;

    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"grey16-to-70", "rgb8-to-50"})
        public String batch;

        /** off: the Java codecs; on: the OpenCL codecs, stage calls grouped; on-ungrouped: each call its own launch. */
        @Param({"off", "on", "on-ungrouped"})
        public String opencl;

        DicomObject object;
        Transcoder transcoder;
        TransferSyntax target;
        OpenClRuntime runtime;

        @Setup
        public void setUp() throws IOException {
            boolean rgb = batch.startsWith("rgb");
            object = DicomReader.read(synthetic(rgb), batch);
            target = rgb ? TransferSyntaxes.JPEG_BASELINE : TransferSyntaxes.JPEG_LOSSLESS_SV1;
            List<Codec> codecs;
            if (opencl.startsWith("on")) {
                OpenClSettings defaults = new OpenClSettings(OpenClSettings.Mode.AUTO, OpenClSettings.DEFAULT_MIN_SAMPLES);
                OpenClRuntime rt = OpenClRuntime.open(opencl.equals("on") ? defaults
                        : new OpenClSettings(defaults.mode(), defaults.minSamples(), 0, 0));
                if (rt.device() == null) {
                    throw new IllegalStateException("no OpenCL device: " + rt.availability().reason());
                }
                System.err.println("OpenCL device: " + rt.device().info());
                runtime = rt;
                codecs = List.of(new OpenClJpegBaselineCodec(rt), new OpenClJpegLosslessSv1Codec(rt));
            } else {
                codecs = List.of(new JpegBaselineCodec(), new JpegLosslessSv1Codec());
            }
            transcoder = new Transcoder(new CodecRegistry(codecs),
                    new PolicySettings(new UidGenerator("1.2.826.0.1.3680043.10.1144"), false, 0));
        }

        /** How much the batch scheduler grouped the frame workers' stage calls (read by run-gpu.sh). */
        @TearDown
        public void grouping() {
            if (runtime != null && runtime.batches() != null) {
                BatchScheduler.Stats st = runtime.batches().stats();
                System.err.println("batch scheduler (" + batch + "): " + st.jobs() + " stage calls in " + st.groups()
                        + " launches, largest " + st.largestGroup() + ", peak " + (st.peakBytes() >> 20) + " MiB");
            }
        }
    }

    @Benchmark
    public TranscodeResult transcode(Batch b, PixelCounter counter) throws IOException {
        counter.pixels += (long) FRAMES * SIZE * SIZE;
        return b.transcoder.transcode(b.object, TranscodeOptions.to(b.target).withPolicy(LossyPolicy.ALLOW),
                OutputStream.nullOutputStream());
    }

    /** Explicit VR LE, 100 frames: 16-bit MONOCHROME2 with 12 bits stored, or 8-bit RGB. */
    static byte[] synthetic(boolean rgb) throws IOException {
        int samples = rgb ? 3 : 1;
        int bytes = rgb ? 1 : 2;
        int frameLength = SIZE * SIZE * samples * bytes;
        byte[] pixels = new byte[frameLength * FRAMES];
        Random rnd = new Random(42);
        for (int f = 0; f < FRAMES; f++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int p = f * frameLength + (y * SIZE + x) * samples * bytes;
                    double wave = Math.sin((x + 3 * f) / 41.0) * Math.cos((y - 2 * f) / 29.0);
                    if (rgb) {
                        pixels[p] = (byte) (128 + 100 * wave + rnd.nextInt(6));
                        pixels[p + 1] = (byte) ((x + y + f) & 255);
                        pixels[p + 2] = (byte) (128 - 90 * wave + rnd.nextInt(6));
                    } else {
                        int v = (int) (2048 + 1800 * wave) + rnd.nextInt(24);
                        pixels[p] = (byte) v;
                        pixels[p + 1] = (byte) (v >> 8);
                    }
                }
            }
        }
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.4242"));
        ds.put(DicomElement.ofString(Tag.MODALITY, VR.CS, "OT"));
        ds.put(us(Tag.SAMPLES_PER_PIXEL, samples));
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, rgb ? "RGB" : "MONOCHROME2"));
        if (rgb) {
            ds.put(us(Tag.PLANAR_CONFIGURATION, 0));
        }
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(FRAMES)));
        ds.put(us(Tag.ROWS, SIZE));
        ds.put(us(Tag.COLUMNS, SIZE));
        ds.put(us(Tag.BITS_ALLOCATED, 8 * bytes));
        ds.put(us(Tag.BITS_STORED, rgb ? 8 : 12));
        ds.put(us(Tag.HIGH_BIT, rgb ? 7 : 11));
        ds.put(us(Tag.PIXEL_REPRESENTATION, 0));
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, rgb ? VR.OB : VR.OW, pixels));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        return out.toByteArray();
    }

    private static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }
}
