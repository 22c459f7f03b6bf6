package dicodec.bench;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode of one native frame with each codec of codec-native (JPEG 2000, JPEG-LS, HTJ2K,
 * libjpeg-turbo), one thread; OpenJPEG runs one thread inside the frame (dicodec.j2k.threads 1).
 * {@link CpuCounter} gives the CPU the JVM got meanwhile (the machine is shared).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class NativeEncodeBenchmark {

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"J2K_LOSSLESS", "J2K_RATIO10", "JLS_LOSSLESS", "JLS_NEAR2", "HTJ2K_LOSSLESS", "HTJ2K_RPCL",
                "HTJ2K_RATIO10", "TURBO_Q90"})
        public NativeCase codecCase;

        @Param({"CT", "MR2", "US1"})
        public String dataset;

        public FrameEncoder encoder;
        public PixelDescription description;
        public byte[] frame;
        public long pixels;

        @Setup
        public void load() throws IOException {
            BenchImage image = BenchImage.load(dataset);
            encoder = codecCase.codec().encoder();
            description = codecCase.description(image);
            frame = codecCase.frame(image);
            pixels = image.pixels();
            EncodedFrame f = encoder.encode(frame, description, codecCase.options);
            // "size" lines are read by bench/run-native.sh for the ratio column
            System.err.printf("size %s %s %d %d %s%n", codecCase, dataset, frame.length, f.stream().length,
                    image.source());
        }
    }

    @Benchmark
    public EncodedFrame encode(Data data, PixelCounter counter, CpuCounter cpu) {
        long c0 = CpuCounter.now();
        EncodedFrame f = data.encoder.encode(data.frame, data.description, data.codecCase.options);
        cpu.since(c0);
        counter.pixels += data.pixels;
        return f;
    }
}
