package dicodec.core.spi;

import dicodec.core.pixel.PixelDescription;

/**
 * Decodes a whole video object (MPEG-2, H.264): PS3.5 8.2.5 to 8.2.9 put all frames in one bit
 * stream, so a video codec cannot decode frame by frame as {@link FrameDecoder} does. It opens
 * the stream and hands the pictures out one at a time, in display order, so the caller holds
 * one frame, never the object.
 */
public interface VideoDecoder {
    /**
     * @param stream the whole bit stream (all fragments of Pixel Data, in order)
     * @param description the data set's pixel attributes (Rows, Columns, Number of Frames)
     */
    VideoPictureReader open(byte[] stream, PixelDescription description);
}
