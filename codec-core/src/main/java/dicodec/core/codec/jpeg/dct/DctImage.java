package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameHeader;

/**
 * A decoded DCT frame: one full-size plane per component in frame order (after upsampling and,
 * when asked, colour conversion), samples 0..2^P-1.
 *
 * @param frame the frame header
 * @param planes samples, row stride {@code stride}
 * @param stride samples from one line to the next in each plane
 * @param rgb true when the planes were converted from YCbCr to R, G, B
 */
public record DctImage(FrameHeader frame, short[][] planes, int stride, boolean rgb) {
}
