package dicodec.core.codec.jpeg;

/**
 * One component of a frame header (T.81 B.2.2) and the sizes derived from it: its sample grid
 * (ceil(X x Hi / Hmax) by ceil(Y x Vi / Vmax), A.1.1) and, for DCT frames, its blocks.
 *
 * @param index position in the frame header, 0-based
 * @param id component identifier Ci
 * @param h horizontal sampling factor Hi, 1..4
 * @param v vertical sampling factor Vi, 1..4
 * @param tq quantisation table selector Tqi, 0..3 (unused in lossless frames)
 * @param width samples per line of this component
 * @param height lines of this component
 * @param blocksWide blocks per line of a non-interleaved scan: ceil(width / unit)
 * @param blocksHigh block rows of a non-interleaved scan: ceil(height / unit)
 * @param paddedBlocksWide blocks per line once MCUs pad the frame: MCUs per line x Hi
 * @param paddedBlocksHigh block rows once MCUs pad the frame: MCU rows x Vi
 */
public record FrameComponent(int index, int id, int h, int v, int tq, int width, int height, int blocksWide,
        int blocksHigh, int paddedBlocksWide, int paddedBlocksHigh) {
}
