package dicodec.core.codec.jpeg.lossless;

import dicodec.core.codec.jpeg.BitReader;
import dicodec.core.codec.jpeg.DiffDecoder;
import dicodec.core.codec.jpeg.DiffTable;
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
                throw JpegErrors.bad(f.offset(), "lossless component %d is subsampled (%dx%d of %dx%d): the"
                        + " lossless JPEG syntaxes code full components (no colour transform)", c.id(), c.width(),
                        c.height(), f.samplesPerLine(), f.lines());
            }
        }
        int w = f.samplesPerLine();
        int h = f.lines();
        long total = (long) w * h;
        if (total > Integer.MAX_VALUE - 8) {
            throw new dicodec.core.error.DicodecException(dicodec.core.error.ErrorKind.LIMIT,
                    "JPEG: a frame of " + w + "x" + h + " samples is too large for one array");
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
            throw JpegErrors.bad(scan.offset(), "lossless restart interval %d is not a whole number of rows of %d"
                    + " samples (libjpeg-turbo rejects it as invalid too; IJG and so DCMTK cannot decode it)", ri, w);
        }
        int rowsPerInterval = ri / w;
        DiffTable[] tables = new DiffTable[n];
        int[][] target = new int[n][];
        for (int i = 0; i < n; i++) {
            HuffmanDecodingTable t = reader.dcTable(scan.dcTables()[i], scan.offset());
            if (t.maxSymbol() > 16) {
                throw JpegErrors.bad(scan.offset(), "lossless Huffman table %d holds symbol %d; SSSS is at most 16",
                        scan.dcTables()[i], t.maxSymbol());
            }
            tables[i] = reader.diffTable(scan.dcTables()[i], scan.offset());
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
                DiffDecoder.decode(br, tables[0], diffs[0], 0, w, y);
            } else {
                DiffDecoder.decodeInterleaved(br, tables, diffs, 0, w, y);
            }
            for (int i = 0; i < n; i++) {
                predictor.undifference(selection, diffs[i], target[i], (y - 1) * w, target[i], y * w, w, firstRow,
                        initial);
            }
        }
        reader.resumeAt(br.finish("the last row of the scan"));
    }
}
