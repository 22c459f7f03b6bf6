package dicodec.nativecodec.htj2k;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.nativecodec.NativeLibraries;
import dicodec.nativecodec.j2k.J2kOptions;
import dicodec.nativecodec.j2k.OpenJpegDecoder;
import java.util.Set;

/**
 * HTJ2K: decoded with OpenJPEG 2.5 (which reads Part 15), encoded with OpenJPH. Available when
 * OpenJPEG loads; the encoder is offered only when OpenJPH loads too. Takes what JPEG 2000 takes
 * (PS3.5 8.2.4 and A.4.11).
 */
abstract class Htj2kCodecBase implements Codec {
    static final CodecProfile PROFILE = new CodecProfile(Set.of(1, 8, 16), 1, 16, true, Set.of(1, 3),
            Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR", "RGB", "YBR_FULL", "YBR_RCT", "YBR_ICT"));

    private final TransferSyntax syntax;
    private final FrameDecoder decoder;
    private final FrameEncoder encoder;

    Htj2kCodecBase(TransferSyntax syntax, boolean losslessOnly, boolean rpcl) {
        J2kOptions options = J2kOptions.configured();
        this.syntax = syntax;
        this.decoder = new OpenJpegDecoder("HTJ2K", options.threadsPerFrame());
        this.encoder = new OpenJphEncoder(losslessOnly, rpcl, options);
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
        return NativeLibraries.OPENJPH.available() ? encoder : null;
    }
}
