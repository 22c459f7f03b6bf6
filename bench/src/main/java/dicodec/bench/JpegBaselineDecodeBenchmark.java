package dicodec.bench;

import dicodec.core.codec.jpeg.JpegBaselineCodec;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import java.io.IOException;
import java.util.List;
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
 * JPEG Baseline (.50) decode of one 8-bit frame to native, Java backend, one thread: grey for
 * RG2 and MR2, YBR_FULL_422 (4:2:2) to RGB for US1, as dcmdjpeg does. The streams are our own
 * encodings at quality 90 (JpegBaselineEncodeBenchmark's).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JpegBaselineDecodeBenchmark {

    /** The 8-bit version of the @Param image, encoded once. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"RG2", "MR2", "US1"})
        public String dataset;

        public final JpegBaselineCodec codec = new JpegBaselineCodec();
        public PixelDescription description;
        public byte[] encoded;
        public long pixels;

        @Setup
        public void load() throws IOException {
            BenchImage image = BenchImage.load(dataset);
            PixelDescription eight = JpegBaselineEncodeBenchmark.eightBit(image.description());
            EncodedFrame f = codec.encoder().encode(JpegBaselineEncodeBenchmark.eightBit(image.frame(),
                    image.description()), eight, EncodeOptions.DEFAULT);
            encoded = f.stream();
            description = new PixelDescription(eight.rows(), eight.columns(), eight.samplesPerPixel(), 8, 8, 7, 0,
                    f.photometric(), 0, 1, eight.pixelDataTag(), List.of());
            pixels = image.pixels();
            System.err.printf("%s: %s, %s, %d bytes JPEG baseline%n", dataset, image.source(), description,
                    encoded.length);
        }
    }

    @Benchmark
    public DecodedFrame decode(Data data, PixelCounter counter) {
        counter.pixels += data.pixels;
        return data.codec.decoder().decode(data.encoded, data.description);
    }
}
