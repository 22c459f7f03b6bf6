package dicodec.bench;

import dicodec.core.codec.rle.RleLosslessCodec;
import dicodec.core.spi.EncodeOptions;
import java.io.IOException;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The image of the @Param data set, native and RLE-encoded once, before any timing. */
@State(Scope.Benchmark)
public class RleData {
    @Param({"RG2", "MR2", "US1"})
    public String dataset;

    public final RleLosslessCodec codec = new RleLosslessCodec();
    public BenchImage image;
    public byte[] encoded;

    @Setup
    public void load() throws IOException {
        image = BenchImage.load(dataset);
        encoded = codec.encoder().encode(image.frame(), image.description(), EncodeOptions.DEFAULT).stream();
        System.err.printf("%s: %s, %s, %d bytes native, %d bytes RLE%n", dataset, image.source(),
                image.description(), image.frame().length, encoded.length);
    }
}
