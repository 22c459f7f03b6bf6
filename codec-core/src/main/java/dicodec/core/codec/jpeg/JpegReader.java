package dicodec.core.codec.jpeg;

/**
 * Walks the marker segments of one JPEG interchange stream (T.81 Annex B) and keeps the tables
 * they define: frame header, Huffman and quantisation tables, restart interval, and the APP0
 * JFIF and APP14 Adobe markers that say which colour space a 3-component stream is in.
 * Decoders call {@link #nextScan()} for each scan and {@link #resumeAt(int)} with the marker
 * that ended its entropy-coded data.
 *
 * <p>Every malformed segment is BAD_INPUT naming its codestream byte.
 */
public final class JpegReader {
    /** No APP14 Adobe marker was seen. */
    public static final int NO_ADOBE = -1;

    private final byte[] d;
    private final int end;
    private int pos;
    private FrameHeader frame;
    private final HuffmanDecodingTable[] dcTables = new HuffmanDecodingTable[4];
    private final HuffmanDecodingTable[] acTables = new HuffmanDecodingTable[4];
    private final DiffTable[] diffTables = new DiffTable[4];
    private final AcTable[] acFastTables = new AcTable[4];
    private final int[][] quant = new int[4][];
    private int restartInterval;
    private int adobeTransform = NO_ADOBE;
    private boolean jfif;
    private int scans;
    private boolean ended;

    /** @throws dicodec.core.error.DicodecException BAD_INPUT when the data does not start with SOI */
    public JpegReader(byte[] data) {
        this(data, data.length);
    }

    public JpegReader(byte[] data, int length) {
        this.d = data;
        this.end = length;
        if (length < 2 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != JpegMarker.SOI) {
            throw JpegErrors.bad(0, "does not start with SOI (FFD8) but with %s",
                    length < 2 ? "fewer than 2 bytes" : String.format("%02X%02X", data[0] & 0xFF, data[1] & 0xFF));
        }
        pos = 2;
    }

    /**
     * Reads marker segments up to the next scan header and returns it, or null at EOI or the
     * end of the data. The first call also reads the frame header.
     */
    public ScanHeader nextScan() {
        while (!ended) {
            int at = markerPosition();
            if (at < 0) {
                ended = true;
                break;
            }
            int m = d[at + 1] & 0xFF;
            if (m == JpegMarker.EOI) {
                ended = true;
                pos = at + 2;
                break;
            }
            if (m == JpegMarker.SOI) {
                throw JpegErrors.bad(at, "a second SOI inside the stream");
            }
            if (JpegMarker.isRst(m) || m == JpegMarker.TEM) {
                pos = at + 2; // stand-alone markers carry nothing (B.1.1.3)
                continue;
            }
            if (m < 0xC0) {
                throw JpegErrors.bad(at, "FF%02X is not a JPEG marker", m);
            }
            int len = segmentLength(at, m);
            pos = at + 2 + len;
            if (JpegMarker.isSof(m)) {
                if (frame != null) {
                    throw JpegErrors.bad(at, "a second frame header %s (the first is %s at byte %d)",
                            JpegMarker.name(m), JpegMarker.name(frame.marker()), frame.offset());
                }
                frame = FrameHeader.read(d, at, m);
            } else if (m == JpegMarker.SOS) {
                if (frame == null) {
                    throw JpegErrors.bad(at, "scan header (SOS) before any frame header (SOFn)");
                }
                ScanHeader scan = ScanHeader.read(d, at, frame);
                if (frame.lines() == 0) {
                    frame = frame.withLines(linesFromDnl(scan.dataStart()));
                    scan = ScanHeader.read(d, at, frame);
                }
                scans++;
                return scan;
            } else if (m == JpegMarker.DHT) {
                readDht(at, len);
            } else if (m == JpegMarker.DQT) {
                readDqt(at, len);
            } else if (m == JpegMarker.DRI) {
                if (len != 4) {
                    throw JpegErrors.bad(at, "DRI segment is %d bytes long, not 4", len);
                }
                restartInterval = FrameHeader.u16(d, at + 4);
            } else if (m == JpegMarker.APP0) {
                jfif |= len >= 7 && startsWith(at + 4, "JFIF\0");
            } else if (m == JpegMarker.APP14) {
                // Adobe: "Adobe", version (2), flags0 (2), flags1 (2), transform (1) (Adobe TN 5116)
                if (len >= 14 && startsWith(at + 4, "Adobe")) {
                    adobeTransform = d[at + 4 + 11] & 0xFF;
                }
            } else if (m == JpegMarker.DAC) {
                throw JpegErrors.bad(at, "DAC: arithmetic coding is in none of the JPEG transfer syntaxes in use");
            } else if (m == JpegMarker.DHP || m == JpegMarker.EXP) {
                throw JpegErrors.bad(at, "%s: hierarchical mode is in none of the JPEG transfer syntaxes in use",
                        JpegMarker.name(m));
            } else if (m == JpegMarker.DNL) {
                if (frame == null || scans == 0) {
                    throw JpegErrors.bad(at, "DNL before the first scan");
                }
            }
            // APPn, COM and the JPGn extensions: nothing we need; their length was checked.
        }
        return null;
    }

