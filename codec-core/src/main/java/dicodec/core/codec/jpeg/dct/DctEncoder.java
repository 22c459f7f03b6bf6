package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanEncodingTable;
import dicodec.core.codec.jpeg.HuffmanOptimiser;
import dicodec.core.codec.jpeg.HuffmanSpec;
import dicodec.core.codec.jpeg.JpegWriter;

/**
 * Encodes a sequential DCT frame (baseline SOF0 or extended SOF1) in stages: forward DCT and
 * quantisation per component, then one interleaved scan with Huffman tables made optimal for
 * the frame (two passes). Colour conversion and chroma subsampling happen before, in the
 * planes handed in.
 */
public final class DctEncoder {
    /** What marker announces the colour space of a 3-component frame. */
    public enum ColourMarker {
        /** APP0 JFIF: the components are Y, Cb, Cr. */
        JFIF,
        /** APP14 Adobe, transform 0: the components are coded as they are (R, G, B). */
        ADOBE_NO_TRANSFORM,
        /** Neither (grey). */
        NONE
    }

    private final DctStages stages;

    public DctEncoder(DctStages stages) {
        this.stages = stages;
    }

    /**
     * @param frame the frame header to write (its marker SOF0 or SOF1 and precision decide the process)
     * @param planes per component, its MCU-padded grid of samples (paddedBlocksWide x 8 by
     *     paddedBlocksHigh x 8), already colour-converted and subsampled
     * @param quant the quantisation tables by id, natural order
     * @param huffmanTableOf Huffman table id per component (0 luminance, 1 chrominance)
     * @param restartInterval MCUs per restart interval, 0 for none
     */
    public byte[] encode(FrameHeader frame, short[][] planes, int[][] quant, int[] huffmanTableOf,
            int restartInterval, ColourMarker marker) {
        FrameComponent[] comps = frame.components();
        int n = comps.length;
        short[][] coef = new short[n][];
        int[] dct = null;
        for (FrameComponent c : comps) {
            int bw = c.paddedBlocksWide();
            int bh = c.paddedBlocksHigh();
            int blocks = bw * bh;
            if (dct == null || dct.length < blocks * 64) {
                dct = new int[blocks * 64];
            }
            stages.forwardDct().forward(planes[c.index()], bw, bh, frame.precision(), dct);
            coef[c.index()] = new short[blocks * 64];
            stages.quantiser().quantise(dct, blocks, quant[c.tq()], coef[c.index()]);
        }
        EntropyEncoder entropy = stages.entropyEncoder();
        int tables = 0;
        for (int t : huffmanTableOf) {
            tables = Math.max(tables, t + 1);
        }
        long[][] dcFreq = new long[tables][256];
        long[][] acFreq = new long[tables][256];
        entropy.count(frame, coef, huffmanTableOf, restartInterval, dcFreq, acFreq);
        HuffmanSpec[] dcSpec = new HuffmanSpec[tables];
        HuffmanSpec[] acSpec = new HuffmanSpec[tables];
        HuffmanEncodingTable[] dc = new HuffmanEncodingTable[tables];
        HuffmanEncodingTable[] ac = new HuffmanEncodingTable[tables];
        for (int t = 0; t < tables; t++) {
            dcSpec[t] = HuffmanOptimiser.build(dcFreq[t]);
            acSpec[t] = HuffmanOptimiser.build(acFreq[t]);
            dc[t] = new HuffmanEncodingTable(dcSpec[t]);
            ac[t] = new HuffmanEncodingTable(acSpec[t]);
        }

        JpegWriter w = new JpegWriter(frame.samplesPerLine() * frame.lines() / 4 + 2048);
        w.soi();
        if (marker == ColourMarker.JFIF) {
            w.jfif();
        } else if (marker == ColourMarker.ADOBE_NO_TRANSFORM) {
            w.adobe(0);
        }
        boolean[] written = new boolean[4];
        for (FrameComponent c : comps) {
            if (!written[c.tq()]) {
                w.dqt(c.tq(), quant[c.tq()]);
                written[c.tq()] = true;
            }
        }
        int[] sof = new int[4 * n];
        int[] sos = new int[3 * n];
        for (int i = 0; i < n; i++) {
            FrameComponent c = comps[i];
            sof[4 * i] = c.id();
            sof[4 * i + 1] = c.h();
            sof[4 * i + 2] = c.v();
            sof[4 * i + 3] = c.tq();
            sos[3 * i] = c.id();
            sos[3 * i + 1] = huffmanTableOf[i];
            sos[3 * i + 2] = huffmanTableOf[i];
        }
        w.sof(frame.marker(), frame.precision(), frame.lines(), frame.samplesPerLine(), sof);
        for (int t = 0; t < tables; t++) {
            w.dht(0, t, dcSpec[t]);
            w.dht(1, t, acSpec[t]);
        }
        if (restartInterval > 0) {
            w.dri(restartInterval);
        }
        w.sos(sos, 0, 63, 0, 0);
        entropy.write(frame, coef, huffmanTableOf, restartInterval, dc, ac, w);
        w.eoi();
        return w.toByteArray();
    }

    /**
     * Copies a width x height plane into a (paddedWidth x paddedHeight) one, repeating the last
     * column and line into the padding as IJG does (jcprepct.c, jcsample.c expand_right_edge).
     */
    public static short[] pad(short[] in, int inStride, int width, int height, int paddedWidth, int paddedHeight) {
        short[] out = new short[paddedWidth * paddedHeight];
        for (int y = 0; y < paddedHeight; y++) {
            int src = Math.min(y, height - 1) * inStride;
            int o = y * paddedWidth;
            System.arraycopy(in, src, out, o, width);
            short last = in[src + width - 1];
            for (int x = width; x < paddedWidth; x++) {
                out[o + x] = last;
            }
        }
        return out;
    }
}
