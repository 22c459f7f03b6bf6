package dicodec.bench;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameDecoder;
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
 * Decode of one frame to native with each codec of codec-native, one thread. The streams are
 * our own encodings of the image with the case's options (NativeEncodeBenchmark's), made once.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class NativeDecodeBenchmark {

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"J2K_LOSSLESS", "J2K_RATIO10", "JLS_LOSSLESS", "JLS_NEAR2", "HTJ2K_LOSSLESS", "HTJ2K_RPCL",
                "HTJ2K_RATIO10", "TURBO_Q90"})
        public NativeCase codecCase;

        @Param({"CT", "MR2", "US1"})
        public String dataset;

        public FrameDecoder decoder;
        public PixelDescription description;
        public byte[] encoded;
        public long pixels;

        @Setup
        public void load() throws IOException {
            BenchImage image = BenchImage.load(dataset);
            var codec = codecCase.codec();
            PixelDescription pd = codecCase.description(image);
            EncodedFrame f = codec.encoder().encode(codecCase.frame(image), pd, codecCase.options);
            encoded = f.stream();
            description = NativeCase.encodedDescription(pd, f.photometric());
            decoder = codec.decoder();
            pixels = image.pixels();
            DecodedFrame back = decoder.decode(encoded, description);
            if (back.pixels().length != pd.frameLength()) {
                throw new IllegalStateException(codecCase + " " + dataset + ": decoded " + back.pixels().length
                        + " bytes, expected " + pd.frameLength());
            }
        }
    }

    @Benchmark
    public DecodedFrame decode(Data data, PixelCounter counter, CpuCounter cpu) {
        long c0 = CpuCounter.now();
        DecodedFrame f = data.decoder.decode(data.encoded, data.description);
        cpu.since(c0);
        counter.pixels += data.pixels;
        return f;
    }
}
