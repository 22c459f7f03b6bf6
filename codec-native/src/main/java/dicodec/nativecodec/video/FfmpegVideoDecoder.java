package dicodec.nativecodec.video;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.VideoDecoder;
import dicodec.core.spi.VideoPictureReader;

/** Opens an MPEG-2 or H.264 elementary stream with libavcodec. Thread-safe: state is per reader. */
final class FfmpegVideoDecoder implements VideoDecoder {
    private final boolean mpeg2;

    FfmpegVideoDecoder(boolean mpeg2) {
        this.mpeg2 = mpeg2;
    }

    @Override
    public VideoPictureReader open(byte[] stream, PixelDescription description) {
        return new FfmpegPictureReader(stream, mpeg2);
    }
}
