package dicodec.nativecodec.video;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParserContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One elementary stream decoded by libavcodec: the stream is cut into pictures by FFmpeg's
 * parser, sent to the decoder, and pictures are received in display order. Planes are copied
 * out before the next call (the decoder reuses its frames).
 */
final class FfmpegPictureReader implements VideoPictureReader {
    private final String name;
    private final AVCodecContext ctx;
    private final AVCodecParserContext parser;
    private final AVPacket packet = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private final BytePointer data;
    private final int length;
    private final PointerPointer<BytePointer> parsed = new PointerPointer<>(1);
    private final IntPointer parsedSize = new IntPointer(1);
    private int position;
    private boolean parserFlushed;
    private boolean decoderFlushed;
    private int received;
    private boolean closed;

    FfmpegPictureReader(byte[] stream, boolean mpeg2) {
        this.name = mpeg2 ? "MPEG-2" : "H.264";
        if (stream.length >= 4 && stream[0] == 0 && stream[1] == 0 && stream[2] == 1 && (stream[3] & 0xFF) == 0xBA) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the " + name + " stream is an MPEG-2 Program"
                    + " Stream (pack header 00 00 01 BA); the video elementary stream is read");
        }
        if (stream.length >= 1 && (stream[0] & 0xFF) == 0x47) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the " + name + " stream is in an MPEG-2"
                    + " Transport Stream (sync byte 47); the video elementary stream is read");
        }
        int id = mpeg2 ? AV_CODEC_ID_MPEG2VIDEO : AV_CODEC_ID_H264;
        AVCodec codec = avcodec_find_decoder(id);
        ctx = avcodec_alloc_context3(codec);
        parser = av_parser_init(id);
        ctx.thread_count(0);
        int ret = avcodec_open2(ctx, codec, (AVDictionary) null);
        if (ret < 0 || parser == null) {
            close();
            throw new DicodecException(ErrorKind.INTERNAL, "FFmpeg " + name + " decoder did not open: "
                    + FfmpegLibrary.error(ret));
        }
        length = stream.length;
        // libavcodec reads up to AV_INPUT_BUFFER_PADDING_SIZE bytes past the end: zeroed padding
        data = new BytePointer((long) stream.length + AV_INPUT_BUFFER_PADDING_SIZE);
        data.put(stream, 0, stream.length);
        for (int i = 0; i < AV_INPUT_BUFFER_PADDING_SIZE; i++) {
            data.put((long) stream.length + i, (byte) 0);
        }
    }

    @Override
    public VideoPicture next() {
        while (true) {
            int ret = avcodec_receive_frame(ctx, frame);
            if (ret == 0) {
                received++;
                VideoPicture p = copy();
                av_frame_unref(frame);
                return p;
            }
            if (ret == AVERROR_EOF) {
                return null;
            }
            if (ret != AVERROR_EAGAIN()) {
                throw corrupt(ret);
            }
            feed();
        }
    }

    /** Sends the next parsed picture, the parser's last one, or the end of the stream. */
    private void feed() {
        while (position < length || !parserFlushed) {
            int n;
            if (position < length) {
                n = av_parser_parse2(parser, ctx, parsed, parsedSize, data.position(position), length - position,
                        AV_NOPTS_VALUE, AV_NOPTS_VALUE, 0);
                data.position(0);
                if (n < 0) {
                    throw corrupt(n);
                }
                position += n;
            } else {
                av_parser_parse2(parser, ctx, parsed, parsedSize, null, 0, AV_NOPTS_VALUE, AV_NOPTS_VALUE, 0);
                parserFlushed = true;
            }
            int size = parsedSize.get();
            if (size > 0) {
                packet.data(parsed.get(BytePointer.class, 0));
                packet.size(size);
                int ret = avcodec_send_packet(ctx, packet);
                packet.data(null);
                packet.size(0);
                if (ret < 0 && ret != AVERROR_EAGAIN()) {
                    throw corrupt(ret);
                }
                return;
            }
        }
        if (!decoderFlushed) {
            decoderFlushed = true;
            avcodec_send_packet(ctx, (AVPacket) null);
        }
    }

    private VideoPicture copy() {
        int w = frame.width();
        int h = frame.height();
        int format = frame.format();
        boolean full = frame.color_range() == AVCOL_RANGE_JPEG || format == AV_PIX_FMT_YUVJ420P;
        byte[] y = plane(0, w, h);
        if (format == AV_PIX_FMT_GRAY8) {
            return new VideoPicture(w, h, y, null, null, full);
        }
        if (format != AV_PIX_FMT_YUV420P && format != AV_PIX_FMT_YUVJ420P) {
            BytePointer fmt = av_get_pix_fmt_name(format);
            throw new DicodecException(ErrorKind.UNSUPPORTED, null, received, Tag.PIXEL_DATA, -1L, "the " + name
                    + " stream decodes to " + (fmt == null ? "format " + format : fmt.getString())
                    + "; only 8-bit 4:2:0 (YBR_PARTIAL_420) and 4:0:0 are read", null);
        }
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        return new VideoPicture(w, h, y, plane(1, cw, ch), plane(2, cw, ch), full);
    }

    private byte[] plane(int index, int w, int h) {
        byte[] out = new byte[w * h];
        BytePointer p = frame.data(index);
        int stride = frame.linesize(index);
        for (int r = 0; r < h; r++) {
            p.position((long) r * stride).get(out, r * w, w);
        }
        return out;
    }

    private DicodecException corrupt(int ret) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, received + 1, Tag.PIXEL_DATA, -1L,
                "the " + name + " stream does not decode (FFmpeg): " + FfmpegLibrary.error(ret), null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (parser != null) {
            av_parser_close(parser);
        }
        avcodec_free_context(ctx);
        av_packet_free(packet);
        av_frame_free(frame);
        if (data != null) {
            data.close();
        }
        parsed.close();
        parsedSize.close();
    }
}
