package dicodec.core.codec.rle;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.Set;

/**
 * RLE Lossless (1.2.840.10008.1.2.5, PS3.5 8.2.2 and Annex G) in Java: encode and decode, any
 * photometric with full-resolution samples, Bits Allocated 8, 16, 32 (and 1 for decoding only,
 * see {@link RleEncoder}), signed or not, 1 or 3 samples. The stages (segments, PackBits) are
 * given to the constructor so that another backend can replace one of them.
 */
public final class RleLosslessCodec implements Codec {
    /**
     * PS3.5 G.1: "any image, independent of Photometric Interpretation and Bits Stored". Bits
     * Allocated is bounded by the 15 segments of the header (32 x 3 samples = 12); the
     * photometric interpretations are those whose native form has every sample of every pixel,
     * so not YBR_FULL_422 / YBR_PARTIAL_422 / YBR_PARTIAL_420 (subsampled chroma) nor YBR_ICT /
     * YBR_RCT (JPEG 2000 only).
     */
    static final CodecProfile PROFILE = new CodecProfile(Set.of(1, 8, 16, 32), 1, 32, true, Set.of(1, 3),
            Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR", "RGB", "YBR_FULL", "HSV"));

    private final RleDecoder decoder;
    private final RleEncoder encoder;

    /** The Java stages; what ServiceLoader builds. */
    public RleLosslessCodec() {
        this(new JavaRleSegmenter(), new JavaPackBits());
    }

    public RleLosslessCodec(RleSegmenter segmenter, PackBits packBits) {
        this.decoder = new RleDecoder(segmenter, packBits);
        this.encoder = new RleEncoder(segmenter, packBits);
    }

    @Override
    public TransferSyntax syntax() {
        return TransferSyntaxes.RLE;
    }

    @Override
    public Backend backend() {
        return Backend.JAVA;
    }

    @Override
    public CodecProfile profile() {
        return PROFILE;
    }

    @Override
    public Availability availability() {
        return new Availability(true, "pure Java, always available");
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
