package dicodec.bench;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import dicodec.core.spi.EncodeOptions;
import dicodec.nativecodec.htj2k.Htj2kCodec;
import dicodec.nativecodec.htj2k.Htj2kLosslessCodec;
import dicodec.nativecodec.htj2k.Htj2kLosslessRpclCodec;
import dicodec.nativecodec.j2k.J2kCodec;
import dicodec.nativecodec.j2k.J2kLosslessCodec;
import dicodec.nativecodec.jpegls.JpegLsLosslessCodec;
import dicodec.nativecodec.jpegls.JpegLsNearLosslessCodec;
import dicodec.nativecodec.turbo.TurboJpegBaselineCodec;
import java.util.List;
import java.util.function.Supplier;

/**
 * One native syntax as the native benchmarks run it: the codec of codec-native, the options of
 * the request, and whether the image is first brought to 8 bits (JPEG Baseline takes no more).
 * The names are the JMH @Param values and the rows of bench/results/native.md.
 */
public enum NativeCase {
    J2K_LOSSLESS(".90", J2kLosslessCodec::new, EncodeOptions.DEFAULT, false),
    /** Ratio 10 as DICOM counts it; the encoder corrects its rate until within 5 % (up to 4 encodes). */
    J2K_RATIO10(".91", J2kCodec::new, new EncodeOptions(0, 10, 0), false),
    JLS_LOSSLESS(".80", JpegLsLosslessCodec::new, EncodeOptions.DEFAULT, false),
    JLS_NEAR2(".81", JpegLsNearLosslessCodec::new, new EncodeOptions(0, 0, 2), false),
    HTJ2K_LOSSLESS(".201", Htj2kLosslessCodec::new, EncodeOptions.DEFAULT, false),
    HTJ2K_RPCL(".202", Htj2kLosslessRpclCodec::new, EncodeOptions.DEFAULT, false),
    /** Ratio 10; the encoder searches the quantisation step until within 5 % (up to 14 encodes). */
    HTJ2K_RATIO10(".203", Htj2kCodec::new, new EncodeOptions(0, 10, 0), false),
    TURBO_Q90(".50", TurboJpegBaselineCodec::new, new EncodeOptions(90, 0, 0), true);

    public final String syntax;
    private final Supplier<Codec> codec;
    public final EncodeOptions options;
    private final boolean eightBit;

    NativeCase(String syntax, Supplier<Codec> codec, EncodeOptions options, boolean eightBit) {
        this.syntax = syntax;
        this.codec = codec;
        this.options = options;
        this.eightBit = eightBit;
    }

    /** A new codec; fails with the library's reason when it did not load. */
    public Codec codec() {
        Codec c = codec.get();
        if (!c.availability().available()) {
            throw new IllegalStateException(name() + ": " + c.availability().reason());
        }
        return c;
    }

    /** The description the codec is given: the image's, or brought to 8 bits for JPEG Baseline. */
    public PixelDescription description(BenchImage image) {
        return eightBit ? JpegBaselineEncodeBenchmark.eightBit(image.description()) : image.description();
    }

    /** The native frame the codec is given. */
    public byte[] frame(BenchImage image) {
        return eightBit ? JpegBaselineEncodeBenchmark.eightBit(image.frame(), image.description()) : image.frame();
    }

    /** The description of the encoded frame for the decoder: photometric and planar as the stream has them. */
    public static PixelDescription encodedDescription(PixelDescription pd, String photometric) {
        return new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), pd.bitsAllocated(),
                pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), photometric, 0, 1, pd.pixelDataTag(),
                List.of());
    }
}
