package dicodec.core.codec.jpeg.lossless;

import dicodec.core.codec.jpeg.FrameHeader;

/**
 * The samples of a decoded lossless frame, one plane per component in frame order, before the
 * point transform is undone.
 *
 * @param frame the frame header
 * @param planes row-major samples, width x height of the frame each, values 0..65535
 * @param pointTransform the point transform Pt of the scan that coded each component
 */
public record LosslessImage(FrameHeader frame, int[][] planes, int[] pointTransform) {
}
