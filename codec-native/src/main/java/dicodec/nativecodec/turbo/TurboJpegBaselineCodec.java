package dicodec.nativecodec.turbo;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.nativecodec.NativeLibraries;
import java.util.Set;

/**
 * JPEG Baseline (1.2.840.10008.1.2.4.50) with libjpeg-turbo: the native backend, which the
 * registry prefers to the Java codec of the same syntax when the library loads. Takes what PS3.5
 * Table 8.2.1-1 allows for Process 1: 8-bit unsigned samples, grey or three-sample colour.
 */
public final class TurboJpegBaselineCodec implements Codec {
    static final CodecProfile PROFILE = new CodecProfile(Set.of(8), 8, 8, false, Set.of(1, 3),
            Set.of("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422", "YBR_PARTIAL_422"));

    private final FrameDecoder decoder = new TurboJpegDecoder();
    private final FrameEncoder encoder = new TurboJpegEncoder();

    @Override
    public TransferSyntax syntax() {
        return TransferSyntaxes.JPEG_BASELINE;
    }

    @Override
    public Backend backend() {
        return Backend.NATIVE;
    }

    @Override
    public CodecProfile profile() {
        return PROFILE;
    }

    @Override
    public Availability availability() {
        return NativeLibraries.TURBOJPEG.availability();
    }

    @Override
    public FrameDecoder decoder() {
        return decoder;
    }

    @Override
    public FrameEncoder encoder() {
        return encoder;
    }
}