    /** The stream's bytes (shared, not copied). */
    public byte[] data() {
        return d;
    }

    /** The number of bytes of {@link #data()} that belong to the stream. */
    public int length() {
        return end;
    }

    /** Continues after a scan whose entropy-coded data ends at the marker at {@code markerAt}. */
    public void resumeAt(int markerAt) {
        pos = markerAt;
    }

    /** The codestream byte after the last segment read (after EOI once it was read). */
    public int position() {
        return pos;
    }

    /** True once EOI (or the end of the data) was reached. */
    public boolean ended() {
        return ended;
    }

    public FrameHeader frame() {
        return frame;
    }

    public int restartInterval() {
        return restartInterval;
    }

    /** The Adobe APP14 transform flag (0 none, 1 YCbCr, 2 YCCK), or {@link #NO_ADOBE}. */
    public int adobeTransform() {
        return adobeTransform;
    }

    public boolean hasJfif() {
        return jfif;
    }

    /** The DC (or lossless) decoding table {@code id}; BAD_INPUT when no DHT defined it. */
    public HuffmanDecodingTable dcTable(int id, long scanAt) {
        HuffmanDecodingTable t = dcTables[id];
        if (t == null) {
            throw JpegErrors.bad(scanAt, "scan uses %s Huffman table %d, which no DHT segment defined",
                    frame != null && frame.isLossless() ? "lossless" : "DC", id);
        }
        return t;
    }

    /** The DC (or lossless) table {@code id} with its combined difference look-up, built once. */
    public DiffTable diffTable(int id, long scanAt) {
        DiffTable t = diffTables[id];
        if (t == null) {
            t = new DiffTable(dcTable(id, scanAt));
            diffTables[id] = t;
        }
        return t;
    }

    /** The AC table {@code id} with its combined look-up, built once. */
    public AcTable acFastTable(int id, long scanAt) {
        AcTable t = acFastTables[id];
        if (t == null) {
            t = new AcTable(acTable(id, scanAt));
            acFastTables[id] = t;
        }
        return t;
    }

    public HuffmanDecodingTable acTable(int id, long scanAt) {
        HuffmanDecodingTable t = acTables[id];
        if (t == null) {
            throw JpegErrors.bad(scanAt, "scan uses AC Huffman table %d, which no DHT segment defined", id);
        }
        return t;
    }

    /** Quantisation table {@code id} in natural (row-major) order; BAD_INPUT when undefined. */
    public int[] quantTable(int id, long at) {
        int[] q = quant[id];
        if (q == null) {
            throw JpegErrors.bad(at, "quantisation table %d is used but no DQT segment defined it", id);
        }
        return q;
    }

    /** The codestream byte of the next marker from pos, skipping fill bytes; -1 at the end. */
    private int markerPosition() {
        if (pos >= end) {
            return -1;
        }
        if ((d[pos] & 0xFF) != 0xFF) {
            // Trailing zero padding after the last scan (odd-length fragments) ends the stream.
            if (frame != null && scans > 0 && allZero(pos)) {
                return -1;
            }
            throw JpegErrors.bad(pos, "expected a marker, found %02X", d[pos] & 0xFF);
        }
        int p = pos;
        while (p + 1 < end && (d[p + 1] & 0xFF) == 0xFF) {
            p++; // fill bytes (B.1.1.2)
        }
        if (p + 1 >= end) {
            return -1;
        }
        return p;
    }

