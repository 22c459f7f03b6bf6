package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameHeader;

/**
 * A decoded DCT frame: one full-size plane per component in frame order (after upsampling),
 * samples 0..2^P-1, and the native frame made of them.
 *
 * @param frame the frame header
 * @param planes samples as coded (YCbCr when {@code rgb}), row stride {@code stride}
 * @param stride samples from one line to the next in each plane
 * @param rgb true when {@code pixels} were converted from YCbCr to R, G, B
 * @param pixels the native frame: colour-by-pixel, Little Endian samples
 */
public record DctImage(FrameHeader frame, short[][] planes, int stride, boolean rgb, byte[] pixels) {
}
