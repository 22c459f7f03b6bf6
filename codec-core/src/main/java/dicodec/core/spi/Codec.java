package dicodec.core.spi;

import dicodec.core.syntax.TransferSyntax;

/**
 * A codec for one transfer syntax on one backend. Implementations are found with
 * {@link java.util.ServiceLoader} (META-INF/services/dicodec.core.spi.Codec), so codec-native
 * and codec-gpu add codecs without the core knowing them.
 */
public interface Codec {
    TransferSyntax syntax();

    Backend backend();

    /** Among codecs of the same syntax and backend, the higher is tried first. */
    default int priority() {
        return 0;
    }

    /** What this codec takes, for decoding and encoding. */
    CodecProfile profile();

    /** Never throws; a codec that cannot load says why. */
    Availability availability();

    /**
     * The decoder, or null when this codec only encodes. The transcoder codes the frames of one
     * object on all cores: decoders and encoders are called from several threads at once and
     * must be thread-safe (stateless, or per-thread state such as native handles).
     */
    FrameDecoder decoder();

    /** The encoder, or null when this codec only decodes. */
    FrameEncoder encoder();
}
