package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanEncodingTable;
import dicodec.core.codec.jpeg.JpegWriter;

/** The Java {@link EntropyEncoder}: sequential Huffman coding. */
public final class JavaHuffmanEncoder implements EntropyEncoder {
    @Override
    public void count(FrameHeader frame, short[][] coef, int[] tableOf, int restartInterval, long[][] dcFreq,
            long[][] acFreq) {
        new SequentialHuffmanEncoder(frame, coef, tableOf, restartInterval).count(dcFreq, acFreq);
    }

    @Override
    public void write(FrameHeader frame, short[][] coef, int[] tableOf, int restartInterval, HuffmanEncodingTable[] dc,
            HuffmanEncodingTable[] ac, JpegWriter out) {
        new SequentialHuffmanEncoder(frame, coef, tableOf, restartInterval).write(out, dc, ac);
    }
}
