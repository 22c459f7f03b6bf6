package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanEncodingTable;
import dicodec.core.codec.jpeg.JpegWriter;
import dicodec.core.codec.jpeg.ZigZag;

/**
 * Entropy coding of one sequential DCT scan (T.81 F.1.2): DC differences and AC run/size
 * pairs with ZRL and EOB, over the MCUs of an interleaved scan (or the blocks of a
 * single-component one), restart intervals included. The same walk either counts symbol
 * frequencies (for optimal tables) or writes codes.
 */
final class SequentialHuffmanEncoder {
    private final FrameHeader frame;
    private final short[][] coef;
    private final int[] tableOf;
    private final int restartInterval;

    /**
     * @param coef quantised coefficients per component, MCU-padded grid, natural order
     * @param tableOf Huffman table id (DC and AC) per component
     */
    SequentialHuffmanEncoder(FrameHeader frame, short[][] coef, int[] tableOf, int restartInterval) {
        this.frame = frame;
        this.coef = coef;
        this.tableOf = tableOf;
        this.restartInterval = restartInterval;
    }

    /** Counts the DC and AC symbols per table id (frequencies[table][symbol]). */
    void count(long[][] dcFreq, long[][] acFreq) {
        walk(null, null, null, dcFreq, acFreq);
    }

    void write(JpegWriter w, HuffmanEncodingTable[] dc, HuffmanEncodingTable[] ac) {
        walk(w, dc, ac, null, null);
    }

    private void walk(JpegWriter w, HuffmanEncodingTable[] dc, HuffmanEncodingTable[] ac, long[][] dcFreq,
            long[][] acFreq) {
        FrameComponent[] comps = frame.components();
        int n = comps.length;
        int[] pred = new int[n];
        int rst = 0;
        if (n == 1) {
            FrameComponent c = comps[0];
            int bw = c.blocksWide();
            int total = bw * c.blocksHigh();
            for (int m = 0; m < total; m++) {
                if (restartInterval > 0 && m > 0 && m % restartInterval == 0) {
                    if (w != null) {
                        w.restartMarker(rst);
                    }
                    rst = (rst + 1) & 7;
                    pred[0] = 0;
                }
                int by = m / bw;
                int o = (by * c.paddedBlocksWide() + m - by * bw) * 64;
                pred[0] = block(coef[0], o, pred[0], 0, w, dc, ac, dcFreq, acFreq);
            }
            return;
        }
        int mx = frame.mcusPerLine();
        int total = mx * frame.mcuRows();
        for (int m = 0; m < total; m++) {
            if (restartInterval > 0 && m > 0 && m % restartInterval == 0) {
                if (w != null) {
                    w.restartMarker(rst);
                }
                rst = (rst + 1) & 7;
                java.util.Arrays.fill(pred, 0);
            }
            int my = m / mx;
            int mcuX = m - my * mx;
            for (int i = 0; i < n; i++) {
                FrameComponent c = comps[i];
                for (int v = 0; v < c.v(); v++) {
                    int row = (my * c.v() + v) * c.paddedBlocksWide() + mcuX * c.h();
                    for (int h = 0; h < c.h(); h++) {
                        pred[i] = block(coef[i], (row + h) * 64, pred[i], i, w, dc, ac, dcFreq, acFreq);
                    }
                }
            }
        }
    }

    private int block(short[] b, int o, int pred, int comp, JpegWriter w, HuffmanEncodingTable[] dcT,
            HuffmanEncodingTable[] acT, long[][] dcFreq, long[][] acFreq) {
        int t = tableOf[comp];
        int dcv = b[o];
        int diff = dcv - pred;
        int s = category(diff);
        if (w == null) {
            dcFreq[t][s]++;
        } else {
            HuffmanEncodingTable d = dcT[t];
            w.writeBits(d.code(s) << s | extra(diff, s), d.size(s) + s);
        }
        int[] nat = ZigZag.NATURAL;
        int run = 0;
        HuffmanEncodingTable a = w == null ? null : acT[t];
        for (int k = 1; k < 64; k++) {
            int v = b[o + nat[k]];
            if (v == 0) {
                run++;
                continue;
            }
            while (run > 15) {
                if (w == null) {
                    acFreq[t][0xF0]++;
                } else {
                    w.writeBits(a.code(0xF0), a.size(0xF0));
                }
                run -= 16;
            }
            s = category(v);
            int rs = run << 4 | s;
            if (w == null) {
                acFreq[t][rs]++;
            } else {
                w.writeBits(a.code(rs) << s | extra(v, s), a.size(rs) + s);
            }
            run = 0;
        }
        if (run > 0) {
            if (w == null) {
                acFreq[t][0]++;
            } else {
                w.writeBits(a.code(0), a.size(0));
            }
        }
        return dcv;
    }

    /** SSSS: the number of bits of |v| (F.1.2.1). */
    static int category(int v) {
        int a = v < 0 ? -v : v;
        return 32 - Integer.numberOfLeadingZeros(a);
    }

    /** The SSSS low bits of v, or of v - 1 when v is negative (F.1.2.1). */
    static int extra(int v, int s) {
        return (v < 0 ? v - 1 : v) & ((1 << s) - 1);
    }
}
