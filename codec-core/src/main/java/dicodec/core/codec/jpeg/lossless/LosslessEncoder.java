package dicodec.core.codec.jpeg.lossless;

import dicodec.core.codec.jpeg.DiffEncoder;
import dicodec.core.codec.jpeg.HuffmanEncodingTable;
import dicodec.core.codec.jpeg.HuffmanOptimiser;
import dicodec.core.codec.jpeg.HuffmanSpec;
import dicodec.core.codec.jpeg.JpegMarker;
import dicodec.core.codec.jpeg.JpegWriter;

/**
 * Encodes a lossless (process 14, SOF3) frame: one interleaved scan of 1 or 3 components,
 * point transform 0, the chosen predictor, and per component a Huffman table made optimal for
 * this frame (two passes: differences and their statistics, then the codes).
 */
public final class LosslessEncoder {
    private final Predictor predictor;

    public LosslessEncoder(Predictor predictor) {
        this.predictor = predictor;
    }

    /**
     * @param planes per component width x height samples, each already within {@code precision} bits
     * @param precision P, 2..16
     * @param selection predictor 1..7
     * @param restartRows rows per restart interval, 0 for none
     * @param componentIds the component identifiers to write
     */
    public byte[] encode(int[][] planes, int width, int height, int precision, int selection, int restartRows,
            int[] componentIds) {
        int n = planes.length;
        int initial = 1 << (precision - 1);
        // Pass 1: the statistics. The differences are computed again in pass 2, row by row,
        // which costs less than keeping a frame of them.
        long[][] freq = new long[n][256];
        int[] row = new int[width];
        // A predictor that works on whole planes (a device) gives every difference at once;
        // both passes then read them from there.
        int[][] diffs = null;
        if (predictor.prefersPlanes()) {
            diffs = new int[n][width * height];
            for (int c = 0; c < n; c++) {
                predictor.differencePlane(selection, planes[c], width, height, restartRows, initial, diffs[c]);
            }
        }
        // Four histograms taken in turn: flat areas repeat one symbol, and counting it in one
        // counter would chain every increment on the one before.
        int[] h = new int[4 * 17];
        for (int c = 0; c < n; c++) {
            int[] p = planes[c];
            java.util.Arrays.fill(h, 0);
            for (int y = 0; y < height; y++) {
                boolean first = y == 0 || restartRows > 0 && y % restartRows == 0;
                int[] d = row;
                int o = 0;
                if (diffs != null) {
                    d = diffs[c];
                    o = y * width;
                } else {
                    predictor.difference(selection, p, y * width, p, (y - 1) * width, row, width, first, initial);
                }
                int x = 0;
                for (; x + 3 < width; x += 4) {
                    h[category(d[o + x])]++;
                    h[17 + category(d[o + x + 1])]++;
                    h[34 + category(d[o + x + 2])]++;
                    h[51 + category(d[o + x + 3])]++;
                }
                for (; x < width; x++) {
                    h[category(d[o + x])]++;
                }
            }
            for (int s = 0; s <= 16; s++) {
                freq[c][s] = (long) h[s] + h[17 + s] + h[34 + s] + h[51 + s];
            }
        }
        HuffmanEncodingTable[] tables = new HuffmanEncodingTable[n];
        HuffmanSpec[] specs = new HuffmanSpec[n];
        for (int c = 0; c < n; c++) {
            specs[c] = HuffmanOptimiser.build(freq[c]);
            tables[c] = new HuffmanEncodingTable(specs[c]);
        }
        long estimate = (long) width * height * n * ((precision + 7) / 8) / 2 + 1024;
        JpegWriter w = new JpegWriter((int) Math.min(Integer.MAX_VALUE - 64, estimate));
        w.soi();
        int[] sof = new int[4 * n];
        int[] sos = new int[3 * n];
        for (int c = 0; c < n; c++) {
            sof[4 * c] = componentIds[c];
            sof[4 * c + 1] = 1;
            sof[4 * c + 2] = 1;
            sos[3 * c] = componentIds[c];
            sos[3 * c + 1] = c;
            w.dht(0, c, specs[c]);
        }
        w.sof(JpegMarker.SOF3, precision, height, width, sof);
        if (restartRows > 0) {
            w.dri(restartRows * width);
        }
        w.sos(sos, selection, 0, 0, 0);
        int rst = 0;
        int[][] rows = new int[n][width];
        for (int y = 0; y < height; y++) {
            if (y > 0 && restartRows > 0 && y % restartRows == 0) {
                w.restartMarker(rst);
                rst = (rst + 1) & 7;
            }
            if (diffs != null) {
                if (n == 1) {
                    DiffEncoder.encode(w, tables[0], diffs[0], y * width, width);
                } else {
                    DiffEncoder.encodeInterleaved(w, tables, diffs, y * width, width);
                }
                continue;
            }
            boolean first = y == 0 || restartRows > 0 && y % restartRows == 0;
            for (int c = 0; c < n; c++) {
                int[] p = planes[c];
                predictor.difference(selection, p, y * width, p, (y - 1) * width, rows[c], width, first, initial);
            }
            if (n == 1) {
                DiffEncoder.encode(w, tables[0], rows[0], 0, width);
            } else {
                DiffEncoder.encodeInterleaved(w, tables, rows, 0, width);
            }
        }
        w.eoi();
        return w.toByteArray();
    }

    /** SSSS of a difference given modulo 2^16 (H.1.2.2): 16 stands for 32768. */
    static int category(int diff) {
        int d = diff >= 32768 ? diff - 65536 : diff;
        if (d == -32768) {
            return 16;
        }
        int a = d < 0 ? -d : d;
        return 32 - Integer.numberOfLeadingZeros(a);
    }
}
