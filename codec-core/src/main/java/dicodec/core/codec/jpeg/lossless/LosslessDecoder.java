package dicodec.core.codec.jpeg.lossless;

import dicodec.core.codec.jpeg.BitReader;
import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanDecodingTable;
import dicodec.core.codec.jpeg.JpegErrors;
import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;

/**
 * Decodes a lossless (process 14, SOF3) frame: every scan, interleaved or not, with restart
 * intervals, into one plane per component. Entropy decoding (Annex H.2, the DC procedure of
 * F.2.2.1 with SSSS up to 16) fills a row of differences; the {@link Predictor} stage turns it
 * into samples.
 */
public final class LosslessDecoder {
    private final Predictor predictor;

    public LosslessDecoder(Predictor predictor) {
        this.predictor = predictor;
    }

    /**
     * Decodes the frame whose first scan header {@code reader} has just returned, and the scans
     * after it up to EOI.
     */
    public LosslessImage decode(JpegReader reader, ScanHeader first) {
        FrameHeader f = reader.frame();
        for (FrameComponent c : f.components()) {
            if (c.width() != f.samplesPerLine() || c.height() != f.lines()) {
                throw JpegErrors.unsupported("lossless component " + c.id() + " is subsampled (" + c.width() + "x"
                        + c.height() + " of " + f.samplesPerLine() + "x" + f.lines()
                        + "); DICOM pixel data cannot hold it");
            }
        }
        int w = f.samplesPerLine();
        int h = f.lines();
        long total = (long) w * h;
        if (total > Integer.MAX_VALUE - 8) {
            throw JpegErrors.unsupported("a frame of " + w + "x" + h + " samples is too large for one array");
        }
        int[][] planes = new int[f.components().length][];
        int[] pt = new int[planes.length];
        boolean[] seen = new boolean[planes.length];
        for (ScanHeader scan = first; scan != null; scan = reader.nextScan()) {
            for (FrameComponent c : scan.components()) {
                if (planes[c.index()] == null) {
                    planes[c.index()] = new int[(int) total];
                }
                seen[c.index()] = true;
                pt[c.index()] = scan.al();
            }
            decodeScan(reader, scan, planes);
        }
        for (FrameComponent c : f.components()) {
            if (!seen[c.index()]) {
                throw JpegErrors.bad(reader.position(), "component %d of the frame is in no scan", c.id());
            }
        }
        return new LosslessImage(f, planes, pt);
    }

    private void decodeScan(JpegReader reader, ScanHeader scan, int[][] planes) {
        FrameHeader f = reader.frame();
        int w = f.samplesPerLine();
        int h = f.lines();
        int n = scan.components().length;
        int ri = reader.restartInterval();
        // Each MCU is one sample of each scan component (A.2.2, A.2.3 with Hi = Vi = 1).
        if (ri > 0 && ri % w != 0) {
            throw JpegErrors.unsupported("lossless restart interval " + ri + " is not a whole number of rows of "
                    + w + " samples (IJG, and so DCMTK, supports only whole rows)");
        }
        int rowsPerInterval = ri / w;
        HuffmanDecodingTable[] tables = new HuffmanDecodingTable[n];
        int[][] target = new int[n][];
        for (int i = 0; i < n; i++) {
            tables[i] = reader.dcTable(scan.dcTables()[i], scan.offset());
            if (tables[i].maxSymbol() > 16) {
                throw JpegErrors.bad(scan.offset(), "lossless Huffman table %d holds symbol %d; SSSS is at most 16",
                        scan.dcTables()[i], tables[i].maxSymbol());
            }
            target[i] = planes[scan.components()[i].index()];
        }
        int selection = scan.ss();
        int initial = 1 << (f.precision() - scan.al() - 1);
        BitReader br = new BitReader(reader.data(), scan.dataStart(), reader.length());
        int[][] diffs = new int[n][w];
        int rst = 0;
        for (int y = 0; y < h; y++) {
            boolean firstRow = y == 0 || rowsPerInterval > 0 && y % rowsPerInterval == 0;
            if (y > 0 && firstRow) {
                br.restart(rst, "row " + y);
                rst = (rst + 1) & 7;
            }
            if (n == 1) {
                decodeDiffs(br, tables[0], diffs[0], w, y);
            } else {
                decodeInterleaved(br, tables, diffs, w, y);
            }
            for (int i = 0; i < n; i++) {
                predictor.undifference(selection, diffs[i], target[i], (y - 1) * w, target[i], y * w, w, firstRow,
                        initial);
            }
        }
        reader.resumeAt(br.finish("the last row of the scan"));
    }

    private static void decodeDiffs(BitReader br, HuffmanDecodingTable t, int[] out, int w, int y) {
        for (int x = 0; x < w; x++) {
            out[x] = decodeDiff(br, t, y, x);
        }
    }

    private static void decodeInterleaved(BitReader br, HuffmanDecodingTable[] t, int[][] out, int w, int y) {
        int n = t.length;
        for (int x = 0; x < w; x++) {
            for (int i = 0; i < n; i++) {
                out[i][x] = decodeDiff(br, t[i], y, x);
            }
        }
    }

    /** One difference: SSSS by Huffman code, then SSSS extra bits; SSSS 16 means 32768 (H.1.2.2). */
    private static int decodeDiff(BitReader br, HuffmanDecodingTable t, int y, int x) {
        int e = t.lookup(br.peek16());
        if (e == 0) {
            throw JpegErrors.bad(br.position(), "no code of the lossless Huffman table matches the data at row %d,"
                    + " column %d", y, x);
        }
        br.skip(e >>> 8);
        int s = e & 0xFF;
        if (s == 0) {
            return 0;
        }
        if (s == 16) {
            return 32768;
        }
        return br.receiveExtend(s);
    }
}
