package dicodec.core.policy;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import java.util.Arrays;
import java.util.Set;

/**
 * A test double for a lossy codec, so the lossy-safety rules can be tested on real files
 * before (and independently of) the real lossy codecs: it "compresses" by clearing the lowest
 * bits of every byte (by default the lowest one: error at most 1 per byte) behind a 4-byte
 * marker, and decodes by dropping the marker.
 */
final class FakeLossyCodec implements Codec {
    private final TransferSyntax syntax;
    private final int mask;

    FakeLossyCodec(TransferSyntax syntax) {
        this(syntax, 1);
    }

    FakeLossyCodec(TransferSyntax syntax, int bitsCleared) {
        this.syntax = syntax;
        this.mask = 0xFF & ~((1 << bitsCleared) - 1);
    }

    @Override
    public TransferSyntax syntax() {
        return syntax;
    }

    @Override
    public Backend backend() {
        return Backend.JAVA;
    }

    @Override
    public CodecProfile profile() {
        return new CodecProfile(Set.of(8, 16), 1, 16, true, Set.of(1, 3),
                Set.of("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL"));
    }

    @Override
    public Availability availability() {
        return Availability.YES;
    }

    @Override
    public FrameDecoder decoder() {
        return (encoded, pd) -> new DecodedFrame(Arrays.copyOfRange(encoded, 4, encoded.length), pd.photometric(),
                pd.planarConfiguration());
    }

    @Override
    public FrameEncoder encoder() {
        return (frame, pd, options) -> {
            byte[] out = new byte[frame.length + 4];
            out[0] = 'F';
            out[1] = 'A';
            out[2] = 'K';
            out[3] = 'E';
            for (int i = 0; i < frame.length; i++) {
                out[4 + i] = (byte) (frame[i] & mask);
            }
            return new EncodedFrame(out, pd.photometric(), true);
        };
    }

}
