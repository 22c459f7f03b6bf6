package dicodec.nativecodec.video;

import dicodec.core.codec.video.VideoSyntaxes;
import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.CodecProvider;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.spi.VideoDecoder;
import dicodec.core.spi.VideoEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.ArrayList;
import java.util.List;

/**
 * The FFmpeg video codecs, preferred to JCodec when the library loads: decoding of every
 * MPEG-2 and H.264 syntax, encoding of .100 / .101 (mpeg2video) and .102 (libx264). A codec
 * that decodes and encodes is two entries, so that a missing x264 leaves decoding available.
 */
public final class FfmpegVideoCodecs implements CodecProvider {

    @Override
    public List<Codec> codecs() {
        List<Codec> out = new ArrayList<>();
        for (TransferSyntax ts : VideoSyntaxes.MPEG2) {
            out.add(new FfmpegCodec(ts, new FfmpegVideoDecoder(true), null));
        }
        for (TransferSyntax ts : VideoSyntaxes.H264) {
            out.add(new FfmpegCodec(ts, new FfmpegVideoDecoder(false), null));
        }
        out.add(new FfmpegCodec(TransferSyntaxes.MPEG2_MPML, null, new FfmpegVideoEncoder(false)));
        out.add(new FfmpegCodec(TransferSyntaxes.MPEG2_MPHL, null, new FfmpegVideoEncoder(false)));
        out.add(new FfmpegCodec(TransferSyntaxes.H264_HP41, null, new FfmpegVideoEncoder(true)));
        return out;
    }

    /** One syntax, decoding or encoding with FFmpeg. */
    static final class FfmpegCodec implements Codec {
        private final TransferSyntax syntax;
        private final VideoDecoder decoder;
        private final FfmpegVideoEncoder encoder;

        FfmpegCodec(TransferSyntax syntax, VideoDecoder decoder, FfmpegVideoEncoder encoder) {
            this.syntax = syntax;
            this.decoder = decoder;
            this.encoder = encoder;
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
            return encoder != null ? VideoSyntaxes.ENCODE_PROFILE : VideoSyntaxes.DECODE_PROFILE;
        }

        @Override
        public Availability availability() {
            return encoder != null && encoder.h264() ? FfmpegLibrary.x264() : FfmpegLibrary.availability();
        }

        @Override
        public FrameDecoder decoder() {
            return null;
        }

        @Override
        public FrameEncoder encoder() {
            return null;
        }

        @Override
        public VideoDecoder videoDecoder() {
            return decoder;
        }

        @Override
        public VideoEncoder videoEncoder() {
            return encoder;
        }
    }
}
