package dicodec.bench;

import dicodec.core.codec.jpeg.JpegBaselineCodec;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
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
 * JPEG Baseline (.50) encode of one 8-bit frame at the default quality (90), Java backend, one
 * thread: grey for RG2 and MR2 (their samples brought to 8 bits), RGB to YBR_FULL_422 for US1.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JpegBaselineEncodeBenchmark {

    /** The 8-bit version of the @Param image, made once. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"RG2", "MR2", "US1"})
        public String dataset;

        public final JpegBaselineCodec codec = new JpegBaselineCodec();
        public PixelDescription description;
        public byte[] frame;
        public long pixels;

        @Setup
        public void load() throws IOException {
            BenchImage image = BenchImage.load(dataset);
            description = eightBit(image.description());
            frame = eightBit(image.frame(), image.description());
            pixels = image.pixels();
            int size = codec.encoder().encode(frame, description, EncodeOptions.DEFAULT).stream().length;
            System.err.printf("%s: %s, 8-bit %s, %d bytes JPEG baseline%n", dataset, image.source(), description,
                    size);
        }
    }

    /** The description of {@code pd} brought to 8 bits stored in 8 bits allocated. */
    static PixelDescription eightBit(PixelDescription pd) {
        return new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), 8, 8, 7, 0, pd.photometric(),
                pd.planarConfiguration(), 1, Tag.PIXEL_DATA, List.of());
    }

    /** The samples of {@code frame} shifted down to their 8 most significant stored bits. */
    static byte[] eightBit(byte[] frame, PixelDescription pd) {
        if (pd.bitsAllocated() == 8) {
            return frame.clone();
        }
        int n = frame.length / 2;
        byte[] out = new byte[n];
        int shift = Math.max(0, pd.bitsStored() - 8);
        for (int i = 0; i < n; i++) {
            int v = (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8;
            out[i] = (byte) Math.min(255, v >> shift);
        }
        return out;
    }

    @Benchmark
    public EncodedFrame encode(Data data, PixelCounter counter) {
        counter.pixels += data.pixels;
        return data.codec.encoder().encode(data.frame, data.description, EncodeOptions.DEFAULT);
    }
}
