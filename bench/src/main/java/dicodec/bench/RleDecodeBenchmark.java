package dicodec.bench;

import dicodec.core.spi.DecodedFrame;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** RLE Lossless decode of one frame to native, Java backend, one thread. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RleDecodeBenchmark {
    @Benchmark
    public DecodedFrame decode(RleData data, PixelCounter counter) {
        counter.pixels += data.image.pixels();
        return data.codec.decoder().decode(data.encoded, data.image.description());
    }
}