    private boolean allZero(int from) {
        for (int i = from; i < end; i++) {
            if (d[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private int segmentLength(int at, int m) {
        if (at + 4 > end) {
            throw JpegErrors.bad(at, "%s segment has no length: the stream ends at byte %d", JpegMarker.name(m), end);
        }
        int len = FrameHeader.u16(d, at + 2);
        if (len < 2) {
            throw JpegErrors.bad(at, "%s segment declares length %d, less than its own 2 length bytes",
                    JpegMarker.name(m), len);
        }
        if (at + 2 + len > end) {
            throw JpegErrors.bad(at, "%s segment of %d bytes runs past the end of the stream (%d bytes)",
                    JpegMarker.name(m), len, end);
        }
        return len;
    }

    private void readDht(int at, int len) {
        int p = at + 4;
        int stop = at + 2 + len;
        while (p < stop) {
            int tc = (d[p] >> 4) & 0x0F;
            int th = d[p] & 0x0F;
            if (tc > 1 || th > 3) {
                throw JpegErrors.bad(p, "DHT defines table class %d id %d; class is 0 or 1 and id 0 to 3", tc, th);
            }
            if (p + 17 > stop) {
                throw JpegErrors.bad(p, "DHT table %d/%d is cut off by the end of its segment", tc, th);
            }
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
                counts[l] = d[p + l] & 0xFF;
                total += counts[l];
            }
            if (total > 256 || p + 17 + total > stop) {
                throw JpegErrors.bad(p, "DHT table %d/%d declares %d symbols; %s", tc, th, total,
                        total > 256 ? "the limit is 256" : "its segment ends first");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = d[p + 17 + i] & 0xFF;
            }
            HuffmanSpec spec = new HuffmanSpec(counts, symbols);
            HuffmanDecodingTable table = new HuffmanDecodingTable(spec, p);
            if (tc == 0) {
                dcTables[th] = table;
                diffTables[th] = null;
            } else {
                acTables[th] = table;
                acFastTables[th] = null;
            }
            p += 17 + total;
        }
    }

    private void readDqt(int at, int len) {
        int p = at + 4;
        int stop = at + 2 + len;
        while (p < stop) {
            int pq = (d[p] >> 4) & 0x0F;
            int tq = d[p] & 0x0F;
            if (pq > 1 || tq > 3) {
                throw JpegErrors.bad(p, "DQT defines table %d with precision %d; id is 0 to 3, precision 0 or 1",
                        tq, pq);
            }
            int size = pq == 0 ? 64 : 128;
            if (p + 1 + size > stop) {
                throw JpegErrors.bad(p, "DQT table %d is cut off by the end of its segment", tq);
            }
            int[] q = new int[64];
            for (int k = 0; k < 64; k++) {
                int v = pq == 0 ? d[p + 1 + k] & 0xFF : FrameHeader.u16(d, p + 1 + 2 * k);
                q[ZigZag.NATURAL[k]] = v;
            }
            quant[tq] = q;
            p += 1 + size;
        }
    }

    private boolean startsWith(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at + i >= end || (d[at + i] & 0xFF) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The number of lines from the DNL segment that must follow the first scan (B.2.5). */
    private int linesFromDnl(int from) {
        int i = from;
        while (i < end - 1) {
            if ((d[i] & 0xFF) == 0xFF) {
                int n = d[i + 1] & 0xFF;
                if (n == JpegMarker.DNL) {
                    if (i + 6 > end || FrameHeader.u16(d, i + 2) != 4) {
                        throw JpegErrors.bad(i, "DNL segment is not 4 bytes long");
                    }
                    int lines = FrameHeader.u16(d, i + 4);
                    if (lines == 0) {
                        throw JpegErrors.bad(i, "DNL gives 0 lines");
                    }
                    return lines;
                }
                if (n != 0 && n != 0xFF && !JpegMarker.isRst(n)) {
                    break;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw JpegErrors.bad(frame.offset(), "the frame header gives 0 lines and no DNL segment follows the first scan");
    }
}
