package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanEncodingTable;
import dicodec.core.codec.jpeg.JpegWriter;

/**
 * The entropy coding stage of the DCT encoder: one interleaved sequential scan of quantised
 * coefficients (T.81 F.1.2), in two passes: symbol statistics for the optimal tables, then the
 * codes.
 */
public interface EntropyEncoder {
    /**
     * Counts the DC and AC symbols the scan will code, per Huffman table id.
     *
     * @param coef quantised coefficients per component, MCU-padded grid, natural order
     * @param tableOf Huffman table id per component
     */
    void count(FrameHeader frame, short[][] coef, int[] tableOf, int restartInterval, long[][] dcFreq,
            long[][] acFreq);

    /** Writes the scan's entropy-coded data (and restart markers) with the tables given. */
    void write(FrameHeader frame, short[][] coef, int[] tableOf, int restartInterval, HuffmanEncodingTable[] dc,
            HuffmanEncodingTable[] ac, JpegWriter out);
}
