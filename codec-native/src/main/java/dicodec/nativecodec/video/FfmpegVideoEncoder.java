package dicodec.nativecodec.video;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.VideoEncoder;
import dicodec.core.spi.VideoFormat;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureSource;
import dicodec.core.video.VideoLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Encodes 4:2:0 pictures with libavcodec: H.264 High Profile Level 4.1 with libx264 (.102), or
 * MPEG-2 Main Profile at Main or High Level with mpeg2video (.100, .101). The stream is an
 * elementary stream (Annex B for H.264) written as packets come out; the profile and level the
 * stream declares are read back from its first SPS / sequence extension and checked.
 *
 * <p>Quality: {@link EncodeOptions#quality()} 1..100 (0 = default) maps to x264's CRF
 * (default 18) or MPEG-2's quantiser scale (default 3). The level's maximum bit rate and buffer
 * are set as the VBV, so a capped constant quality stream never breaks the level.
 */
final class FfmpegVideoEncoder implements VideoEncoder {
    /** x264 speed preset; "medium" is x264's default. */
    static final String X264_PRESET = System.getProperty("dicodec.x264.preset", "medium");

    private final boolean h264;

    FfmpegVideoEncoder(boolean h264) {
        this.h264 = h264;
    }

    boolean h264() {
        return h264;
    }

    static int crf(EncodeOptions options) {
        int q = options.quality();
        return q <= 0 ? 18 : Math.max(0, Math.min(51, Math.round(51f * (100 - q) / 100)));
    }

    static int mpeg2Scale(EncodeOptions options) {
        int q = options.quality();
        return q <= 0 ? 3 : Math.max(2, Math.min(31, 2 + Math.round(29f * (100 - q) / 100)));
    }

    @Override
    public EncodedVideo encode(VideoPictureSource pictures, VideoFormat format, EncodeOptions options,
            OutputStream out) throws IOException {
        VideoLimits.Level level = VideoLimits.levelOf(format.syntax());
        AVCodec codec = h264 ? avcodec_find_encoder_by_name("libx264") : avcodec_find_encoder(AV_CODEC_ID_MPEG2VIDEO);
        if (codec == null) {
            throw DicodecException.unsupported((h264 ? "libx264" : "mpeg2video") + " encoder not in this FFmpeg");
        }
        AVCodecContext ctx = avcodec_alloc_context3(codec);
        AVFrame frame = av_frame_alloc();
        AVPacket packet = av_packet_alloc();
        AVDictionary opts = new AVDictionary(null);
        Written written = new Written(out);
        try {
            ctx.width(format.width());
            ctx.height(format.height());
            ctx.pix_fmt(AV_PIX_FMT_YUV420P);
            ctx.time_base(av_make_q(format.rateDenominator(), format.rateNumerator()));
            ctx.framerate(av_make_q(format.rateNumerator(), format.rateDenominator()));
            // studio range, BT.601: what YBR_PARTIAL_420 means (PS3.3 C.7.6.3.1.2); said in the VUI
            ctx.color_range(AVCOL_RANGE_MPEG);
            ctx.colorspace(AVCOL_SPC_SMPTE170M);
            ctx.rc_max_rate(level.maxBitRateKbps() * 1000L);
            if (h264) {
                ctx.profile(100); // High (profile_idc 100)
                ctx.level(41);
                ctx.thread_count(0);
                ctx.rc_buffer_size((int) Math.min(Integer.MAX_VALUE, level.maxBitRateKbps() * 1250L));
                av_dict_set(opts, "preset", X264_PRESET, 0);
                av_dict_set(opts, "profile", "high", 0);
                av_dict_set(opts, "level", "4.1", 0);
                av_dict_set(opts, "crf", String.valueOf(crf(options)), 0);
            } else {
                boolean main = level == VideoLimits.MPEG2_MAIN_LEVEL;
                ctx.profile(4); // Main
                ctx.level(main ? 8 : 4); // Main Level 8, High Level 4 (ISO 13818-2 Table 8-3)
                ctx.max_b_frames(2);
                ctx.gop_size(15);
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_QSCALE);
                ctx.global_quality(FF_QP2LAMBDA * mpeg2Scale(options));
                // VBV buffer: 1 835 008 bits at Main Level, 9 781 248 at High Level (Table 8-13)
                ctx.rc_buffer_size(main ? 1_835_008 : 9_781_248);
            }
            int ret = avcodec_open2(ctx, codec, opts);
            if (ret < 0) {
                throw new DicodecException(ErrorKind.INTERNAL, "FFmpeg " + codec.name().getString()
                        + " did not open for " + format.width() + " x " + format.height() + ": " + FfmpegLibrary.error(ret));
            }
            frame.format(AV_PIX_FMT_YUV420P);
            frame.width(format.width());
            frame.height(format.height());
            check(av_frame_get_buffer(frame, 0), "frame buffer");
            int count = 0;
            VideoPicture p;
            while ((p = pictures.next()) != null) {
                check(av_frame_make_writable(frame), "frame buffer");
                fill(frame, p);
                frame.pts(count);
                if (!h264) {
                    frame.quality(ctx.global_quality());
                }
                check(avcodec_send_frame(ctx, frame), "encode frame " + (count + 1));
                count++;
                drain(ctx, packet, written);
            }
            check(avcodec_send_frame(ctx, (AVFrame) null), "flush");
            drain(ctx, packet, written);
            String declared = h264 ? checkH264(written.head) : checkMpeg2(written.head, level);
            return new EncodedVideo(count, written.bytes, declared);
        } finally {
            av_dict_free(opts);
            av_packet_free(packet);
            av_frame_free(frame);
            avcodec_free_context(ctx);
        }
    }

    private static void fill(AVFrame frame, VideoPicture p) {
        copy(frame, 0, p.y(), p.width(), p.height());
        copy(frame, 1, p.cb(), p.chromaWidth(), p.chromaHeight());
        copy(frame, 2, p.cr(), p.chromaWidth(), p.chromaHeight());
    }

    private static void copy(AVFrame frame, int plane, byte[] src, int w, int h) {
        BytePointer dst = frame.data(plane);
        int stride = frame.linesize(plane);
        for (int r = 0; r < h; r++) {
            dst.position((long) r * stride).put(src, r * w, w);
        }
    }

    private static void drain(AVCodecContext ctx, AVPacket packet, Written out) throws IOException {
        while (true) {
            int ret = avcodec_receive_packet(ctx, packet);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                return;
            }
            check(ret, "receive packet");
            byte[] b = new byte[packet.size()];
            packet.data().get(b);
            av_packet_unref(packet);
            out.write(b);
        }
    }

    private static void check(int ret, String what) {
        if (ret < 0) {
            throw new DicodecException(ErrorKind.INTERNAL, "FFmpeg encoder failed at " + what + ": "
                    + FfmpegLibrary.error(ret));
        }
    }

    /** profile_idc and level_idc of the first SPS (NAL type 7): must be High (100) at 4.1 or below. */
    static String checkH264(byte[] head) {
        for (int i = 0; i + 6 < head.length; i++) {
            if (head[i] == 0 && head[i + 1] == 0 && head[i + 2] == 1 && (head[i + 3] & 0x1F) == 7) {
                int profile = head[i + 4] & 0xFF;
                int level = head[i + 6] & 0xFF;
                if (profile != 100 || level > 41) {
                    throw new DicodecException(ErrorKind.INTERNAL, "x264 wrote profile_idc " + profile
                            + ", level_idc " + level + ", not High (100) at level 4.1 or below");
                }
                return String.format(Locale.ROOT, "H.264 High Profile, level %d.%d", level / 10, level % 10);
            }
        }
        throw new DicodecException(ErrorKind.INTERNAL, "x264 wrote no sequence parameter set");
    }

    /** profile_and_level_indication of the sequence extension (00 00 01 B5, id 1). */
    static String checkMpeg2(byte[] head, VideoLimits.Level want) {
        for (int i = 0; i + 5 < head.length; i++) {
            if (head[i] == 0 && head[i + 1] == 0 && head[i + 2] == 1 && (head[i + 3] & 0xFF) == 0xB5
                    && (head[i + 4] & 0xF0) == 0x10) {
                int pl = (head[i + 4] & 0x0F) << 4 | (head[i + 5] & 0xF0) >> 4;
                int profile = pl >> 4 & 7;
                int level = pl & 0x0F;
                int wantLevel = want == VideoLimits.MPEG2_MAIN_LEVEL ? 8 : 4;
                if (profile != 4 || level != wantLevel) {
                    throw new DicodecException(ErrorKind.INTERNAL, "mpeg2video wrote profile " + profile + ", level "
                            + level + ", not Main (4) at level " + wantLevel);
                }
                return "MPEG-2 Main Profile @ " + (level == 8 ? "Main" : "High") + " Level";
            }
        }
        throw new DicodecException(ErrorKind.INTERNAL, "mpeg2video wrote no sequence extension");
    }

    /** Passes the stream on, counting it and keeping its first bytes (where the headers are). */
    private static final class Written {
        private final OutputStream out;
        byte[] head = new byte[0];
        long bytes;

        Written(OutputStream out) {
            this.out = out;
        }

        void write(byte[] b) throws IOException {
            if (head.length < 4096) {
                byte[] h = java.util.Arrays.copyOf(head, Math.min(4096, head.length + b.length));
                System.arraycopy(b, 0, h, head.length, h.length - head.length);
                head = h;
            }
            out.write(b);
            bytes += b.length;
        }
    }
}
