package dicodec.core.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encodes all frames of an object into one video bit stream (MPEG-2, H.264). Pictures are
 * pulled one at a time from the source and the stream is written to {@code out} as the encoder
 * produces it, so neither the frames nor the stream are held whole (the encoder's own look-ahead
 * aside).
 */
public interface VideoEncoder {
    /**
     * @return what was written: frames, bytes and the profile and level the stream declares
     * @throws dicodec.core.error.DicodecException UNSUPPORTED when the format is outside what
     *     the syntax's profile and level allow, INTERNAL when the encoder fails
     */
    EncodedVideo encode(VideoPictureSource pictures, VideoFormat format, EncodeOptions options, OutputStream out)
            throws IOException;

    /**
     * @param frames pictures written
     * @param bytes stream length
     * @param profile what the stream declares, for reports ("H.264 High, level 4.1")
     */
    record EncodedVideo(int frames, long bytes, String profile) {
    }
}
