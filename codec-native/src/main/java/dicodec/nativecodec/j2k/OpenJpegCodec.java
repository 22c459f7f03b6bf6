package dicodec.nativecodec.j2k;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.nativecodec.NativeLibraries;
import java.util.Set;

/**
 * JPEG 2000 through OpenJPEG. What it takes (PS3.5 8.2.4, Table 8.2.4-1): Bits Allocated 1, 8 or
 * 16 with Bits Stored 1 to 16, signed or not (colour unsigned), 1 or 3 samples; MONOCHROME1/2,
 * PALETTE COLOR, RGB, YBR_FULL, and YBR_RCT / YBR_ICT to decode.
 */
abstract class OpenJpegCodec implements Codec {
    static final CodecProfile PROFILE = new CodecProfile(Set.of(1, 8, 16), 1, 16, true, Set.of(1, 3),
            Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR", "RGB", "YBR_FULL", "YBR_RCT", "YBR_ICT"));

    private final TransferSyntax syntax;
    private final FrameDecoder decoder;
    private final FrameEncoder encoder;

    OpenJpegCodec(TransferSyntax syntax, boolean losslessOnly) {
        J2kOptions options = J2kOptions.configured();
        this.syntax = syntax;
        this.decoder = new OpenJpegDecoder("JPEG 2000", options.threadsPerFrame());
        this.encoder = new OpenJpegEncoder(losslessOnly, options);
    }

    @Override
    public TransferSyntax syntax() {
        return syntax;
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
        return NativeLibraries.OPENJPEG.availability();
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
