package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.BitReader;
import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.HuffmanDecodingTable;
import dicodec.core.codec.jpeg.JpegErrors;
import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;
import dicodec.core.codec.jpeg.ZigZag;

/**
 * Entropy decoding of progressive scans (T.81 G.1.2, G.2): spectral selection and successive
 * approximation, DC and AC, first passes and refinements, with end-of-band runs and restart
 * intervals, into the coefficient planes. The retired syntaxes .53 (spectral selection only)
 * and .55 (full progression) both come here.
 */
public final class ProgressiveHuffmanDecoder {
    private final BitReader br;
    private final ScanHeader scan;
    private final HuffmanDecodingTable[] dc;
    private final HuffmanDecodingTable ac;
    private int eobrun;

    private ProgressiveHuffmanDecoder(BitReader br, ScanHeader scan, HuffmanDecodingTable[] dc,
            HuffmanDecodingTable ac) {
        this.br = br;
        this.scan = scan;
        this.dc = dc;
        this.ac = ac;
    }

    public static void decodeScan(JpegReader reader, ScanHeader scan, CoefficientPlanes planes) {
        FrameHeader f = reader.frame();
        FrameComponent[] comps = scan.components();
        int n = comps.length;
        boolean dcScan = scan.isDcScan();
        boolean first = scan.isFirstPass();
        HuffmanDecodingTable[] dc = new HuffmanDecodingTable[n];
        HuffmanDecodingTable ac = null;
        if (dcScan && first) {
            for (int i = 0; i < n; i++) {
                dc[i] = reader.dcTable(scan.dcTables()[i], scan.offset());
            }
        } else if (!dcScan) {
            ac = reader.acTable(scan.acTables()[0], scan.offset());
        }
        BitReader br = new BitReader(reader.data(), scan.dataStart(), reader.length());
        ProgressiveHuffmanDecoder d = new ProgressiveHuffmanDecoder(br, scan, dc, ac);
        int ri = reader.restartInterval();
        int[] pred = new int[n];
        int rst = 0;
        if (n == 1) {
            FrameComponent c = comps[0];
            short[] coef = planes.component(c.index());
            int bw = c.blocksWide();
            int total = bw * c.blocksHigh();
            int stride = c.paddedBlocksWide();
            for (int m = 0; m < total; m++) {
                if (ri > 0 && m > 0 && m % ri == 0) {
                    br.restart(rst, "MCU " + m + " of " + total);
                    rst = (rst + 1) & 7;
                    pred[0] = 0;
                    d.eobrun = 0;
                }
                int by = m / bw;
                int o = (by * stride + m - by * bw) * 64;
                if (dcScan) {
                    pred[0] = first ? d.dcFirst(0, coef, o, pred[0], m) : d.dcRefine(coef, o);
                } else if (first) {
                    d.acFirst(coef, o, m);
                } else {
                    d.acRefine(coef, o, m);
                }
            }
            reader.resumeAt(br.finish("the last MCU of the scan"));
            return;
        }
        // Interleaved: DC scans only (checked by ScanHeader).
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
                short[] coef = planes.component(c.index());
                int stride = c.paddedBlocksWide();
                for (int v = 0; v < c.v(); v++) {
                    int row = (my * c.v() + v) * stride + mcuX * c.h();
                    for (int h = 0; h < c.h(); h++) {
                        int o = (row + h) * 64;
                        pred[i] = first ? d.dcFirst(i, coef, o, pred[i], m) : d.dcRefine(coef, o);
                    }
                }
            }
        }
        reader.resumeAt(br.finish("the last MCU of the scan"));
    }

    private int symbol(HuffmanDecodingTable t, String kind, int mcu) {
        int e = t.lookup(br.peek16());
        if (e == 0) {
            throw JpegErrors.bad(br.position(), "no code of the %s Huffman table matches the data in MCU %d", kind,
                    mcu);
        }
        br.skip(e >>> 8);
        return e & 0xFF;
    }

    /** G.1.2.1: the DC difference, scaled by 2^Al. */
    private int dcFirst(int i, short[] coef, int o, int pred, int mcu) {
        int s = symbol(dc[i], "DC", mcu);
        if (s > 15) {
            throw JpegErrors.bad(br.position(), "DC size %d in MCU %d; the largest is 15", s, mcu);
        }
        if (s != 0) {
            pred += br.receiveExtend(s);
        }
        coef[o] = (short) (pred << scan.al());
        return pred;
    }

    /** G.1.2.1: one more bit of the DC coefficient. Returns 0: refinement keeps no predictor. */
    private int dcRefine(short[] coef, int o) {
        if (br.bit() != 0) {
            coef[o] |= (short) (1 << scan.al());
        }
        return 0;
    }

    /** G.1.2.2: the first pass over a band of AC coefficients, with end-of-band runs. */
    private void acFirst(short[] coef, int o, int mcu) {
        if (eobrun > 0) {
            eobrun--;
            return;
        }
        int[] nat = ZigZag.NATURAL_PADDED;
        int se = scan.se();
        int al = scan.al();
        for (int k = scan.ss(); k <= se; k++) {
            int rs = symbol(ac, "AC", mcu);
            int r = rs >> 4;
            int s = rs & 15;
            if (s != 0) {
                k += r;
                coef[o + nat[k]] = (short) (br.receiveExtend(s) << al);
            } else if (r == 15) {
                k += 15;
            } else {
                eobrun = 1 << r;
                if (r != 0) {
                    eobrun += br.bits(r);
                }
                eobrun--;
                break;
            }
        }
    }

    /**
     * G.1.2.3: a refinement pass over a band: one correction bit for each coefficient already
     * non-zero, and new coefficients of magnitude 2^Al among the zero ones (IJG's
     * decode_mcu_AC_refine).
     */
    private void acRefine(short[] coef, int o, int mcu) {
        int[] nat = ZigZag.NATURAL_PADDED;
        int se = scan.se();
        int p1 = 1 << scan.al();
        int m1 = -1 << scan.al();
        int k = scan.ss();
        if (eobrun == 0) {
            for (; k <= se; k++) {
                int rs = symbol(ac, "AC", mcu);
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    if (s != 1) {
                        throw JpegErrors.bad(br.position(), "AC refinement size %d in MCU %d; it must be 1", s, mcu);
                    }
                    s = br.bit() != 0 ? p1 : m1;
                } else if (r != 15) {
                    eobrun = 1 << r;
                    if (r != 0) {
                        eobrun += br.bits(r);
                    }
                    break;
                }
                // Step over already-non-zero coefficients (refining each) and r zero ones.
                do {
                    int z = o + nat[k];
                    int c = coef[z];
                    if (c != 0) {
                        if (br.bit() != 0 && (c & p1) == 0) {
                            coef[z] = (short) (c >= 0 ? c + p1 : c + m1);
                        }
                    } else {
                        if (--r < 0) {
                            break;
                        }
                    }
                    k++;
                } while (k <= se);
                if (s != 0) {
                    coef[o + nat[k]] = (short) s;
                }
            }
        }
        if (eobrun > 0) {
            for (; k <= se; k++) {
                int z = o + nat[k];
                int c = coef[z];
                if (c != 0 && br.bit() != 0 && (c & p1) == 0) {
                    coef[z] = (short) (c >= 0 ? c + p1 : c + m1);
                }
            }
            eobrun--;
        }
    }
}
