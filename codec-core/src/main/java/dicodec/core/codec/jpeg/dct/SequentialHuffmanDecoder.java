package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.AcTable;
import dicodec.core.codec.jpeg.BitReader;
import dicodec.core.codec.jpeg.BlockDecoder;
import dicodec.core.codec.jpeg.DiffTable;
import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanDecodingTable;
import dicodec.core.codec.jpeg.JpegErrors;
import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;

/**
 * Entropy decoding of a sequential DCT scan (baseline and extended, T.81 F.2.2) into the
 * coefficient planes, restart intervals included. Ss, Se, Ah and Al are ignored, as IJG
 * ignores them (it only warns), which is what lets the NEMA files with Se = 0 decode.
 */
public final class SequentialHuffmanDecoder {
    private SequentialHuffmanDecoder() {
    }

    public static void decodeScan(JpegReader reader, ScanHeader scan, CoefficientPlanes planes) {
        FrameHeader f = reader.frame();
        FrameComponent[] comps = scan.components();
        int n = comps.length;
        DiffTable[] dc = new DiffTable[n];
        AcTable[] ac = new AcTable[n];
        short[][] coef = new short[n][];
        for (int i = 0; i < n; i++) {
            HuffmanDecodingTable dcTable = reader.dcTable(scan.dcTables()[i], scan.offset());
            if (dcTable.maxSymbol() > 15) {
                throw JpegErrors.bad(scan.offset(), "DC Huffman table %d holds symbol %d; a DC size is at most 15",
                        scan.dcTables()[i], dcTable.maxSymbol());
            }
            dc[i] = reader.diffTable(scan.dcTables()[i], scan.offset());
            ac[i] = reader.acFastTable(scan.acTables()[i], scan.offset());
            coef[i] = planes.component(comps[i].index());
        }
        int ri = reader.restartInterval();
        BitReader br = new BitReader(reader.data(), scan.dataStart(), reader.length());
        int[] pred = new int[n];
        int rst = 0;
        if (n == 1) {
            FrameComponent c = comps[0];
            int bw = c.blocksWide();
            int bh = c.blocksHigh();
            int stride = c.paddedBlocksWide();
            int total = bw * bh;
            for (int m = 0; m < total; m++) {
                if (ri > 0 && m > 0 && m % ri == 0) {
                    br.restart(rst, "MCU " + m + " of " + total);
                    rst = (rst + 1) & 7;
                    pred[0] = 0;
                }
                int by = m / bw;
                int bx = m - by * bw;
                pred[0] = BlockDecoder.decode(br, dc[0], ac[0], coef[0], (by * stride + bx) * 64, pred[0], m);
            }
            reader.resumeAt(br.finish("the last MCU of the scan"));
            return;
        }
        int mx = f.mcusPerLine();
        int total = mx * f.mcuRows();
        for (int m = 0; m < total; m++) {
            if (ri > 0 && m > 0 && m % ri == 0) {
                br.restart(rst, "MCU " + m + " of " + total);
                rst = (rst + 1) & 7;
                java.util.Arrays.fill(pred, 0);
            }
            int my = m / mx;
            int mcuX = m - my * mx;
            for (int i = 0; i < n; i++) {
                FrameComponent c = comps[i];
                int stride = c.paddedBlocksWide();
                for (int v = 0; v < c.v(); v++) {
                    int row = (my * c.v() + v) * stride + mcuX * c.h();
                    for (int h = 0; h < c.h(); h++) {
                        pred[i] = BlockDecoder.decode(br, dc[i], ac[i], coef[i], (row + h) * 64, pred[i], m);
                    }
                }
            }
        }
        reader.resumeAt(br.finish("the last MCU of the scan"));
    }
}
