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

    /**
     * Order among backends of one syntax, higher first: the backend's rank unless a codec knows
     * that another backend beats it (the OpenCL .50 codec yields to libjpeg-turbo).
     */
    default int preference() {
        return backend().rank();
    }

    /** Among codecs of the same syntax and preference, the higher is tried first. */
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

    /**
     * The whole-object decoder of a video syntax (one stream for all frames), or null. A video
     * codec returns null from {@link #decoder()} and {@link #encoder()}; the transcoder and
     * {@link dicodec.core.render.DecodedFrames} use these instead.
     */
    default VideoDecoder videoDecoder() {
        return null;
    }

    /** The whole-object encoder of a video syntax, or null. */
    default VideoEncoder videoEncoder() {
        return null;
    }

    /** True when this codec decodes, frame by frame or as a whole object. */
    default boolean decodes() {
        return decoder() != null || videoDecoder() != null;
    }

    /** True when this codec encodes, frame by frame or as a whole object. */
    default boolean encodes() {
        return encoder() != null || videoEncoder() != null;
    }
}
