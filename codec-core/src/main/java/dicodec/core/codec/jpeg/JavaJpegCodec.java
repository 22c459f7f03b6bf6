package dicodec.core.codec.jpeg;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.stage.StageProvider;
import dicodec.core.syntax.TransferSyntax;

/** The pure-Java JPEG codecs share this: always available, one decoder for every process. */
abstract class JavaJpegCodec implements Codec {
    private static final FrameDecoder DECODER = new JpegDecoder();

    private final TransferSyntax syntax;
    private final CodecProfile profile;
    private final FrameEncoder encoder;
    private final FrameDecoder decoder;

    JavaJpegCodec(TransferSyntax syntax, CodecProfile profile, FrameEncoder encoder) {
        this(syntax, profile, encoder, DECODER);
    }

    /** With a decoder of other stages (another backend's, see {@link StageProvider}). */
    JavaJpegCodec(TransferSyntax syntax, CodecProfile profile, FrameEncoder encoder, FrameDecoder decoder) {
        this.syntax = syntax;
        this.profile = profile;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    static FrameDecoder decoder(StageProvider stages) {
        return new JpegDecoder(stages.predictor(), stages.dctStages());
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
        return profile;
    }

    @Override
    public Availability availability() {
        return Availability.YES;
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
