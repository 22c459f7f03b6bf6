package dicodec.nativecodec.jpegls;

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
 * JPEG-LS through CharLS. What it takes (PS3.5 8.2.3): Bits Allocated 8 or 16, Bits Stored 2 to
 * 16, signed or not, 1 or 3 samples; MONOCHROME1/2 and PALETTE COLOR, RGB and YBR_FULL coded as
 * they are.
 */
abstract class CharLsCodec implements Codec {
    static final CodecProfile PROFILE = new CodecProfile(Set.of(8, 16), 2, 16, true, Set.of(1, 3),
            Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR", "RGB", "YBR_FULL"));

    private final TransferSyntax syntax;
    private final FrameDecoder decoder = new CharLsDecoder();
    private final FrameEncoder encoder;

    CharLsCodec(TransferSyntax syntax, boolean losslessOnly) {
        this.syntax = syntax;
        this.encoder = new CharLsEncoder(losslessOnly, JpegLsInterleave.configured());
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
        return NativeLibraries.CHARLS.availability();
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
