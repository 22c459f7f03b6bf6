package dicodec.bench;

import dicodec.core.codec.jpeg.JpegLosslessSv1Codec;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
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
import org.openjdk.jmh.annotations.Warmup;

/** JPEG Lossless SV1 (.70) encode of one native frame, Java backend, one thread. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JpegLosslessEncodeBenchmark {

    /** The native image of the @Param data set, loaded once. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"RG2", "MR2", "US1"})
        public String dataset;

        public final JpegLosslessSv1Codec codec = new JpegLosslessSv1Codec();
        public BenchImage image;

        @Setup
        public void load() throws IOException {
            image = BenchImage.load(dataset);
            int size = codec.encoder().encode(image.frame(), image.description(), EncodeOptions.DEFAULT).stream().length;
            System.err.printf("%s: %s, %s, %d bytes native, %d bytes JPEG lossless SV1%n", dataset, image.source(),
                    image.description(), image.frame().length, size);
        }
    }

    @Benchmark
    public EncodedFrame encode(Data data, PixelCounter counter) {
        counter.pixels += data.image.pixels();
        return data.codec.encoder().encode(data.image.frame(), data.image.description(), EncodeOptions.DEFAULT);
    }
}
