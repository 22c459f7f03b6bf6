package dicodec.core.codec.video;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.CodecProvider;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.spi.VideoDecoder;
import dicodec.core.syntax.TransferSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure-Java video decoders (JCodec 0.2.5), always there: MPEG-2 and H.264 (progressive;
 * CAVLC and CABAC, 8x8 transform). No encoder: JCodec writes H.264 Baseline / CAVLC only, which
 * is not the High Profile .102 names (dicom-rules V5), so .102 output needs the FFmpeg backend.
 */
public final class JCodecVideoCodecs implements CodecProvider {

    @Override
    public List<Codec> codecs() {
        List<Codec> out = new ArrayList<>();
        for (TransferSyntax ts : VideoSyntaxes.MPEG2) {
            out.add(new JCodecVideoCodec(ts, JCodecMpeg2Reader::new));
        }
        for (TransferSyntax ts : VideoSyntaxes.H264) {
            out.add(new JCodecVideoCodec(ts, JCodecH264Reader::new));
        }
        return out;
    }

    /** One syntax, decoded by JCodec. */
    static final class JCodecVideoCodec implements Codec {
        private final TransferSyntax syntax;
        private final VideoDecoder decoder;

        JCodecVideoCodec(TransferSyntax syntax, VideoDecoder decoder) {
            this.syntax = syntax;
            this.decoder = decoder;
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
            return VideoSyntaxes.DECODE_PROFILE;
        }

        @Override
        public Availability availability() {
            return Availability.YES;
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
    }
}
